"""Moving a statement's totals by one change instead of computing them afresh.

The records a change touches are grouped the way itemization groups them: all of one
contact's records in the statement (their year-to-date decides each one's itemization),
and each record without a contact on its own. What those groups added to every summary
line before the change is taken away and what they add after it is put in. Every form's
summary is affine in its records (sums of amounts, plus lines carried in that no record
changes), so the lines move by exactly the difference of the two small summaries
(``tests/totals`` proves it against the full computation).

Records only added (a spreadsheet import: ``apply_added``) move the lines the same way,
by their contacts' groups before and after them. A statement whose lines are still as
filed (an imported file), or a change too large or not only to records (a period, a
committee, an import of many contacts), is computed afresh.
Later drafts of the committee that carry this statement's totals on (column B, ending
cash, contributors' year-to-date) are computed afresh after it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import trimmed
from calaccess_desktop.db.orm import Committee, Record, Statement, StatementTotal
from calaccess_desktop.domain.money import Cents, cents_or_none, format_cal_amount
from calaccess_desktop.forms.registry import periodic_forms, spec_for
from calaccess_desktop.services.snapshots import Row, group_snapshot, rows_by_id, year_before
from calaccess_desktop.services.summaries import refresh_smry
from calaccess_desktop.services.totals.stored import AMOUNT_A, AMOUNT_B

Image = Mapping[str, Any]  # a records row image (services.undo.row_image)
Change = tuple[Image | None, Image | None]  # before, after
Amounts = dict[tuple[str, str], tuple[Cents | None, Cents | None]]  # (form, line) -> A, B

MAX_GROUPS = 200  # more contacts touched than this: computing afresh is quicker
MAX_ADDED = 20 * MAX_GROUPS  # more records added: not counted, computed afresh
EDITABLE = ("draft", "ready")
# Statements built once (an edit runs each of them; building them costs more than running).
_TOTALS: Any = StatementTotal.__table__
_STORED = (select(_TOTALS.c.id, _TOTALS.c.form_type, _TOTALS.c.line_item, _TOTALS.c.amount_a,
                  _TOTALS.c.amount_b, _TOTALS.c.computed, StatementTotal.values)
           .where(_TOTALS.c.statement_id == bindparam("sid")))
_MOVE = (update(_TOTALS).where(_TOTALS.c.id == bindparam("tid"))
         .values(amount_a=bindparam("a"), amount_b=bindparam("b"), values=bindparam("v")))
# Through the contact index: "+ 0" keeps the planner off the statement's index, which
# would read every row of the statement.
_CONTACT_ROWS = select(Record.id, Record.seq, Record.values, Record.itemize, Record.contact_id,
                       Record.amount_cents, Record.memo).where(
    Record.contact_id.in_(bindparam("contacts", expanding=True)),
    Record.statement_id + 0 == bindparam("sid"))
_ADDED = select(Record.id, Record.contact_id).where(
    Record.id.in_(bindparam("ids", expanding=True)), Record.statement_id == bindparam("sid"))
_COMMITTEE = select(Committee.id, Committee.filer_id, Committee.name, Committee.committee_type,
                    Committee.entity_cd, Committee.profile).where(
    Committee.id == bindparam("cid"))
_LATER = (select(Statement.id).where(
    Statement.committee_id == bindparam("cid"), Statement.id != bindparam("sid"),
    Statement.period_from > bindparam("after"), Statement.status.in_(EDITABLE),
    Statement.locked.is_(False), Statement.form_type.in_(bindparam("forms", expanding=True)))
    .order_by(Statement.period_from, Statement.id))


def after_ops(session: Session, statement_id: int, ops: Sequence[Mapping[str, Any]], *,
              undone: bool = False) -> None:
    """Bring the statement's totals up to date after one recorded action (the ops of
    ``services.undo.Recorder``); ``undone``: the ops were just applied backwards."""
    if any(op["table"] != "records" for op in ops):
        recompute(session, statement_id)
        return
    if undone:
        changes = [(op["after"], op["before"]) for op in reversed(ops)]
    else:
        changes = [(op["before"], op["after"]) for op in ops]
    touched = {int(i["statement_id"]) for pair in changes for i in pair
               if i is not None and i.get("statement_id") is not None}
    for sid in sorted(touched | {statement_id}):  # an action may reach several statements
        apply_changes(session, sid, changes)


def recompute_restored(session: Session, ops: Sequence[Mapping[str, Any]]) -> None:
    """The totals of each statement an undo or redo put back (its summary lines are not
    part of its rows: they are computed again)."""
    for sid in sorted({int(op["before"]["id"]) for op in ops
                       if op["table"] == "statements" and op.get("before")}
                      | {int(op["after"]["id"]) for op in ops
                         if op["table"] == "statements" and op.get("after")}):
        if session.get(Statement, sid) is not None:
            recompute(session, sid)


def apply_changes(session: Session, statement_id: int, changes: Iterable[Change]) -> None:
    """Move the statement's totals by what these record changes (row images before and
    after, in the order made) take away and add."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return
    spec = spec_for(stmt.form_type)
    if spec.summarize is None or spec.smry_records is None:
        return
    first: dict[int, Image | None] = {}
    last: dict[int, Image | None] = {}
    for before, after in changes:
        image = before or after
        if image is None or image.get("statement_id") != statement_id:
            continue
        first.setdefault(int(image["id"]), before)
        last[int(image["id"])] = after
    if not first:
        return
    stored = session.connection().execute(_STORED, {"sid": statement_id}).all()
    contacts = {int(i["contact_id"]) for i in (*first.values(), *last.values())
                if i is not None and i.get("contact_id") is not None}
    loose = sum(1 for i in (*first.values(), *last.values())
                if i is not None and i.get("contact_id") is None)
    if not stored or not all(r.computed for r in stored) or len(contacts) + loose > MAX_GROUPS:
        recompute(session, statement_id)
        return
    # After: the touched contacts' rows as stored now, and the touched rows without one.
    # Before: the same with each touched row as it was.
    rows_after = _contact_rows(session, statement_id, contacts)
    rows_before = [r for r in rows_after if r.id not in first]
    rows_before += [_row(i) for i in first.values() if i is not None]
    rows_after += [_row(i) for i in last.values() if i is not None and i.get("contact_id") is None]
    _move(session, stmt, stored, contacts, rows_before, rows_after)


