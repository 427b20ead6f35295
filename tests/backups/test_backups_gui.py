"""The window's backups: taken on their own after a while of changes (at most hourly),
the Backups window lists them and restores one after showing what changes, and a damaged
data file at start can be restored from its latest good backup in one click."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from calaccess_desktop.db import backup_index
from calaccess_desktop.services import backups, editing, statements
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.ui.controllers.backups_dialog import BackupsDialog
from calaccess_desktop.ui.controllers.data_file import RESTORE_BACKUP, open_at_start
from tests.trust.data_file_support import damage_page

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("CALACCESS_SHOTS", "/tmp/calaccess-shots"))


def _click(button_text: str, seen: list[str]) -> QTimer:
    """Click ``button_text`` on each message box as it is shown (keeps their texts)."""
    timer = QTimer()

    def look() -> None:
        for box in [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()]:
            seen.append(box.text())
            for button in box.buttons():
                if button.text().replace("&", "") in (button_text, "OK"):
                    button.click()
                    return

    timer.timeout.connect(look)
    timer.start(20)
    return timer


def _shot(widget: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_the_window_backs_up_after_a_while_of_changes(qtbot, make_window, demo_ids,
                                                      db_path: Path) -> None:
    window = make_window(restore=False)
    auto = window.auto_backup
    now = [1000.0]
    auto.clock = lambda: now[0]
    auto.check()
    assert backup_index.in_folder(db_path) == []  # nothing changed: no backup
    with window.ctx.store.transaction() as session:
        editing.update_committee(session, demo_ids[0], name="Lopez for Council")
    window.ctx.hub.changed.emit(Changes(committees=True))
    now[0] += 9 * 60
    auto.check()
    assert backup_index.in_folder(db_path) == []  # not yet ten minutes
    now[0] += 2 * 60
    auto.check()
    (made,) = backup_index.in_folder(db_path)
    assert made.tag == "auto" and "Backed up to" in window.statusBar().currentMessage()
    assert backups.contents_of(made.path).committees == 1
    window.ctx.hub.changed.emit(Changes(committees=True))
    now[0] += 30 * 60
    auto.check()
    assert len(backup_index.in_folder(db_path)) == 1  # at most once an hour
    now[0] += 31 * 60
    auto.check()
    assert len(backup_index.in_folder(db_path)) == 2


def test_the_backups_window_restores_after_showing_what_changes(qtbot, make_window,
                                                               demo_ids, db_path: Path) -> None:
    window = make_window(restore=False)
    made = backups.take(db_path, "manual")
    assert made is not None
    with window.ctx.store.transaction() as session:
        statements.delete_statement(session, demo_ids[1][2])
    dialog = BackupsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 2).text() == "1" and dialog.table.item(0, 3).text() == "3"
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    assert "+ statement 3: Form 497" in dialog.changes.toPlainText()
    _shot(dialog, "backups-dialog.png")
    seen: list[str] = []
    timer = _click("Restore", seen)
    dialog.restore_button.click()
    timer.stop()
    assert dialog.restored and "The data file as it is now is kept" in seen[0]
    check = Store.open(db_path)
    try:
        from calaccess_desktop.db.orm import Statement

        with check.read() as session:
            assert session.get(Statement, demo_ids[1][2]) is not None
    finally:
        check.close()
    assert any(b.tag == "restore" for b in backup_index.in_folder(db_path))


def test_a_damaged_file_at_start_is_restored_from_its_backup(qtbot, tmp_path: Path,
                                                             demo_ids, db_path: Path) -> None:
    good = backups.take(db_path, "manual")
    assert good is not None
    damage_page(db_path, 20)
    broken = db_path.read_bytes()
    seen: list[str] = []
    timer = _click(RESTORE_BACKUP, seen)
    store = open_at_start(str(db_path))
    timer.stop()
    try:
        assert Path(store.location) == db_path  # the data file itself, restored
        from sqlalchemy import text

        with store.read() as session:
            assert session.execute(text("SELECT count(*) FROM statements")).scalar() == 3
    finally:
        store.close()
    assert "the data file is damaged" in seen[0]
    (kept,) = [b.path for b in backup_index.in_folder(db_path) if b.tag == "damaged"]
    assert kept.read_bytes() == broken
    shutil.rmtree(db_path.parent / "backups")


def test_the_backups_window_warns_of_a_filing_the_backup_forgets(qtbot, make_window,
                                                                demo_ids, db_path: Path) -> None:
    """A backup from before a filing: the changes shown and the confirmation both say that
    the statement was filed after it, and to file an amendment, not the original again;
    confirming restores it (the box was the user's word)."""
    from calaccess_desktop.db.orm import Statement

    window = make_window(restore=False)
    made = backups.take(db_path, "manual")
    assert made is not None
    filed_id = demo_ids[1][0]
    with window.ctx.store.transaction() as session:
        filed = session.get(Statement, filed_id)
        assert filed is not None
        filed.status, filed.filing_id, filed.locked = "filed", "CA-9000005", True
    dialog = BackupsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
    shown = dialog.changes.toPlainText()
    assert "was filed as CA-9000005 after this backup" in shown, shown
    _shot(dialog, "backups-dialog-filing.png")
    seen: list[str] = []
    timer = _click("Restore", seen)
    dialog.restore_button.click()
    timer.stop()
    assert dialog.restored and "file an amendment of it instead" in seen[0]
