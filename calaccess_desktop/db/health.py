"""Look at a data file before it is opened for writing: what it is, and whether it is whole.

Nothing here writes. The file is read through a read-only connection (immutable when no
other program has it open), so a refused file keeps every byte and gets no ``-wal`` or
``-shm`` beside it. Checks, cheapest first: a folder, an empty file, another kind of file,
a cut-off file (header), another program's SQLite file (application id and tables),
triggers or views (the schema has none: another program planted them, and they would
run on every save), then SQLite's ``PRAGMA quick_check`` (about 70 ms on a
100,000-transaction file) and the tables this version needs.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from calaccess_desktop.errors import UserError

SQLITE_MAGIC = b"SQLite format 3\x00"
APPLICATION_ID = 0x43414C44  # "CALD", written into the header of every new data file
HEADER = 100
APP_TABLES = frozenset({"alembic_version", "meta"})


class StoreError(UserError):
    """The store cannot be opened or used; the message tells the user what to do."""


class NoDataFile(StoreError):
    """A command that only works on existing statements was given a file that is not there
    (a new data file is made only by the commands that put something in it)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"There is no data file at {path}. Nothing was created. Check the name; a new "
            "data file is made when you start the app, or with `calaccess-desktop demo` or "
            "`calaccess-desktop import FILE.cal`.")
        self.path = path


class DamagedFile(StoreError):
    """The data file is damaged; ``backup`` is the newest backup that passed SQLite's check."""

    def __init__(self, path: Path, what: str, backup: Path | None) -> None:
        self.path = path
        self.backup = backup
        super().__init__(damaged_message(path, what, backup))


def damaged_message(path: Path, what: str, backup: Path | None) -> str:
    """Plain words: the file is damaged, nothing was written, how to restore."""
    head = (f"{path}: the data file is damaged ({what}). Nothing was written to it; "
            "nothing was changed.")
    if backup is None:
        return (f"{head} No good backup of it was found (backups are kept in the "
                f"'backups' folder beside it). Keep the file as it is and ask for help "
                "recovering it.")
    return (f"{head} The latest good backup is {backup} (saved "
            f"{_when(backup)}). To restore it: calaccess-desktop restore {backup} "
            f"--db {path} (the damaged file is kept in the backups folder), or open the "
            f"backup itself (Settings > Data file, or --db {backup}).")


def _when(path: Path) -> str:
    import datetime as dt

    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return stamp.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True, slots=True)
class FileState:
    """An existing data file that passed the checks."""

    revision: str | None  # None: a SQLite file with no tables yet (made into a data file)
    writable: bool  # the file and its folder may be written (WAL needs the folder)
    in_use: bool  # a -wal file is there: another connection has it open (or crashed)


def readonly_uri(path: Path, *, immutable: bool) -> str:
    """A SQLite URI that opens ``path`` without ever writing (``immutable``: not even the
    -shm, for a file nobody else has open)."""
    return f"file:{quote(str(path.resolve()))}?mode=ro" + ("&immutable=1" if immutable else "")


def wal_present(path: Path) -> bool:
    """Whether a ``-wal`` file sits beside the data file."""
    return Path(f"{path}-wal").exists()


def examine(path: Path, head: str, tables: frozenset[str],
            backups: list[Path] | None = None,
            restorable: Callable[[Path], bool] | None = None) -> FileState:
    """Check an existing ``path`` (raises StoreError or DamagedFile; writes nothing).

    ``head`` is this version's schema revision, ``tables`` the tables it needs, and
    ``backups`` the places where backups of this file may be (the newest good one, and
    ``restorable`` when given, is offered).
    """

    def offer() -> Path | None:
        return latest_good_backup(backups or [], restorable)

    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a data file. Give the name of a data "
                         "file (for example calaccess.sqlite).")
    if path.exists() and not path.is_file():  # a FIFO would block the open below forever
        raise StoreError(f"{path} is a device, pipe or socket, not a data file. It was left "
                         "as it is; give the name of a data file (for example "
                         "calaccess.sqlite).")
    try:
        with path.open("rb") as f:
            header = f.read(HEADER)
            size = os.fstat(f.fileno()).st_size
    except OSError as exc:
        raise StoreError(f"{path} cannot be read ({_reason(exc)}). Check its permissions."
                         ) from exc
    if size == 0:
        raise StoreError(f"{path} is empty (0 bytes): it is not a data file, and it was left "
                         "as it is. To start a new data file, give a name that does not "
                         "exist yet; if this file should hold your statements, restore it "
                         "from a backup.")
    if header[:len(SQLITE_MAGIC)] != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a calaccess-desktop data file (it is not a SQLite "
                         "database at all). It was left as it is.")
    in_use = wal_present(path)
    problem = _header_problem(header, size, in_use)
    if problem:
        raise DamagedFile(path, problem, offer())
    revision = _look_inside(path, head, tables, in_use, offer)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return FileState(revision, writable, in_use)


def _reason(exc: OSError) -> str:
    return (exc.strerror or str(exc)).lower()


