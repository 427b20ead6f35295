"""Import a .CAL file: a committee (new or existing) and a statement holding every record.

All or nothing: a file with any error is refused with every problem listed and
the store is left unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord, trimmed
from calaccess_desktop.cal.problems import CalFormatError, Problem
from calaccess_desktop.cal.reader import CalFile, read_cal
from calaccess_desktop.cal.values import parse_date, parse_whole
from calaccess_desktop.db.bulk import insert_rows
from calaccess_desktop.db.orm import Committee, Record, Statement
from calaccess_desktop.fileio import read_input
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.audit import trail
from calaccess_desktop.services.backups import before_risky
from calaccess_desktop.services.contacts import ContactMatcher, party_of
from calaccess_desktop.services.record_rows import RECORD_COLUMNS, record_tuple
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.totals.incremental import refresh_later
from calaccess_desktop.services.totals.stored import add_filed

# CVR fields that describe the statement rather than the committee.
STATEMENT_FIELDS = frozenset(
    name.lower()
    for name in (
        "Rec_Type", "Form_Type", "Report_Num", "Rpt_Date", "Stmt_Type", "Rpt_ID_Num",
        "From_Date", "Thru_Date", "Elect_Date", "AmendExp_1", "AmendExp_2", "AmendExp_3",
    )
)


@dataclass
class ImportResult:
    """What an import created."""

    statement_id: int
    committee_id: int
    records: int
    warnings: list[Problem] = field(default_factory=list)


Progress = Callable[[str, int, int], None]  # (what is happening, done, total); may raise


def import_file(store: Store, path: str | Path, *,
                progress: Progress | None = None) -> ImportResult:
    """Import one .CAL file; raise CalFormatError (store unchanged) if it has errors.

    ``progress`` hears about reading ('Reading', lines read, lines) and saving ('Saving',
    0, records); an exception it raises stops the import with the store unchanged."""
    path = Path(path)
    try:
        data = read_input(path)
    except OSError as exc:
        problem = Problem(0, "", f"cannot read the file ({exc.strerror})")
        raise CalFormatError(str(path), [problem]) from exc
    with gc_paused():
        reading = (lambda done, total: progress("Reading", done, total)) if progress else None
        cal = read_cal(data, str(path), progress=reading)
        if cal.errors:
            raise CalFormatError(str(path), cal.problems, cal.more_problems)
        if progress is not None:
            progress("Saving", 0, len(cal.records))
        before_risky(store, "import")  # a checked backup first (BackupFailed: no import)
        with store.transaction() as session:
            return import_parsed(session, cal, source=str(path))


def import_parsed(session: Session, cal: CalFile, *, source: str) -> ImportResult:
    """Write a checked CalFile into the store within the caller's transaction."""
    assert cal.cover is not None
    cover = cal.cover
    spec = spec_for(cal.form_type)
    committee = _committee_for(session, cover, cal)
    extras = dict(spec.import_extras(cal)) if spec.import_extras is not None else {}
    stmt = Statement(
        committee=committee,
        form_type=cover.form_type,
        period_from=parse_date(cover.get("From_Date")),
        period_through=parse_date(cover.get("Thru_Date")),
        election_date=parse_date(cover.get("Elect_Date")),
        stmt_type=cover.get("Stmt_Type").upper(),
        report_num=parse_whole(cover.get("Report_Num")) or 0,
        amendment_reason=" ".join(
            v for v in (cover.get("AmendExp_1"), cover.get("AmendExp_2"),
                        cover.get("AmendExp_3")) if v
        ),
        cover=trimmed(list(cover.values)),
        source_file=source,
        carry_in=dict(extras.get("carry_in") or {}),
    )
    session.add(stmt)
    session.flush()
    _link_amendment(session, stmt)
    _link_later_versions(session, stmt)
    rows = _record_rows(session, cal, stmt.id, committee.id)
    add_filed(session, stmt.id, ((r.line, r.values) for r in cal.records
                                 if r.rec_type == "SMRY"))  # its totals, as filed
    rows.extend(_lump_rows(extras.get("lumps") or (), cal.form_type, stmt.id, len(rows)))
    insert_rows(session.connection(), Record.__table__, (*RECORD_COLUMNS, "contact_id"), rows)
    _keep_tran_ids_unique(committee, cal)
    trail.note(session, f"Imported {Path(source).name}: {len(cal.records)} records",
               statement_id=stmt.id, committee_id=committee.id, kind="import")
    refresh_later(session, stmt)  # later drafts carry on from it
    return ImportResult(stmt.id, committee.id, len(cal.records), cal.problems)


def report_versions(committee_id: int, form_type: str, period_from: dt.date | None,
                    period_through: dt.date | None, election_date: dt.date | None) -> Any:
    """The SQL condition for the versions of one report: same committee, form, period
    and election."""
    return and_(
        Statement.committee_id == committee_id,
        Statement.form_type == form_type,
        Statement.period_from.is_not_distinct_from(period_from),
        Statement.period_through.is_not_distinct_from(period_through),
        Statement.election_date.is_not_distinct_from(election_date),
    )


def same_report(stmt: Statement) -> Any:
    """The SQL condition for the other versions of the report ``stmt`` is one of."""
    return and_(report_versions(stmt.committee_id, stmt.form_type, stmt.period_from,
                                stmt.period_through, stmt.election_date),
                Statement.id != stmt.id)


def report_id(cover: list[str]) -> str:
    """A cover's report number (Rpt_ID_Num, leading zeros aside): what tells one 24-hour
    report from another of the same election."""
    return CalRecord(list(cover)).get("Rpt_ID_Num").strip().lstrip("0")


