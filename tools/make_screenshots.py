"""Regenerate docs/screenshots/app-*.png from the demo committee (offscreen Qt).

    .venv/bin/python tools/make_screenshots.py [--out docs/screenshots] [--scale 1]

Each screen is rendered with real data from a fresh temporary store built by
``services.demo.create_demo``: the main window, the committee profile, Schedule A
with a contribution being entered, the summary page, the findings panel, the print
preview (and Find in it), the settings, the outbox with a statement waiting for its
password, an amendment's changes, the banner saying a Form 497 is owed, the first
start on an empty data file, and counter mode's lock screen.
Settings and the keyring are kept in the temporary folder (no keyring service).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Render every screenshot; print each file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    parser.add_argument("--scale", default="1", help="QT_SCALE_FACTOR (2 = 200%% scaling)")
    args = parser.parse_args(argv)
    os.environ["QT_SCALE_FACTOR"] = args.scale

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.services.demo import create_demo
    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.app import make_app
    from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
    from calaccess_desktop.ui.main_window import MainWindow

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.scale == "1" else f"-x{args.scale}"
    make_app()
    with tempfile.TemporaryDirectory(prefix="calaccess-demo-") as tmp:
        import keyring
        from keyring.backends import fail

        os.environ["CALACCESS_CONFIG_DIR"] = str(Path(tmp) / "config")
        keyring.set_keyring(fail.Keyring())
        store = Store.open(Path(tmp) / "demo.sqlite")
        with store.transaction() as session:
            _cid, (first, second, _late) = create_demo(session)
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, synchronous=True, settings=settings, restore=False)
        window.ctx.state.enabled = False
        window.resize(1440, 900)
        window.show()

        def shot(name: str, widget: object = None) -> None:
            window.ctx.ops.wait_idle()
            QApplication.processEvents()
            target = widget or window
            path = out / f"app-{name}{suffix}.png"
            target.grab().save(str(path))  # type: ignore[attr-defined]
            print(path)

        # 1. Main window: the first statement, Schedule E (payments) with a row open.
        window.show_statement(second)
        window.editor.show_record("E", None)
        tab = window.editor.schedule_tabs["E"]
        rid = tab.model.record_id(0)
        if rid is not None:
            tab.select_record(rid)
        shot("main")

        # 2. Committee profile.
        dialog = ProfileDialog(window.ctx, window.pane.committee_id, window)
        dialog.resize(1280, 860)
        dialog.show()
        shot("profile", dialog)
        dialog.close()

        # 3. Schedule A: a returning contributor being entered (autocomplete filled
        # the address, occupation and employer; year-to-date shows as you type).
        window.editor.show_record("A", None)
        tab = window.editor.schedule_tabs["A"]
        tab.new_entry()
        form = tab.form
        choice = next(c for c in form.contacts if c.last == "Okafor")
        form._contact_chosen(choice.label)
        QApplication.processEvents()
        form.editors["Rcpt_Date"].set_text("08/28/2026")
        form.editors["Amount"].set_text("150.00")
        form._on_changed()
        form._ask_cumulative()
        shot("schedule-a")

        # 4. Summary page.
        form.revert()
        window.findings_dock.hide()
        window.editor.select_tab("summary")
        shot("summary")
        window.findings_dock.show()

        # 5. Findings: a contribution typed without occupation and employer, then the
        # check, then the finding opened (as a double-click does): Schedule A opens with
        # the cursor in the field to fix.
        from calaccess_desktop.services.entries import save_entry

        with store.transaction() as session:
            save_entry(session, first, "RCPT", "A", {
                "Entity_Cd": "IND", "Ctrib_NamL": "Baker", "Ctrib_NamF": "Lee",
                "Ctrib_Adr1": "9 Elm Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "500.00"})
        window.show_statement(first)
        window.resizeDocks([window.findings_dock], [260], Qt.Orientation.Vertical)
        window.findings.run()
        window.ctx.ops.wait_idle()
        model = window.findings.model
        rows = [r for r in range(model.rowCount())
                if model.finding(r).location.field in ("Ctrib_Occ", "Ctrib_Emp")] or [0]
        if model.rowCount():
            window.findings.view.selectRow(rows[0])
            window.findings._go(model.index(rows[0], 0))
        shot("findings")
        print_preview(window, second, shot)
        settings_dialog(window, shot, Path(tmp))
        outbox(window, store, first, shot)
        amendment = changes(window, store, second, shot)
        late_497(window, store, amendment, shot)
        window.close()
        store.close()
        first_start(Path(tmp), settings, shot)
        counter_lock(Path(tmp) / "demo.sqlite", settings, shot)
    return 0


def wait_for(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    """Process events until ``condition()`` holds."""
    import time

    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def print_preview(window: Any, sid: int, shot: Callable[..., None]) -> None:
    """6. Print preview: the statement's pages, at Schedule A (chosen in "Go to")."""
    from calaccess_desktop.ui.controllers.print_preview import show_print_preview

    shown: list[Any] = []
    window.show_statement(sid)
    show_print_preview(window, shown.append)
    dialog = shown[0]
    dialog.resize(1100, 900)
    wait_for(lambda: dialog.data is not None)
    dialog.go_to_section("A")
    page = dialog.sections["A"] - 1
    wait_for(lambda: all(dialog.view.image(p) is not None
                         for p in dialog.view.visible_pages()))
    assert dialog.view.image(page) is not None
    shot("print-preview", dialog)
    dialog.finder.field.setText("Sacramento")  # Find: the current match orange, others yellow
    dialog.finder.find_now()
    wait_for(lambda: all(dialog.view.image(p) is not None
                         for p in dialog.view.visible_pages()))
    shot("preview-find", dialog)
    dialog.close()


