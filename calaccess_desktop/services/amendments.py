"""An amendment next to the statement it amends: what the new filing changes.

Shown before re-filing so the treasurer can confirm that the amendment changes what
they meant, and nothing else: cover fields, records added, changed or removed (as
they would be filed: itemized records, SMRY aside) and the summary lines that move.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from calaccess_desktop.cal.parties import PARTIES, listed_name
from calaccess_desktop.db.orm import Statement
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
    old = build_snapshot(session, stmt.amends_statement_id)
    new = build_snapshot(session, statement_id)
    lines: list[LineChange] = []
    if spec_for(new.form_type).summarize is not None:
        # The totals-only path (proven equal to the full computation): fast on 100,000 rows.
        # A summary with summary lines (line -> (column A, column B)) is compared line by line.
        before = getattr(summary_of(session, old.statement_id), "lines", None) or {}
        after = getattr(summary_of(session, statement_id), "lines", None) or {}
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


def who(rec: SnapRecord) -> str:
    """The record's party as people write it ('Okafor, Grace'; '' when it has none)."""
    party = PARTIES.get(rec.rec_type)
    if party is None:
        return ""
    return listed_name(rec.get(party.last), rec.get(party.first))
