"""A committee's filing year: every statement it owes and every 24-hour window it is in
(form-rules.md §2, §3). Pure functions of a ``Filer`` and a year; the dates come from
``forms/calendar.py`` (the one calendar: periods, due dates, weekends and holidays).

Who owes what:

- Every open committee files two semi-annual statements (through June 30, due July 31;
  through December 31, due January 31), on Form 460; a major donor or independent
  expenditure committee (Entity_Cd MDI) on Form 461 (which leaves the statement type
  blank: ``statement_type`` null); a committee whose latest periodic
  statement was a Form 450 (short form) or 425 (no activity) keeps that form (a 425
  half-year is Stmt_Type S1 or S2).
- Candidate-controlled (Cmtte_Type C), primarily formed (P) and ballot-measure (B)
  committees add the first and second pre-election statements of each election they
  take part in (periods ending 45 and 17 days before it, due 40 and 12 days before).
- Ballot-measure committees (B) add quarterly statements (through March 31, due April 30;
  through September 30, due October 31), except in a half-year in which a pre-election
  statement is due, and after the committee's last election.
- A recall committee (profile ``Flag2_YN`` = Y) files quarterly statements until the
  half-year of the recall election, then the pre-election and semi-annual statements.
- A candidate with no committee (Entity_Cd CAO, no committee type) files one Form 470
  for the calendar year, due with the first pre-election statement of an election that
  year (else July 31).
- The 24-hour windows: for each election, the 90 days before it through election day,
  for Form 497 (every filer but a Form 470 filer) and Form 496 (general-purpose and MDI
  filers, who make independent expenditures); reports in them are due 24 hours after
  each contribution or expenditure, so a window has no due date of its own.

A statement's period starts the day after the previous one ended (January 1 for the
first of the year). A year lists the statements whose periods end in it (so the one
through December 31 is listed with its due date in January) and the windows that
overlap it.

Two more kinds of item, in the same shape (``calendar --json``):

- ``conditional``: a statement owed only when the committee does something, with its
  period and due date (null when it is due some hours after that: the 470 Supplement,
  48 hours after the candidate reaches $2,000), and the condition in ``condition``. The
  special odd-year report
  (Stmt_Type SY, odd years: through March 31, due April 30; through September 30, due
  October 31) of a recipient committee that contributes $10,000 or more in the quarter to
  state officers, their committees or committees primarily formed for them (when no
  regular statement already ends that day); the supplemental pre-election statement (SE)
  of a committee that files no pre-election statements of its own (general purpose) and
  contributes $10,000 or more for an election it takes part in, on the pre-election
  periods and deadlines of that election; and for a committee that makes independent
  expenditures (general purpose, major donor or IE committee), the Form 465 of each period
  of the candidates it is about (the first and second pre-election and the semi-annual
  statements), owed when its IEs reach $1,000 in the year for or against one candidate or
  measure.
- ``registration``: the Form 410 of a committee not registered yet (no ID number), due
  10 days after it qualifies ($2,000 received in the calendar year), or 24 hours after
  when it qualifies in the 16 days before an election it files pre-election statements
  for (the period runs to the day it qualified when that day is known, else the year's
  end, and the due date is null until it is known); and the Form 501 of a candidate (a
  controlled committee or a candidate with no committee) for each election of the year,
  due before any contribution is solicited or received (so no date: ``due`` null), listed
  while the committee has no statements yet (once it has, that day is past).

The day counts and dollar amounts are dated data (``constants.json``). A special
election is an election like any other here (its date in the profile's elections); a
filing officer who sets another schedule for it says so, and the statements are started
with those dates. The $50 annual fee of a registered committee (January 15) is not a
filing: ``calendar`` says it in words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from calaccess_desktop.domain.dates import add_days, month_end
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.constants import calendar_days, threshold
from calaccess_desktop.forms.limits import value

ItemKind = Literal["statement", "window", "conditional", "registration"]
PRE_ELECTION_TYPES = frozenset({"C", "P", "B"})  # committee types with pre-election statements
IE_FILERS = frozenset({"G"})  # committee types that file 496s (with Entity_Cd MDI)
KEPT_FORMS = frozenset({"F450", "F425"})  # a committee's latest periodic form, when one of these


@dataclass(frozen=True, slots=True)
class Filer:
    """What the calendar needs to know about a committee."""

    committee_type: str = ""  # Cmtte_Type: C, P, B, G or ""
    entity_cd: str = ""  # CTL, RCP, BMC, CAO, MDI ...
    elections: tuple[dt.date, ...] = ()
    periodic_form: str = ""  # form of its latest periodic statement ("" when none)
    recall: bool = False
    registered: bool = True  # has an ID number (a Form 410 on file)
    qualified: dt.date | None = None  # the day it qualified as a committee, when known
    started: bool = True  # has statements on file (a Form 501 before the first is past)

    @property
    def statement_form(self) -> str:
        """The form of its periodic statements."""
        if self.entity_cd == "MDI":
            return "F461"
        if self.entity_cd == "CAO" and not self.committee_type:
            return "F470"
        return self.periodic_form if self.periodic_form in KEPT_FORMS else "F460"


@dataclass(frozen=True, slots=True)
class DueItem:
    """One line of the filing year: a statement owed, or a 24-hour window."""

    kind: ItemKind
    form: str
    statement_type: str | None  # None for a window (and a form without types)
    period_from: dt.date
    period_through: dt.date
    due: dt.date | None  # None for a window
    election: dt.date | None = None
    notes: tuple[str, ...] = field(default=(), compare=False)
    condition: str = field(default="", compare=False)  # when owed (conditional, registration)
    when: str = field(default="", compare=False)  # a registration's deadline in few words

    def as_json(self) -> dict[str, Any]:
        """The item as ``calendar --json`` prints it."""
        out: dict[str, Any] = {"kind": self.kind, "form": self.form}
        if self.kind in ("statement", "conditional"):
            out["statement_type"] = self.statement_type
        out.update(period_from=self.period_from.isoformat(),
                   period_through=self.period_through.isoformat(),
                   due=self.due.isoformat() if self.due else None,
                   election=self.election.isoformat() if self.election else None)
        return out

    @property
    def words(self) -> str:
        """'First pre-election statement (Form 460)'."""
        number = self.form.removeprefix("F")
        if self.kind == "window":
            what = ("late contribution reports" if self.form == "F497"
                    else "late independent expenditure reports")
            return f"24-hour {what} (Form {number})"
        if self.form == "F470":
            return ("Form 470 Supplement" if self.kind == "conditional"
                    else "Officeholder and candidate short form (Form 470)")
        if self.kind == "registration":
            return REGISTRATION_WORDS.get(self.form, f"Form {number}")
        if self.form == "F465":
            return (f"Supplemental independent expenditure report (Form 465) with the "
                    f"{self.notes[0] if self.notes else 'periodic'} statements")
        if self.notes:
            return f"{self.notes[0].capitalize()} statement (Form {number})"
        return f"{TYPE_WORDS.get(self.statement_type or '', 'Periodic')} statement " \
               f"(Form {number})"

    def sentence(self, today: dt.date | None = None) -> str:
        """The item in plain words: what, for which election, its period, when due
        ('was due' once ``today`` is past it)."""
        what = self.words
        if self.election is not None:
            what += f" for the {short_day(self.election)} election"
        span = f"{short_day(self.period_from)} to {short_day(self.period_through)}"
        if self.kind == "window":
            return (f"{what}: from {short_day(self.period_from)} through "
                    f"{short_day(self.period_through)}, each one due within 24 hours")
        if self.kind == "registration":
            when = (f"due {long_day(self.due)}" if self.due is not None
                    else self.condition)
            return f"{what}: {when}" if self.due is None else f"{what}, {when} " \
                f"({self.condition})"
        if self.kind == "conditional":
            if self.due is None:  # due some hours after what the condition says
                return f"{what}, {span}, only {self.condition}"
            return f"{what}, {span}, due {long_day(self.due)}, only {self.condition}"
        if self.due is None:
            return f"{what}, {span}"
        verb = "was due" if today is not None and self.due < today else "due"
        also = (" (or say so on Form 501, where the filing officer takes the 501's "
                "under-$2,000 statement instead: GC 85200(b))" if self.form == "F470" else "")
        return f"{what}, {span}, {verb} {long_day(self.due)}{also}"


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def short_day(day: dt.date) -> str:
    """'Nov 3, 2026' (in English whatever the machine's locale)."""
    return f"{MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def long_day(day: dt.date) -> str:
    """'Thursday, September 24, 2026'."""
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


TYPE_WORDS = {"SA": "Semi-annual", "S1": "Semi-annual", "S2": "Semi-annual",
              "QT": "Quarterly", "PE": "Pre-election", "SY": "Special odd-year",
              "SE": "Supplemental pre-election"}
REGISTRATION_WORDS = {"F410": "Statement of organization (Form 410)",
                      "F501": "Candidate intention statement (Form 501)"}


@dataclass(frozen=True, slots=True)
class _End:
    day: dt.date
    stmt_type: str
    election: dt.date | None = None
    words: str = ""


def _pre_election_ends(elections: Iterable[dt.date]) -> list[_End]:
    out = []
    for election in elections:
        first, second = calendar.pre_election_ends(election)
        out += [_End(first, "PE", election, "first pre-election"),
                _End(second, "PE", election, "second pre-election")]
    return out


def _due(end: _End) -> dt.date | None:
    return calendar.periodic_due(end.stmt_type, end.day, end.election)


def _half(day: dt.date) -> tuple[int, int]:
    return day.year, 0 if day.month <= 6 else 1


def _quarter_ends(filer: Filer, year: int, pre: list[_End]) -> list[_End]:
    """Quarterly ends: a ballot-measure committee's Q1/Q3, or a recall committee's
    four quarters before the half-year of its election."""
    if filer.recall:
        ahead = [e for e in filer.elections if e >= dt.date(year, 1, 1)]
        stop = min(ahead) if ahead else None
        half_start = (dt.date(stop.year, 1 if stop.month <= 6 else 7, 1) if stop else None)
        days = [dt.date(year, m, month_end(year, m).day) for m in (3, 6, 9, 12)]
        return [_End(d, "QT", None, "quarterly") for d in days
                if half_start is None or d < half_start]
    if filer.committee_type != "B":
        return []
    busy = {_half(d) for e in pre if (d := _due(e)) is not None}
    last = max(filer.elections) if filer.elections else None
    out = []
    for month in (3, 9):
        end = dt.date(year, month, 30 if month == 9 else 31)
        start = dt.date(year, month - 2, 1)
        if _half(end) in busy or (last is not None and last < start):
            continue
        out.append(_End(end, "QT", None, "quarterly"))
    return out


def _ends(filer: Filer, year: int) -> list[_End]:
    """Every period end in the year, one per day, earliest first."""
    pre = (_pre_election_ends(filer.elections)
           if filer.committee_type in PRE_ELECTION_TYPES else [])
    pre = [e for e in pre if e.day.year == year]
    quarters = _quarter_ends(filer, year, pre)
    semi = [_End(dt.date(year, 6, 30), "SA"), _End(dt.date(year, 12, 31), "SA")]
    by_day: dict[dt.date, _End] = {}
    for end in (*semi, *quarters, *pre):  # later kinds win a shared day (a recall
        by_day[end.day] = end  # committee's June and December quarters replace the SAs)
    return [by_day[d] for d in sorted(by_day)]


def _statements(filer: Filer, year: int) -> list[DueItem]:
    form = filer.statement_form
    if form == "F470":
        return _form_470(filer, year)
    items = []
    start = dt.date(year, 1, 1)
    for end in _ends(filer, year):
        use, kind = form, end.stmt_type
        if form == "F425":  # no activity: only a semi-annual half-year can be a 425
            use, kind = (("F425", "S1" if end.day.month <= 6 else "S2")
                         if kind == "SA" else ("F460", kind))
        notes = (end.words,) if end.words else ()
        shown: str | None = kind
        if use in calendar.UNTYPED_SEMI_ANNUAL and kind == "SA":
            shown, notes = None, ("semi-annual",)
        items.append(DueItem("statement", use, shown, start, end.day,
                             calendar.periodic_due(kind, end.day, end.election),
                             end.election, notes))
        start = add_days(end.day, 1)
    return items


def _form_470(filer: Filer, year: int) -> list[DueItem]:
    """One Form 470 for the calendar year."""
    this_year = sorted(e for e in filer.elections if e.year == year)
    july = calendar.next_business_day(dt.date(year, 7, 31))
    due, election = july, None
    for e in this_year:
        first = calendar.pre_election_ends(e)[0]
        pe_due = calendar.periodic_due("PE", first, e)
        if pe_due is not None and pe_due.year == year:
            due, election = pe_due, e
            break
    if election is None and this_year:
        election = this_year[0]
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    amount = _money(value("form_470_supplement", start))
    return [DueItem("statement", "F470", None, start, end, due, election),
            DueItem("conditional", "F470", None, start, end, None, election,
                    condition=f"if the candidate receives or spends {amount} or more in the "
                    "year: within 48 hours, to the filing officer, the Secretary of State and "
                    "every other candidate for the office (not by regular mail); then a Form "
                    "410 within 10 days and Forms 460")]


def _windows(filer: Filer, year: int) -> list[DueItem]:
    if filer.statement_form == "F470":  # under $2,000 a year: no late reports
        return []
    forms = ["F497"]
    if filer.entity_cd == "MDI" or filer.committee_type in IE_FILERS:
        forms.append("F496")
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    out = []
    for election in filer.elections:
        window = calendar.late_window(election)
        if window is None or window.end < first or window.start > last:
            continue
        out += [DueItem("window", f, None, window.start, window.end, None, election)
                for f in forms]
    return out


RECIPIENT_FORMS = frozenset({"F460", "F450", "F425"})  # forms of a recipient committee


def _money(cents: int) -> str:
    return f"${cents // 100:,}"


def _special_odd_year(filer: Filer, year: int, regular: set[dt.date]) -> list[DueItem]:
    """A recipient committee's special odd-year reports (Q1 and Q3 of an odd year)."""
    if year % 2 == 0 or filer.statement_form not in RECIPIENT_FORMS:
        return []
    form = "F460" if filer.statement_form == "F425" else filer.statement_form
    amount = _money(threshold("special_odd_year", dt.date(year, 1, 1)))
    out = []
    for first_month, last_month in ((1, 3), (7, 9)):
        end = month_end(year, last_month)
        if end in regular:
            continue
        out.append(DueItem(
            "conditional", form, "SY", dt.date(year, first_month, 1), end,
            calendar.periodic_due("SY", end), None, ("special odd-year",),
            f"if the committee contributes {amount} or more in the quarter to elected state "
            "officers, their committees or committees primarily formed for them"))
    return out


def _candidate_periods(elections: tuple[dt.date, ...], year: int) -> list[DueItem]:
    """The statements a candidate on these ballots files in the year (their periods)."""
    return _statements(Filer("C", "CTL", elections), year)


def _supplemental(filer: Filer, year: int) -> list[DueItem]:
    """Supplemental pre-election statements of a committee with no pre-election
    statements of its own, for each election it takes part in."""
    if filer.committee_type in PRE_ELECTION_TYPES or filer.statement_form not in \
            RECIPIENT_FORMS:
        return []
    form = "F460" if filer.statement_form == "F425" else filer.statement_form
    out = []
    for item in _candidate_periods(filer.elections, year):
        if item.statement_type != "PE" or item.election is None:
            continue
        amount = _money(threshold("supplemental_pre_election", item.election))
        out.append(DueItem(
            "conditional", form, "SE", item.period_from, item.period_through, item.due,
            item.election, ("supplemental pre-election",),
            f"if the committee gives (or spends independently) {amount} or more for this "
            "election in the period (attach Form 495)"))
    return out


def _form_465(filer: Filer, year: int) -> list[DueItem]:
    """The Form 465 periods of a committee that makes independent expenditures: those of
    the candidates on the ballots it takes part in."""
    if not (filer.entity_cd == "MDI" or filer.committee_type in IE_FILERS) or not any(
            e.year == year for e in filer.elections):
        return []
    amount = _money(threshold("supplemental_ie_report", dt.date(year, 1, 1)))
    out = []
    for item in _candidate_periods(filer.elections, year):
        words = item.notes[0] if item.notes else "semi-annual"
        out.append(DueItem(
            "conditional", "F465", item.statement_type, item.period_from,
            item.period_through, item.due, item.election, (words,),
            f"if its independent expenditures for or against one candidate or measure "
            f"reach {amount} in the year (one Form 465 each, filed where that candidate "
            "files)"))
    return out


def registration_due(qualified: dt.date, elections: Iterable[dt.date],
                     pre_election: bool) -> dt.date:
    """When a committee's Form 410 is due: 10 days after it qualified, or 24 hours after
    when it qualified in the 16 days before an election it files pre-election statements
    for (the IE case, 90 days with $1,000 of IEs, needs its IEs: rule F410-TIM-002); a
    weekend or holiday moves it to the next business day (form-rules §2)."""
    if pre_election:
        for election in elections:
            days = (election - qualified).days
            if 0 <= days <= calendar_days("registration_24h_before_election", election):
                return calendar.next_business_day(add_days(qualified, 1))
    return calendar.next_business_day(
        add_days(qualified, calendar_days("registration_due", qualified)))


def _registration(filer: Filer, year: int) -> list[DueItem]:
    """The Form 410 of an unregistered committee and the Form 501 of a new candidate."""
    out = []
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    form = filer.statement_form
    if not filer.registered and form in RECIPIENT_FORMS:
        amount = _money(threshold("committee_qualification", start))
        when = (f"within {calendar_days('registration_due', start)} days of receiving "
                f"{amount} in the calendar year (within 24 hours in the "
                f"{calendar_days('registration_24h_before_election', start)} days before an "
                "election the committee files pre-election statements for, or in the 90 "
                "days before one it makes independent expenditures of $1,000 or more in)")
        qualified = filer.qualified
        if qualified is not None and qualified.year == year:
            due = registration_due(qualified, filer.elections,
                                   filer.committee_type in PRE_ELECTION_TYPES)
            out.append(DueItem("registration", "F410", None, start, qualified, due, None,
                               condition=f"the committee qualified on {short_day(qualified)}"))
        elif qualified is None:
            out.append(DueItem("registration", "F410", None, start, end, None, None,
                               condition=when, when="10 days after qualifying"))
    candidate = filer.committee_type == "C" or form == "F470"
    if candidate and not filer.started:
        for election in filer.elections:
            if election.year != year:
                continue
            out.append(DueItem(
                "registration", "F501", None, start, election, None, election,
                condition="before soliciting or receiving any contribution or spending "
                          "personal funds on the campaign (beyond the filing fees)",
                when="before the first contribution"))
    return out


def filing_year(filer: Filer, year: int) -> list[DueItem]:
    """What the filer owes in ``year``, in order of the day each period starts."""
    statements = _statements(filer, year)
    regular = {i.period_through for i in statements}
    items = (statements + _windows(filer, year) + _registration(filer, year)
             + _special_odd_year(filer, year, regular) + _supplemental(filer, year)
             + _form_465(filer, year))
    return sorted(items, key=lambda i: (i.period_from, i.period_through, i.kind, i.form))


def parse_elections(value: Any) -> tuple[dt.date, ...]:
    """Election dates from a profile value: text of ISO dates (``2026-06-02, 2026-11-03``;
    commas, semicolons or spaces between them; YYYYMMDD works too) or a list of them.
    A value that is not a date is left out (the profile editor says so where typed)."""
    parts: list[Any]
    if isinstance(value, str):
        parts = value.replace(",", " ").replace(";", " ").split()
    elif isinstance(value, (list, tuple)):
        parts = list(value)
    else:
        return ()
    out = set()
    for part in parts:
        day = election_date(str(part))
        if day is not None:
            out.add(day)
    return tuple(sorted(out))


def election_date(text: str) -> dt.date | None:
    """A date written 2026-11-03 or 20261103, or None."""
    digits = text.strip().replace("-", "")
    if len(digits) != 8 or not digits.isascii() or not digits.isdigit():
        return None
    try:
        return dt.date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None


def elections_problem(text: str) -> str | None:
    """What is wrong with a typed list of election dates (None when every part is a date):
    for the profile editor's "Elections" field."""
    parts = text.replace(",", " ").replace(";", " ").split()
    bad = [p for p in parts if election_date(p) is None]
    if not bad:
        return None
    shown = bad[0] if len(bad[0]) <= 20 else bad[0][:17] + "..."
    return (f"{shown!r} is not a date; write each election's date as 2026-11-03, with "
            "commas between them")
