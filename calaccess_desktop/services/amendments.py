"""An amendment next to the statement it amends: what the new filing changes.

Shown before re-filing so the treasurer can confirm that the amendment changes what
they meant, and nothing else: cover fields, records added, changed or removed (as
they would be filed: itemized records, SMRY aside) and the summary lines that move.

Speed: an amendment usually changes a few of its 100,000 rows. The database first finds
the rows without an identical twin in the other version (:func:`unsettled`: most by one
look at the row an amendment's copy put a fixed distance away by id); only those,
and every row of a contact one of them touches (a contact's rows decide each other's
itemization and cumulative totals), are built into snapshots and compared field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from calaccess_desktop.cal.parties import PARTIES, listed_name
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.changes import (
    AMENDMENT_COVER_FIELDS,
    FieldChange,
    RecordChange,
    field_changes,
    record_changes,
)
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.snapshots import NotFound, build_snapshot
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.totals.stored import current_lines

# Receipts and payments are the bulk of a statement: those settled (the same in both
# versions, their contact untouched) are left out of the comparison. Others are few.
BULK_KINDS = ("RCPT", "EXPN")
MOST_UNSETTLED = 5_000  # beyond this many rows and contacts, compare the statements whole

LineChange = tuple[str, Cents, Cents, Cents | None, Cents | None]  # line, A then B before/after


@dataclass(frozen=True, slots=True)
class AmendmentChanges:
    """What an amendment changes relative to the version it amends."""

    statement_id: int
    amends_id: int
    amends_report_num: int
    amends_filing_id: str
    cover: tuple[FieldChange, ...]
    records: tuple[RecordChange, ...]
    lines: tuple[LineChange, ...]
    form: str = "F460"  # the statement's Form_Type (names its summary lines)

    @property
    def nothing(self) -> bool:
        """True when the amendment would file exactly what was filed."""
        return not (self.cover or self.records or self.lines)

    def count(self, kind: str) -> int:
        """How many records were 'added', 'changed' or 'removed'."""
        return sum(1 for c in self.records if c.kind == kind)


def filed_records(snap: StatementSnapshot) -> list[SnapRecord]:
    """The records a filing of the snapshot carries (summary records aside)."""
    return [r for r in snap.records if r.itemized and not r.lump and r.rec_type != "SMRY"]


@gc_paused()
def changes_since_filed(session: Session, statement_id: int) -> AmendmentChanges:
    """Compare an amendment with the statement it amends (NotFound if it amends none)."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise NotFound(f"There is no statement {statement_id}.")
    if stmt.amends_statement_id is None:
        raise NotFound(f"statement {statement_id} is not an amendment: there is no filed "
                       "version to compare it with")
    filed = session.get(Statement, stmt.amends_statement_id)
    assert filed is not None  # the foreign key
    where, indexed = unsettled_where(session, filed, stmt)
    old = build_snapshot(session, filed.id, records_where=where, extras=False,
                         by_index=indexed)
    new = build_snapshot(session, statement_id, records_where=where, extras=False,
                         by_index=indexed)
    lines: list[LineChange] = []
    if spec_for(new.form_type).summarize is not None:
        # A summary with summary lines (line -> (column A, column B)) is compared line by line.
        before = summary_lines(session, old.statement_id, old.form_type)
        after = summary_lines(session, statement_id, new.form_type)
        for line, (a, b) in after.items():
            was_a, was_b = before.get(line, (0, None))
            if (a, b) != (was_a, was_b):
                lines.append((line, was_a, a, was_b, b))
    return AmendmentChanges(
        statement_id=statement_id,
        amends_id=old.statement_id,
        amends_report_num=old.report_num,
        amends_filing_id=old.filing_id,
        cover=field_changes(old.cover, new.cover, skip=AMENDMENT_COVER_FIELDS),
        records=record_changes(filed_records(old), filed_records(new)),
        lines=tuple(lines),
        form=new.form_type,
    )


def summary_lines(session: Session, statement_id: int,
                  form: str) -> dict[str, tuple[Cents, Cents | None]]:
    """The summary lines a statement files: as kept current (``services/totals``), or as
    filed for an imported statement not changed since (the export writes those); computed
    (the totals-only path) only for a statement without stored lines."""
    kept = current_lines(session, statement_id, form, as_filed_too=True)
    if kept is not None:
        return kept
    return getattr(summary_of(session, statement_id), "lines", None) or {}


def unsettled(session: Session, filed: Statement,
              amendment: Statement) -> ColumnElement[bool] | None:
    """The records of either version that may file differently (an SQL condition), or
    None when the two must be compared whole (:func:`unsettled_where`)."""
    return unsettled_where(session, filed, amendment)[0]


