"""Use cases behind the entry form and the statement's cover tab.

Each function is one user action in the caller's transaction and leaves ONE undo
entry, even when it touches several records (an entry and its memo text).
Results are plain values (no ORM objects) so the GUI thread can hold them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import format_date
from calaccess_desktop.db.orm import Record, Statement, UndoEntry
from calaccess_desktop.services.concurrency.conflicts import (
    SAME_MOMENT,
    EditConflict,
    changed_by,
    changed_here,
    conflict_message,
    field_changes,
)
from calaccess_desktop.services.covers import build_cover
from calaccess_desktop.services.editing import (
    EDITABLE,
    EditError,
    add_transaction,
    added_record,
    delete_transaction,
    editable_statement,
    tran_id_of,
    update_transaction,
    updated_record,
)
from calaccess_desktop.services.entry_fields import MEMO_TEXT
from calaccess_desktop.services.owners import committee_of
from calaccess_desktop.services.statement_list import statement_due
from calaccess_desktop.services.totals.incremental import recompute
from calaccess_desktop.services.undo import Recorder, one_action, redo, undo


@dataclass(frozen=True)
class EntryData:
    """A stored record as the entry form loads it."""

    record_id: int
    statement_id: int
    rec_type: str
    form_type: str
    tran_id: str
    fields: dict[str, str]
    memo_text: str = ""
    version: int = 0  # the record's version when loaded: a save checks it is unchanged
    memo_version: int = 0  # its memo text record's (0: none)


@dataclass(frozen=True)
class StatementInfo:
    """What the editor needs to know about the open statement."""

    id: int
    committee_id: int
    committee_name: str
    filer_id: str
    committee_type: str
    form: str
    period_from: dt.date | None
    period_through: dt.date | None
    election_date: dt.date | None
    stmt_type: str
    status: str
    report_num: int
    amendment_reason: str
    editable: bool
    imported: bool
    due: dt.date | None
    profile: dict[str, Any] = field(default_factory=dict)
    cover: dict[str, str] = field(default_factory=dict)
    verifications: tuple[EntryData, ...] = ()  # CVR3 records (treasurer, candidate ...)
    amends_statement_id: int | None = None  # the version this one amends, if any

    def signer(self, roles: tuple[str, ...]) -> EntryData | None:
        """The verification signed in one of these roles (TRE/ATR, or CAO/PRO ...)."""
        for entry in self.verifications:
            if entry.fields.get("Entity_Cd", "").upper() in roles:
                return entry
        return None


# --------------------------------------------------------------------------- undo helpers


def undo_action(session: Session) -> UndoEntry | None:
    """Undo the latest action (the core recomputes the statement's summary records)."""
    return undo(session)


def redo_action(session: Session) -> UndoEntry | None:
    """Redo the next action."""
    return redo(session)


# --------------------------------------------------------------------------- entries


def _memo_record(session: Session, statement_id: int, ref: str) -> Record | None:
    if not ref:
        return None
    for rec in session.scalars(
        select(Record).where(Record.statement_id == statement_id, Record.rec_type == "TEXT")
    ):
        if len(rec.values) > 2 and rec.values[2] == ref:
            return rec
    return None


def load_entry(session: Session, record_id: int) -> EntryData:
    """A record's non-blank fields by spec name, and its memo text."""
    record = session.get(Record, record_id)
    if record is None:
        raise EditError(f"there is no record {record_id}")
    stmt = session.get(Statement, record.statement_id)
    rec = CalRecord(list(record.values), cvr_form=stmt.form_type if stmt else "")
    fields = {s.name: v for s, v in zip(rec.fields, rec.values, strict=False) if v}
    memo = _memo_record(session, record.statement_id, rec.get("Memo_RefNo"))
    text = memo.values[3] if memo is not None and len(memo.values) > 3 else ""
    return EntryData(record.id, record.statement_id, rec.rec_type, rec.form_type,
                     record.tran_id or "", fields, text, record.version,
                     memo.version if memo is not None else 0)


def check_unchanged(session: Session, seen: EntryData) -> None:
    """Refuse (``EditConflict``) when the entry was changed or deleted since ``seen``
    was loaded: the message names each field another person changed, old -> new, and
    who, when known; nothing is written."""
    record = session.get(Record, seen.record_id)
    if record is None:
        by = changed_by(session, seen.statement_id, "records", seen.record_id) or \
            "someone else"
        raise EditConflict(
            f"{by[0].upper()}{by[1:]} deleted this entry since you opened it. Nothing was "
            "saved, and what you typed is still here: save again to add it as a new "
            "entry.", None, gone=True)
    now = load_entry(session, seen.record_id)
    if (now.version, now.memo_version) == (seen.version, seen.memo_version) or \
            changed_here(session, seen.statement_id, "records", seen.record_id):
        return  # unchanged, or changed only by this window (its own undo)
    changes = field_changes({**seen.fields, MEMO_TEXT: seen.memo_text},
                            {**now.fields, MEMO_TEXT: now.memo_text},
                            now.rec_type, now.form_type)
    who = changed_by(session, seen.statement_id, "records", seen.record_id)
    raise EditConflict(conflict_message("entry", changes, who), now)


def save_entry(session: Session, statement_id: int, rec_type: str, schedule: str,
               fields: dict[str, str], *, record_id: int | None = None,
               memo_text: str | None = None, seen: EntryData | None = None) -> int:
    """Add (``record_id`` None) or change an entry and its memo text; one undo step.
    ``seen``: the entry as the form loaded it; a change made since by someone else
    refuses the save (``EditConflict``)."""
    if record_id is not None and seen is not None:
        check_unchanged(session, seen)
    try:
        loaded = None if record_id is None else session.get(Record, record_id)  # read once
        with one_action(session, "Edit entry") as action:
            action.label = _expected_label(rec_type, fields, record_id, loaded)
            record_id, action.label = _save(session, statement_id, rec_type, schedule,
                                            fields, record_id, memo_text)
    except StaleDataError as exc:  # a writer that does not wait for the others' lock
        raise EditConflict(SAME_MOMENT, None) from exc
    return record_id


def _save(session: Session, statement_id: int, rec_type: str, schedule: str,
          fields: dict[str, str], record_id: int | None,
          memo_text: str | None) -> tuple[int, str]:
    values = {k: v for k, v in fields.items() if k not in (MEMO_TEXT, "Tran_ID")}
    text = (memo_text or "").strip()
    if record_id is None:
        if text and not values.get("Memo_RefNo"):
            stmt = editable_statement(session, statement_id)
            tran_id = tran_id_of(session, stmt.committee_id)
            values["Tran_ID"] = tran_id
            values["Memo_RefNo"] = tran_id
        record = added_record(session, statement_id, rec_type, schedule, values)
        verb = "Add"
    else:
        found = session.get(Record, record_id)
        if found is None:
            raise EditError(f"there is no record {record_id}")
        ref = CalRecord(list(found.values)).get("Memo_RefNo") if found.values else ""
        if text and not (values.get("Memo_RefNo") or ref):
            values["Memo_RefNo"] = found.tran_id or f"M{found.id}"
        record = updated_record(session, record_id, values)
        verb = "Edit"
    if memo_text is not None:
        ref = CalRecord(list(record.values)).get("Memo_RefNo")
        _sync_memo(session, statement_id, schedule, ref, text)
    return record.id, f"{verb} {_who(record)}"


def _sync_memo(session: Session, statement_id: int, schedule: str, ref: str, text: str) -> None:
    memo = _memo_record(session, statement_id, ref)
    if text and memo is None and ref:
        add_transaction(session, statement_id, "TEXT", schedule,
                        {"Ref_No": ref, "Text4000": text})
    elif text and memo is not None and (memo.values[3:4] or [""])[0] != text:
        update_transaction(session, memo.id, {"Text4000": text})
    elif not text and memo is not None:
        delete_transaction(session, memo.id)


def _who(record: Record) -> str:
    from calaccess_desktop.services.contacts import party_of

    rec = CalRecord(list(record.values))
    party = party_of(rec.rec_type)
    return _words(rec.rec_type, rec.get(party.last) if party else "")


def _words(rec_type: str, name: str) -> str:
    words = {"RCPT": "receipt", "EXPN": "payment", "LOAN": "loan", "DEBT": "unpaid bill",
             "CVR3": "verification", "S497": "late contribution"}.get(rec_type, rec_type)
    return f"{words} {name}".strip()


def _expected_label(rec_type: str, fields: dict[str, str], record_id: int | None,
                    record: Record | None) -> str:
    """The name the save will have (what ``_save`` returns), known before it is made so
    that its undo entry is written with it (``record``: the entry changed, as loaded)."""
    from calaccess_desktop.services.contacts import party_of

    if record_id is not None:
        if record is None or not record.values:
            return "Edit entry"
        rec = CalRecord(list(record.values))
        party = party_of(rec.rec_type)
        if party is None:
            return f"Edit {_words(rec.rec_type, '')}"
        name = fields[party.last] if party.last in fields else rec.get(party.last)
        return f"Edit {_words(rec.rec_type, str(name).strip())}"
    party = party_of(rec_type.upper())
    name = str(fields.get(party.last, "")).strip() if party else ""
    return f"Add {_words(rec_type.upper(), name)}"


def delete_entry(session: Session, record_id: int) -> None:
    """Delete an entry and its memo text; one undo step."""
    record = session.get(Record, record_id)
    if record is None:
        raise EditError(f"there is no record {record_id}")
    statement_id = record.statement_id
    ref = CalRecord(list(record.values)).get("Memo_RefNo")
    memo = _memo_record(session, statement_id, ref)
    with one_action(session, f"Delete {_who(record)}"):
        delete_transaction(session, record_id)
        if memo is not None:
            delete_transaction(session, memo.id)


# --------------------------------------------------------------------------- statements


def statement_info(session: Session, statement_id: int) -> StatementInfo:
    """The open statement's facts, its cover values and its verification record."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise EditError(f"There is no statement {statement_id}.")
    committee = committee_of(session, stmt)
    cover = CalRecord(list(stmt.cover))
    cover_values = {s.name: v for s, v in zip(cover.fields, cover.values, strict=False) if v}
    verification_ids = session.scalars(
        select(Record.id).where(Record.statement_id == statement_id, Record.rec_type == "CVR3")
        .order_by(Record.seq, Record.id)
    ).all()
    return StatementInfo(
        stmt.id, committee.id, committee.name, committee.filer_id, committee.committee_type,
        stmt.form_type, stmt.period_from, stmt.period_through, stmt.election_date,
        stmt.stmt_type, stmt.status, stmt.report_num, stmt.amendment_reason,
        not stmt.locked and stmt.status in EDITABLE, bool(stmt.source_file),
        statement_due(stmt),
        dict(committee.profile), cover_values,
        tuple(load_entry(session, rid) for rid in verification_ids),
        stmt.amends_statement_id,
    )


def update_statement(session: Session, statement_id: int, *, period_from: dt.date | None,
                     period_through: dt.date | None, stmt_type: str,
                     election_date: dt.date | None) -> None:
    """Change a draft's period, statement type and election date (cover page part 1)."""
    stmt = editable_statement(session, statement_id)
    if period_from and period_through and period_from > period_through:
        raise EditError("the period must start on or before the day it ends")
    rec = Recorder(session, "Edit statement period and type", statement_id)
    before = rec.before(stmt)
    stmt.period_from, stmt.period_through = period_from, period_through
    stmt.stmt_type, stmt.election_date = stmt_type, election_date
    if stmt.source_file:
        cover = CalRecord(list(stmt.cover))
        for name, value in (("From_Date", format_date(period_from)),
                            ("Thru_Date", format_date(period_through)),
                            ("Stmt_Type", stmt_type), ("Elect_Date", format_date(election_date))):
            if cover.has_field(name):
                cover.set(name, value)
        stmt.cover = cover.values
    else:
        committee = committee_of(session, stmt)
        stmt.cover = build_cover(committee, stmt)
    rec.changed("statements", before, stmt)
    rec.save()
    recompute(session, statement_id)


def set_ready(session: Session, statement_id: int, ready: bool) -> None:
    """Mark a draft 'ready to file' (or back to draft)."""
    stmt = editable_statement(session, statement_id)
    target = "ready" if ready else "draft"
    if stmt.status == target:
        return
    rec = Recorder(session, "Mark ready to file" if ready else "Mark as draft", statement_id)
    before = rec.before(stmt)
    stmt.status = target
    rec.changed("statements", before, stmt)
    rec.save()
