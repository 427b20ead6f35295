"""Use cases that change the store: committees, statements, transactions, amendments.

Each function runs inside the caller's transaction (one user action), records an
undo entry, and keeps the statement's summary (SMRY records) current.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import bindparam, func, insert, literal, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import Problem
from calaccess_desktop.cal.values import check_common, value_problems
from calaccess_desktop.db.orm import Committee, Contact, Record, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.f460.balances import with_balance
from calaccess_desktop.forms.registry import periodic_forms, spec_for
from calaccess_desktop.services.carry import carries_balances, carry_open_balances
from calaccess_desktop.services.concurrency.counters import (
    lock_statement,
    next_place,
    take_tran_seqs,
)
from calaccess_desktop.services.contacts import contact_row, party_of
from calaccess_desktop.services.covers import build_cover
from calaccess_desktop.services.entry_fields import label_for, too_long
from calaccess_desktop.services.record_rows import record_row
from calaccess_desktop.services.snapshots import previous_statement
from calaccess_desktop.services.summaries import SEQ_BLOCK
from calaccess_desktop.services.totals.incremental import after_ops, recompute
from calaccess_desktop.services.totals.stored import copy as copy_totals
from calaccess_desktop.services.undo import Recorder

EDITABLE = frozenset({"draft", "ready"})
AMEND_REASON_MAX = 300  # AmendExp_1..3, 100 characters each


class EditError(UserError):
    """A change was refused; the message says why in plain words."""


class StatementLocked(EditError):
    """The statement has been filed (or queued): changes go into an amendment."""


def create_committee(session: Session, name: str, *, filer_id: str = "",
                     committee_type: str = "", entity_cd: str = "RCP",
                     profile: dict[str, Any] | None = None) -> int:
    """Add a committee; returns its id."""
    if not name.strip():
        raise EditError("a committee needs a name")
    committee = Committee(name=name.strip(), filer_id=filer_id.strip(),
                          committee_type=committee_type, entity_cd=entity_cd,
                          profile=dict(profile or {}))
    session.add(committee)
    rec = Recorder(session, f"Add committee {name}", None)
    rec.changed("committees", None, committee)
    rec.save()
    return committee.id


def update_committee(session: Session, committee_id: int, **changes: Any) -> None:
    """Change committee fields (name, filer_id, committee_type, entity_cd, profile)."""
    committee = _get(session, Committee, committee_id)
    rec = Recorder(session, f"Edit committee {committee.name}", None)
    before = rec.before(committee)
    for key, value in changes.items():
        setattr(committee, key, value)
    rec.changed("committees", before, committee)
    rec.save()
    for stmt in committee.statements:
        if stmt.status in EDITABLE and not stmt.source_file:
            stmt.cover = build_cover(committee, stmt)


def _get(session: Session, model: Any, key: int) -> Any:
    obj = session.get(model, key)
    if obj is None:
        raise EditError(f"there is no {model.__tablename__[:-1]} {key}")
    return obj


def suggest_period(session: Session, committee_id: int,
                   today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The next semi-annual period: from the day after the last statement, through
    June 30 or December 31 (form-rules §2)."""
    last = session.scalar(
        select(func.max(Statement.period_through)).where(
            Statement.committee_id == committee_id, Statement.form_type.in_(periodic_forms())
        )
    )
    start = calendar.first_period_start(last, today or dt.date.today())
    period = calendar.suggest_period("SA", start)  # the filing calendar decides
    assert period is not None  # a semi-annual period always exists
    return period.start, period.end


