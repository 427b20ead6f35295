"""Back up the data file: a consistent copy taken while the app is open (SQLite's own
online backup), checked before it is called done. The copy is an ordinary data file:
open it (Settings > Data file) to restore. A database on a PostgreSQL server is backed up
with pg_dump when it is installed, else as a logical copy into a data file
(``services/backups/server.py``); ``BackupResult.how`` says which.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from calaccess_desktop.db.engine import sqlite_file
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.store import Store

PAGES_PER_STEP = 1024  # pages copied between two progress reports


class BackupError(UserError):
    """The backup could not be made (the message says why); no partial file is left."""


@dataclass(frozen=True, slots=True)
class BackupResult:
    """Where the copy is and how big it is."""

    path: Path
    size: int
    how: str = "SQLite's online backup"


def backup_store(store: Store, target: str | Path, *,
                 progress: Callable[[int, int], None] | None = None,
                 replace: bool = False) -> BackupResult:
    """Copy the store's data file to ``target`` and check the copy.

    A file already at ``target`` is replaced only when it is a backup of this data file
    (remembered, or in its backups folder) or when ``replace`` says the user agreed (the
    window's save dialog asked): never another data file or a document silently.

    The copy is written beside the target as a private ``.partial`` file and renamed
    only once it passed the check (``fileio.replacing``: links are written through,
    special files refused, a full disk says so); it is remembered as a backup of the
    data file, so a damaged data file can be offered it."""
    from calaccess_desktop.db.backup_index import remember
    from calaccess_desktop.fileio import WriteError, output_target, replacing

    source = sqlite_file(store.location)
    if source is None:
        return _backup_server(store, Path(target).expanduser())
    given = Path(target).expanduser()
    try:
        real, _device = output_target(given, database=True)
    except WriteError as exc:
        raise BackupError(str(exc)) from exc
    if real == source.resolve():
        raise BackupError(f"{given}: choose another file: this is the data file itself")
    if not replace and real.exists() and not _device and not _backup_of(source, real):
        raise BackupError(f"{given}: a file of that name is there already, and it is not a "
                          f"backup of this data file ({_what(real)}); nothing was written "
                          "and it was left as it is. Choose another name, or move that "
                          "file away first.")
    raw = store.engine.raw_connection()
    try:
        with replacing(given, database=True) as partial:
            copy = sqlite3.connect(partial)
            try:
                raw.driver_connection.backup(  # type: ignore[union-attr]
                    copy, pages=PAGES_PER_STEP,
                    progress=(lambda _status, left, total: progress(total - left, total))
                    if progress else None)
                check = copy.execute("PRAGMA integrity_check").fetchone()[0]
                copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            finally:
                copy.close()
            if check != "ok":
                raise BackupError(f"{given}: the copy failed SQLite's check ({check}); "
                                  "nothing was written")
    except WriteError as exc:
        raise BackupError(str(exc)) from exc
    except sqlite3.Error as exc:
        if "full" in str(exc).lower():
            raise BackupError(f"{given}: the disk is full; nothing was written. Free some "
                              "space and try again.") from exc
        raise BackupError(f"{given}: the backup could not be written ({exc}); nothing was "
                          "written") from exc
    finally:
        raw.close()
    written = output_target(given, database=True)[0]
    remember(source, written)
    return BackupResult(written if _device else given, written.stat().st_size)


def _backup_server(store: Store, given: Path) -> BackupResult:
    """pg_dump, or a logical copy into a data file, written through a checked partial."""
    from calaccess_desktop.fileio import WriteError, output_target, replacing
    from calaccess_desktop.services.backups.server import ServerBackupFailed, backup_database

    try:
        _real, device = output_target(given, database=True)
        with replacing(given, database=True) as partial:
            how = backup_database(store.engine, store.location, partial)
    except (WriteError, ServerBackupFailed) as exc:
        raise BackupError(str(exc)) from exc
    except sqlite3.Error as exc:
        raise BackupError(f"{given}: the copy could not be written ({exc}); nothing was "
                          "written") from exc
    written = output_target(given, database=True)[0]
    return BackupResult(written if device else given, written.stat().st_size, how)


def _backup_of(source: Path, real: Path) -> bool:
    """Whether ``real`` is a backup of the data file ``source`` this program made."""
    from calaccess_desktop.db.backup_index import backups_of

    return any(b.resolve() == real for b in backups_of(source))


def _what(real: Path) -> str:
    from calaccess_desktop.fileio import is_database

    return "it is another data file, or a backup of one" if is_database(real) else \
        "it holds something else"
