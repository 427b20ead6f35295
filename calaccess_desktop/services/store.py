"""The store as the services see it: an engine plus one-transaction-per-action sessions.

A SQLite transaction takes the write lock first (``BEGIN IMMEDIATE``); on a PostgreSQL
server it takes the store's advisory write lock, so writers take turns there too. When
another program holds it, the store waits: after a moment it says "Waiting for another
program that is using the data file..." (``on_wait``: standard error, or the window's
status line) and keeps trying for ``LOCK_WAIT`` seconds, then stops with nothing changed.

What only a data file can do (a file copy, SQLite's online backup and checks, file
locks) is asked through ``Store.is_file``; a server's other clients hear of each write
through ``watch()`` (LISTEN/NOTIFY on PostgreSQL).
"""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from platformdirs import user_data_dir
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from calaccess_desktop import APP_NAME
from calaccess_desktop.db.backup_index import backups_of
from calaccess_desktop.db.content_check import restorable
from calaccess_desktop.db.engine import (
    READ_ONLY,
    DamagedData,
    server_problem,
    shown_url,
    sqlite_file,
)
from calaccess_desktop.db.health import DamagedFile, StoreError, latest_good_backup
from calaccess_desktop.db.upgrade import open_store

if TYPE_CHECKING:
    from calaccess_desktop.db.changes import ChangeWatch

WAITING = "Waiting for another program that is using the data file..."
WAITING_SERVER = "Waiting for another user of the database who is saving..."
QUIET_WAIT = 1.0  # seconds waited for the write lock before saying so
LOCK_WAIT_ENV = "CALACCESS_LOCK_WAIT"  # seconds to wait in all (default LOCK_WAIT)
LOCK_WAIT = 30.0
WRITE_LOCK = 0x43414C57  # PostgreSQL advisory lock key: one writer at a time ("CALW")
CHANGES_CHANNEL = "calaccess_changes"  # NOTIFY channel: a client committed a write


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
        self.kind = engine.dialect.name  # "sqlite" or "postgresql"
        self.client_id = f"{os.getpid()}-{id(self):x}"  # this store in NOTIFY payloads
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @property
    def is_file(self) -> bool:
        """Whether the store is a SQLite data file (file copies, SQLite's online backup,
        integrity checks and file locks apply only then)."""
        return self.kind == "sqlite"

    @property
    def shown(self) -> str:
        """The location as it may be shown or logged (a server's password hidden)."""
        return shown_url(self.location)

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
            if self.kind == "sqlite" and not self.read_only:
                self._take_write_lock(session)
            elif self.kind == "postgresql":
                self._take_server_lock(session)
            yield session

    def watch(self) -> ChangeWatch:
        """A watch that tells when another client committed a write (its own ``close``)."""
        from calaccess_desktop.db.changes import ChangeWatch

        return ChangeWatch(self)

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

    def _take_server_lock(self, session: Session) -> None:
        """The server's advisory write lock (released at commit or rollback), waited for
        like SQLite's: quietly at first, then saying so, at most ``lock_wait()``."""
        # The NOTIFY goes with the lock (one round trip): the listeners hear it at commit
        # only, never for a transaction rolled back.
        take = text("SELECT pg_try_advisory_xact_lock(:key), pg_notify(:channel, :me)")
        args = {"key": WRITE_LOCK, "channel": CHANGES_CHANNEL, "me": self.client_id}
        limit = lock_wait()
        start = time.monotonic()
        said = False
        while not session.execute(take, args).scalar():
            waited = time.monotonic() - start
            if waited >= limit:
                raise FileBusy(
                    f"{self.shown}: another user of the database is saving and did not "
                    f"finish within {limit:g} seconds. Nothing was changed; try again in a "
                    "moment.")
            if not said and waited >= QUIET_WAIT:
                said = True
                self.on_wait(WAITING_SERVER)
            time.sleep(0.02 if waited < QUIET_WAIT else 0.1)

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        try:
            yield
        except DamagedData as exc:
            raise _damaged(self.location, str(exc)) from exc
        except DBAPIError as exc:
            problem = server_problem(exc, self.location)
            if problem is not None:
                raise problem from exc
            if not isinstance(exc, OperationalError):
                raise
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
    return DamagedFile(path, what, latest_good_backup(backups_of(path), restorable))


def _busy(exc: sqlite3.OperationalError) -> bool:
    said = str(exc).lower()
    return "locked" in said or "busy" in said
