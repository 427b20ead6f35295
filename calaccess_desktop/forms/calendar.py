"""The filing calendar: every statement period and due date the app shows or checks
(form-rules.md §2, §3.1-3.2, §6.14). Pure functions of dates; no database, no Qt.

Periods. Semi-annual statements end June 30 and December 31; quarterly and special
odd-year statements end March 31 and September 30; the first pre-election statement
ends 45 days before the election and the second 17 days before. A period starts the day
after the committee's last statement ended (January 1 when it has none).

Due dates. Semi-annual statements are due July 31 and January 31; quarterly and special
odd-year statements the last day of the month after the quarter (April 30, October 31);
the first pre-election statement 40 days before the election and the second 12 days
before (5 days after the period ends when the election date is not known). Amendments
and termination statements have no due date of their own (AMD-008). A Form 497 or 496
is due 24 hours after the contribution or expenditure inside the 90 days before the
election (election day included), else 10 business days after it; a report's due date
is its earliest line's.

Weekends and holidays, in one place (``next_business_day``): a deadline on a Saturday,
Sunday or California state holiday moves to the next business day [CP20-718]
[SFETHICS-2025], except a 24-hour Form 497 due on the weekend (or holiday) in the week
before the election, and every 24-hour Form 496, which are never moved. The holidays
are the days state offices close (Gov. Code §6700 as observed): New Year's Day, Martin
Luther King Jr. Day, Presidents' Day, Cesar Chavez Day, Memorial Day, Independence Day,
Labor Day, Veterans Day, Thanksgiving and the day after, Christmas. One that falls on a
Sunday is observed the Monday after, and Veterans Day on a Saturday the Friday before
(Gov. Code §6701); other Saturday holidays are not moved. Every date from 0001-01-01 to
9999-12-31 works: arithmetic saturates at the ends of the calendar (``domain.dates``).

The day counts (45/17 days before the election a pre-election period ends, 40/12 days
before it is due) are dated data in ``constants.json`` (``calendar.days``), read for
the election's date; the 90-day window is ``limits.json`` (``days.late_window``).

Why not the ``holidays`` package (PyPI, checked at 0.109, ``US(subdiv="CA")``): it is
not exact for state offices. It moves Saturday holidays to the Friday before (July 3
2026, December 24 and 31 2021), adds Juneteenth, Susan B. Anthony Day (a day of
recognition) and, from 2026, Diwali, on none of which state offices close; it does get
Cesar Chavez Day, the day after Thanksgiving and Veterans Day right. A filing deadline
moved by a day that is not a closing would be a day late, so the table stays here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from calaccess_desktop.domain.dates import MAX, add_days, month_end, safe_date, sub_days
from calaccess_desktop.forms.constants import calendar_days
from calaccess_desktop.forms.limits import days as limit_days

PERIODIC_FORMS = ("F460", "F450", "F425", "F461")
# A Form 465 is filed with the periods of the candidate or committee it is about: due as
# its type says, but it does not start the filer's own next period.
DUE_BY_TYPE_FORMS = (*PERIODIC_FORMS, "F465")
# Forms that leave Stmt_Type blank (Form 461, spec page 22): due as semi-annual statements
# when the period ends June 30 or December 31.
UNTYPED_SEMI_ANNUAL = ("F461",)
LATE_FORMS = ("F497", "F496")
SEMI_ANNUAL = ("SA", "S1", "S2")
HALF_YEAR_ENDS = {"S1": (6, 30), "S2": (12, 31)}  # a Form 425's half-years
QUARTERLY = ("QT", "SY")
PRE_ELECTION = ("PE", "SE")
# The counts in force today (constants.json); the functions read them for the election.
FIRST_PE_END = calendar_days("first_pre_election_end")  # days before the election a period ends
SECOND_PE_END = calendar_days("second_pre_election_end")
FIRST_PE_DUE = calendar_days("first_pre_election_due")  # days before the election it is due
SECOND_PE_DUE = calendar_days("second_pre_election_due")
PE_DUE_AFTER_END = calendar_days("pre_election_due_after_end")  # when no election is known
NO_EXTENSION_DAYS = calendar_days("no_extension_before_election")  # 497s never moved


@dataclass(frozen=True, slots=True)
class Period:
    """A statement period, both days included."""

    start: dt.date
    end: dt.date


# ------------------------------------------------------------------ business days


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    """The n-th weekday (0 = Monday) of the month; n = -1 for the last."""
    if n > 0:
        first = dt.date(year, month, 1)
        return add_days(first, (weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = month_end(year, month)
    return sub_days(last, (last.weekday() - weekday) % 7)


@lru_cache(maxsize=64)
def state_holidays(year: int) -> frozenset[dt.date]:
    """The California state holidays of a year, as observed (Sunday -> Monday)."""
    fixed = [dt.date(year, m, d) for m, d in ((1, 1), (3, 31), (7, 4), (11, 11), (12, 25))]
    thanksgiving = _nth_weekday(year, 11, 3, 4)
    days = {*fixed, _nth_weekday(year, 1, 0, 3), _nth_weekday(year, 2, 0, 3),
            _nth_weekday(year, 5, 0, -1), _nth_weekday(year, 9, 0, 1),
            thanksgiving, add_days(thanksgiving, 1)}
    days |= {add_days(d, 1) for d in fixed if d.weekday() == 6}
    veterans = dt.date(year, 11, 11)
    if veterans.weekday() == 5:
        days.add(sub_days(veterans, 1))
    return frozenset(d for d in days if d.year == year)


def is_business_day(day: dt.date) -> bool:
    """Monday to Friday, and not a state holiday."""
    return day.weekday() < 5 and day not in state_holidays(day.year)


def next_business_day(day: dt.date) -> dt.date:
    """The day itself when it is a business day, else the next one (date.max at most)."""
    while not is_business_day(day) and day < MAX:
        day = add_days(day, 1)
    return day


def add_business_days(day: dt.date, n: int) -> dt.date:
    """``n`` business days after ``day`` (weekends and state holidays skipped)."""
    while n > 0 and day < MAX:
        day = add_days(day, 1)
        if is_business_day(day):
            n -= 1
    return day


# ------------------------------------------------------------------ periods


def pre_election_ends(election: dt.date) -> tuple[dt.date, dt.date]:
    """The days the first and second pre-election periods end."""
    return (sub_days(election, calendar_days("first_pre_election_end", election)),
            sub_days(election, calendar_days("second_pre_election_end", election)))


def first_period_start(last_end: dt.date | None, today: dt.date) -> dt.date:
    """The day after the committee's last statement, or January 1 of this year."""
    return add_days(last_end, 1) if last_end else dt.date(today.year, 1, 1)


