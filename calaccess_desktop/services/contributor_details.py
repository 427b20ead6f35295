"""A contributor's details after an entry is saved: the occupation and employer the law
asks for once their calendar-year total reaches $100 (``forms/f460/itemize.py``), and
the same person's other entries on the statement whose address, occupation or employer
differ from what was just saved (so one fix can reach them all, as one undo step)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.parties import PartyFields
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f460.itemize import CUMULATIVE
from calaccess_desktop.services.contacts import party_of
from calaccess_desktop.services.cumulative import contact_totals
from calaccess_desktop.services.editing import EditError, update_transaction
from calaccess_desktop.services.entry_fields import label_for
from calaccess_desktop.services.undo import one_action

# Record kinds whose entries are the same contributor's when the names match.
SAME_PARTY = ({("RCPT", "A"), ("RCPT", "C")}, {("LOAN", "B1")}, {("LOAN", "B2")},
              {("EXPN", "E")}, {("EXPN", "D")}, {("EXPN", "G")}, {("DEBT", "F")},
              {("LOAN", "H")}, {("RCPT", "I")})


def kinds_of(rec_type: str, form_type: str) -> set[tuple[str, str]]:
    """The record kinds where one contributor's entries are matched by name."""
    kind = (rec_type.upper(), form_type.upper())
    return next((set(k) for k in SAME_PARTY if kind in k), {kind})


@dataclass(frozen=True, slots=True)
class AfterSave:
    """What to ask the treasurer about a contributor once an entry is saved."""

    record_id: int
    name: str  # "Grace Okafor"
    year_total: Cents  # calendar-year total from this contributor (0: not counted)
    limit: Cents  # the itemization threshold in force
    ask_occupation: bool  # an individual at or over the threshold without both
    occupation_field: str
    employer_field: str
    others: tuple[int, ...]  # the same person's other entries here with other details
    differing: tuple[str, ...]  # labels of the details that differ on them


def detail_fields(party: PartyFields) -> tuple[str, ...]:
    """The fields that describe a contributor rather than a transaction."""
    return tuple(n for n in (party.adr1, party.adr2, party.city, party.state, party.zip4,
                             party.occupation, party.employer, party.self_employed) if n)


def _norm(text: str) -> str:
    return " ".join(text.upper().split())


def _rec(record: Record, form: str) -> CalRecord:
    return CalRecord(list(record.values), cvr_form=form)


def _same_party(session: Session, record: Record, form: str, party: PartyFields,
                rec: CalRecord) -> list[tuple[Record, CalRecord]]:
    kinds = kinds_of(rec.rec_type, rec.form_type)
    last, first = _norm(rec.get(party.last)), _norm(rec.get(party.first))
    found = []
    for other in session.scalars(select(Record).where(
            Record.statement_id == record.statement_id, Record.id != record.id,
            Record.rec_type == rec.rec_type,
            Record.form_type.in_(sorted(ft for _rt, ft in kinds)))):
        o = _rec(other, form)
        if _norm(o.get(party.last)) == last and _norm(o.get(party.first)) == first:
            found.append((other, o))
    return found


def after_save(session: Session, record_id: int) -> AfterSave | None:
    """What to ask about the contributor of a just-saved entry (None: nothing)."""
    record = session.get(Record, record_id)
    stmt = session.get(Statement, record.statement_id) if record is not None else None
    if record is None or stmt is None:
        return None
    rec = _rec(record, stmt.form_type)
    party = party_of(rec.rec_type)
    if party is None or not rec.has_field(party.last) or not rec.get(party.last):
        return None
    name = " ".join(p for p in (rec.get(party.first), rec.get(party.last)) if p)
    kind = (rec.rec_type, rec.form_type)
    limit = threshold("itemize_contributor", stmt.period_through)
    total = 0
    if kind in CUMULATIVE and record.contact_id is not None:
        total = contact_totals(session, stmt.id, contact_ids=[record.contact_id]).get(
            record.contact_id, 0)
    occ, emp = party.occupation, party.employer
    ask = bool(kind in CUMULATIVE and occ and emp and rec.has_field(occ)
               and rec.get("Entity_Cd").upper() in ("IND", "")
               and total >= limit and not (rec.get(occ) and rec.get(emp)))
    mine = {n: rec.get(n) for n in detail_fields(party) if rec.has_field(n) and rec.get(n)}
    others, differing = [], set()
    for other, o in _same_party(session, record, stmt.form_type, party, rec):
        diff = [n for n, v in mine.items() if o.has_field(n) and o.get(n) != v]
        if diff:
            others.append(other.id)
            differing.update(diff)
    labels = tuple(label_for(n, rec.rec_type, rec.form_type)
                   for n in detail_fields(party) if n in differing)
    if not ask and not others:
        return None
    return AfterSave(record.id, name, total, limit, ask, occ, emp, tuple(others), labels)


def apply_details(session: Session, record_id: int, details: dict[str, str],
                  others: Sequence[int] = ()) -> int:
    """Set contributor details on an entry (``details``: field name -> value), then copy
    the entry's details to ``others`` of the same person; one undo step. Returns how
    many entries changed."""
    record = session.get(Record, record_id)
    stmt = session.get(Statement, record.statement_id) if record is not None else None
    if record is None or stmt is None:
        raise EditError(f"there is no entry {record_id}")
    party = party_of(record.values[0].upper() if record.values else "")
    if party is None:
        raise EditError("this entry names no contributor")
    allowed = set(detail_fields(party))
    wrong = sorted(set(details) - allowed)
    if wrong:
        raise EditError(f"{', '.join(wrong)} is not a contributor detail")
    with one_action(session, "Update details") as action:
        changed = 0
        if details:
            update_transaction(session, record_id, details)
            changed += 1
        rec = _rec(record, stmt.form_type)
        copy = {n: rec.get(n) for n in detail_fields(party)
                if rec.has_field(n) and rec.get(n)}
        same = {r.id for r, _o in _same_party(session, record, stmt.form_type, party, rec)}
        for other_id in others:
            if other_id not in same:
                raise EditError(f"entry {other_id} is not from the same contributor")
            update_transaction(session, other_id, copy)
            changed += 1
        name = " ".join(p for p in (rec.get(party.first), rec.get(party.last)) if p)
        count = f" on {changed} entries" if changed > 1 else ""
        action.label = f"Update details of {name}{count}"
    return changed
