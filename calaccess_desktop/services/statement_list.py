"""Committees and their statements as the window lists them: status words and due dates.

Every due date comes from the one filing calendar (``forms.calendar``); a Form 497's
is its earliest contribution's deadline, read from its lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from calaccess_desktop.db.orm import Committee, Record, Statement
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.registry import spec_for

STATUS_WORDS = {
    "draft": "Draft",
    "ready": "Ready to file",
    "queued": "Queued to send",
    "sending": "Sending",
    "filed": "Filed",
    "accepted": "Filed",
    "amended": "Amended",
    "rejected": "Rejected",
    # the open submission's state, for a statement in the outbox (``outbox_states``)
    "awaiting_signatures": "Waiting for the signers",
    "held": "Held: check the filing officer's site",
}
OUTBOX_SHOWN = ("awaiting_signatures", "held")  # outbox states the list shows as such



def form_name(code: str) -> str:
    """How a form is named to people ("Form 460"), from the form registry."""
    return spec_for(code).short_name

LATE_LINES = ("S497", "S496")
TYPE_WORDS = {"SA": "Semi-annual", "PE": "Pre-election", "QT": "Quarterly",
              "SE": "Supplemental pre-election", "SY": "Special odd-year", "TS": "Termination"}


def due_date(form: str, stmt_type: str, period_through: dt.date | None,
             election: dt.date | None = None) -> dt.date | None:
    """When a periodic statement is due (None when there is no fixed deadline)."""
    return calendar.statement_due(form, stmt_type, period_through, election)


def is_amendment(s: Statement) -> bool:
    """An amendment has no due date of its own (file it as soon as practicable,
    form-rules AMD-008), so it is never shown as late."""
    return s.report_num > 0 or s.amends_statement_id is not None


def statement_due(s: Statement, line_dates: Iterable[dt.date] | None = None) -> dt.date | None:
    """A statement's deadline from the calendar. A late report's lines are read from the
    statement's session unless ``line_dates`` are given."""
    if s.form_type in calendar.LATE_FORMS and line_dates is None and not is_amendment(s):
        session = object_session(s)
        line_dates = _line_dates(session, [s.id]).get(s.id, []) if session else []
    return calendar.statement_due(s.form_type, s.stmt_type, s.period_through, s.election_date,
                                  amendment=is_amendment(s), line_dates=line_dates or ())


def _line_dates(session: Session, ids: list[int]) -> dict[int, list[dt.date]]:
    """The dates of the lines (Form 497/496 contributions) of late reports."""
    out: dict[int, list[dt.date]] = {}
    if not ids:
        return out
    rows = session.execute(
        select(Record.statement_id, Record.tran_date).distinct()
        .where(Record.statement_id.in_(ids), Record.rec_type.in_(LATE_LINES),
               Record.tran_date.is_not(None)))
    for sid, day in rows:
        if day is not None:
            out.setdefault(int(sid), []).append(day)
    return out


def due_dates(session: Session, statements: Iterable[Statement]) -> dict[int, dt.date | None]:
    """Due dates of many statements, reading late reports' lines in one query."""
    items = list(statements)
    lines = _line_dates(session, [s.id for s in items if s.form_type in calendar.LATE_FORMS])
    return {s.id: statement_due(s, lines.get(s.id, [])) for s in items}


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
        form = form_name(self.form)
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
    statements = list(rows)
    due = due_dates(session, statements)
    held = outbox_states(session, [s.id for s in statements if s.status in ("queued", "sending")])
    return [replace(item, status=held.get(item.id, item.status))
            for item in (statement_item(s, due[s.id]) for s in statements)]


def outbox_states(session: Session, ids: list[int]) -> dict[int, str]:
    """Statements in the outbox whose submission waits on a person: held for the
    treasurer to check, or waiting for the signers."""
    from calaccess_desktop.db.orm import Submission

    if not ids:
        return {}
    rows = session.execute(select(Submission.statement_id, Submission.state).where(
        Submission.statement_id.in_(ids), Submission.state.in_(OUTBOX_SHOWN)))
    return {int(sid): str(state) for sid, state in rows}


def statement_item(s: Statement, due: dt.date | None = None) -> StatementItem:
    """The list entry of a statement (``due`` from ``due_dates`` when known)."""
    return StatementItem(s.id, s.committee_id, s.form_type, s.period_from, s.period_through,
                         s.stmt_type, s.status, s.report_num,
                         due if due is not None else statement_due(s), s.election_date)


def next_period_start(session: Session, committee_id: int,
                      today: dt.date | None = None) -> dt.date:
    """The day a new periodic statement starts: the day after the committee's last
    statement ended (January 1 of this year when it has none)."""
    last = session.scalar(
        select(func.max(Statement.period_through)).where(
            Statement.committee_id == committee_id,
            Statement.form_type.in_(calendar.PERIODIC_FORMS)))
    return calendar.first_period_start(last, today or dt.date.today())
