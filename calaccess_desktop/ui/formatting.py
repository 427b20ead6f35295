"""How values look to people: money with $ and commas, US dates; parsing what they type."""

from __future__ import annotations

import datetime as dt
import re

from calaccess_desktop.domain.money import AmountError, format_cal_amount, format_display
from calaccess_desktop.domain.money import parse_user_amount as _parse_amount


def money(cents: int | None) -> str:
    """'$1,234.50' (blank for None)."""
    if cents is None:
        return ""
    text = format_display(cents)
    return f"-${text[1:]}" if text.startswith("-") else f"${text}"


def day(value: dt.date | None) -> str:
    """'03/15/2026' (blank for None)."""
    return value.strftime("%m/%d/%Y") if value else ""


def long_day(value: dt.date | None) -> str:
    """'Jul 31, 2026'."""
    return f"{value:%b} {value.day}, {value.year}" if value else ""


_US = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_CAL = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


def parse_day(text: str) -> dt.date:
    """A date typed as 3/15/2026, 03/15/26, 2026-03-15 or 20260315; ValueError otherwise."""
    text = text.strip()
    for pattern, order in ((_US, "mdy"), (_ISO, "ymd"), (_CAL, "ymd")):
        m = pattern.match(text)
        if m:
            parts = dict(zip(order, (int(g) for g in m.groups()), strict=True))
            year = parts["y"] + (2000 if parts["y"] < 100 else 0)
            try:
                return dt.date(year, parts["m"], parts["d"])
            except ValueError:
                raise ValueError(f"{text!r} is not a real calendar date") from None
    raise ValueError(f"{text!r} is not a date; type it like 03/15/2026")


def cal_date(text: str) -> str:
    """What a person typed as a date, as CCYYMMDD ('' stays '')."""
    return parse_day(text).strftime("%Y%m%d") if text.strip() else ""


def show_cal_date(value: str) -> str:
    """A stored CCYYMMDD as MM/DD/YYYY (other text unchanged)."""
    m = _CAL.match(value or "")
    return f"{m.group(2)}/{m.group(3)}/{m.group(1)}" if m else value


def cal_amount(text: str) -> str:
    """What a person typed as money, as a CAL amount ('1,234.5' -> '1234.50')."""
    if not text.strip():
        return ""
    try:
        return format_cal_amount(_parse_amount(text))
    except AmountError as exc:
        if "decimals" in str(exc):
            raise ValueError(f"{text.strip()!r} has more than two decimals (cents)") from None
        raise ValueError(f"{text.strip()!r} is not an amount; type it like 1250.00") from None


def show_cal_amount(value: str) -> str:
    """A stored CAL amount as '1,234.50'."""
    try:
        return format_display(_parse_amount(value)) if value else ""
    except AmountError:
        return value