def create_statement(session: Session, committee_id: int, form_type: str, *,
                     period_from: dt.date | None = None, period_through: dt.date | None = None,
                     stmt_type: str = "", election_date: dt.date | None = None) -> int:
    """Start a draft statement for a committee; returns its id."""
    committee = _get(session, Committee, committee_id)
    if period_from and period_through and period_from > period_through:
        raise EditError("the period must start on or before the day it ends")
    stmt = Statement(committee=committee, form_type=form_type.upper(), period_from=period_from,
                     period_through=period_through, stmt_type=stmt_type,
                     election_date=election_date, status="draft")
    session.add(stmt)
    session.flush()
    stmt.cover = build_cover(committee, stmt)
    rec = Recorder(session, f"New {form_type} statement", stmt.id)
    rec.changed("statements", None, stmt)
    spec = spec_for(stmt.form_type)
    previous = previous_statement(session, stmt) if carries_balances(spec) else None
    if previous is not None:
        for record in carry_open_balances(session, stmt, previous):
            rec.changed("records", None, record)
    rec.save()
    recompute(session, stmt.id)
    if spec.after_create is not None:
        spec.after_create(session, stmt.id)
    return stmt.id


LOCKED_KEY = "locked_statements"  # Session.info: statements locked in this transaction


def editable_statement(session: Session, statement_id: int) -> Statement:
    """The statement, if it may still change; its row is locked until the action
    commits (another writer's change to it waits). Locked once per transaction: a
    second call in the same transaction reuses the row it locked."""
    held = session.info.setdefault(LOCKED_KEY, {})
    transaction = session.get_transaction()
    cached = held.get(statement_id)
    if cached is not None and cached[0] is transaction and cached[1] in session:
        stmt = cached[1]
    else:
        stmt = lock_statement(session, statement_id)
        if stmt is not None:
            held[statement_id] = (transaction, stmt)
    if stmt is None:
        raise EditError(f"there is no statement {statement_id}")
    if stmt.locked or stmt.status not in EDITABLE:
        raise StatementLocked(
            f"statement {statement_id} is {stmt.status} and cannot change; amend it instead"
        )
    return stmt


def next_tran_id(session: Session, committee: Committee) -> str:
    """A new Tran_ID, unique for the committee forever (never reused, never taken
    twice by two writers: one UPDATE of the counter)."""
    return tran_id_of(session, committee.id)


def tran_id_of(session: Session, committee_id: int) -> str:
    """A new Tran_ID of the committee with this id (``next_tran_id``)."""
    return f"CD{committee_id}-{take_tran_seqs(session, committee_id)}"


class FieldProblems(EditError):
    """Values that do not fit their fields; ``problems`` maps each field name to its
    problem, and the message names each field by its label."""

    def __init__(self, rec: CalRecord, problems: list[Problem]) -> None:
        self.problems = {p.field_name: p.message for p in problems}
        super().__init__("; ".join(
            f"{label_for(p.field_name, rec.rec_type, rec.form_type)} "
            f"(field #{p.field_number} {p.field_name}): {p.message}" for p in problems))


def check_fields(rec: CalRecord) -> list[Problem]:
    """Format problems of an entered record (length, dates, amounts, boxes); a value
    longer than its field is refused with the limit, never cut to fit."""
    fields = rec.fields
    out = []
    for i, msg in value_problems(rec.values, fields):
        msg = too_long(rec.values[i], fields[i].max_len) or msg
        out.append(Problem(0, rec.rec_type, msg, fields[i].number, fields[i].name))
    return out


def _record_from(stmt: Statement, rec_type: str, schedule: str,
                 fields: dict[str, str]) -> CalRecord:
    rec = CalRecord([rec_type.upper(), schedule.upper()], cvr_form=stmt.form_type)
    if not rec.fields:
        raise EditError(f"a {stmt.form_type} statement has no {rec_type} {schedule} records")
    for name, value in with_balance(rec_type, schedule, fields).items():
        if not rec.has_field(name):
            raise EditError(f"{rec_type} {schedule} records have no field {name}")
        rec.set(name, str(value).strip())
    problems = check_fields(rec)
    if problems:
        raise FieldProblems(rec, problems)
    return rec


def _link_contact(session: Session, committee_id: int, rec: CalRecord) -> int | None:
    party = party_of(rec.rec_type)
    if party is None:
        return None
    row = contact_row(rec.values, rec.fields, party)
    if not row["last_name"]:
        return None
    key = str(row["match_key"])
    contact = session.scalars(_CONTACT, {"cid": committee_id, "key": key}).first()
    if contact is None:
        contact = Contact(committee_id=committee_id, **row)
        session.add(contact)
    else:  # a contact typed again keeps their latest details
        for k, v in row.items():
            if v not in ("", None) and getattr(contact, k) != v:
                setattr(contact, k, v)
    if contact in session.new or contact in session.dirty:
        session.flush()
    return contact.id


