"""The reader reports every problem with file, line, record and field; never a traceback."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.reader import read_cal
from tests.support.calfiles import join, lines, valid_f460


def messages(data: bytes) -> list[str]:
    cal = read_cal(data, "x.cal")
    return [p.render("x.cal") for p in cal.errors]


def broken(line_no: int, old: str, new: str) -> bytes:
    rows = lines(valid_f460())
    assert old in rows[line_no - 1], rows[line_no - 1]
    rows[line_no - 1] = rows[line_no - 1].replace(old, new, 1)
    return join(rows)


def test_valid_file_has_no_problems() -> None:
    cal = read_cal(valid_f460(), "x.cal")
    assert cal.problems == []
    assert cal.form_type == "F460"
    assert [r.rec_type for r in cal.records] == ["RCPT", "RCPT", "EXPN"]
    assert cal.records[1].get("Ctrib_NamL") == "Chen"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (broken(3, "150.00,150.00", "150.00,150.00,EXTRA"),
         "x.cal:3: record RCPT A: has 67 fields; a RCPT A record has exactly 66"),
        (broken(3, "20260315", "20261315"),
         "x.cal:3: record RCPT A field #18 Rcpt_Date: '20261315' is not a real calendar date"),
        (broken(4, "250.00,250.00", '"1,250.00",250.00'),
         "x.cal:4: record RCPT A field #20 Amount: amount '1,250.00' contains a comma"),
        (broken(3, "RCPT,A,A1,", "RCPT,A,,"),
         "x.cal:3: record RCPT A field #3 Tran_ID: is required and missing"),
        (broken(4, "RCPT,A,A2,", "RCPT,A,A1,"),
         "x.cal:4: record RCPT A field #3 Tran_ID: Tran_ID 'A1' is used again (first on line 3)"),
        (broken(2, "20260731", "2026-07-31"),
         "x.cal:2: record CVR F460 field #10 Rpt_Date: '2026-07-31' is not a date"),
        (broken(1, "2.01", "2.01,,EXTRA"), "x.cal:1: record HDR: has 9 fields"),
        (broken(3, "Okafor", " Okafor"), "field #5 Ctrib_NamL: starts with a space"),
        (broken(5, "LIT", "LITERATURE"), "field #19 Expn_Code: 10 characters, at most 3"),
        (b"", "x.cal: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "x.cal: this is not a CAL text file (binary data"),
        (b"RCPT,A,1\r\n", "x.cal:1: record RCPT: the first record must be HDR"),
        (join(lines(valid_f460())[:1]), "no CVR record found"),
        (join([*lines(valid_f460()), "WXYZ,1,2"]), "x.cal:6: record WXYZ: unknown record type"),
    ],
    ids=["field-count", "bad-date", "comma-amount", "missing-rx", "duplicate-tran-id",
         "dash-date", "hdr-count", "leading-space", "too-long", "empty", "binary",
         "no-hdr", "no-cvr", "unknown-record"],
)
def test_each_malformation_is_named(data: bytes, expected: str) -> None:
    found = messages(data)
    assert any(expected in m for m in found), found


def test_dangling_back_reference() -> None:
    rows = lines(valid_f460())
    rows[4] = rows[4].rstrip(",") + ","  # keep the count; set BakRef_TID below
    from calaccess_desktop.cal.model import CalRecord
    from tests.support.calfiles import expn

    child = expn("E2", BakRef_TID="NOPE", Memo_Code="X")
    values = child.values + [""] * (len(child.fields) - len(child.values))
    rows.append(",".join(values))
    found = messages(join(rows))
    assert any("line 6" not in m and "x.cal:6: record EXPN E field #51 BakRef_TID: points at "
               "Tran_ID 'NOPE', which is not in this filing" in m for m in found), found
    assert CalRecord  # imported for the child's layout


def test_every_problem_is_reported_not_just_the_first() -> None:
    rows = lines(valid_f460())
    rows[2] = rows[2].replace("20260315", "2026")
    rows[3] = rows[3].replace("250.00,250.00", "12.345,250.00")
    found = messages(join(rows))
    assert any("x.cal:3:" in m for m in found) and any("x.cal:4:" in m for m in found)


def test_problem_cap_counts_the_rest() -> None:
    row = lines(valid_f460())[2].replace("20260315", "bad")
    data = join(lines(valid_f460())[:2] + [row.replace(",A1,", f",T{i},") for i in range(300)])
    cal = read_cal(data, "x.cal", cap=50)
    assert len(cal.problems) == 50 and cal.more_problems == 250


def test_lobbying_records_are_skipped_with_a_warning() -> None:
    data = join([*lines(valid_f460()), "LEXP,F615P1,T1"])
    cal = read_cal(data, "x.cal")
    assert not cal.errors
    assert any("lobbying" in p.message and p.severity == "warning" for p in cal.problems)
