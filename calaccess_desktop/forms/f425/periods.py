"""The two half-years a Form 425 can cover, and their CAL statement types (S1, S2)."""

from __future__ import annotations

import datetime as dt

TYPES = {"S1": "January 1 - June 30", "S2": "July 1 - December 31"}


def half_year(code: str, year: int) -> tuple[dt.date, dt.date]:
    """The period of statement type S1 or S2 in a year."""
    if code == "S1":
        return dt.date(year, 1, 1), dt.date(year, 6, 30)
    return dt.date(year, 7, 1), dt.date(year, 12, 31)


def type_of(start: dt.date | None, end: dt.date | None) -> str:
    """S1 or S2 when the period is exactly a half-year, else ''."""
    if start is None or end is None:
        return ""
    for code in TYPES:
        if (start, end) == half_year(code, start.year):
            return code
    return ""
