"""Form 460 summaries for stored statements, and keeping their SMRY records current."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f460.schedules import order_rank
from calaccess_desktop.forms.f460.smry import smry_values
from calaccess_desktop.forms.f460.summary import Summary, compute
from calaccess_desktop.services.record_rows import record_row
from calaccess_desktop.services.snapshots import build_snapshot

SEQ_BLOCK = 1_000_000  # app-made records: seq = rank * SEQ_BLOCK + n


def summarize(session: Session, statement_id: int) -> tuple[StatementSnapshot, Summary]:
    """The snapshot and its computed summary."""
    snap = build_snapshot(session, statement_id)
    stmt = session.get(Statement, statement_id)
    equivalents = int((stmt.carry_in or {}).get("cash_equivalents", 0)) if stmt else 0
    return snap, compute(snap, cash_equivalents=equivalents)


def summary_of(session: Session, statement_id: int) -> Summary:
    """Just the computed summary (the fast way: receipts and payments summed in SQL)."""
    snap = build_snapshot(session, statement_id, totals_only=True)
    stmt = session.get(Statement, statement_id)
    equivalents = int((stmt.carry_in or {}).get("cash_equivalents", 0)) if stmt else 0
    return compute(snap, cash_equivalents=equivalents)


def refresh_smry(session: Session, statement_id: int) -> Summary:
    """Replace the statement's SMRY records with freshly computed ones."""
    stmt = session.get(Statement, statement_id)
    summary = summary_of(session, statement_id)
    if stmt is None or stmt.form_type != "F460":
        return summary
    session.execute(
        delete(Record).where(Record.statement_id == statement_id, Record.rec_type == "SMRY")
    )
    base = order_rank("SMRY", "") * SEQ_BLOCK
    rows = [
        record_row(values, "F460", seq=base + i, statement_id=statement_id)
        for i, values in enumerate(smry_values(summary))
    ]
    session.execute(insert(Record), rows)
    return summary


def summary_json(summary: Summary) -> dict[str, Any]:
    """``{"lines": {"1": {"a": "0.00", "b": "0.00"}, ...}, "schedules": {...}}``."""
    lines = {}
    for line, (a, b) in summary.lines.items():
        entry = {"a": format_cal_amount(a)}
        if b is not None:
            entry["b"] = format_cal_amount(b)
        lines[line] = entry
    schedules = {
        letter: {line: format_cal_amount(c) for line, c in items.items()}
        for letter, items in summary.schedules.items()
    }
    return {"lines": lines, "schedules": schedules}
