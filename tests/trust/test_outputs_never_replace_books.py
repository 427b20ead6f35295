"""An export, PDF, bundle, receipt or audit trail named over the data file, a backup, a
link to one, or the -wal/-shm beside the open data file is refused in words and writes
nothing: the books stay whole (integrity_check ok, every statement there). A backup may
replace an older backup, never the data file or its -wal."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.fileio import WriteError, output_target, write_file


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "books.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    return db


@pytest.fixture
def books(demo: Path, tmp_path: Path) -> Path:
    db = tmp_path / "books.sqlite"
    src, dst = sqlite3.connect(demo), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    dst.close()
    return db


def _statements(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        return int(con.execute("select count(*) from statements").fetchone()[0])
    finally:
        con.close()


@pytest.mark.parametrize("command", [
    ["export", "2", "-o"], ["print", "2", "-o"], ["bundle", "1", "-o"],
    ["receipt", "2", "-o"], ["audit", "2", "-o"],
])
@pytest.mark.parametrize("target", ["itself", "link", "backup"])
def test_an_output_over_books_is_refused_and_nothing_changes(
        books: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        command: list[str], target: str) -> None:
    before = _statements(books)
    backup = tmp_path / "old.bak"
    assert main(["backup", "-o", str(backup), "--db", str(books)]) == 0
    if target == "itself":
        out = books
    elif target == "link":
        out = tmp_path / "statement.cal"
        out.symlink_to(books)
    else:
        out = backup
    kept = _digest(backup)
    capsys.readouterr()
    code = main([*command, str(out), "--db", str(books)])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "is a data file" in err and "nothing was written" in err, err
    assert "Traceback" not in err
    assert _statements(books) == before
    assert _digest(backup) == kept


def test_the_wal_beside_the_data_file_is_never_an_output(books: Path,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    wal = Path(f"{books}-wal")
    wal.write_bytes(b"")  # as SQLite leaves it beside a data file in use
    for command in (["export", "2", "-o", str(wal)], ["backup", "-o", f"{books}-shm"]):
        assert main([*command, "--db", str(books)]) == 1
        err = capsys.readouterr().err
        assert f"belongs to the data file {books.name}" in err, err
    shm = Path(f"{books}-shm")  # SQLite's own, when the command opened the file
    assert wal.read_bytes() == b""
    assert not shm.exists() or not shm.read_bytes().startswith(b"SQLite format 3")
    assert _statements(books) > 0


def test_a_backup_may_replace_an_older_backup(books: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    backup = tmp_path / "old.bak"
    assert main(["backup", "-o", str(backup), "--db", str(books)]) == 0
    assert main(["backup", "-o", str(backup), "--db", str(books)]) == 0
    assert "backed up" in capsys.readouterr().out
    assert _statements(backup) == _statements(books)


def test_write_file_refuses_a_database_unless_told_it_writes_one(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    sqlite3.connect(db).execute("create table t(a)").connection.close()
    with pytest.raises(WriteError, match="is a data file"):
        write_file(db, b"not a database")
    assert output_target(db, database=True)[0] == db.resolve()
    plain = tmp_path / "notes.txt"
    plain.write_text("old")
    write_file(plain, b"new")  # any other file is replaced as before
    assert plain.read_bytes() == b"new"
