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
from functools import lru_cache

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import per_layout
from calaccess_desktop.domain.money import AmountError, parse_cal_amount

Check = Callable[[str], "str | None"]

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
# Characters that show nothing yet change what text shows: zero-width spaces and joiners,
# direction marks and overrides (a name written backwards on screen), the BOM.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_DATE = re.compile(r"[0-9]{8}")
_ASCII_DIGITS = re.compile(r"[0-9]+")
# Fields whose value is a whole number although the spec lists them as codes.
NUMBER_FIELDS = frozenset({"Report_Num"})


def ascii_digits(text: str) -> bool:
    """Whether ``text`` is one or more of the ASCII digits 0-9 and nothing else.

    ``str.isdigit`` also accepts "²" (which ``int`` then refuses) and ``int`` also reads
    "1_0", " 1", "+1" and other scripts' digits; a CAL number is none of those.
    """
    return _ASCII_DIGITS.fullmatch(text) is not None


def parse_whole(text: str) -> int | None:
    """A whole number written in ASCII digits, or None for anything else."""
    return int(text) if ascii_digits(text) else None


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
    if _INVISIBLE.search(value):
        return ("contains an invisible character (a zero-width space or a direction mark, "
                "which makes the text show something other than what it holds)")
    return None


@lru_cache(maxsize=8192)
def check_date(value: str) -> str | None:
    """CCYYMMDD, a real calendar date (remembered: a filing repeats few dates)."""
    if not _DATE.fullmatch(value):
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


def check_number(value: str) -> str | None:
    """ASCII digits only (no sign, spaces, underscores or other scripts' digits)."""
    if ascii_digits(value):
        return None
    return f"{value!r} is not a number (write digits 0-9 only, e.g. 000 or 001)"


def _no_check(_value: str) -> str | None:
    return None


KIND_CHECKS: dict[str, Check] = {
    "date": check_date,
    "amount": check_amount,
    "yesno": check_yesno,
    "checkbox": check_checkbox,
    "number": check_number,
    "text": _no_check,
    "code": _no_check,
}


def check_value(value: str, kind: str, max_len: int) -> str | None:
    """All checks for a non-empty value of the given kind."""
    return KIND_CHECKS.get(kind, _no_check)(value) or check_common(value, max_len)


def value_kind(spec: FieldSpec) -> str:
    """The kind a field's values are checked as ("number" for NUMBER_FIELDS)."""
    return "number" if spec.name in NUMBER_FIELDS else spec.kind


def check_field(value: str, spec: FieldSpec) -> str | None:
    """All checks for a non-empty value of this field."""
    return check_value(value, value_kind(spec), spec.max_len)


@lru_cache(maxsize=8192)
def parse_date(value: str) -> dt.date | None:
    """A CCYYMMDD text as a date, or None when blank or invalid."""
    if not value or check_date(value) is not None:
        return None
    return dt.date(int(value[:4]), int(value[4:6]), int(value[6:]))


def format_date(value: dt.date | None) -> str:
    """A date as CCYYMMDD (blank for None); years before 1000 keep their leading zeros,
    which ``strftime("%Y")`` drops on some platforms."""
    return f"{value.year:04d}{value.month:02d}{value.day:02d}" if value else ""


@dataclass(frozen=True, slots=True)
class LayoutChecks:
    """A layout's checks prepared once: one pattern for a whole clean record, the date
    fields whose calendar it cannot check, and the required (Rx) fields."""

    pattern: re.Pattern[str]  # matches the values joined by _SEP of a clean record
    dates: tuple[int, ...]  # positions of date fields
    required: tuple[int, ...]  # positions of Rx fields

    def clean(self, values: list[str]) -> bool:
        """Whether a record with exactly the layout's field count has nothing wrong:
        every value well formed, real dates, and every required field filled."""
        return self.pattern.fullmatch(_SEP.join(values)) is not None and not any(
            values[i] and check_date(values[i]) for i in self.dates
        )


# What a well-formed non-empty value of each kind looks like (the kind checks above).
_FORMATS = {
    "date": "[0-9]{8}",
    "amount": r"-?[0-9]{1,12}(?:\.[0-9]{1,2})?",
    "yesno": "[YyNn]",
    "checkbox": "[Xx]",
    "number": "[0-9]+",
}
_PLAIN = f'[^\\x00-\\x1f"\\x7f{INVISIBLE}]'  # any character check_common allows
_SEP = "\x1f"  # joins a record's values for the pattern (no valid value holds it)


def _field_pattern(spec: FieldSpec) -> str:
    """A field's value in a clean record: well formed, and present when it is Rx."""
    limit = max(spec.max_len, 1)
    fmt = _FORMATS.get(value_kind(spec))
    if fmt is None:  # text and codes: no leading space, no quote or control character
        body = f"{_PLAIN[:-1]} ]{_PLAIN}{{0,{limit - 1}}}"
    else:
        body = rf"(?=[^\x1f]{{1,{limit}}}(?:\x1f|\Z)){fmt}"
    return f"(?:{body})" if spec.level == "Rx" else f"(?:{body})?"


def layout_checks(fields: tuple[FieldSpec, ...]) -> LayoutChecks:
    """The prepared checks of a layout (built once per layout)."""
    return per_layout(fields, "checks", _prepare_checks)


def _prepare_checks(fields: tuple[FieldSpec, ...]) -> LayoutChecks:
    return LayoutChecks(
        re.compile(_SEP.join(_field_pattern(f) for f in fields)),
        tuple(i for i, f in enumerate(fields) if f.kind == "date"),
        tuple(i for i, f in enumerate(fields) if f.level == "Rx"),
    )


def value_problems(values: list[str], fields: tuple[FieldSpec, ...]) -> list[tuple[int, str]]:
    """(position, message) for every bad non-empty value of a record.

    A clean record costs one pattern match over its joined values plus a calendar
    check of its dates; only a record that fails the pattern is looked at field by field.
    """
    checks = layout_checks(fields)
    if len(values) == len(fields) and checks.pattern.fullmatch(_SEP.join(values)):
        return [(i, msg) for i in checks.dates if values[i] and (msg := check_date(values[i]))]
    return [(i, msg) for i, v in enumerate(values[: len(fields)])
            if v and (msg := check_field(v, fields[i]))]