def settings_dialog(window: Any, shot: Callable[..., None], tmp: Path) -> None:
    """7. Settings: another data file typed in, to be opened now."""
    from calaccess_desktop.ui.controllers.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.ctx, window.settings, window,
                            filer_id="1449876")
    dialog.data_file.setText(str(tmp / "office.sqlite"))
    dialog.open_now.setChecked(True)
    dialog.resize(900, dialog.sizeHint().height())
    dialog.show()
    shot("settings", dialog)
    dialog.close()


def outbox(window: Any, store: Any, sid: int, shot: Callable[..., None]) -> None:
    """8. Outbox: a statement frozen for filing waits for the e-filing password (none is
    saved on this computer), after an automatic send round found it."""
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services.filing import queue_statement
    from calaccess_desktop.ui.controllers.autosend import OutboxSender
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

    with store.transaction() as session:
        queue_statement(session, sid, server_url=settings_mod.PRACTICE_ENDPOINT)
    sender = OutboxSender(window.ctx)
    window.outbox_sender = sender
    sender.needs_password_changed.connect(window._outbox_needs)
    sender.run()  # the synchronous runner: one round, now
    window.show_statement(sid)
    dialog = show_outbox(window)
    dialog.resize(1100, 300)
    wait_for(lambda: dialog.model.rowCount() > 0)
    dialog.view.selectRow(0)
    shot("outbox", dialog)
    dialog.close()


def changes(window: Any, store: Any, sid: int, shot: Callable[..., None]) -> int:
    """9. An amendment's "Changes since filed": the statement is filed, amended, and an
    amount corrected, a payment removed and a late contribution added."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement
    from calaccess_desktop.services import editing

    with store.transaction() as session:
        stmt = session.get(Statement, sid)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2501234"
    with store.transaction() as session:
        amendment = editing.amend_statement(session, sid, "Corrected a contribution amount")
    with store.transaction() as session:
        rows = {(r.rec_type, r.values[4] if len(r.values) > 4 else ""): r.id
                for r in session.scalars(select(Record).where(
                    Record.statement_id == amendment, Record.rec_type.in_(["RCPT", "EXPN"])))}
        okafor = next(i for (rt, name), i in rows.items() if rt == "RCPT" and name == "Okafor")
        payment = next(i for (rt, _n), i in rows.items() if rt == "EXPN")
        editing.update_transaction(session, okafor, {"Amount": "650.00"})
        editing.delete_transaction(session, payment)
        editing.add_transaction(session, amendment, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae",
            "Ctrib_Adr1": "12 K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect",
            "Rcpt_Date": "20260905", "Amount": "300.00"})
    window.pane.refresh() if hasattr(window.pane, "refresh") else None
    window.show_statement(amendment)
    window.editor.select_tab("changes")
    window.ctx.ops.wait_idle()
    shot("changes")
    return int(amendment)


def late_497(window: Any, store: Any, sid: int, shot: Callable[..., None]) -> None:
    """10. A late contribution: Kim's second gift in the 90 days before the election
    brings Kim to $1,200; the banner says a Form 497 is owed and by when, and its Show
    button has opened the entry."""
    from calaccess_desktop.services.entries import save_entry
    from calaccess_desktop.ui.context import Changes

    with store.transaction() as session:
        rid = save_entry(session, sid, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae",
            "Ctrib_Adr1": "12 K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect",
            "Rcpt_Date": "20260910", "Amount": "900.00"})
    window.ctx.hub.changed.emit(Changes(sid, schedules=frozenset({("RCPT", "A")}),
                                        record_id=rid))
    banner = window.editor.late
    wait_for(lambda: not banner.pending)
    if banner.findings:
        banner.rows[0][1].click()
    shot("late-497")



def _window(path: Path, settings: Any, **kw: Any) -> Any:
    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

    window = MainWindow(Store.open(path), synchronous=True, settings=settings,
                        restore=False, **kw)
    window.resize(1440, 900)
    window.show()
    return window


def first_start(tmp: Path, settings: Any, shot: Callable[..., None]) -> None:
    """11. The first start: an empty data file opens on the welcome page."""
    window = _window(tmp / "first" / "calaccess.sqlite", settings, counter=False)
    shot("welcome", window)
    window.close()
    window.ctx.store.close()


def counter_lock(path: Path, settings: Any, shot: Callable[..., None]) -> None:
    """12. Counter mode: a visitor's statement open, then locked after idle time."""
    window = _window(path, settings, counter=True)
    window.counter.finder.box.setText("Maria")
    window.counter.finder.box.returnPressed.emit()
    window.counter.lock()
    shot("counter-lock", window)
    window.close()
    window.ctx.store.close()


if __name__ == "__main__":
    sys.exit(main())
