"""Check a whole statement in steps, so a long check can be stopped (no Qt).

``validation.validate`` runs every rule in one call. This runs the same engine in
steps: the cover, the rows in chunks, then each statement-level rule family; between
steps it reports progress and looks at a cancel event. The findings are the same
as ``services.validation.validate_statement`` gives (a test compares them).
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

from sqlalchemy.orm import Session

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.validation import engine
from calaccess_desktop.validation.context import Ctx
from calaccess_desktop.validation.findings import Finding
from calaccess_desktop.validation.registry import RULES

CHUNK = 2000  # rows checked between two looks at the cancel event
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
    ctx = Ctx(snapshot, today=today)
    rows = list(ctx.rows)
    families = [r for r in RULES.values() if r.scope != "record" and r.fn is not None]
    chunks = max(1, -(-len(rows) // chunk))
    total = 1 + chunks + len(families)
    step = 0

    def advance() -> None:
        nonlocal step
        step += 1
        if progress is not None:
            progress(step, total)
        if cancel is not None and cancel.is_set():
            raise CheckCancelled(f"the check was stopped after step {step} of {total}")

    if cancel is not None and cancel.is_set():
        raise CheckCancelled("the check was stopped before it started")
    out: list[Finding] = []
    cover = engine._cover_row(ctx)
    if cover is not None:
        engine._run_record(cover, out)
    advance()
    for start in range(0, max(len(rows), 1), chunk):
        for row in rows[start:start + chunk]:
            engine._run_record(row, out)
        advance()
    for rule in families:
        if ctx.rule_on(rule.key):
            out.extend(rule.fn(ctx))  # type: ignore[misc]
        advance()
    return engine._sorted(out, snapshot)
