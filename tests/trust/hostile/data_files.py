"""Data files a hostile user (or a damaged disk) hands to ``--db``.

Each builder makes its file in a fresh folder from the demo's bytes and says what to
pass as ``--db`` and, for the read-only ones, what keeps it read-only during the run.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path

from tests.trust.data_file_support import damage_page, read_only, table_pages


def _nothing() -> AbstractContextManager[None]:
    return contextlib.nullcontext()


@dataclass
class Built:
    """What to pass as ``--db``, the paths to fingerprint, and the run's guard."""

    db: str
    watch: list[Path]
    hold: Callable[[], AbstractContextManager[None]] = field(default=_nothing)
    other_program: bool = False  # must stay byte-identical whatever the exit status


Builder = Callable[[Path, Path], Built]


def _copy(work: Path, demo: Path, name: str = "data.sqlite") -> Path:
    target = work / name
    shutil.copyfile(demo, target)
    return target


def _edit(db: Path, *sql: str) -> None:
    """Change the file with plain sqlite3 (left in its own journal mode, closed)."""
    con = sqlite3.connect(db)
    try:
        for statement in sql:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def demo(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    return Built(str(db), [db])


def text_file(work: Path, template: Path) -> Built:
    db = work / "notes.sqlite"
    db.write_text("Dear treasurer,\nthis is a letter, not a data file.\n", encoding="utf-8")
    return Built(str(db), [db])


def zero_bytes(work: Path, template: Path) -> Built:
    db = work / "empty.sqlite"
    db.write_bytes(b"")
    return Built(str(db), [db])


def folder(work: Path, template: Path) -> Built:
    db = work / "folder.sqlite"
    db.mkdir()
    return Built(str(db), [db])


def truncated(work: Path, template: Path) -> Built:
    data = template.read_bytes()
    db = work / "cut.sqlite"
    db.write_bytes(data[: len(data) // 2 + 123])
    return Built(str(db), [db])


def damaged_middle(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    pages = table_pages(db, "records")
    damage_page(db, pages[len(pages) // 2])
    return Built(str(db), [db])


def other_program(work: Path, template: Path) -> Built:
    """A valid SQLite file of another program (rollback journal, like most programs)."""
    db = work / "recipes.sqlite"
    con = sqlite3.connect(db)
    try:
        con.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT, steps TEXT)")
        con.execute("CREATE TABLE statements (x TEXT)")  # a name the app also uses
        con.executemany("INSERT INTO recipes (name, steps) VALUES (?, ?)",
                        [(f"soup {i}", "boil " * 50) for i in range(200)])
        con.execute("PRAGMA user_version = 7")
        con.commit()
    finally:
        con.close()
    return Built(str(db), [db], other_program=True)


def other_program_wal(work: Path, template: Path) -> Built:
    """Another program's file that uses WAL itself (its header says so)."""
    db = work / "notes-wal.sqlite"
    con = sqlite3.connect(db)
    try:
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        con.executemany("INSERT INTO notes (body) VALUES (?)", [("n",)] * 50)
        con.commit()
    finally:
        con.close()
    return Built(str(db), [db], other_program=True)


def missing_table(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    _edit(db, "DROP TABLE contacts")
    return Built(str(db), [db])


def broken_json_record(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    _edit(db, "UPDATE records SET \"values\" = '[\"RCPT\", \"A\", {broken' "
              "WHERE id = (SELECT min(id) FROM records WHERE statement_id = 2 "
              "AND rec_type = 'RCPT')")
    return Built(str(db), [db])


def broken_json_cover(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    _edit(db, "UPDATE statements SET cover = 'not json at all' WHERE id = 2")
    return Built(str(db), [db])


def wrong_json_shape(work: Path, template: Path) -> Built:
    """Valid JSON of the wrong shape: a number for a record's values, a list for a
    committee's profile."""
    db = _copy(work, template)
    _edit(db, "UPDATE records SET \"values\" = '42' WHERE statement_id = 2 "
              "AND rec_type = 'EXPN'",
          "UPDATE committees SET profile = '[1, 2, 3]'")
    return Built(str(db), [db])


def odd_row_values(work: Path, template: Path) -> Built:
    """Columns with values the program never writes: an unknown status, a date that
    is not a date, text for cents."""
    db = _copy(work, template)
    _edit(db, "UPDATE statements SET status = 'exploded', period_through = 'someday' "
              "WHERE id = 2",
          "UPDATE records SET amount_cents = 'lots' WHERE statement_id = 1")
    return Built(str(db), [db])


def unknown_revision(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    _edit(db, "UPDATE alembic_version SET version_num = 'f00dfeedbeef'")
    return Built(str(db), [db])


def _immutable(path: Path) -> Callable[[], AbstractContextManager[None]]:
    return lambda: read_only(path)


def read_only_file(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    return Built(str(db), [db], hold=_immutable(db))


def read_only_folder(work: Path, template: Path) -> Built:
    box = work / "locked"
    box.mkdir()
    db = _copy(box, template)
    return Built(str(db), [db, box], hold=_immutable(box))


def symlink_to_demo(work: Path, template: Path) -> Built:
    db = _copy(work, template)
    link = work / "link.sqlite"
    link.symlink_to(db)
    return Built(str(link), [link, db])


def dangling_symlink(work: Path, template: Path) -> Built:
    link = work / "dangling.sqlite"
    link.symlink_to(work / "gone" / "nothing.sqlite")
    return Built(str(link), [link])


def missing_folder(work: Path, template: Path) -> Built:
    """A path in a folder that does not exist: only demo and import make a new data file
    there (the others say there is none and leave nothing behind)."""
    db = work / "no-such-folder" / "data.sqlite"
    return Built(str(db), [db.parent])


def fifo(work: Path, template: Path) -> Built:
    db = work / "pipe.sqlite"
    os.mkfifo(db)
    return Built(str(db), [db])


def dev_null(work: Path, template: Path) -> Built:
    return Built("/dev/null", [Path("/dev/null")])


def dev_full(work: Path, template: Path) -> Built:
    return Built("/dev/full", [Path("/dev/full")])


def url_unknown_scheme(work: Path, template: Path) -> Built:
    return Built("gopher://example.invalid/data", [work])


def url_missing_driver(work: Path, template: Path) -> Built:
    return Built("postgresql+psycopg2://nobody@127.0.0.1:1/none", [work])


DATA_FILES: dict[str, Builder] = {
    "demo": demo, "text file": text_file, "zero bytes": zero_bytes, "folder": folder,
    "truncated": truncated, "damaged page in the middle": damaged_middle,
    "another program's SQLite": other_program,
    "another program's SQLite (WAL)": other_program_wal,
    "missing table": missing_table, "broken JSON in a record": broken_json_record,
    "broken JSON in a cover": broken_json_cover,
    "JSON of the wrong shape": wrong_json_shape, "odd column values": odd_row_values,
    "unknown schema revision": unknown_revision,
    "read-only file": read_only_file, "file in a read-only folder": read_only_folder,
    "symlink to the demo": symlink_to_demo, "dangling symlink": dangling_symlink,
    "missing folder": missing_folder, "FIFO": fifo, "/dev/null": dev_null,
    "/dev/full": dev_full, "unknown URL scheme": url_unknown_scheme,
    "URL of a missing driver": url_missing_driver,
}

DAMAGED_ROWS = ("JSON of the wrong shape", "odd column values")  # the store's column checks


def snapshot(path: Path) -> object:
    """What ``path`` is now: bytes' hash and -wal/-shm presence, a folder's contents,
    a link's target, a special file's kind, or missing."""
    import hashlib
    import stat

    if path.is_symlink():
        return ("link", os.readlink(path))
    if not path.exists():
        return "missing"
    mode = path.stat().st_mode
    if stat.S_ISDIR(mode):
        return ("folder", tuple(sorted((p.name, snapshot(p)) for p in path.iterdir())))
    if not stat.S_ISREG(mode):
        return ("special", stat.S_IFMT(mode), path.stat().st_rdev)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return ("file", digest, Path(f"{path}-wal").exists(), Path(f"{path}-shm").exists())


@contextlib.contextmanager
def holding(built: Built) -> Iterator[None]:
    """The run's guard (read-only for the block)."""
    with built.hold():
        yield
