"""Checks for one CAL field value by kind (text, date, amount, yes/no, check box, code).

Each check returns ``None`` when the value is fine or a plain-language message.
The rules are the spec's overview pages 7-9 (dates, amounts, names, yes/no boxes,
check boxes, leading spaces) and the TEXT record note (no control characters).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import gt

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import per_layout
from calaccess_desktop.domain.money import AmountError, parse_cal_amount

Check = Callable[[str], "str | None"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DATE = re.compile(r"^\d{8}$")


def check_common(value: str, max_len: int) -> str | None:
    """Checks every field shares: length, leading spaces, quotes, control characters."""
    if len(value) > max_len:
        return f"{len(value)} characters, at most {max_len} allowed"
    if value[0] == " ":
        return "starts with a space (leading spaces are not allowed)"
    if '"' in value:
        return "contains a double quote (not allowed inside a field)"
    if _CONTROL.search(value):
        return "contains a control character (tab, line break or similar)"
    return None


def check_date(value: str) -> str | None:
    """CCYYMMDD, a real calendar date."""
    if not _DATE.match(value):
        return f"{value!r} is not a date in CCYYMMDD form (e.g. 20240630)"
    try:
        dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))
    except ValueError:
        return f"{value!r} is not a real calendar date"
    return None


def check_amount(value: str) -> str | None:
    """Explicit decimal point, at most two decimals, no commas or $."""
    try:
        parse_cal_amount(value)
    except AmountError as exc:
        return str(exc)
    return None


def check_yesno(value: str) -> str | None:
    """Blank, Y or N."""
    return None if value.upper() in ("Y", "N") else f"{value!r} must be Y, N or blank"


def check_checkbox(value: str) -> str | None:
    """Blank or X."""
    return None if value.upper() == "X" else f"{value!r} must be X or blank"


def _no_check(_value: str) -> str | None:
    return None


KIND_CHECKS: dict[str, Check] = {
    "date": check_date,
    "amount": check_amount,
    "yesno": check_yesno,
    "checkbox": check_checkbox,
    "text": _no_check,
    "code": _no_check,
}


def check_value(value: str, kind: str, max_len: int) -> str | None:
    """All checks for a non-empty value of the given kind."""
    return KIND_CHECKS.get(kind, _no_check)(value) or check_common(value, max_len)


def parse_date(value: str) -> dt.date | None:
    """A CCYYMMDD text as a date, or None when blank or invalid."""
    if not value or check_date(value) is not None:
        return None
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))


def format_date(value: dt.date | None) -> str:
    """A date as CCYYMMDD (blank for None)."""
    return value.strftime("%Y%m%d") if value else ""


@dataclass(frozen=True, slots=True)
class LayoutChecks:
    """A layout's checks prepared once: lengths, typed fields, required (Rx) fields."""

    max_lens: tuple[int, ...]
    typed: tuple[tuple[int, Check], ...]  # (position, check) for date/amount/yes-no/box
    required: tuple[int, ...]  # positions of Rx fields


# Anything that needs the slow per-field look: quotes, control characters, a leading space.
_SUSPECT = re.compile(r'["\x00-\x1e\x7f]|\x1f |^ ')


def layout_checks(fields: tuple[FieldSpec, ...]) -> LayoutChecks:
    """The prepared checks of a layout (built once per layout)."""
    return per_layout(fields, "checks", _prepare_checks)


def _prepare_checks(fields: tuple[FieldSpec, ...]) -> LayoutChecks:
    return LayoutChecks(
        tuple(f.max_len for f in fields),
        tuple((i, KIND_CHECKS[f.kind]) for i, f in enumerate(fields)
              if f.kind in ("date", "amount", "yesno", "checkbox")),
        tuple(i for i, f in enumerate(fields) if f.level == "Rx"),
    )


def value_problems(values: list[str], fields: tuple[FieldSpec, ...]) -> list[tuple[int, str]]:
    """(position, message) for every bad non-empty value of a record; fast when clean."""
    joined = "\x1f".join(values)
    if _SUSPECT.search(joined) or joined.count("\x1f") != len(values) - 1:
        return [(i, msg) for i, v in enumerate(values)
                if v and (msg := check_value(v, fields[i].kind, fields[i].max_len))]
    checks = layout_checks(fields)
    found = []
    for i, check in checks.typed:
        if i < len(values) and values[i]:
            msg = check(values[i])
            if msg:
                found.append((i, msg))
    if any(map(gt, map(len, values), checks.max_lens)):  # C-speed scan; detail only on failure
        bad = {i for i, _ in found}
        for i, (v, limit) in enumerate(zip(values, checks.max_lens, strict=False)):
            if len(v) > limit and i not in bad:
                found.append((i, f"{len(v)} characters, at most {limit} allowed"))
    return sorted(found)
