"""The writer produces exact CAL 2.01 and refuses values that do not fit."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from tests.support.calfiles import cover, rcpt


def test_output_is_exact() -> None:
    data = write_cal(cover(), [rcpt("A1")])
    first, second, third, end = data.split(b"\r\n")
    assert first == b"HDR,CAL,CA,2.01,calaccess-desktop,0.1.0,"
    assert second.count(b",") == 69 and third.count(b",") == 65
    assert end == b""
    assert read_cal(data, "w.cal").problems == []


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("Amount", "1,000.00", "field #20 Amount: amount '1,000.00' contains a comma"),
     ("Rcpt_Date", "3/15/2026", "field #18 Rcpt_Date: '3/15/2026' is not a date"),
     ("Ctrib_NamL", 'The "Best" Co', "field #5 Ctrib_NamL: contains a double quote"),
     ("Ctrib_ST", "CAL", "field #12 Ctrib_ST: 3 characters, at most 2 allowed"),
     ("Ctrib_Self", "Y", "field #16 Ctrib_Self: 'Y' must be X or blank"),
     ("Tran_ID", "", "field #3 Tran_ID: is required (Rx) and empty")],
)
def test_refuses_values_that_do_not_fit(field: str, value: str, message: str) -> None:
    bad = rcpt("A1")
    bad.set(field, value)
    with pytest.raises(CalFormatError) as info:
        write_cal(cover(), [rcpt("A0"), bad], target="out.cal")
    assert f"out.cal:4: record RCPT A {message}" in str(info.value)


def test_text_with_commas_is_quoted_and_reads_back() -> None:
    from calaccess_desktop.cal.model import CalRecord

    memo = CalRecord(["TEXT", "A"], cvr_form="F460")
    memo.set("Text4000", "Refunded on 4/1, see bank statement")
    data = write_cal(cover(), [memo])
    assert b'"Refunded on 4/1, see bank statement"' in data
    text = read_cal(data, "t.cal").records[0].get("Text4000")
    assert text == "Refunded on 4/1, see bank statement"