def _half_end(day: dt.date) -> dt.date:
    return dt.date(day.year, 6, 30) if day.month <= 6 else dt.date(day.year, 12, 31)


def suggest_period(stmt_type: str, start: dt.date,
                   election: dt.date | None = None) -> Period | None:
    """The period a new statement of this type starting on ``start`` covers (None: a
    pre-election statement without its election date, or after its last period)."""
    kind = stmt_type.upper()
    if kind in PRE_ELECTION:
        if election is None:
            return None
        first, second = pre_election_ends(election)
        end = first if start <= first else second
        return Period(start, end) if start <= end else None
    if kind in QUARTERLY and start.month in (1, 2, 3, 7, 8, 9):
        return Period(start, month_end(start.year, 3 if start.month <= 3 else 9))
    return Period(start, _half_end(start))


def period_problem(stmt_type: str, start: dt.date | None, end: dt.date | None,
                   election: dt.date | None = None) -> str:
    """Why the period does not fit the statement type, in plain words ('' if it fits)."""
    kind = stmt_type.upper()
    if start and end and start > end:
        return "The period ends before it starts."
    if end is None:
        return ""
    half = HALF_YEAR_ENDS.get(kind)
    if half is not None and (end.month, end.day) != half:
        which, last = (("January to June", "June 30") if half == (6, 30)
                       else ("July to December", "December 31"))
        return f"A {which} statement ({kind}) ends on {last}; this one ends {_words(end)}."
    if kind in SEMI_ANNUAL and (end.month, end.day) not in ((6, 30), (12, 31)):
        return (f"A semi-annual statement ends on June 30 or December 31; this one ends "
                f"{_words(end)}.")
    if kind in QUARTERLY and (end.month, end.day) not in ((3, 31), (9, 30)):
        return (f"A quarterly or special odd-year statement ends on March 31 or "
                f"September 30; this one ends {_words(end)}.")
    if kind in PRE_ELECTION:
        if election is None:
            return "A pre-election statement needs the date of the election."
        first, second = pre_election_ends(election)
        if end not in (first, second):
            return (f"A pre-election statement for the {_words(election)} election ends "
                    f"{(election - first).days} days before it ({_words(first)}) or "
                    f"{(election - second).days} "
                    f"days before it ({_words(second)}); this one ends {_words(end)}.")
    return ""


