"""Backups: a consistent, checked copy taken while the data file is in use, that opens as
a data file (how a backup is restored); refusals leave nothing behind."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import demo
from calaccess_desktop.services.backup import BackupError, backup_store
from calaccess_desktop.services.store import Store


def _counts(store: Store) -> tuple[int, int]:
    with store.read() as s:
        return (s.scalar(select(func.count()).select_from(Statement)) or 0,
                s.scalar(select(func.count()).select_from(Record)) or 0)


def test_a_copy_taken_mid_edit_holds_what_was_saved(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        demo.create_demo(s)
    saved = _counts(store)
    other = sqlite3.connect(store.location)  # another window, in the middle of an edit
    other.execute("begin immediate")
    other.execute("delete from records")
    heard: list[tuple[int, int]] = []
    try:
        result = backup_store(store, tmp_path / "copy.sqlite", progress=lambda *a: heard.append(a))
    finally:
        other.rollback()
        other.close()
    assert result.path.stat().st_size == result.size > 0
    assert heard and heard[-1][0] == heard[-1][1]
    assert not Path(f"{result.path}-wal").exists()  # one self-contained file
    copy = Store.open(result.path)  # restoring = opening the copy
    try:
        assert _counts(copy) == saved
    finally:
        copy.close()
    con = sqlite3.connect(result.path)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()


def test_refusals_leave_nothing_behind(store: Store, tmp_path: Path) -> None:
    before = set(tmp_path.iterdir())
    with pytest.raises(BackupError, match="the data file itself"):
        backup_store(store, store.location)
    with pytest.raises(BackupError, match="does not exist"):
        backup_store(store, tmp_path / "nowhere" / "copy.sqlite")
    assert set(tmp_path.iterdir()) == before


def test_the_backup_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    capsys.readouterr()
    target = tmp_path / "backup.sqlite"
    assert main(["backup", "-o", str(target), "--db", str(db)]) == 0
    assert "checked" in capsys.readouterr().out
    assert main(["list", "--json", "--db", str(target)]) == 0
    assert '"Maria Lopez for City Council 2026"' in capsys.readouterr().out
    assert main(["backup", "-o", str(tmp_path / "no" / "x.sqlite"), "--db", str(db)]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_backup_never_replaces_a_file_that_is_not_its_own_backup(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``backup -o`` over another committee's data file, or over a document, is refused
    and leaves it as it was; over a backup it made of the same data file, it replaces it
    (the weekly copy on a USB stick); the window, whose save dialog asked, may replace."""
    books, other = tmp_path / "books.sqlite", tmp_path / "other.sqlite"
    assert main(["demo", "--db", str(books)]) == 0
    assert main(["demo", "--db", str(other)]) == 0
    notes = tmp_path / "notes.txt"
    notes.write_text("the treasurer's notes")
    for target in (other, notes):
        before = target.read_bytes()
        capsys.readouterr()
        assert main(["backup", "-o", str(target), "--db", str(books)]) == 1
        err = capsys.readouterr().err
        assert "not a backup of this data file" in err and "left as it is" in err, err
        assert target.read_bytes() == before
    weekly = tmp_path / "usb" / "weekly.sqlite"
    weekly.parent.mkdir()
    assert main(["backup", "-o", str(weekly), "--db", str(books)]) == 0
    assert main(["backup", "-o", str(weekly), "--db", str(books)]) == 0  # its own: replaced
    store = Store.open(books)
    try:
        backup_store(store, notes, replace=True)
    finally:
        store.close()
    assert notes.read_bytes()[:16] == b"SQLite format 3\x00"
