"""The committee's independent expenditures already reported on its Forms 496, for the
"already reported" test of F496-TRG-001/002 (a snapshot's ``late_reported``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import Cents, cents_or_zero
from calaccess_desktop.forms.f496.subject import IE_PREFIX, subject_key


def ie_reported(session: Any, stmt: Any, only: list[int] | None = None
                ) -> frozenset[tuple[str, dt.date, Cents]]:
    """(IE_PREFIX + the report's candidate or measure, date, cents) of every Part 2 line
    of the committee's other Forms 496 (``only``: of these statements)."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    rows = session.execute(
        select(Statement.cover, Record.values)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
               Statement.form_type == "F496", Record.rec_type == "S496",
               *(() if only is None else (Statement.id.in_(only),))))
    out = set()
    for cover, values in rows:
        key = subject_key(CalRecord(list(cover or ["CVR", "F496"]), cvr_form="F496").get)
        line = CalRecord(list(values), cvr_form="F496")
        day = parse_date(line.get("Exp_Date"))
        if key and day is not None:
            out.add((IE_PREFIX + key, day, cents_or_zero(line.get("Amount"))))
    return frozenset(out)


def earlier_reports(session: Any, stmt: Any) -> frozenset[tuple[str, dt.date, Cents]]:
    """The Part 2 lines of the committee's other Forms 496 for the same election: the
    latest version of each report, not this report's own earlier or later versions. A
    496's cumulative total is its own lines plus those of them about its subject."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Statement

    reports = session.scalars(select(Statement).where(
        Statement.committee_id == stmt.committee_id, Statement.form_type == "F496",
        Statement.election_date.is_not_distinct_from(stmt.election_date))).all()
    by_id = {r.id: r for r in reports}
    superseded = {r.amends_statement_id for r in reports if r.amends_statement_id}

    def root(r: Any) -> int:
        seen: set[int] = set()
        while r.amends_statement_id in by_id and r.id not in seen:
            seen.add(r.id)
            r = by_id[r.amends_statement_id]
        return int(r.id)

    own = root(stmt)
    keep = [r.id for r in reports if r.id not in superseded and root(r) != own]
    return ie_reported(session, stmt, only=keep)


def cumulative_before(late_reported: Any, key: str, through: dt.date | None) -> Cents:
    """What the earlier reports showed about ``key`` up to ``through`` (a 496's own
    last expenditure date)."""
    return sum(cents for k, day, cents in late_reported
               if k == IE_PREFIX + key and (through is None or day <= through))


def report_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """Form 496's snapshot_extras hook: the earlier reports' lines (for the cumulative)."""
    return {"late_reported": earlier_reports(session, stmt)}


def snapshot_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """A FormSpec.snapshot_extras hook for statements that list independent
    expenditures (Forms 465, 461; the 460 adds these to its Form 497 lines)."""
    return {"late_reported": ie_reported(session, stmt)}