_CONTACT = select(Contact).where(Contact.committee_id == bindparam("cid"),
                                 Contact.match_key == bindparam("key"))


def add_transaction(session: Session, statement_id: int, rec_type: str, schedule: str,
                    fields: dict[str, str], *, itemize: str = "auto") -> int:
    """Add a record (a contribution, payment, loan ...); returns its id."""
    return added_record(session, statement_id, rec_type, schedule, fields,
                        itemize=itemize).id


def added_record(session: Session, statement_id: int, rec_type: str, schedule: str,
                 fields: dict[str, str], *, itemize: str = "auto") -> Record:
    """``add_transaction``, returning the new record itself."""
    stmt = editable_statement(session, statement_id)
    rec = _record_from(stmt, rec_type, schedule, fields)
    if rec.has_field("Tran_ID") and not rec.get("Tran_ID"):
        rec.set("Tran_ID", tran_id_of(session, stmt.committee_id))
    if rec.has_field("Entity_Cd") and not rec.get("Entity_Cd"):
        rec.set("Entity_Cd", "IND")
    rank = spec_for(stmt.form_type).order_rank(rec.rec_type, rec.form_type)
    seq = next_place(session, statement_id, rank * SEQ_BLOCK, (rank + 1) * SEQ_BLOCK)
    row = record_row(rec.values, stmt.form_type, seq=seq,
                     statement_id=statement_id, itemize=itemize)
    row["contact_id"] = _link_contact(session, stmt.committee_id, rec)
    record = Record(**row)
    session.add(record)
    undo = Recorder(session, f"Add {_label(rec)}", statement_id)
    undo.changed("records", None, record)
    undo.save()
    after_ops(session, statement_id, undo.ops)
    return record


def update_transaction(session: Session, record_id: int, fields: dict[str, str]) -> None:
    """Change some fields of a record (Tran_ID never changes)."""
    updated_record(session, record_id, fields)


def updated_record(session: Session, record_id: int, fields: dict[str, str]) -> Record:
    """``update_transaction``, returning the changed record itself."""
    record: Record = _get(session, Record, record_id)
    stmt = editable_statement(session, record.statement_id)
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type)
    if "Tran_ID" in fields and fields["Tran_ID"] != rec.get("Tran_ID"):
        raise EditError("a Tran_ID never changes once assigned")
    changed = _record_from(stmt, rec.rec_type, rec.form_type, {
        **{s.name: v for s, v in zip(rec.fields, rec.values, strict=False) if v}, **fields})
    undo = Recorder(session, f"Edit {_label(changed)}", stmt.id)
    before = undo.before(record)
    row = record_row(changed.values, stmt.form_type, seq=record.seq,
                     statement_id=stmt.id, itemize=record.itemize)
    row["contact_id"] = _link_contact(session, stmt.committee_id, changed)
    for key, value in row.items():
        setattr(record, key, value)
    undo.changed("records", before, record)
    undo.save()
    after_ops(session, stmt.id, undo.ops)
    return record


def delete_transaction(session: Session, record_id: int) -> None:
    """Remove a record (undo brings it back with the same Tran_ID)."""
    record: Record = _get(session, Record, record_id)
    stmt = editable_statement(session, record.statement_id)
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type)
    undo = Recorder(session, f"Delete {_label(rec)}", stmt.id)
    before = undo.before(record)
    session.delete(record)
    undo.changed("records", before, None)
    undo.save()
    after_ops(session, stmt.id, undo.ops)


def _label(rec: CalRecord) -> str:
    party = party_of(rec.rec_type)
    who = rec.get(party.last) if party else ""
    return f"{rec.rec_type} {rec.form_type} {who}".strip()


