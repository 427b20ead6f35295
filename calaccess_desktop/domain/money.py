"""Exact money: integer cents, parsed from and written to the CAL amount format.

CAL 2.01 ("AMOUNTS", page 8): an explicit decimal point followed by one or two
decimals, or a whole number; no commas, no "$"; negatives with a leading hyphen.
"""

from __future__ import annotations

import re
from decimal import Decimal

Cents = int

_CAL_AMOUNT = re.compile(r"^(-?)([0-9]{1,12})(?:\.([0-9]{1,2}))?$")


class AmountError(ValueError):
    """A text that is not a valid CAL amount; the message says why in plain words."""


def parse_cal_amount(text: str) -> Cents:
    """Parse a CAL amount such as ``-1234.5`` into cents; raise AmountError if malformed."""
    m = _CAL_AMOUNT.match(text)
    if m is None:
        raise AmountError(_why_not_amount(text))
    sign, whole, frac = m.groups()
    cents = int(whole) * 100 + int((frac or "0").ljust(2, "0"))
    return -cents if sign else cents


def cents_or_none(text: str) -> Cents | None:
    """A stored CAL amount in cents, or None when blank or malformed (for totals and
    displays that must not stop on one bad value; validation reports it)."""
    if not text:
        return None
    try:
        return parse_cal_amount(text)
    except AmountError:
        return None


def cents_or_zero(text: str) -> Cents:
    """Like ``cents_or_none`` but 0 for blank or malformed values."""
    return cents_or_none(text) or 0


def _why_not_amount(text: str) -> str:
    if "," in text:
        return f"amount {text!r} contains a comma; write 1234.56, not 1,234.56"
    if "$" in text:
        return f"amount {text!r} contains a dollar sign; write the number only"
    if re.match(r"^-?\d*\.\d{3,}$", text):
        return f"amount {text!r} has more than two decimals"
    if text != text.strip():
        return f"amount {text!r} has leading or trailing spaces"
    return f"{text!r} is not an amount (expected digits with an optional . and two decimals)"


def format_cal_amount(cents: Cents) -> str:
    """Write cents as a CAL amount with exactly two decimals (``1234.50``)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole}.{frac:02d}"


def format_display(cents: Cents) -> str:
    """Cents for people: thousands separators and two decimals (``-1,234.50``)."""
    sign = "-" if cents < 0 else ""
    whole, frac = divmod(abs(cents), 100)
    return f"{sign}{whole:,}.{frac:02d}"


def parse_user_amount(text: str) -> Cents:
    """Parse what a person types (``$1,234.5``, `` 12 ``) into cents."""
    cleaned = text.strip().replace(",", "").replace("$", "")
    if cleaned.startswith("(") and cleaned.endswith(")"):
        cleaned = "-" + cleaned[1:-1]
    try:
        value = Decimal(cleaned)
    except ArithmeticError as exc:
        raise AmountError(f"{text!r} is not an amount") from exc
    if not value.is_finite():
        raise AmountError(f"{text!r} is not an amount")
    if value != value.quantize(Decimal("0.01")):
        raise AmountError(f"{text!r} has more than two decimals")
    return int(value * 100)


def to_decimal(cents: Cents) -> Decimal:
    """Cents as a Decimal number of dollars (for JSON output as a decimal string)."""
    return Decimal(cents).scaleb(-2)
