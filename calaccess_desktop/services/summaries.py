"""Summaries of stored statements (``FormSpec.summarize``), and computing their SMRY
lines (``FormSpec.smry_records``) into ``statement_totals``."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.totals import stored
from calaccess_desktop.services.totals.stored import SEQ_BLOCK

__all__ = ["SEQ_BLOCK", "refresh_smry", "summarize", "summary_json", "summary_of"]


def _compute(snap: StatementSnapshot, stmt: Statement | None) -> Any:
    spec = spec_for(snap.form_type)
    if spec.summarize is None:
        return None
    return spec.summarize(snap, dict((stmt.carry_in if stmt is not None else None) or {}))


def summarize(session: Session, statement_id: int) -> tuple[StatementSnapshot, Any]:
    """The snapshot and its computed summary (None for a form without one)."""
    snap = build_snapshot(session, statement_id)
    return snap, _compute(snap, session.get(Statement, statement_id))


def summary_of(session: Session, statement_id: int) -> Any:
    """Just the computed summary, None for a form without one (the fast way: receipts
    and payments summed in SQL, ``services.totals.grouped``)."""
    stmt = session.get(Statement, statement_id)
    if stmt is not None and spec_for(stmt.form_type).summarize is None:
        return None  # nothing to sum (a missing statement: build_snapshot says so)
    snap = build_snapshot(session, statement_id, totals_only=True)
    return _compute(snap, stmt)


def refresh_smry(session: Session, statement_id: int) -> Any:
    """Compute the statement's summary lines afresh into ``statement_totals`` (forms that
    keep them); returns the summary (None for a form without one). One change to a
    statement moves its lines by ``services.totals.incremental`` instead."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return None
    spec = spec_for(stmt.form_type)
    if spec.summarize is None or spec.smry_records is None:
        return None
    summary = summary_of(session, statement_id)
    stored.replace(session, statement_id, [  # each in its place of the form's record order
        stored.total_row(values, statement_id,
                         spec.order_rank("SMRY", values[1] if len(values) > 1 else "")
                         * SEQ_BLOCK + i)
        for i, values in enumerate(spec.smry_records(summary))])
    return summary


def summary_json(summary: Any) -> dict[str, Any]:
    """``{"lines": {"1": {"a": "0.00", "b": "0.00"}, ...}, "schedules": {...}}`` of a
    summary with ``lines`` (line -> (column A, column B or None)) and ``schedules``."""
    lines = {}
    for line, (a, b) in summary.lines.items():
        entry = {"a": format_cal_amount(a)}
        if b is not None:
            entry["b"] = format_cal_amount(b)
        lines[line] = entry
    schedules = {
        letter: {line: format_cal_amount(c) for line, c in items.items()}
        for letter, items in getattr(summary, "schedules", {}).items()
    }
    return {"lines": lines, "schedules": schedules}
