"""Date arithmetic that never overflows at the ends of the calendar.

A statement may carry any date the CAL reader accepts, from 0001-01-01 to
9999-12-31; ``date + timedelta`` past either end raises ``OverflowError``. These
helpers saturate at ``date.min`` / ``date.max`` instead, so a deadline computed from
an extreme date is itself extreme (never reached, or long passed) rather than a crash.
Business days skip Saturdays and Sundays (state holidays are not modelled).
"""

from __future__ import annotations

import datetime as dt

MIN = dt.date.min
MAX = dt.date.max


def add_days(day: dt.date, n: int) -> dt.date:
    """``day`` plus ``n`` days (``n`` may be negative), held at date.min / date.max."""
    ordinal = day.toordinal() + n
    if ordinal < MIN.toordinal():
        return MIN
    if ordinal > MAX.toordinal():
        return MAX
    return dt.date.fromordinal(ordinal)


def sub_days(day: dt.date, n: int) -> dt.date:
    """``day`` minus ``n`` days, held at date.min / date.max."""
    return add_days(day, -n)


def is_business_day(day: dt.date) -> bool:
    """Monday to Friday."""
    return day.weekday() < 5


def next_business_day(day: dt.date) -> dt.date:
    """The day itself, or the Monday after a weekend (date.max when there is none)."""
    while not is_business_day(day) and day < MAX:
        day = add_days(day, 1)
    return day


def add_business_days(day: dt.date, n: int) -> dt.date:
    """``n`` business days after ``day`` (before it when ``n`` is negative), weekends
    skipped; held at date.min / date.max."""
    step = 1 if n >= 0 else -1
    left = abs(n)
    while left > 0:
        nxt = add_days(day, step)
        if nxt == day:  # at an end of the calendar
            return day
        day = nxt
        if is_business_day(day):
            left -= 1
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day when it is shorter), held at
    date.min / date.max."""
    index = day.year * 12 + (day.month - 1) + months
    year, month0 = divmod(index, 12)
    if year < MIN.year:
        return MIN
    if year > MAX.year:
        return MAX
    return dt.date(year, month0 + 1, min(day.day, month_length(year, month0 + 1)))


def month_length(year: int, month: int) -> int:
    """Days in the month."""
    if month == 12:
        return 31
    return (dt.date(year, month + 1, 1) - dt.date(year, month, 1)).days


def month_end(year: int, month: int) -> dt.date:
    """The month's last day."""
    return dt.date(year, month, month_length(year, month))


def safe_date(year: int, month: int, day: int) -> dt.date:
    """``dt.date(year, month, day)`` with the year held to 1..9999 and the day to the
    month's length (e.g. "January 31 of the next year" after 9999-12-31 is 9999-12-31)."""
    if year < MIN.year:
        return MIN
    if year > MAX.year:
        return MAX
    return dt.date(year, month, min(day, month_length(year, month)))


def days_between(start: dt.date, end: dt.date) -> int:
    """Whole days from ``start`` to ``end`` (negative when ``end`` is earlier)."""
    return end.toordinal() - start.toordinal()
