"""Automatic backups of the data file: taken on a schedule and before every risky
operation, kept in the ``backups/`` folder beside the data file with a rotation (the last
10, the newest of each day for a month, of each month for a year), each one checked.

A backup is SQLite's online backup in one step (one read transaction), so it is
consistent while the app or another program writes; it is checked (``integrity_check``
and the app's tables) before it is kept. Listing says what each holds; restoring
(``restore.py``) keeps the current file as a backup first.

A database on a PostgreSQL server is backed up on request only (``take(..., "manual")``)
with pg_dump, or as a logical copy into a data file when pg_dump is not installed
(``server.py``), kept under the user's data folder (``servers/backups``); automatic
backups before risky operations are for data files (a server has its administrator's).
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from calaccess_desktop.db import backup_index
from calaccess_desktop.db.engine import sqlite_file
from calaccess_desktop.db.health import readonly_uri, wal_present
from calaccess_desktop.errors import UserError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from calaccess_desktop.services.store import Store

RISKY_GAP = 60.0  # seconds: a risky operation right after a backup reuses it
WHY = {"auto": "automatic", "manual": "made by hand", "import": "before an import",
       "amendment": "before an amendment", "restore": "before a restore",
       "bundle": "before importing a hand-off bundle", "damaged": "the damaged file, kept"}


class BackupFailed(UserError):
    """A backup could not be made; the message says why (nothing was left behind)."""


def why_words(tag: str) -> str:
    """Why a backup was taken, in words (a schema revision: before an upgrade)."""
    if tag.isdigit() or tag[:4].isdigit():
        return f"before upgrading (file version {tag})"
    return WHY.get(tag, tag)


def data_file_of(target: Store | Session | str | Path) -> Path | None:
    """The SQLite file behind a store, a session or a location (None for a server)."""
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session

    if isinstance(target, Session):
        bind = target.get_bind()
        engine = bind if isinstance(bind, Engine) else bind.engine
        database = engine.url.database
        if engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)
    location = target if isinstance(target, str | Path) else target.location
    return sqlite_file(location)


def take(target: Store | Session | str | Path, tag: str = "auto") -> Path | None:
    """Back up the data file into its ``backups/`` folder now, checked, then rotate the
    folder; returns the backup (None for a database that is not a file)."""
    source = data_file_of(target)
    if source is None:
        return _take_server(target, tag)
    return take_file(source, tag)


def _take_server(target: Store | Session | str | Path, tag: str) -> Path | None:
    """A checked pg_dump (or logical copy) of a server's database, rotated like files',
    when asked for by hand (``backups --now``, the Backups window); None otherwise."""
    from calaccess_desktop.db.engine import is_server
    from calaccess_desktop.fileio import WriteError, make_private_dirs, replacing
    from calaccess_desktop.services.backups import server
    from calaccess_desktop.services.store import Store

    location = target if isinstance(target, str | Path) else getattr(target, "location", "")
    if not is_server(str(location)) or tag != "manual":
        return None  # a shared server is not dumped by every window on a schedule
    store = target if isinstance(target, Store) else Store.open(str(location), create=False)
    base = server.stand_in(str(location))
    dump = backup_index.backup_path(base.with_suffix(server.DUMP_SUFFIX), tag)
    try:
        make_private_dirs(dump.parent)
        with replacing(dump, database=True) as partial:
            how = server.backup_database(store.engine, str(location), partial)
        if how == server.LOGICAL:
            kept = dump.with_suffix(".sqlite")
            dump.rename(kept)
            dump = kept
    except (WriteError, server.ServerBackupFailed, sqlite3.Error, OSError) as exc:
        raise BackupFailed(f"the backup of {store.shown} could not be made: {exc}") from exc
    finally:
        if store is not target:
            store.close()
    backup_index.rotate(base.with_suffix(dump.suffix))
    return dump


def take_file(source: Path, tag: str, *, now: dt.datetime | None = None) -> Path:
    """Back up the SQLite file ``source`` (see ``take``)."""
    from calaccess_desktop.fileio import WriteError, make_private_dirs, replacing

    target = backup_index.backup_path(source, tag, now)
    try:
        make_private_dirs(target.parent)
        con = sqlite3.connect(readonly_uri(source, immutable=False), uri=True)
        try:
            with replacing(target, database=True) as partial:
                backup_index.checked_copy(con, partial)
        finally:
            con.close()
    except backup_index.CopyFailed as exc:
        raise BackupFailed(f"{source}: the backup could not be made ({exc}); nothing was "
                           "kept.") from exc
    except WriteError as exc:
        raise BackupFailed(f"the backup of {source} could not be written: {exc}") from exc
    except (OSError, sqlite3.Error) as exc:
        raise BackupFailed(f"{source}: the backup could not be made "
                           f"({getattr(exc, 'strerror', None) or exc}); nothing was kept."
                           ) from exc
    backup_index.remember(source, target)
    backup_index.rotate(source, now)
    return target


def before_risky(target: Store | Session, what: str) -> Path | None:
    """A checked backup before a risky operation (``what``: "import", "amendment",
    "restore", "bundle"). Call it before the operation's transaction (a session works
    too: the copy holds what was committed). Skipped for a file with no committee yet;
    a backup taken less than a minute ago is reused. Raises BackupFailed: the operation
    should not go on without its backup."""
    source = data_file_of(target)
    if source is None or not source.exists() or not _writable(source) \
            or not _holds_anything(source):
        return None  # a read-only file: the operation is refused anyway, nothing is made
    recent = backup_index.in_folder(source)
    if recent and what != "restore":
        age = time.time() - _mtime(recent[0].path)
        if 0 <= age < RISKY_GAP:
            return recent[0].path
    return take_file(source, what)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _holds_anything(path: Path) -> bool:
    try:
        con = sqlite3.connect(readonly_uri(path, immutable=False), uri=True)
        try:
            return con.execute("SELECT 1 FROM committees LIMIT 1").fetchone() is not None
        finally:
            con.close()
    except sqlite3.Error:
        return True  # cannot tell: back it up


# --------------------------------------------------------------------------- listing

@dataclass(frozen=True, slots=True)
class Contents:
    """What a data file holds: counts and its last change."""

    committees: int
    statements: int
    records: int
    last_change: dt.datetime | None
    revision: str


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup, with what it holds (``contents`` None: it cannot be read)."""

    path: Path
    taken: dt.datetime
    why: str
    size: int
    contents: Contents | None
    problem: str = ""


