"""Hearing that another client wrote to the store, so a window can show edits by others
without a restart.

On a PostgreSQL server every write transaction of a ``Store`` sends ``NOTIFY
calaccess_changes, '<client id>'`` (delivered at commit only); a watch LISTENs on its own
connection and ignores its own store's writes. On a SQLite file the watch polls
``PRAGMA data_version`` on its own connection, which moves when any other connection
commits (the store's own writes included: a refresh too many, never one too few).
Call ``wait`` off the GUI thread.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING, Any

from calaccess_desktop.db.engine import server_problem, sqlite_file

if TYPE_CHECKING:
    from calaccess_desktop.services.store import Store

POLL = 0.5  # seconds between two looks at a SQLite file's data_version


class ChangeWatch:
    """Tells whether someone else committed a write since the last ``wait``."""

    def __init__(self, store: Store) -> None:
        from calaccess_desktop.services.store import CHANGES_CHANNEL

        self._store = store
        self._sqlite: sqlite3.Connection | None = None
        self._server: Any = None
        self._version = 0
        if store.kind == "postgresql":
            try:
                raw = store.engine.raw_connection()
                conn = raw.driver_connection
                raw.detach()  # held by this watch, never handed back to the pool
                conn.rollback()  # type: ignore[union-attr]
                conn.autocommit = True  # type: ignore[union-attr]
                conn.execute(f"LISTEN {CHANGES_CHANNEL}")  # type: ignore[union-attr]
            except Exception as exc:
                problem = server_problem(exc, store.location)
                if problem is None:
                    raise
                raise problem from exc
            self._server = conn
        else:
            path = sqlite_file(store.location)
            target = str(path.resolve()) if path is not None else ":memory:"
            self._sqlite = sqlite3.connect(target, check_same_thread=False)
            self._version = self._data_version()

    def wait(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds; True as soon as another client's write is
        committed (all such news so far is taken at once)."""
        if self._server is not None:
            return self._wait_for_notify(timeout)
        deadline = time.monotonic() + max(0.0, timeout)
        while True:
            version = self._data_version()
            if version != self._version:
                self._version = version
                return True
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            time.sleep(min(POLL, left))

    def close(self) -> None:
        """Stop watching and release the connection."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._sqlite is not None:
            self._sqlite.close()
            self._sqlite = None

    def __enter__(self) -> ChangeWatch:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------- internals

    def _wait_for_notify(self, timeout: float) -> bool:
        mine = self._store.client_id
        heard = False
        wait = max(0.0, timeout)
        try:
            while True:
                got = list(self._server.notifies(timeout=wait, stop_after=1))
                if not got:
                    return heard
                heard = heard or any(n.payload != mine for n in got)
                wait = 0.0  # take what else is already there, then answer
        except Exception as exc:
            problem = server_problem(exc, self._store.location)
            if problem is None:
                raise
            raise problem from exc

    def _data_version(self) -> int:
        assert self._sqlite is not None
        return int(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
