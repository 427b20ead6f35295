"""The store as the services see it: an engine plus one-transaction-per-action sessions.

A SQLite transaction takes the write lock first (``BEGIN IMMEDIATE``). When another
program holds it, the store waits: after a moment it says "Waiting for another program
that is using the data file..." (``on_wait``: standard error, or the window's status
line) and keeps trying for ``LOCK_WAIT`` seconds, then stops with nothing changed.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from platformdirs import user_data_dir
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from calaccess_desktop import APP_NAME
from calaccess_desktop.db.backup_index import backups_of
from calaccess_desktop.db.engine import READ_ONLY, DamagedData, sqlite_file
from calaccess_desktop.db.health import DamagedFile, StoreError, latest_good_backup
from calaccess_desktop.db.upgrade import open_store

WAITING = "Waiting for another program that is using the data file..."
QUIET_WAIT = 1.0  # seconds waited for the write lock before saying so
LOCK_WAIT_ENV = "CALACCESS_LOCK_WAIT"  # seconds to wait in all (default LOCK_WAIT)
LOCK_WAIT = 30.0


class FileBusy(StoreError):
    """Another program kept the data file's write lock; nothing was changed."""


def default_db_path() -> Path:
    """The embedded SQLite file in the user's data folder."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / "calaccess.sqlite"


def _say_on_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def lock_wait() -> float:
    """How long a writer waits for another program's write lock, in seconds."""
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_ENV, LOCK_WAIT)))
    except ValueError:
        return LOCK_WAIT


class Store:
    """An opened, migrated store. Each ``transaction()`` is one user action."""

    def __init__(self, engine: Engine, location: str) -> None:
        self.engine = engine
        self.location = location
        self.on_wait: Callable[[str], None] = _say_on_stderr
        self.read_only = bool(engine.get_execution_options().get(READ_ONLY))
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, target: str | Path | None = None, *, create: bool = True) -> Store:
        """Open the store at a path or URL (default: the user's data folder); a missing
        file is created only when ``create`` (else ``NoDataFile``)."""
        from calaccess_desktop.fileio import sweep_partials

        sweep_partials()  # .partial files of a backup or export that was killed
        location = str(target or default_db_path())
        return cls(open_store(location, create=create), location)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work is committed together, or rolled back on any error."""
        with self._plain_errors(), self._sessions() as session, session.begin():
            if self.engine.dialect.name == "sqlite" and not self.read_only:
                self._take_write_lock(session)
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only."""
        with self._plain_errors(), self._sessions() as session:
            yield session

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    # ----------------------------------------------------------------- internals

    def _take_write_lock(self, session: Session) -> None:
        raw: Any = session.connection().connection.driver_connection
        limit = lock_wait()
        start = time.monotonic()
        said = False
        try:
            while True:
                waited = time.monotonic() - start
                step = QUIET_WAIT if not said else min(1.0, max(0.0, limit - waited))
                raw.execute(f"PRAGMA busy_timeout={int(step * 1000)}")
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if not _busy(exc):
                        raise
                if time.monotonic() - start >= limit:
                    raise FileBusy(
                        f"{self.location}: another program is using the data file and did "
                        f"not finish within {limit:g} seconds. Nothing was changed; close "
                        "the other program (or wait until it is done) and try again.")
                if not said:
                    said = True
                    self.on_wait(WAITING)
        finally:
            raw.execute("PRAGMA busy_timeout=5000")

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        try:
            yield
        except DamagedData as exc:
            raise _damaged(self.location, str(exc)) from exc
        except OperationalError as exc:
            said = str(exc.orig).lower()
            if "readonly" in said or "read-only" in said:
                raise StoreError(
                    f"{self.location}: the data file is read-only (the file or its folder "
                    "may not be written), so nothing was changed. Reading works; to make "
                    "changes, copy it to a folder you may write to and open the copy."
                ) from exc
            if "locked" in said or "busy" in said:
                raise FileBusy(
                    f"{self.location}: another program is using the data file. Nothing "
                    "was changed; try again when it is done.") from exc
            raise


def _damaged(location: str, what: str) -> StoreError:
    """A value that cannot be read: the same words, and the same offer of the latest good
    backup, as a file found damaged when it is opened (``db.health``)."""
    path = sqlite_file(location)
    if path is None:
        return StoreError(f"{location}: the data file is damaged ({what}). Nothing was "
                          "changed. Restore the database from your latest backup.")
    return DamagedFile(path, what, latest_good_backup(backups_of(path)))


def _busy(exc: sqlite3.OperationalError) -> bool:
    said = str(exc).lower()
    return "locked" in said or "busy" in said
