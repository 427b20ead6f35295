"""Money is exact: CAL amount text <-> integer cents."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from calaccess_desktop.domain.money import (
    AmountError,
    format_cal_amount,
    format_display,
    parse_cal_amount,
    parse_user_amount,
)


@pytest.mark.parametrize(
    ("text", "cents"),
    [("123.45", 12345), ("345", 34500), ("-567.8", -56780), ("0.05", 5), ("0", 0)],
)
def test_spec_examples_parse(text: str, cents: int) -> None:
    assert parse_cal_amount(text) == cents


@pytest.mark.parametrize(
    ("text", "why"),
    [("$1,234.00", "comma"), ("1234.00-", "not an amount"), ("1.234", "more than two"),
     ("12.", "not an amount"), (" 12.00", "spaces")],
)
def test_spec_rejects(text: str, why: str) -> None:
    with pytest.raises(AmountError, match=why):
        parse_cal_amount(text)


@given(st.integers(min_value=-(10**11), max_value=10**11))
def test_round_trip(cents: int) -> None:
    assert parse_cal_amount(format_cal_amount(cents)) == cents


def test_display_and_user_entry() -> None:
    assert format_display(-123456789) == "-1,234,567.89"
    assert parse_user_amount("$1,234.5") == 123450
    assert parse_user_amount("(20)") == -2000
    with pytest.raises(AmountError):
        parse_user_amount("12.345")
