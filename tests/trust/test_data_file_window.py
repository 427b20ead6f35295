"""The window and the data file's health: a damaged file is said so in plain words with a
button that opens the latest good backup (at start and when switching files), nothing is
written to it; Save As never replaces a special file; the scratch folder is checked."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from calaccess_desktop.db.health import DamagedFile
from calaccess_desktop.services.backup import backup_store
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers import file_actions
from calaccess_desktop.ui.controllers.data_file import (
    OPEN_BACKUP,
    OPEN_WINDOWS,
    open_at_start,
    switch_data_file,
)
from tests.trust.data_file_support import damage_page, fingerprint


def _answer(button_text: str, seen: list[str]) -> QTimer:
    """Click ``button_text`` on the message box as soon as it is shown (keeps its text)."""
    timer = QTimer()

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            return
        box = boxes[0]
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text or (
                    button_text == "Close"
                    and box.standardButton(button) == QMessageBox.StandardButton.Close):
                timer.stop()
                button.click()
                return

    timer.timeout.connect(look)
    timer.start(20)
    return timer


@pytest.fixture
def damaged(tmp_path: Path, db_path: Path, demo_ids) -> tuple[Path, Path]:
    """A copy of the demo data file with a damaged page, and a good backup of it."""
    store = Store.open(db_path)
    backup = tmp_path / "saved" / "good-copy.sqlite"
    backup.parent.mkdir()
    try:
        backup_store(store, backup)
    finally:
        store.close()
    bad = tmp_path / "damaged.sqlite"
    shutil.copyfile(db_path, bad)
    damage_page(bad, 20)
    return bad, backup


def test_at_start_a_damaged_file_offers_its_backup(qtbot, damaged, monkeypatch,
                                                   tmp_path: Path) -> None:
    bad, backup = damaged
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    # backup_store remembered the copy for the demo file, not for this copy: put it in
    # the backups folder beside it, where the app keeps them.
    (bad.parent / "backups").mkdir()
    kept = bad.parent / "backups" / "damaged-0003-20260101-000000.sqlite"
    shutil.copyfile(backup, kept)
    before = fingerprint(bad)
    seen: list[str] = []
    timer = _answer(OPEN_BACKUP, seen)
    store = open_at_start(str(bad))
    timer.stop()
    try:
        assert Path(store.location) == kept.resolve()
        with store.read() as session:
            from sqlalchemy import text

            assert session.execute(text("SELECT count(*) FROM committees")).scalar() == 1
    finally:
        store.close()
    assert "the data file is damaged" in seen[0] and "Nothing was written" in seen[0]
    assert f"latest good backup is {kept.resolve()}" in seen[0]
    assert fingerprint(bad) == before
    seen.clear()
    timer = _answer("Close", seen)
    with pytest.raises(DamagedFile):
        open_at_start(str(bad))
    timer.stop()
    assert fingerprint(bad) == before


def test_switching_to_a_damaged_file_offers_its_backup(qtbot, make_window, damaged) -> None:
    bad, backup = damaged
    window = make_window(restore=False)
    first_store = window.ctx.store
    (bad.parent / "backups").mkdir()
    kept = bad.parent / "backups" / "damaged-0003-20260101-000000.sqlite"
    shutil.copyfile(backup, kept)
    before = fingerprint(bad)
    seen: list[str] = []
    timer = _answer(OPEN_BACKUP, seen)
    switch_data_file(window, str(bad))
    qtbot.waitUntil(lambda: any(w.ctx.store.location == str(kept.resolve())
                                for w in OPEN_WINDOWS), timeout=10000)
    timer.stop()
    fresh = next(w for w in OPEN_WINDOWS if w.ctx.store.location == str(kept.resolve()))
    assert "The current data file stays open." in seen[0]
    assert fingerprint(bad) == before
    fresh.ctx.ops.shutdown()
    fresh.close()
    fresh.ctx.store.close()
    OPEN_WINDOWS.remove(fresh)
    assert first_store is not fresh.ctx.store


def test_save_as_never_replaces_a_fifo(qtbot, make_window, demo_ids, tmp_path) -> None:
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    fifo = tmp_path / "statement.cal"
    os.mkfifo(fifo)
    file_actions.export_cal(window, str(fifo))
    qtbot.waitUntil(lambda: any(b.windowTitle() == "Not exported"
                                for b in window.findChildren(QMessageBox)), timeout=10000)
    box = next(b for b in window.findChildren(QMessageBox) if b.windowTitle() == "Not exported")
    assert "is a pipe (FIFO), not a file; nothing was written" in box.text()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    box.close()


def test_save_as_writes_through_a_link(qtbot, make_window, demo_ids, tmp_path) -> None:
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    real = tmp_path / "real.cal"
    link = tmp_path / "link.cal"
    link.symlink_to(real)
    file_actions.export_cal(window, str(link))
    qtbot.waitUntil(real.exists, timeout=10000)
    assert link.is_symlink() and real.read_bytes().startswith(b"HDR")
    assert stat.S_IMODE(real.stat().st_mode) == 0o600


def test_the_scratch_folder_of_someone_else_is_not_used(tmp_path, monkeypatch) -> None:
    from calaccess_desktop import scratch

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    monkeypatch.setattr(scratch, "_fallback", None)
    root = scratch.scratch_root()
    root.chmod(0o777)  # others could put files in it: made private again
    assert scratch.scratch_root() == root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    shutil.rmtree(root)
    other = tmp_path / "someone-else"
    other.mkdir()
    root.symlink_to(other)  # planted by someone else: never used
    used = scratch.scratch_root()
    assert used != root and used.parent == tmp_path
    assert stat.S_IMODE(used.stat().st_mode) == 0o700 and used.stat().st_uid == os.getuid()
    folder = scratch.scratch_dir("print")
    assert folder.parent == used and not list(other.iterdir())
    scratch.discard(folder)
    if os.geteuid() == 0:  # a real folder owned by another user
        root.unlink()
        root.mkdir(mode=0o700)
        os.chown(root, 65534, 65534)
        monkeypatch.setattr(scratch, "_fallback", None)
        assert scratch.scratch_root() not in (root, used)
