"""The ``statement_totals`` table: a statement's summary lines (SMRY records), read and
written (never through ``records``)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, literal, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import trimmed
from calaccess_desktop.db.orm import StatementTotal
from calaccess_desktop.domain.money import Cents, cents_or_none
from calaccess_desktop.domain.snapshot import SnapRecord

SEQ_BLOCK = 1_000_000  # app-made records: seq = rank * SEQ_BLOCK + n
AMOUNT_A, AMOUNT_B = 3, 4  # positions of Amount_A and Amount_B in every SMRY layout

Lines = dict[str, tuple[Cents, Cents]]  # line -> (column A, column B) of SMRY <form>


def _at(values: Sequence[str], i: int) -> str:
    return str(values[i]) if len(values) > i else ""


def total_row(values: Sequence[str], statement_id: int, seq: int, *,
              computed: bool = True) -> dict[str, Any]:
    """The ``statement_totals`` row of one SMRY record's values."""
    return {"statement_id": statement_id, "seq": seq,
            "form_type": _at(values, 1).upper()[:8], "line_item": _at(values, 2).strip()[:8],
            "amount_a": cents_or_none(_at(values, AMOUNT_A)),
            "amount_b": cents_or_none(_at(values, AMOUNT_B)),
            "computed": computed, "values": trimmed(list(values))}


def replace(session: Session, statement_id: int, rows: list[dict[str, Any]]) -> None:
    """The statement's totals are these rows from now on."""
    session.execute(delete(StatementTotal).where(StatementTotal.statement_id == statement_id))
    if rows:
        session.execute(insert(StatementTotal), rows)


def add_filed(session: Session, statement_id: int,
              lines: Iterable[tuple[int, Sequence[str]]]) -> None:
    """An imported file's SMRY records (seq, values), kept as filed."""
    rows = [total_row(values, statement_id, seq, computed=False) for seq, values in lines]
    if rows:
        session.execute(insert(StatementTotal), rows)


def copy(session: Session, from_id: int, to_id: int) -> None:
    """An amendment starts with the totals of the version it amends."""
    cols = [c for c in StatementTotal.__table__.columns if c.name not in ("id", "statement_id")]
    session.execute(insert(StatementTotal).from_select(
        ["statement_id", *(c.name for c in cols)],
        select(literal(to_id), *cols).where(StatementTotal.statement_id == from_id)
        .order_by(StatementTotal.id)))


def snap_records(session: Session, statement_id: int, form: str) -> list[SnapRecord]:
    """The statement's SMRY records as the snapshot carries them (record id 0: they are
    not entered records)."""
    rows = session.connection().execute(
        select(StatementTotal.seq, StatementTotal.values)
        .where(StatementTotal.statement_id == statement_id)
        .order_by(StatementTotal.seq, StatementTotal.id))
    return [SnapRecord(tuple(values), 0, seq, form) for seq, values in rows]


def lines_of(session: Session, statement_ids: Iterable[int],
             forms: Iterable[str]) -> dict[int, Lines]:
    """The summary-page lines (SMRY of the statement's own form, for ``forms``) of
    several statements in one query: statement id -> line -> (column A, column B)."""
    ids = list(statement_ids)
    out: dict[int, Lines] = {sid: {} for sid in ids}
    if not ids:
        return out
    rows = session.connection().execute(
        select(StatementTotal.statement_id, StatementTotal.line_item,
               StatementTotal.amount_a, StatementTotal.amount_b)
        .where(StatementTotal.statement_id.in_(ids),
               StatementTotal.form_type.in_(list(forms)))
        .order_by(StatementTotal.statement_id, StatementTotal.seq, StatementTotal.id))
    for sid, line, a, b in rows:
        out[sid][line] = (int(a or 0), int(b or 0))
    return out


def current_lines(session: Session, statement_id: int, form: str, *,
                  as_filed_too: bool = False) -> dict[str, tuple[Cents, Cents | None]] | None:
    """The statement's summary-page lines (SMRY of its own ``form``) as computed and
    kept current: line -> (column A, column B or None), like ``summary_of(...).lines``;
    None when it has none or a line is still as filed (an imported statement), unless
    ``as_filed_too`` (then lines as filed are given too: what its export writes)."""
    rows = session.connection().execute(
        select(StatementTotal.line_item, StatementTotal.amount_a, StatementTotal.amount_b,
               StatementTotal.computed, StatementTotal.form_type)
        .where(StatementTotal.statement_id == statement_id)
        .order_by(StatementTotal.seq, StatementTotal.id)).all()
    if not rows or not (as_filed_too or all(r.computed for r in rows)):
        return None
    lines = {r.line_item: (int(r.amount_a or 0), None if r.amount_b is None else int(r.amount_b))
             for r in rows if r.form_type == form.upper()}
    return lines or None
