"""Back up the data file: a consistent copy taken while the app is open (SQLite's own
online backup), checked before it is called done. The copy is an ordinary data file:
open it (Settings > Data file) to restore.
"""

from __future__ import annotations

import os
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


def backup_store(store: Store, target: str | Path, *,
                 progress: Callable[[int, int], None] | None = None) -> BackupResult:
    """Copy the store's data file to ``target`` (replacing it) and check the copy."""
    source = sqlite_file(store.location)
    if source is None:
        raise BackupError("only a data file can be backed up this way")
    target = Path(target).expanduser()
    if target.resolve() == source.resolve():
        raise BackupError("choose another file: this is the data file itself")
    if not target.parent.is_dir():
        raise BackupError(f"the folder {target.parent} does not exist")
    partial = target.with_name(target.name + ".partial")
    raw = store.engine.raw_connection()
    try:
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
            raise BackupError(f"the copy failed SQLite's check ({check})")
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(f"the backup could not be written ({exc})") from exc
    finally:
        raw.close()
        partial.unlink(missing_ok=True)
    return BackupResult(target, target.stat().st_size)