def contents_of(path: Path) -> Contents:
    """Count what a data file holds (read-only: nothing is written, not even a -shm)."""
    con = sqlite3.connect(readonly_uri(path, immutable=not wal_present(path)), uri=True)
    try:
        one = con.execute
        last = [one(q).fetchone()[0] for q in (
            "SELECT max(updated_at) FROM statements", "SELECT max(created_at) FROM committees")]
        stamps = [_stamp(v) for v in last if v]
        rev = one("SELECT version_num FROM alembic_version").fetchone()
        return Contents(one("SELECT count(*) FROM committees").fetchone()[0],
                        one("SELECT count(*) FROM statements").fetchone()[0],
                        one("SELECT count(*) FROM records").fetchone()[0],
                        max((s for s in stamps if s is not None), default=None),
                        str(rev[0]) if rev else "")
    finally:
        con.close()


def _stamp(text: str) -> dt.datetime | None:
    try:
        value = dt.datetime.fromisoformat(str(text))
    except ValueError:
        return None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def list_backups(location: str | Path) -> list[BackupInfo]:
    """The backups of a data file, newest first: those in its ``backups/`` folder and
    those ``backup -o`` saved elsewhere, each with what it holds."""
    data_file = sqlite_file(location)
    if data_file is None:
        return _server_backups(str(location))
    seen: dict[Path, BackupInfo] = {}
    for b in backup_index.in_folder(data_file):
        seen[b.path.resolve()] = _info(b.path, b.taken, why_words(b.tag))
    for place in backup_index.backups_of(data_file)[1:]:
        if place.is_file() and place.resolve() not in seen:
            taken = dt.datetime.fromtimestamp(place.stat().st_mtime)
            seen[place.resolve()] = _info(place, taken, "made by hand (backup -o)")
    return sorted(seen.values(), key=lambda i: i.taken, reverse=True)


def _server_backups(location: str) -> list[BackupInfo]:
    from calaccess_desktop.db.engine import is_server
    from calaccess_desktop.services.backups import server

    if not is_server(location):
        return []
    base = server.stand_in(location)
    found: list[BackupInfo] = []
    for suffix, how in ((server.DUMP_SUFFIX, "pg_dump"), (".sqlite", "logical copy")):
        for b in backup_index.in_folder(base.with_suffix(suffix)):
            info = _info(b.path, b.taken, f"{why_words(b.tag)}, {how}")
            if suffix == server.DUMP_SUFFIX:
                info = BackupInfo(b.path, b.taken, info.why, info.size, None,
                                  "a pg_dump archive: restore it with pg_restore --clean "
                                  "--dbname=DATABASE FILE")
            found.append(info)
    return sorted(found, key=lambda i: i.taken, reverse=True)


def _info(path: Path, taken: dt.datetime, why: str) -> BackupInfo:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        return BackupInfo(path, taken, why, size, contents_of(path))
    except sqlite3.Error as exc:
        return BackupInfo(path, taken, why, size, None, f"cannot be read ({exc})")
    except UnicodeDecodeError:  # broken bytes where text belongs
        return BackupInfo(path, taken, why, size, None, "cannot be read (it is damaged)")


# --------------------------------------------------------------------------- schedule

@dataclass
class Schedule:
    """When the window backs up on its own: once ``after`` seconds have passed since the
    first change not yet in a backup, and at most once every ``every`` seconds."""

    after: float = 10 * 60
    every: float = 60 * 60
    first_change: float | None = None
    last_change: float | None = None
    last_backup: float | None = None

    def changed(self, now: float) -> None:
        """Something was saved."""
        if self.first_change is None:
            self.first_change = now
        self.last_change = now

    def due(self, now: float) -> bool:
        """Whether a backup should be taken now."""
        if self.first_change is None or now - self.first_change < self.after:
            return False
        return self.last_backup is None or now - self.last_backup >= self.every

    def done(self, now: float, started: float) -> None:
        """A backup begun at ``started`` was taken; what was saved after is not in it."""
        self.last_backup = now
        if self.last_change is not None and self.last_change > started:
            self.first_change = self.last_change
        else:
            self.first_change = self.last_change = None
