"""Check a whole statement in steps, so a long check can be stopped (no Qt).

The engine's one loop runs in steps when given ``step`` (the cover, the rows in chunks,
then each statement-level rule); between steps this reports progress and looks at a
cancel event. The findings are the same as ``services.validation.validate_statement``
gives (a test compares them).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import validate
from calaccess_desktop.validation.engine import CHUNK
from calaccess_desktop.validation.findings import Finding

Progress = Callable[[int, int], None]


class CheckCancelled(Exception):
    """The check was stopped before it finished."""


def check_statement(session: Session, statement_id: int, *,
                    cancel: threading.Event | None = None,
                    progress: Progress | None = None) -> list[Finding]:
    """Every rule on a stored statement; raises CheckCancelled when ``cancel`` is set."""
    return check_snapshot(build_snapshot(session, statement_id), cancel=cancel,
                          progress=progress)


def check_snapshot(snapshot: StatementSnapshot, *, cancel: threading.Event | None = None,
                   progress: Progress | None = None, today: dt.date | None = None,
                   chunk: int = CHUNK) -> list[Finding]:
    """Every rule on a snapshot, in steps (``progress(done, total)`` after each)."""

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)
        if cancel is not None and cancel.is_set():
            raise CheckCancelled(f"the check was stopped after step {done} of {total}")

    if cancel is not None and cancel.is_set():
        raise CheckCancelled("the check was stopped before it started")
    return validate(snapshot, rules=rule_set(), today=today, step=step, chunk=chunk)