def _no_later_version(session: Session, old: Statement) -> None:
    """An amendment starts from the newest version, and one at a time: refused when
    another already amends ``old`` (filed: amend that one; still open: finish it)."""
    later = session.scalar(select(Statement).where(Statement.amends_statement_id == old.id)
                           .order_by(Statement.id.desc()).limit(1))
    if later is None:
        return
    if later.status in ("filed", "accepted", "amended"):
        raise EditError(f"statement {old.id} was amended already, by statement {later.id}; "
                        f"amend that one (the newest version) instead. Nothing was changed.")
    raise EditError(f"statement {old.id} already has an amendment that is not filed yet "
                    f"(statement {later.id}, {later.status}); finish it, or delete it, "
                    "before starting another. Nothing was changed.")


def amend_statement(session: Session, statement_id: int, reason: str) -> int:
    """A new draft amending a filed statement: same records and Tran_IDs, the next
    Report_Num, and the original filing's ID (not the latest amendment's)."""
    from calaccess_desktop.services.users import require

    require(session, "amend")  # once the data file has users, only a treasurer amends
    old: Statement = _get(session, Statement, statement_id)
    if old.status in EDITABLE:
        raise EditError("only a filed statement can be amended; this one is still a draft")
    _no_later_version(session, old)
    if not reason.strip():
        raise EditError("say why the statement is amended (printed on the cover page)")
    if len(reason.strip()) > AMEND_REASON_MAX:
        raise EditError(f"the reason for the amendment is {len(reason.strip())} characters "
                        f"long; at most {AMEND_REASON_MAX} characters fit on the cover page "
                        "(three lines of 100). Shorten it (nothing is cut off for you).")
    problem = check_common(reason.strip(), AMEND_REASON_MAX)
    if problem:  # the cover's AmendExp fields take it: what they refuse is said now
        raise EditError(f"the reason for the amendment {problem}; write it as plain text "
                        "on one line")
    from calaccess_desktop.services.backups import before_risky

    before_risky(session, "amendment")  # a checked copy of what is committed, first
    root = old
    while root.amends_statement_id:
        root = _get(session, Statement, root.amends_statement_id)
    newest = session.scalar(
        select(func.max(Statement.report_num)).where(
            (Statement.id == root.id) | (Statement.original_filing_id == root.filing_id)
            if root.filing_id else Statement.id == root.id
        )
    ) or 0
    stmt = Statement(
        committee_id=old.committee_id, form_type=old.form_type, period_from=old.period_from,
        period_through=old.period_through, election_date=old.election_date,
        stmt_type=old.stmt_type, report_num=max(newest, old.report_num) + 1,
        original_filing_id=root.filing_id or old.original_filing_id,
        amends_statement_id=old.id, amendment_reason=reason.strip(), status="draft",
        carry_in=dict(old.carry_in or {}), spec_version=old.spec_version,
    )
    session.add(stmt)
    session.flush()
    committee = _get(session, Committee, old.committee_id)
    if old.source_file:
        cover = CalRecord(list(old.cover))
        if cover.has_field("Report_Num"):
            cover.set("Report_Num", f"{stmt.report_num:03d}")
        for i in range(3):
            if cover.has_field(f"AmendExp_{i + 1}"):
                cover.set(f"AmendExp_{i + 1}",
                          stmt.amendment_reason[i * 100:(i + 1) * 100].strip())
        stmt.cover = cover.values
        stmt.source_file = old.source_file
    else:
        stmt.cover = list(old.cover)  # the form's own cover fields carry over
        stmt.cover = build_cover(committee, stmt)
    # Every record copied in one statement inside the database (100,000 in about a second).
    copied = [c for c in Record.__table__.columns if c.name not in ("id", "statement_id")]
    session.execute(insert(Record).from_select(
        ["statement_id", *(c.name for c in copied)],
        select(literal(stmt.id), *copied).where(Record.statement_id == old.id)
        .order_by(Record.id)))
    copy_totals(session, old.id, stmt.id)
    # The amended version is marked 'amended' when the amendment is accepted (services.filing).
    undo = Recorder(session, f"Amend statement {statement_id}", stmt.id)
    undo.changed("statements", None, stmt)
    undo.save()
    return stmt.id
