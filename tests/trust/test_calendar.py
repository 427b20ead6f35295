"""forms/calendar: the one filing calendar (periods, due dates, late-report deadlines)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calaccess_desktop.forms import calendar as cal

D = dt.date
ELECTION = D(2026, 11, 3)


@pytest.mark.parametrize("form,kind,through,election,due", [
    ("F460", "SA", D(2026, 6, 30), None, D(2026, 7, 31)),
    ("F460", "SA", D(2025, 12, 31), None, D(2026, 2, 2)),  # Jan 31 2026 is a Saturday
    ("F450", "SA", D(2026, 12, 31), None, D(2027, 2, 1)),  # Jan 31 2027 is a Sunday
    ("F460", "QT", D(2026, 3, 31), None, D(2026, 4, 30)),
    ("F460", "QT", D(2026, 9, 30), None, D(2026, 11, 2)),  # Oct 31 2026 is a Saturday
    ("F460", "PE", D(2026, 9, 19), ELECTION, D(2026, 9, 24)),  # 40 days before
    ("F460", "PE", D(2026, 10, 17), ELECTION, D(2026, 10, 22)),  # 12 days before
    # a wrong period end still gets the election's deadline, not "end + 5"
    ("F460", "PE", D(2026, 9, 30), ELECTION, D(2026, 10, 22)),
    ("F460", "PE", D(2026, 9, 19), None, D(2026, 9, 24)),  # no election: 5 days after
    ("F460", "TS", D(2026, 5, 1), None, None),
    ("F460", "", D(2026, 6, 30), None, None),
    ("F497", "", None, ELECTION, None),  # a Form 497 with no lines yet
])
def test_statement_due(form, kind, through, election, due) -> None:
    assert cal.statement_due(form, kind, through, election) == due


def test_an_amendment_has_no_due_date() -> None:
    assert cal.statement_due("F460", "SA", D(2026, 6, 30), amendment=True) is None
    assert cal.statement_due("F497", "", None, ELECTION, amendment=True,
                             line_dates=[D(2026, 8, 11)]) is None


def test_holidays_move_deadlines() -> None:
    # Labor Day 2026 is Monday Sep 7; Thanksgiving Nov 26 and the day after.
    assert cal.state_holidays(2026) >= {D(2026, 1, 1), D(2026, 1, 19), D(2026, 2, 16),
                                        D(2026, 3, 31), D(2026, 5, 25), D(2026, 9, 7),
                                        D(2026, 11, 11), D(2026, 11, 26), D(2026, 11, 27),
                                        D(2026, 12, 25)}
    assert D(2027, 7, 5) in cal.state_holidays(2027)  # July 4 2027 is a Sunday
    assert cal.next_business_day(D(2026, 9, 5)) == D(2026, 9, 8)
    assert cal.next_business_day(D(2026, 11, 26)) == D(2026, 11, 30)
    assert cal.add_business_days(D(2026, 11, 20), 10) == D(2026, 12, 8)
    # Cesar Chavez Day: a semi-annual-like deadline on Mar 31 would move to Apr 1
    assert cal.next_business_day(D(2026, 3, 31)) == D(2026, 4, 1)


def test_late_report_deadlines() -> None:
    # inside the 90 days: 24 hours
    assert cal.late_report_due(D(2026, 8, 11), ELECTION) == D(2026, 8, 12)
    # due on Saturday Sep 5, then Labor Day: moved to Tuesday
    assert cal.late_report_due(D(2026, 9, 4), ELECTION) == D(2026, 9, 8)
    # the weekend before the election: not moved
    assert cal.late_report_due(D(2026, 10, 30), ELECTION) == D(2026, 10, 31)
    # a Form 496 is never moved
    assert cal.late_report_due(D(2026, 9, 4), ELECTION, "F496") == D(2026, 9, 5)
    # outside the window: 10 business days
    assert cal.late_report_due(D(2026, 3, 2), ELECTION) == D(2026, 3, 16)
    assert cal.late_report_due(D(2026, 8, 4), ELECTION) == D(2026, 8, 18)  # day 91
    assert cal.in_late_window(D(2026, 8, 5), ELECTION)
    assert not cal.in_late_window(D(2026, 8, 4), ELECTION)
    # a report is due by its earliest line's deadline
    assert cal.statement_due("F497", "", None, ELECTION, line_dates=[
        D(2026, 10, 12), D(2026, 8, 20), D(2026, 8, 11)]) == D(2026, 8, 12)


@pytest.mark.parametrize("kind,start,election,period", [
    ("SA", D(2026, 1, 1), None, (D(2026, 1, 1), D(2026, 6, 30))),
    ("SA", D(2026, 7, 1), None, (D(2026, 7, 1), D(2026, 12, 31))),
    ("QT", D(2026, 1, 1), None, (D(2026, 1, 1), D(2026, 3, 31))),
    ("QT", D(2026, 7, 1), None, (D(2026, 7, 1), D(2026, 9, 30))),
    ("PE", D(2026, 7, 1), ELECTION, (D(2026, 7, 1), D(2026, 9, 19))),
    ("PE", D(2026, 9, 20), ELECTION, (D(2026, 9, 20), D(2026, 10, 17))),
    ("PE", D(2026, 10, 18), ELECTION, None),  # after the last pre-election period
    ("PE", D(2026, 7, 1), None, None),  # needs the election date
])
def test_suggested_periods(kind, start, election, period) -> None:
    got = cal.suggest_period(kind, start, election)
    assert (None if got is None else (got.start, got.end)) == period
    if got is not None:
        assert cal.period_problem(kind, got.start, got.end, election) == ""


def test_period_problems_in_plain_words() -> None:
    assert "June 30 or December 31" in cal.period_problem("SA", D(2026, 7, 1), D(2026, 9, 19))
    text = cal.period_problem("PE", D(2026, 7, 1), D(2026, 9, 30), ELECTION)
    assert "September 19, 2026" in text and "October 17, 2026" in text
    assert "date of the election" in cal.period_problem("PE", D(2026, 7, 1), D(2026, 9, 19))
    assert "ends before it starts" in cal.period_problem("SA", D(2026, 7, 1), D(2026, 6, 30))
    assert cal.period_problem("TS", D(2026, 7, 1), D(2026, 8, 3)) == ""


@given(st.sampled_from(["F460", "F450", "F425", "F497", "F496", "F410"]),
       st.sampled_from(["SA", "S1", "QT", "SY", "PE", "SE", "TS", ""]),
       st.none() | st.dates(), st.none() | st.dates(), st.lists(st.dates(), max_size=3))
def test_never_crashes_at_the_ends_of_the_calendar(form, kind, through, election,
                                                   lines) -> None:
    due = cal.statement_due(form, kind, through, election, line_dates=lines)
    assert due is None or isinstance(due, dt.date)
    if through is not None:
        cal.period_problem(kind, through, through, election)
        cal.suggest_period(kind, through, election)


def test_ends_of_the_calendar() -> None:
    assert cal.statement_due("F460", "SA", D(9999, 12, 31)) == D(9999, 12, 31)
    assert cal.late_report_due(dt.date.max, None) == dt.date.max
    assert cal.late_report_due(dt.date.min, dt.date.min) == D(1, 1, 2)
    assert cal.first_period_start(dt.date.max, D(2026, 1, 1)) == dt.date.max