def unsettled_where(session: Session, filed: Statement,
                    amendment: Statement) -> tuple[ColumnElement[bool] | None, bool]:
    """The records of either version that may file differently (an SQL condition, or
    None when the two must be compared whole), and whether the condition picks them by
    id and contact alone (then the database finds them through those indexes).

    A receipt or payment is settled when the other version holds a row with the same
    record type, schedule, Tran_ID, values, itemize choice and contact, and no row of its
    contact is unsettled: its itemization and cumulative total (worked out per contact
    from the same earlier statements and thresholds) are then the same too, so it files
    the same. Every other kind of record is always compared.
    """
    same_frame = (filed.committee_id, filed.form_type, filed.period_from,
                  filed.period_through) == (amendment.committee_id, amendment.form_type,
                                            amendment.period_from, amendment.period_through)
    if not same_frame or _tran_ids_differ_by_case(session, (filed.id, amendment.id)):
        return None, False
    rows = [*_without_twin(session, filed.id, amendment.id),
            *_without_twin(session, amendment.id, filed.id)]
    contacts = {contact for _id, contact, bulk in rows if bulk and contact is not None}
    ids = {rid for rid, contact, bulk in rows if bulk and contact is None}
    others = {rid for rid, _contact, bulk in rows if not bulk}
    if len(contacts) + len(ids) > MOST_UNSETTLED:
        return None, False
    if len(others) > MOST_UNSETTLED:  # many loans, bills ...: found by their kind
        return or_(Record.rec_type.not_in(BULK_KINDS), Record.contact_id.in_(contacts),
                   Record.id.in_(ids)), False
    # By id and contact (indexes), not by kind: no second scan of the statement's rows.
    return or_(Record.contact_id.in_(contacts), Record.id.in_(ids | others)), True


def _identical(twin: Any, row: Any) -> ColumnElement[bool]:
    """``twin`` is ``row``'s identical twin: same kind, schedule, Tran_ID, itemize
    choice, contact and values."""
    return and_(twin.rec_type == row.rec_type, twin.form_type == row.form_type,
                twin.tran_id == row.tran_id, twin.itemize == row.itemize,
                twin.contact_id.is_not_distinct_from(row.contact_id),
                cast(twin.values, Text) == cast(row.values, Text))


def _copy_offset(session: Session, statement_id: int, other_id: int) -> int:
    """How far the other statement's copy of a row is from it by id (an amendment copies
    its version's rows in id order, so the offset is the same for every copied row):
    from the statement's first receipt or payment and its twin; 0 when there is none."""
    twin = aliased(Record)
    found = session.execute(
        select(twin.id - Record.id).select_from(Record).join(twin, and_(
            twin.statement_id == other_id, twin.rec_type == Record.rec_type,
            twin.form_type == Record.form_type, twin.tran_id == Record.tran_id))
        .where(Record.statement_id == statement_id, Record.rec_type.in_(BULK_KINDS),
               Record.tran_id.is_not(None))
        .order_by(Record.seq).limit(1)).scalar()
    return int(found or 0)


def _without_twin(session: Session, statement_id: int,
                  other_id: int) -> list[tuple[int, int | None, bool]]:
    """(id, contact, True) of the statement's receipts and payments with no identical
    row in the other statement (rows without a Tran_ID never have one), and (id, contact,
    False) of its other records (always compared), found in the same pass.

    Most rows are settled by one look at the row ``offset`` ids away (the amendment's
    copy, :func:`_copy_offset`); only the others are looked up by their Tran_ID in the
    other statement (a row moved, or a statement not copied in id order, is still
    compared exactly, only more slowly)."""
    offset = _copy_offset(session, statement_id, other_id)
    copy, twin = aliased(Record), aliased(Record)
    by_place = exists().where(copy.id == Record.id + offset, copy.statement_id == other_id,
                              _identical(copy, Record))
    by_tran_id = exists().where(twin.statement_id == other_id, _identical(twin, Record))
    bulk = Record.rec_type.in_(BULK_KINDS)
    query = select(Record.id, Record.contact_id, bulk).where(
        Record.statement_id == statement_id, or_(~bulk, and_(~by_place, ~by_tran_id)))
    return [(rid, contact, bool(is_bulk)) for rid, contact, is_bulk in session.execute(query)]


def _tran_ids_differ_by_case(session: Session, statement_ids: tuple[int, int]) -> bool:
    """Whether a statement holds two Tran_IDs that differ only in case (matched as one
    by the comparison, but as two by the database). Only Tran_IDs with a lower-case
    letter can; the app makes none."""
    mixed = (Record.statement_id.in_(statement_ids), Record.tran_id.is_not(None),
             Record.tran_id != func.upper(Record.tran_id))
    if session.execute(select(Record.id).where(*mixed).limit(1)).first() is None:
        return False
    key = func.upper(Record.tran_id)
    query = (select(Record.statement_id).where(*mixed[:2])
             .group_by(Record.statement_id, Record.rec_type, Record.form_type, key)
             .having(func.count(func.distinct(Record.tran_id)) > 1).limit(1))
    return session.execute(query).first() is not None


def who(rec: SnapRecord) -> str:
    """The record's party as people write it ('Okafor, Grace'; '' when it has none)."""
    party = PARTIES.get(rec.rec_type)
    if party is None:
        return ""
    return listed_name(rec.get(party.last), rec.get(party.first))