def apply_added(session: Session, statement_id: int, record_ids: Sequence[int]) -> None:
    """Move the statement's totals by what these records, just added and nothing else
    changed (a spreadsheet import), add: their contacts' groups before and after them.
    Computed afresh when they touch more than ``MAX_GROUPS`` groups (then that is
    quicker) or the statement's lines are still as filed."""
    stmt = session.get(Statement, statement_id)
    if stmt is None or not record_ids:
        return
    spec = spec_for(stmt.form_type)
    if spec.summarize is None or spec.smry_records is None:
        return
    stored = session.connection().execute(_STORED, {"sid": statement_id}).all()
    if (not stored or not all(r.computed for r in stored)
            or len(record_ids) > MAX_ADDED):
        recompute(session, statement_id)
        return
    added = set(record_ids)
    found = session.connection().execute(_ADDED, {"ids": sorted(added), "sid": statement_id})
    contacts: set[int] = set()
    alone: list[int] = []  # added records without a contact: each its own group
    for rid, contact in found:
        if contact is None:
            alone.append(rid)
        else:
            contacts.add(contact)
    if len(contacts) + len(alone) > MAX_GROUPS:
        recompute(session, statement_id)
        return
    rows_after = _contact_rows(session, statement_id, contacts)
    rows_before = [r for r in rows_after if r.id not in added]
    rows_after += rows_by_id(session, alone)
    _move(session, stmt, stored, contacts, rows_before, rows_after)