def _header_problem(header: bytes, size: int, in_use: bool) -> str:
    """Why the 100-byte header shows the file is cut off or broken ('' when it looks whole)."""
    if len(header) < HEADER:
        return f"it is cut off: only {size} bytes are left"
    raw_page = struct.unpack(">H", header[16:18])[0]
    page = 65536 if raw_page == 1 else raw_page
    if page < 512 or page & (page - 1):
        return "its first page is broken"
    if in_use:  # newer pages may still be in the -wal file: the size says nothing yet
        return ""
    if size % page:
        return "it is cut off in the middle of a page"
    counter, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    if counter == valid_for and pages and pages * page > size:
        return f"it is cut off: {pages * page:,} bytes expected, {size:,} found"
    return ""


def _look_inside(path: Path, head: str, tables: frozenset[str], in_use: bool,
                 offer: Callable[[], Path | None]) -> str | None:
    try:
        con = sqlite3.connect(readonly_uri(path, immutable=not in_use), uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened ({exc}). Check that you may read it and "
                         "its folder.") from exc
    try:
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            names = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # broken bytes in names
            raise DamagedFile(path, "its list of tables cannot be read",
                              offer()) from exc
        if app_id not in (0, APPLICATION_ID) or (names and not names >= APP_TABLES):
            raise StoreError(f"{path} is not a calaccess-desktop data file (it belongs to "
                             "another program). It was left as it is.")
        if not names:
            return None
        planted = _planted(con)
        if planted:
            raise DamagedFile(path, f"it holds {planted} that calaccess-desktop never puts in "
                              "a data file, which could change or remove entries as they are "
                              "saved", offer())
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            check = [r[0] for r in con.execute("PRAGMA quick_check(5)")]
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise DamagedFile(path, "SQLite cannot read parts of it",
                              offer()) from exc
        if check != ["ok"]:
            raise DamagedFile(path, "SQLite's check found broken pages",
                              offer())
        orphan = _orphan_statement(con)
        if orphan:
            raise DamagedFile(path, orphan, offer())
        rev = revision[0] if revision else None
        if rev is None:
            raise DamagedFile(path, "its version record is missing", offer())
        missing = sorted(tables - names) if rev == head else []
        if missing:
            raise DamagedFile(path, "part of its contents is missing (the "
                              f"{', '.join(missing)} table{'s' if len(missing) > 1 else ''})",
                              offer())
        return str(rev)
    finally:
        con.close()


def _orphan_statement(con: sqlite3.Connection) -> str:
    """A statement whose committee (or the statement it amends) another program deleted
    with foreign keys off, in words ('' when none): everything about a statement starts
    from its committee."""
    try:
        found = con.execute("PRAGMA foreign_key_check(statements)").fetchone()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ""  # a file too old to say, or the checks before this one found it
    if found is None:
        return ""
    return f"statement {found[1]} refers to a row of {found[2]} that is not in the file"


def _planted(con: sqlite3.Connection) -> str:
    """The triggers and views in a data file, in words ('' when none): the schema has
    neither, so each was put there by another program (a hostile file or backup)."""
    try:
        found = con.execute("SELECT type, name FROM sqlite_master WHERE type IN "
                            "('trigger', 'view') ORDER BY type, name LIMIT 4").fetchall()
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        return ""  # the checks after this one say what is wrong
    if not found:
        return ""
    kinds = sorted({kind for kind, _name in found})
    what = " and ".join(f"{k}s" for k in kinds) if len(found) > 1 else kinds[0]
    names = ", ".join(repr(str(name)[:40]) for _kind, name in found[:3])
    return f"{'a ' if len(found) == 1 else ''}{what} ({names}{', ...' if len(found) > 3 else ''})"


def latest_good_backup(places: list[Path],
                       restorable: Callable[[Path], bool] | None = None) -> Path | None:
    """The newest SQLite file among ``places`` (files, or folders of backups) that passes
    SQLite's full ``integrity_check`` and ``restorable`` when given (the program's own
    checks: a version it opens, every value readable; read-only: the backups are not
    changed)."""
    from calaccess_desktop.db.backup_index import parse

    found: dict[Path, float] = {}
    for place in places:
        try:
            if place.is_dir():
                entries = [p for p in place.iterdir() if p.is_file()
                           and not p.name.endswith(("-wal", "-shm", ".partial"))]
            else:
                entries = [place] if place.is_file() else []
            for entry in entries:
                named = parse(entry)
                if named is not None and named.tag == "damaged":
                    continue  # a damaged file kept by a restore is never offered
                found[entry.resolve()] = entry.stat().st_mtime
        except OSError:
            continue
    for candidate in sorted(found, key=found.__getitem__, reverse=True):
        if _passes_check(candidate) and (restorable is None or restorable(candidate)):
            return candidate
    return None


def _passes_check(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            if f.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return False
        con = sqlite3.connect(readonly_uri(path, immutable=not wal_present(path)), uri=True)
        try:
            ok = con.execute("PRAGMA integrity_check(1)").fetchone()[0] == "ok"
            names = {r[0] for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            return ok and names >= APP_TABLES and not _planted(con)
        finally:
            con.close()
    except (OSError, sqlite3.Error, UnicodeDecodeError):  # broken bytes where text belongs
        return False
