"""Plain words for findings: what a field means, who a row is about, money as people write it."""

from __future__ import annotations

import datetime as dt
from functools import cache

from calaccess_desktop.cal.labels import field_label, lower_first
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE, PARTIES
from calaccess_desktop.domain.money import AmountError, Cents, format_display, parse_cal_amount

__all__ = ["cents_of", "code_set", "field_label", "lower_first", "main_amount_field", "mdy",
           "money", "party_name", "plural", "schedule_words"]

@cache
def code_set(list_name: str) -> frozenset[str]:
    """The codes of a spec code list (``layouts.codes``), as a set, worked out once."""
    from calaccess_desktop.cal.layouts import codes

    return frozenset(codes(list_name))


def mdy(day: dt.date | None) -> str:
    """A date as MM/DD/YYYY, with a four-digit year even before 1000 (which
    ``strftime("%Y")`` shortens on some platforms); '' for None."""
    return f"{day.month:02d}/{day.day:02d}/{day.year:04d}" if day else ""


def money(cents: Cents) -> str:
    """$1,234.50 (negative as -$12.00)."""
    return ("-$" if cents < 0 else "$") + format_display(abs(cents))


def cents_of(text: str) -> Cents:
    """A CAL amount in cents; 0 when blank or malformed (format rules report those)."""
    if not text:
        return 0
    try:
        return parse_cal_amount(text)
    except AmountError:
        return 0


def party_name(rec_type: str, get: dict[str, str] | None = None, *,
               values: tuple[str, ...] = (), ix: dict[str, int] | None = None) -> str:
    """Full name of the row's main party ('Grace Okafor', 'Capitol Print & Mail')."""
    party = PARTIES.get(rec_type)
    if rec_type == "CVR3":
        first, last = "Sig_NamF", "Sig_NamL"
    elif party is None:
        return ""
    else:
        first, last = party.first, party.last

    def val(name: str) -> str:
        if get is not None:
            return get.get(name, "")
        if ix is None:
            return ""
        i = ix.get(name)
        return values[i] if i is not None and i < len(values) else ""

    return " ".join(p for p in (val(first), val(last)) if p).strip()


def main_amount_field(rec_type: str, form_type: str) -> str:
    """The field holding the row's main amount ('' if none)."""
    if rec_type == "DEBT":
        return "End_Bal"
    return MAIN_AMOUNT_DATE.get(rec_type, ("", ""))[0]


def schedule_words(schedule: str) -> str:
    """'A' -> 'Schedule A'; record types and forms unchanged; 'cover' -> 'cover page'."""
    if schedule == "cover":
        return "cover page"
    if schedule == "summary":
        return "summary page"
    if len(schedule) <= 2 and schedule[:1].isalpha() and schedule[:1].isupper():
        return f"Schedule {schedule}"
    return schedule


def plural(n: int, word: str) -> str:
    """'1 contribution', '3 contributions'."""
    return f"{n} {word}" + ("" if n == 1 else "s")