def _move(session: Session, stmt: Statement, stored: Sequence[Any], contacts: set[int],
          rows_before: Sequence[Row], rows_after: Sequence[Row]) -> None:
    """Move the stored lines by what the rows after add less what the rows before did
    (the groups of ``contacts``, and rows without a contact), then the later drafts."""
    spec = spec_for(stmt.form_type)
    committee = _committee(session, stmt.committee_id)
    carry = dict(stmt.carry_in or {})

    year = year_before(session, stmt, contacts)

    def amounts(rows: Sequence[Row]) -> Amounts:
        snap = group_snapshot(session, stmt, committee, rows, year)
        assert spec.summarize is not None and spec.smry_records is not None
        return _amounts(spec.smry_records(spec.summarize(snap, carry)))

    delta = _difference(amounts(rows_after), amounts(rows_before))
    if not delta:
        return
    by_key = {(r.form_type, r.line_item): r for r in stored}
    if any(key not in by_key for key in delta):
        recompute(session, stmt.id)
        return
    session.connection().execute(_MOVE, [
        _moved(by_key[key], da, db) for key, (da, db) in delta.items()])
    refresh_later(session, stmt)


def recompute(session: Session, statement_id: int) -> None:
    """The statement's totals computed afresh, and then its later drafts'."""
    refresh_smry(session, statement_id)
    stmt = session.get(Statement, statement_id)
    if stmt is not None:
        refresh_later(session, stmt)


def refresh_later(session: Session, stmt: Statement) -> None:
    """Later drafts of the committee computed afresh (they carry this one's totals)."""
    if stmt.period_through is None or stmt.form_type not in periodic_forms():
        return
    later = session.connection().execute(_LATER, {
        "cid": stmt.committee_id, "sid": stmt.id, "after": stmt.period_through,
        "forms": list(periodic_forms())}).scalars().all()
    for other in later:
        filed = session.scalar(select(StatementTotal.id).where(
            StatementTotal.statement_id == other, StatementTotal.computed.is_(False)))
        if filed is None:  # lines still as filed stay so until that statement changes
            refresh_smry(session, other)


def _committee(session: Session, committee_id: int) -> Committee:
    """The committee as a snapshot reads it: the loaded object, else its columns in one
    Core query (the ORM's load of one object costs more than the query)."""
    loaded = session.identity_map.get(session.identity_key(Committee, committee_id))
    if loaded is not None:
        return cast(Committee, loaded)
    row = session.connection().execute(_COMMITTEE, {"cid": committee_id}).one()
    return cast(Committee, row)


def _contact_rows(session: Session, statement_id: int, contacts: set[int]) -> list[Row]:
    if not contacts:
        return []
    found = session.connection().execute(
        _CONTACT_ROWS, {"contacts": sorted(contacts), "sid": statement_id})
    return [Row(*r) for r in found]


def _row(image: Image) -> Row:
    return Row(int(image["id"]), int(image.get("seq") or 0), list(image.get("values") or []),
               str(image.get("itemize") or "auto"), image.get("contact_id"),
               image.get("amount_cents"), bool(image.get("memo")))


def _amounts(records: list[list[str]]) -> Amounts:
    out: Amounts = {}
    for values in records:
        key = ((values[1] if len(values) > 1 else "").upper(),
               (values[2] if len(values) > 2 else "").strip())
        a = cents_or_none(values[AMOUNT_A] if len(values) > AMOUNT_A else "")
        b = cents_or_none(values[AMOUNT_B] if len(values) > AMOUNT_B else "")
        out[key] = (a, b)
    return out


def _difference(after: Amounts, before: Amounts) -> dict[tuple[str, str], tuple[Cents, Cents]]:
    out = {}
    for key in {*after, *before}:
        a1, b1 = after.get(key, (None, None))
        a0, b0 = before.get(key, (None, None))
        da, db = (a1 or 0) - (a0 or 0), (b1 or 0) - (b0 or 0)
        if da or db:
            out[key] = (da, db)
    return out


def _moved(row: Any, da: Cents, db: Cents) -> dict[str, Any]:
    values = list(row.values)
    a, b = row.amount_a, row.amount_b
    if da:
        a = (a or 0) + da
    if db:
        b = (b or 0) + db
    for at, cents in ((AMOUNT_A, a), (AMOUNT_B, b)):
        if cents is not None:
            values += [""] * (at + 1 - len(values))
            values[at] = format_cal_amount(cents)
    return {"tid": row.id, "a": a, "b": b, "v": trimmed(values)}
