"""Screenshots of the translated screens, to look at a translation in place (offscreen).

    .venv/bin/python tools/translation_screenshots.py [--lang es] [--out /tmp/calaccess-es]

On a fresh demo data file in a temporary folder, in the chosen language: the first-run
screen (an empty data file), then the main window with the demo's Form 460 on its cover
page, Schedule A with the entry form, Schedule E, the summary page, the findings panel
after a check, and the dialogs they open (new statement, committee profile, filing
calendar). Settings stay in the temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Write one PNG per screen; print each file written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="es", help="language code (default es)")
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "calaccess-es")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["CALACCESS_CONFIG_DIR"] = tmp
        os.environ.setdefault("CALACCESS_LOG_DIR", tmp)
        return shoot(args.lang, args.out, Path(tmp))


def shoot(language: str, out: Path, tmp: Path) -> int:
    """Render the screens in ``language`` into ``out``."""
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services.demo import create_demo
    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui import i18n
    from calaccess_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install(language, app)
    out.mkdir(parents=True, exist_ok=True)
    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)

    def window_on(path: Path) -> MainWindow:
        window = MainWindow(Store.open(path), synchronous=True, settings=settings,
                            restore=False)
        window.resize(1400, 900)
        window.show()
        return window

    def save(window: MainWindow, name: str) -> None:
        window.ctx.ops.wait_idle()
        QApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        path = out / f"{name}-{language}.png"
        window.grab().save(str(path))
        print(path)

    empty = window_on(tmp / "empty.sqlite")
    save(empty, "first-run")
    empty.close()
    store = Store.open(tmp / "demo.sqlite")
    with store.transaction() as session:
        _cid, ids = create_demo(session)
        sid = next(i for i in ids if session.get(Statement, i).form_type == "F460")
    store.close()
    window = window_on(tmp / "demo.sqlite")
    window.show_statement(sid)
    save(window, "cover")
    for key, name in (("A", "schedule-a"), ("E", "schedule-e"), ("summary", "summary")):
        window.editor.select_tab(key)
        save(window, name)
    window.editor.select_tab("A")
    window.findings.run()
    save(window, "findings")
    for name, dialog in dialogs(window, _cid):
        dialog.show()
        window.ctx.ops.wait_idle()
        QApplication.processEvents()
        path = out / f"{name}-{language}.png"
        dialog.grab().save(str(path))
        print(path)
        dialog.close()
    window.close()
    return 0


def dialogs(window: Any, committee_id: int) -> list[tuple[str, Any]]:
    """The dialogs the named screens open, made (not run) for one committee."""
    from calaccess_desktop.ui.controllers.calendar_dialog import CalendarDialog
    from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
    from calaccess_desktop.ui.controllers.statement_dialogs import NewStatementDialog

    name = window.pane.committees.items[0].name if window.pane.committees.items else ""
    return [("new-statement", NewStatementDialog(window.ctx, committee_id, name, window)),
            ("profile", ProfileDialog(window.ctx, committee_id, window)),
            ("calendar", CalendarDialog(window.ctx, committee_id, name, window))]


if __name__ == "__main__":
    raise SystemExit(main())
