"""Edits by others appear without a restart: a cheap look every moment, on the database
thread, and a refresh of what they changed.

The store's watch (``Store.watch``: ``PRAGMA data_version`` on a file, LISTEN/NOTIFY on
a server) says whether anyone else committed; only then the change journal
(``services.concurrency.journal``) says which statements other windows changed and
who. The window's own writes are left out; a write that left no journal line (a .CAL
import by a command, filing) refreshes everything.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from calaccess_desktop.services.concurrency.journal import (
    Changes as Journal,
)
from calaccess_desktop.services.concurrency.journal import (
    changes_since,
    current_token,
)
from calaccess_desktop.ui.context import AppContext, Changes

POLL_MS = 1500  # how often the window looks


class ChangeWatcher(QObject):
    """Looks for others' commits and tells the window's views through the hub."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 say: Callable[[str], None] | None = None, interval_ms: int = POLL_MS,
                 open_statement: Callable[[], int | None] = lambda: None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.say = say
        self.open_statement = open_statement
        self._watch: Any = None
        self._token: int | None = None
        self._looking = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.look)

    def start(self) -> None:
        """Begin watching from now on (what is stored already is shown)."""
        def begin(session: Any) -> int:
            self._open_watch()
            return current_token(session)

        def started(token: int) -> None:
            self._token = token
            self.timer.start()
        self.ctx.ops.read(begin, started, self._failed, owner=self)

    def stop(self) -> None:
        """Stop looking and let go of the watch's connection."""
        self.timer.stop()
        watch, self._watch = self._watch, None
        if watch is not None:
            watch.close()

    def look(self) -> None:
        """One look (the timer calls it; a test may too)."""
        if self.ctx.ops.closed:  # the window is closing: let go of the connection
            self.stop()
            return
        if self._looking or self._token is None:
            return
        self._looking = True
        token = self._token

        def work(session: Any) -> Journal | None:
            watch = self._open_watch()
            if not watch.wait(0):
                return None
            return changes_since(session, token)

        def done(found: Journal | None) -> None:
            self._looking = False
            if found is not None:
                self._token = found.token
                self._tell(found, token)
        self.ctx.ops.read(work, done, self._failed, owner=self)

    # ----------------------------------------------------------------- internals

    def _open_watch(self) -> Any:
        if self._watch is None:
            self._watch = watch = self.ctx.store.watch()
            weakref.finalize(self, watch.close)  # closed with the window at the latest
        return self._watch

    def _tell(self, found: Journal, token: int) -> None:
        if found.token != token and not found.any:
            return  # only this window's own writes
        if found.any:
            statements = found.statement_ids
            everything = self.open_statement() in statements or None in statements
            only = next(iter(statements)) if len(statements) == 1 else None
            self.ctx.hub.changed.emit(Changes(only, committees=True, everything=everything))
            if self.say is not None and found.actors:
                self.say(self.tr("Updated with changes by {who}.").format(
                    who=", ".join(found.actors)))
        else:  # a write without a journal line: refresh all
            self.ctx.hub.changed.emit(Changes(None, committees=True, everything=True))

    def _failed(self, _exc: BaseException) -> None:
        self._looking = False  # the next look tries again; the store's error was shown
