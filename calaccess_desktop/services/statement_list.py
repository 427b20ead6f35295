"""Committees and their statements as the window lists them: status words and due dates.

Due dates follow form-rules §2: semi-annual statements are due July 31 and
January 31, quarterlies the last day of the month after the quarter, pre-election
statements 5 days after their period closes (40 and 12 days before the election);
a deadline on a weekend moves to the next Monday (state holidays are not modelled).
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Committee, Statement

STATUS_WORDS = {
    "draft": "Draft",
    "ready": "Ready to file",
    "queued": "Queued to send",
    "sending": "Sending",
    "filed": "Filed",
    "accepted": "Filed",
    "amended": "Amended",
    "rejected": "Rejected",
}

FORM_NAMES = {
    "F460": "Form 460", "F450": "Form 450", "F497": "Form 497 (late contributions)",
    "F496": "Form 496", "F461": "Form 461", "F465": "Form 465", "F410": "Form 410",
}

TYPE_WORDS = {"SA": "Semi-annual", "PE": "Pre-election", "QT": "Quarterly",
              "SE": "Supplemental pre-election", "SY": "Special odd-year", "TS": "Termination"}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _business_day(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def due_date(form: str, stmt_type: str, period_through: dt.date | None) -> dt.date | None:
    """When a statement is due (None when there is no fixed deadline)."""
    if form not in ("F460", "F450") or period_through is None:
        return None
    if stmt_type in ("PE", "SE"):
        return _business_day(period_through + dt.timedelta(days=5))
    if stmt_type in ("SA", "QT", "SY", ""):
        month = period_through.month % 12 + 1
        year = period_through.year + (1 if period_through.month == 12 else 0)
        return _business_day(_month_end(year, month))
    return None


def statement_due(s: Statement) -> dt.date | None:
    """A statement's deadline; an amendment has none (file it as soon as practicable,
    form-rules AMD-008), so it is never shown as late."""
    if s.report_num > 0 or s.amends_statement_id is not None:
        return None
    return due_date(s.form_type, s.stmt_type, s.period_through)


@dataclass(frozen=True)
class StatementItem:
    """One statement as the list shows it."""

    id: int
    committee_id: int
    form: str
    period_from: dt.date | None
    period_through: dt.date | None
    stmt_type: str
    status: str
    report_num: int
    due: dt.date | None
    election_date: dt.date | None = None

    @property
    def title(self) -> str:
        """E.g. 'Form 460 Semi-annual, Jan 1 - Jun 30, 2026 (amendment 1)'."""
        form = FORM_NAMES.get(self.form, self.form).split(" (")[0]
        kind = TYPE_WORDS.get(self.stmt_type, "")
        text = f"{form} {kind}".strip()
        if self.period_from and self.period_through:
            text += f", {period_words(self.period_from, self.period_through)}"
        elif self.election_date:
            e = self.election_date
            text += f", election {e:%b} {e.day}, {e.year}"
        if self.report_num:
            text += f" (amendment {self.report_num})"
        return text

    @property
    def status_words(self) -> str:
        """Status in plain words."""
        return STATUS_WORDS.get(self.status, self.status.capitalize())


def period_words(start: dt.date, end: dt.date) -> str:
    """'Jan 1 - Jun 30, 2026' (years shown on both ends when they differ)."""
    if start.year == end.year:
        return f"{start:%b} {start.day} - {end:%b} {end.day}, {end.year}"
    return f"{start:%b} {start.day}, {start.year} - {end:%b} {end.day}, {end.year}"


@dataclass(frozen=True)
class CommitteeItem:
    """One committee in the list."""

    id: int
    name: str
    filer_id: str
    committee_type: str
    statements: int


def list_committee_items(session: Session, search: str = "") -> list[CommitteeItem]:
    """Committees by name (filtered by a part of the name or filer ID)."""
    counts = (
        select(Statement.committee_id, func.count(Statement.id).label("n"))
        .group_by(Statement.committee_id).subquery()
    )
    query = (
        select(Committee.id, Committee.name, Committee.filer_id, Committee.committee_type,
               func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.committee_id == Committee.id)
        .order_by(func.lower(Committee.name), Committee.id)
    )
    if search.strip():
        like = f"%{search.strip()}%"
        query = query.where(Committee.name.ilike(like) | Committee.filer_id.ilike(like))
    return [CommitteeItem(int(i), n, f or "", t or "", int(c))
            for i, n, f, t, c in session.execute(query)]


def list_statement_items(session: Session, committee_id: int) -> list[StatementItem]:
    """A committee's statements, newest period first."""
    rows = session.scalars(
        select(Statement).where(Statement.committee_id == committee_id)
        .order_by(Statement.period_through.desc().nulls_first(), Statement.id.desc())
    )
    return [statement_item(s) for s in rows]


def statement_item(s: Statement) -> StatementItem:
    """The list entry of a statement."""
    return StatementItem(s.id, s.committee_id, s.form_type, s.period_from, s.period_through,
                         s.stmt_type, s.status, s.report_num, statement_due(s),
                         s.election_date)