def _versions(session: Session, stmt: Statement, condition: Any,
              *order: Any) -> list[Statement]:
    """The other versions of ``stmt``'s report meeting ``condition``, in ``order``; for a
    report without a period (a Form 497 or 496) only those of the same report number."""
    found = list(session.scalars(select(Statement).where(same_report(stmt), condition)
                                 .order_by(*order)))
    number = report_id(stmt.cover) if stmt.period_from is None and \
        stmt.period_through is None else ""
    if number:
        found = [s for s in found if report_id(s.cover) in (number, "")]
    return found


def _link_amendment(session: Session, stmt: Statement) -> None:
    """An imported amendment (Report_Num > 0) amends the newest earlier version of the
    same report in the store, when there is one (same committee, form and period), so
    that its changes since that version can be shown."""
    if stmt.report_num <= 0:
        return
    previous = next(iter(_versions(session, stmt, Statement.report_num < stmt.report_num,
                                   Statement.report_num.desc(), Statement.id.desc())), None)
    if previous is None:
        return
    if previous.status not in ("draft", "ready"):  # an amendment of a filed statement
        from calaccess_desktop.services.users.access import require
        from calaccess_desktop.services.users.roles import AMEND

        require(session, AMEND)
    stmt.amends_statement_id = previous.id
    if not stmt.original_filing_id:
        stmt.original_filing_id = previous.original_filing_id or previous.filing_id


def _link_later_versions(session: Session, stmt: Statement) -> None:
    """A version imported after its amendment (the amendment came first, in an earlier
    import): the next later version now amends this one, unless it already amends a
    version closer to it."""
    later = next(iter(_versions(session, stmt, Statement.report_num > stmt.report_num,
                                Statement.report_num, Statement.id)), None)
    if later is None:
        return
    amended = (session.get(Statement, later.amends_statement_id)
               if later.amends_statement_id is not None else None)
    if amended is not None and amended.report_num >= stmt.report_num:
        return
    later.amends_statement_id = stmt.id
    later.original_filing_id = (later.original_filing_id or stmt.original_filing_id
                                or stmt.filing_id)


def _keep_tran_ids_unique(committee: Committee, cal: CalFile) -> None:
    """The committee's own Tran_IDs (``CD<committee>-<n>``, e.g. from a file this app
    exported) are never handed out again: the counter moves past the file's highest."""
    prefix = f"CD{committee.id}-"
    highest = 0
    for rec in cal.records:
        tran_id = rec.get("Tran_ID")
        if tran_id.upper().startswith(prefix):
            number = parse_whole(tran_id[len(prefix):])
            if number is not None and number > highest:
                highest = number
    if highest >= (committee.next_tran_seq or 1):
        committee.next_tran_seq = highest + 1


def filer_name(cover: CalRecord) -> str:
    """The filer's name as the cover gives it (first name, then last name)."""
    return " ".join(v for v in (cover.get("Filer_NamF"), cover.get("Filer_NamL")) if v)


def find_committee(session: Session, cover: CalRecord) -> Committee | None:
    """The stored committee a file's cover is about: by Filer_ID, or by name without one."""
    filer_id = cover.get("Filer_ID")
    query = select(Committee).where(
        Committee.filer_id == filer_id if filer_id else Committee.name == filer_name(cover)
    )
    return session.scalars(query.limit(1)).first()


def _committee_for(session: Session, cover: CalRecord, cal: CalFile) -> Committee:
    """The committee a file is about: found by Filer_ID (or name), else made from the
    file (the form's ``profile_from_import`` hook when it has one, e.g. a Form 410 fills
    the whole profile; else the cover's fields)."""
    found = find_committee(session, cover)
    if found is not None:
        return found
    filer_id = cover.get("Filer_ID")
    name = filer_name(cover)
    profile = {
        spec.name: value
        for spec, value in zip(cover.fields, cover.values, strict=False)
        if value and spec.name.lower() not in STATEMENT_FIELDS
    }
    committee_type = cover.get("Cmtte_Type").upper()
    hook = spec_for(cover.form_type).profile_from_import
    if hook is not None:
        made = hook(cal)
        profile = {**profile, **dict(made.get("profile") or {})}
        committee_type = str(made.get("committee_type") or committee_type)
    committee = Committee(
        filer_id=filer_id,
        name=name,
        committee_type=committee_type,
        entity_cd=cover.get("Entity_Cd").upper(),
        profile=profile,
    )
    session.add(committee)
    return committee


def _record_rows(session: Session, cal: CalFile, statement_id: int,
                 committee_id: int) -> list[tuple[Any, ...]]:
    """Rows in ``RECORD_COLUMNS`` order plus contact_id, for every record of the file."""
    matcher = ContactMatcher(session, committee_id)
    rows: list[tuple[Any, ...]] = []
    keys: list[str | None] = []
    form = cal.form_type
    for rec in cal.records:
        values, fields = rec.values, rec.fields
        if rec.rec_type == "SMRY":  # kept apart, in statement_totals
            continue
        row = record_tuple(values, form, seq=rec.line, statement_id=statement_id,
                           fields=fields)
        rec_type = values[0].upper()
        party = party_of(rec_type) if rec_type != "CVR2" else None
        keys.append(matcher.want(values, fields, party) if party else None)
        rows.append(row)
    ids = matcher.flush()
    return [(*row, ids.get(key) if key else None) for row, key in zip(rows, keys, strict=True)]


def _lump_rows(lumps: Iterable[list[str]], form: str, statement_id: int,
               start: int) -> list[tuple[Any, ...]]:
    """The form's unitemized totals (``import_extras`` "lumps") as 'lump' records: never
    written as records, but they keep the statement's totals when it is edited later."""
    return [(*record_tuple(values, form, seq=10_000_000 + start + i, statement_id=statement_id,
                           itemize="lump"), None)
            for i, values in enumerate(lumps)]
