"""domain/dates: arithmetic that saturates at the ends of the calendar."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from calaccess_desktop.domain import dates

MIN, MAX = dt.date.min, dt.date.max


def test_add_days_saturates_at_both_ends() -> None:
    assert dates.add_days(MAX, 1) == MAX
    assert dates.add_days(MIN, -1) == MIN
    assert dates.sub_days(MIN, 120) == MIN
    assert dates.add_days(dt.date(2026, 2, 27), 2) == dt.date(2026, 3, 1)


@given(st.dates(), st.integers(-10**7, 10**7))
def test_add_days_matches_timedelta_inside_the_calendar(day: dt.date, n: int) -> None:
    got = dates.add_days(day, n)
    try:
        expected = day + dt.timedelta(days=n)
    except OverflowError:
        expected = MAX if n > 0 else MIN
    assert got == expected


def test_business_days_skip_weekends_and_stop_at_the_ends() -> None:
    friday = dt.date(2026, 11, 27)
    assert dates.next_business_day(dt.date(2026, 11, 28)) == dt.date(2026, 11, 30)
    assert dates.add_business_days(friday, 1) == dt.date(2026, 11, 30)
    assert dates.add_business_days(dt.date(2026, 11, 30), -1) == friday
    assert MAX.weekday() == 4  # 9999-12-31 is a Friday
    assert dates.next_business_day(dt.date(9999, 12, 31)) == MAX
    assert dates.add_business_days(MAX, 5) == MAX
    assert dates.add_business_days(MIN, -5) == MIN


@given(st.dates())
def test_next_business_day_never_crashes(day: dt.date) -> None:
    got = dates.next_business_day(day)
    assert got >= day
    assert dates.is_business_day(got) or got == MAX


def test_months_and_safe_dates() -> None:
    assert dates.add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert dates.add_months(dt.date(9999, 12, 1), 1) == MAX
    assert dates.add_months(dt.date(1, 1, 1), -1) == MIN
    assert dates.safe_date(10000, 1, 31) == MAX
    assert dates.safe_date(2024, 2, 31) == dt.date(2024, 2, 29)
    assert dates.month_end(2026, 12) == dt.date(2026, 12, 31)
    assert dates.days_between(MIN, MAX) == MAX.toordinal() - 1
