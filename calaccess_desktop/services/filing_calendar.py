"""A committee's filing calendar from the data file: what it owes in a year, which of it
its statements already cover, and what is due next (``forms/filing_calendar.py`` does
the dates).

Where a committee's elections come from: the election dates of its statements (a
pre-election statement's or a late report's ``election_date``) together with the
profile's list, ``Committee.profile["elections"]``: text of ISO dates such as
``"2026-06-02, 2026-11-03"`` (a JSON list of them is read too). The profile list is the
treasurer's word for elections no statement names yet; it needs no migration and goes
through the profile editor as text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.filing_calendar import (
    DueItem,
    Filer,
    election_date,
    filing_year,
    parse_elections,
)
from calaccess_desktop.forms.registry import all_forms, spec_for
from calaccess_desktop.services.statement_list import is_amendment

ELECTIONS_KEY = "elections"  # Committee.profile key: the elections the committee takes part in
NAME_MAX = 200  # Committee.name's length


DATED_KINDS = ("statement", "registration")  # calendar kinds whose deadline is a day


def _registration_forms() -> tuple[str, ...]:
    """Forms that register a committee or a candidate (410, 501)."""
    return tuple(f.code for f in all_forms() if f.kind == "registration")


def _calendar_forms() -> tuple[str, ...]:
    """Forms a calendar item can be: the periodic ones, the Form 465, those filed once for
    a calendar year (Form 470) and the registrations (410, 501)."""
    return (*calendar.DUE_BY_TYPE_FORMS, *_registration_forms(),
            *(f.code for f in all_forms() if f.kind == "once"))


class NoSuchCommittee(UserError):
    """A committee named on the command line that is not in the data file."""


@dataclass(frozen=True, slots=True)
class Planned:
    """A calendar item and the statement that already covers it (None: not started)."""

    item: DueItem
    statement_id: int | None = None


@dataclass(frozen=True, slots=True)
class CommitteeYear:
    """A committee's filing year."""

    committee_id: int
    name: str
    year: int
    elections: tuple[dt.date, ...]
    planned: tuple[Planned, ...]
    registered: bool = True  # has an ID number or a Form 410 (it owes the annual fee)

    @property
    def items(self) -> tuple[DueItem, ...]:
        """The calendar items, in order."""
        return tuple(p.item for p in self.planned)

    def as_json(self) -> dict[str, object]:
        """``calendar --json``."""
        return {"committee": self.committee_id, "year": self.year,
                "items": [i.as_json() for i in self.items]}


@dataclass(frozen=True, slots=True)
class NextDue:
    """What the committee should file next: ``late`` items were due before today and are
    not started; ``item`` is the next deadline not started; ``windows`` are the 24-hour
    windows open today."""

    late: tuple[DueItem, ...]
    item: DueItem | None
    windows: tuple[DueItem, ...]


def find_committee(session: Session, text: str) -> Committee:
    """The committee named by its number (as ``list`` shows it), its SOS ID number, or
    its name (whole, or a part only one committee's name has)."""
    wanted = " ".join(str(text).split())
    if not wanted:
        raise NoSuchCommittee("Name the committee: its number (calaccess-desktop list shows "
                              "them), its ID number or its name.")
    if wanted.isascii() and wanted.isdigit() and len(wanted) <= 18:
        found = session.get(Committee, int(wanted))
        if found is None:
            found = session.scalars(select(Committee).where(
                Committee.filer_id == wanted).order_by(Committee.id)).first()
        if found is not None:
            return found
    shown = wanted if len(wanted) <= 60 else wanted[:57] + "..."
    if len(wanted) > NAME_MAX:  # longer than any committee's name can be
        raise NoSuchCommittee(f"There is no committee {shown!r}. calaccess-desktop list "
                              "shows the committees and their numbers.")
    exact = list(session.scalars(select(Committee).where(
        func.lower(Committee.name) == wanted.lower()).order_by(Committee.id)))
    if exact:
        return exact[0]
    pattern = "%" + wanted.lower().replace("\\", "\\\\").replace("%", "\\%").replace(
        "_", "\\_") + "%"
    some = list(session.scalars(select(Committee).where(
        func.lower(Committee.name).like(pattern, escape="\\")).order_by(Committee.id).limit(6)))
    if len(some) == 1:
        return some[0]
    if some:
        names = "; ".join(f"{c.id} {c.name}" for c in some[:5])
        raise NoSuchCommittee(f"More than one committee matches {shown!r} ({names}). "
                              "Give the committee's number.")
    raise NoSuchCommittee(f"There is no committee {shown!r}. calaccess-desktop list shows "
                          "the committees and their numbers.")


def committee_elections(session: Session, committee: Committee) -> tuple[dt.date, ...]:
    """The elections the committee takes part in (statements and profile)."""
    dates = set(session.scalars(select(Statement.election_date).where(
        Statement.committee_id == committee.id, Statement.election_date.is_not(None))))
    dates |= set(parse_elections((committee.profile or {}).get(ELECTIONS_KEY)))
    return tuple(sorted(d for d in dates if d is not None))


