"""A --db that cannot be used is refused in plain words, through the real CLI, and the file
keeps every byte (no -wal or -shm appears beside it): not a SQLite file, cut off, a
damaged page in the middle (of the demo, and of a 100,000-transaction file), a folder,
empty, another program's SQLite file, a missing table, an unknown address or a missing
database driver. A damaged file names its latest good backup and how to restore it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest

from tests.trust.data_file_support import (
    assert_refused,
    damage_page,
    fingerprint,
    make_demo,
    page_size,
    run_cli,
    table_pages,
)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file holding the demo, made once through the CLI."""
    home = tmp_path_factory.mktemp("demo-home")
    db = home / "demo.sqlite"
    make_demo(home, db)
    return db


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data file holding one statement of 100,000 transactions."""
    from bench.bench_import_export import make_file
    from calaccess_desktop.services.importer import import_file
    from calaccess_desktop.services.store import Store

    folder = tmp_path_factory.mktemp("big")
    source = folder / "big.cal"
    make_file(source, 100_000)
    db = folder / "big.sqlite"
    store = Store.open(db)
    try:
        assert import_file(store, source).records == 100_000
    finally:
        store.close()
    source.unlink()
    return db


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def _copy(src: Path, folder: Path, name: str = "data.sqlite") -> Path:
    target = folder / name
    shutil.copyfile(src, target)
    return target


def _refused_unchanged(home: Path, db: Path | str, *words: str,
                       commands: tuple[tuple[str, ...], ...] = (("list",), ("demo",))) -> None:
    """Each command (a read and a write) refuses ``db`` and leaves it as it was."""
    path = Path(db)
    before = fingerprint(path) if path.is_file() else None
    for command in commands:
        ran = run_cli(home, *command, "--db", str(db))
        assert_refused(ran, *words)
        if before is not None:
            assert fingerprint(path) == before
    assert not list(home.glob("logs/*")), "a crash report was written"


def test_a_file_that_is_not_sqlite(home: Path) -> None:
    notes = home / "notes.sqlite"
    notes.write_text("Treasurer's notes: call the bank on Monday.\n" * 50)
    _refused_unchanged(home, notes, "not a calaccess-desktop data file", "left as it is")


def test_an_empty_file_is_not_made_into_a_new_data_file(home: Path) -> None:
    empty = home / "empty.sqlite"
    empty.touch()
    _refused_unchanged(home, empty, "is empty (0 bytes)", "name that does not exist yet")
    assert empty.stat().st_size == 0


@pytest.mark.parametrize("device", ["/dev/null", "/dev/zero", "fifo"])
def test_a_device_or_pipe(home: Path, device: str) -> None:
    target = Path(device)
    if device == "fifo":
        target = home / "pipe.sqlite"
        os.mkfifo(target)
    _refused_unchanged(home, target, "not a data file", "left as it is")
    assert not Path(f"{target}-wal").exists()


def test_a_folder(home: Path) -> None:
    folder = home / "data.sqlite"
    folder.mkdir()
    _refused_unchanged(home, folder, "is a folder")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("journal", ["delete", "wal"])
def test_another_programs_sqlite_file_keeps_every_byte(home: Path, journal: str) -> None:
    other = home / "photos.db"
    con = sqlite3.connect(other)
    con.execute(f"PRAGMA journal_mode={journal}")
    con.execute("CREATE TABLE photos(id INTEGER PRIMARY KEY, name TEXT)")
    con.execute("INSERT INTO photos(name) VALUES ('beach.jpg')")
    con.commit()
    con.close()
    _refused_unchanged(home, other, "not a calaccess-desktop data file", "another program")
    _refused_unchanged(home, f"sqlite:///{other}", "not a calaccess-desktop data file")


def test_another_programs_file_with_an_application_id(home: Path) -> None:
    other = home / "app.db"
    con = sqlite3.connect(other)
    con.execute("PRAGMA application_id=1234")
    con.execute("CREATE TABLE meta(key TEXT, value TEXT)")
    con.execute("CREATE TABLE alembic_version(version_num TEXT)")
    con.commit()
    con.close()
    _refused_unchanged(home, other, "another program")


@pytest.mark.parametrize("cut", ["mid-page", "whole-pages", "header"])
def test_a_cut_off_file(home: Path, demo_file: Path, cut: str) -> None:
    db = _copy(demo_file, home)
    size = page_size(db)
    keep = {"mid-page": size * 7 + 1234, "whole-pages": size * 7, "header": 60}[cut]
    with db.open("r+b") as f:
        f.truncate(keep)
    _refused_unchanged(home, db, "damaged", "nothing was written")


def test_a_damaged_page_in_the_middle_of_the_demo(home: Path, demo_file: Path) -> None:
    db = _copy(demo_file, home)
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    damage_page(db, pages // 2)
    _refused_unchanged(home, db, "damaged", "nothing was written",
                       commands=(("list",), ("demo",), ("export", "1", "-o", "x.cal"),
                                 ("backup", "-o", "copy.sqlite")))
    assert not (home / "x.cal").exists() and not (home / "copy.sqlite").exists()


def test_a_damaged_record_page_of_a_100000_transaction_file(home: Path,
                                                             big_file: Path) -> None:
    db = _copy(big_file, home)
    records = table_pages(db, "records")
    damage_page(db, records[len(records) // 2])
    _refused_unchanged(home, db, "damaged", "nothing was written")


def test_the_check_on_a_100000_transaction_file_is_cheap(big_file: Path) -> None:
    """quick_check reads the whole file: measured here (printed with -s), bounded loosely
    so a shared machine does not fail it."""
    from calaccess_desktop.db.health import readonly_uri

    con = sqlite3.connect(readonly_uri(big_file, immutable=True), uri=True)
    try:
        con.execute("PRAGMA quick_check(5)").fetchall()  # warm the cache
        start = time.perf_counter()
        assert con.execute("PRAGMA quick_check(5)").fetchall() == [("ok",)]
        spent = time.perf_counter() - start
    finally:
        con.close()
    print(f"quick_check on {big_file.stat().st_size:,} bytes: {spent * 1000:.0f} ms")
    assert spent < 5


def test_a_missing_table(home: Path, demo_file: Path) -> None:
    db = _copy(demo_file, home)
    con = sqlite3.connect(db)
    con.execute("DROP TABLE undo_entries")
    con.commit()
    con.close()
    _refused_unchanged(home, db, "damaged", "undo_entries", "missing")


def test_broken_json_in_a_row(home: Path, demo_file: Path) -> None:
    db = _copy(demo_file, home)
    con = sqlite3.connect(db)
    con.execute('UPDATE records SET "values" = \'["RCPT", "A", \' WHERE id = '
                "(SELECT MIN(id) FROM records WHERE statement_id = 1)")
    con.commit()
    con.close()
    before = fingerprint(db)
    for command in (("export", "1", "-o", "out.cal"), ("print", "1", "-o", "out.pdf")):
        ran = run_cli(home, *command, "--db", str(db))
        assert_refused(ran, "damaged", "nothing was changed", "backup")
        assert fingerprint(db) == before
    assert not (home / "out.cal").exists() and not (home / "out.pdf").exists()


@pytest.mark.parametrize(("address", "words"), [
    ("foo://x", "not known"),
    ("postgresql://clerk@/calaccess?host=/nonexistent", "no database server is running"),
    ("mysql://db.example/calaccess", "driver that is not installed"),
    ("::://nonsense", "not a database address"),
])
def test_an_address_this_version_cannot_use(home: Path, address: str, words: str) -> None:
    for command in (("list",), ("demo",)):
        assert_refused(run_cli(home, *command, "--db", address), words)
    assert sorted(p.name for p in home.iterdir()) == []


def test_a_damaged_file_names_its_latest_good_backup(home: Path, demo_file: Path) -> None:
    db = _copy(demo_file, home)
    older = home / "older-backup.sqlite"
    assert run_cli(home, "backup", "-o", str(older), "--db", str(db)).code == 0
    newer = home / "saved" / "newer-backup.sqlite"
    newer.parent.mkdir()
    assert run_cli(home, "backup", "-o", str(newer), "--db", str(db)).code == 0
    later = time.time() + 60
    os.utime(newer, (later, later))
    # The newest file in backups/ is damaged itself: it must be passed over.
    (home / "backups").mkdir()
    broken = _copy(demo_file, home / "backups", "data-0003-20990101-000000.sqlite")
    damage_page(broken, 5)
    os.utime(broken, (later + 60, later + 60))
    damage_page(db, 20)
    before = fingerprint(db)
    ran = run_cli(home, "list", "--db", str(db))
    assert_refused(ran, "damaged", f"latest good backup is {newer}", "to restore it")
    assert str(broken) not in ran.err
    assert fingerprint(db) == before
    restored = run_cli(home, "list", "--db", str(newer))
    assert restored.code == 0 and "Maria Lopez" in restored.out