def _words(day: dt.date) -> str:
    return f"{day:%B} {day.day}, {day.year}"


# ------------------------------------------------------------------ due dates


def statement_due(form: str, stmt_type: str, period_through: dt.date | None,
                  election: dt.date | None = None, *, amendment: bool = False,
                  line_dates: Iterable[dt.date] = ()) -> dt.date | None:
    """When a statement is due (None: no deadline of its own). ``line_dates`` are the
    contribution (or expenditure) dates of a Form 497 (496)."""
    form = form.upper()
    if amendment:
        return None
    if form in LATE_FORMS:
        dues = [late_report_due(d, election, form) for d in line_dates]
        return min(dues) if dues else None
    if form not in DUE_BY_TYPE_FORMS or period_through is None:
        return None
    if form in UNTYPED_SEMI_ANNUAL and not stmt_type.strip() and \
            (period_through.month, period_through.day) in ((6, 30), (12, 31)):
        stmt_type = "SA"
    return periodic_due(stmt_type, period_through, election)


def periodic_due(stmt_type: str, end: dt.date,
                 election: dt.date | None = None) -> dt.date | None:
    """A periodic statement's due date, from its type and the day its period ends."""
    kind = stmt_type.upper()
    due: dt.date | None = None
    if kind in SEMI_ANNUAL:
        due = dt.date(end.year, 7, 31) if end.month <= 6 else safe_date(end.year + 1, 1, 31)
    elif kind in QUARTERLY:
        due = (month_end(end.year, end.month + 1) if end.month < 12
               else safe_date(end.year + 1, 1, 31))
    elif kind in PRE_ELECTION and election is not None:
        first, _second = pre_election_ends(election)
        which = "first" if end <= first else "second"
        due = sub_days(election, calendar_days(f"{which}_pre_election_due", election))
    elif kind in PRE_ELECTION:
        due = add_days(end, calendar_days("pre_election_due_after_end", end))
    return next_business_day(due) if due is not None else None


def late_window(election: dt.date | None) -> Period | None:
    """The 90 days before the election, election day included."""
    if election is None:
        return None
    return Period(sub_days(election, limit_days("late_window")), election)


def in_late_window(day: dt.date, election: dt.date | None) -> bool:
    """Whether a contribution on ``day`` calls for a 24-hour report."""
    window = late_window(election)
    return window is not None and window.start <= day <= window.end


def late_report_due(day: dt.date, election: dt.date | None, form: str = "F497") -> dt.date:
    """When the Form 497 (or 496) for a contribution (expenditure) of ``day`` is due:
    24 hours later inside the 90-day window, else 10 business days later."""
    if not in_late_window(day, election):
        return add_business_days(day, limit_days("late_report_business_days"))
    due = add_days(day, 1)
    if form.upper() == "F496" or is_business_day(due):
        return due
    assert election is not None  # in_late_window needs one
    if 0 <= (election - due).days <= calendar_days("no_extension_before_election", election):
        return due  # the weekend before the election: no extension
    return next_business_day(due)