def committee_filer(session: Session, committee: Committee) -> Filer:
    """What the calendar needs to know about the committee."""
    latest = session.scalars(select(Statement.form_type).where(
        Statement.committee_id == committee.id,
        Statement.form_type.in_(calendar.PERIODIC_FORMS),
        Statement.period_through.is_not(None)).order_by(
        Statement.period_through.desc(), Statement.id.desc()).limit(1)).first()
    profile = committee.profile or {}
    forms = set(session.scalars(select(Statement.form_type).where(
        Statement.committee_id == committee.id).distinct()))
    return Filer(committee_type=(committee.committee_type or "").upper(),
                 entity_cd=(committee.entity_cd or "").upper(),
                 elections=committee_elections(session, committee),
                 periodic_form=latest or "",
                 recall=str(profile.get("Flag2_YN", "")).upper() == "Y",
                 registered=bool((committee.filer_id or "").strip()),
                 qualified=qualified_on(committee),
                 started=bool(forms - set(_registration_forms())))


def qualified_on(committee: Committee) -> dt.date | None:
    """The day the committee qualified: the profile's "date qualified" (Qualfy_Dt, the
    source of its Form 410's), None when it is not given."""
    return _typed_date(str((committee.profile or {}).get("Qualfy_Dt", "") or ""))


def _typed_date(text: str) -> dt.date | None:
    """MM/DD/YYYY (as the profile editor asks), YYYY-MM-DD or YYYYMMDD."""
    parts = text.strip().split("/")
    if len(parts) == 3 and all(p.isascii() and p.isdigit() for p in parts):
        try:
            return dt.date(int(parts[2]), int(parts[0]), int(parts[1]))
        except ValueError:
            return None
    return election_date(text) if text else None


def _covering(statements: list[Statement], item: DueItem) -> int | None:
    """The committee's statement (not an amendment) that covers a statement item."""
    if item.kind == "registration":  # a candidate's (501) is for its election
        return next((s.id for s in statements if s.form_type == item.form
                     and not is_amendment(s) and (item.election is None
                                                  or s.election_date == item.election)), None)
    if item.kind not in ("statement", "conditional"):
        return None
    for s in statements:
        if is_amendment(s) or s.period_through is None:
            continue
        if item.kind == "conditional" and (
                s.form_type != item.form or s.stmt_type.upper() != item.statement_type):
            continue  # a special odd-year, supplemental pre-election or Form 465 statement
        same_form = s.form_type == item.form or (
            s.form_type in calendar.PERIODIC_FORMS and item.form in calendar.PERIODIC_FORMS)
        if same_form and s.period_through == item.period_through:
            return s.id
        if s.form_type == item.form and spec_for(item.form).kind == "once" and \
                s.period_through.year == item.period_through.year:
            return s.id  # one a calendar year (Form 470)
    return None


def committee_year(session: Session, committee_id: int, year: int) -> CommitteeYear:
    """What the committee owes in ``year`` and which statement covers each item."""
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NoSuchCommittee(f"There is no committee {committee_id}.")
    filer = committee_filer(session, committee)
    registration = _registration_forms()
    statements = [s for s in session.scalars(select(Statement).where(
        Statement.committee_id == committee_id, Statement.form_type.in_(_calendar_forms())))
        if s.form_type in registration
        or (s.period_through is not None and s.period_through.year == year)]
    planned = tuple(Planned(i, _covering(statements, i)) for i in filing_year(filer, year))
    return CommitteeYear(committee.id, committee.name, year, filer.elections, planned,
                         filer.registered)


def next_due(session: Session, committee_id: int, today: dt.date | None = None) -> NextDue:
    """The statements (and a Form 410 whose day is known) not started whose deadline has
    passed (since the committee's first statement began, or since it was created), the
    next deadline, and the 24-hour windows open today (this year's calendar and the years
    either side)."""
    day = today or dt.date.today()
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NoSuchCommittee(f"There is no committee {committee_id}.")
    since = session.scalar(select(func.min(Statement.period_from)).where(
        Statement.committee_id == committee_id)) or committee.created_at.date()
    seen: dict[tuple[object, ...], Planned] = {}
    for year in (day.year - 1, day.year, day.year + 1):
        if not 1 <= year <= 9999:
            continue
        for p in committee_year(session, committee_id, year).planned:
            key = (p.item.kind, p.item.form, p.item.period_from, p.item.period_through)
            seen.setdefault(key, p)
    todo = [p.item for p in seen.values()  # a registration with a date: the 410's
            if p.item.kind in DATED_KINDS and p.statement_id is None and p.item.due]
    late = tuple(sorted((i for i in todo if i.due and i.due < day and (
        i.period_through >= since or i.kind == "registration")),  # its day is the profile's
        key=lambda i: (i.due, i.period_through)))
    ahead = sorted((i for i in todo if i.due and i.due >= day),
                   key=lambda i: (i.due, i.period_through))
    windows = tuple(p.item for p in seen.values() if p.item.kind == "window"
                    and p.item.period_from <= day <= p.item.period_through)
    return NextDue(late, ahead[0] if ahead else None, windows)
