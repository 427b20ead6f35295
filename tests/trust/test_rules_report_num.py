"""Report_Num and other numbers read from a file: only ASCII digits are numbers.

``int()`` reads "1_0" as 10, " 1" and "+1" as 1 and other scripts' digits as numbers;
``str.isdigit`` accepts "²", which ``int`` then refuses with a traceback. A Report_Num
that is not plain digits is refused at import and by ``validate FILE`` with the file,
line and field; nothing is written to the data file.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from calaccess_desktop.cal.layouts import field_index
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.values import ascii_digits, parse_whole
from calaccess_desktop.cli import main
from calaccess_desktop.services.validation import validate_cal_bytes
from tests.support.calfiles import join, lines, valid_f460

AT = field_index("CVR", "F460", "Report_Num")
BAD = ["abc", "=HY", "²", "1_0", " 1", "+1", "١", "0x1", "-1"]


def with_report_num(value: str) -> bytes:
    rows = lines(valid_f460())
    fields = rows[1].split(",")
    assert fields[0] == "CVR" and fields[AT] == "000"
    fields[AT] = value
    rows[1] = ",".join(fields)
    return join(rows)


def test_ascii_digits_only() -> None:
    assert ascii_digits("000") and parse_whole("012") == 12
    for value in [*BAD, "", "1\n", "1 "]:
        assert not ascii_digits(value), value
        assert parse_whole(value) is None, value


@pytest.mark.parametrize("value", BAD)
def test_reader_refuses_report_num_with_line_and_field(value: str) -> None:
    cal = read_cal(with_report_num(value), "x.cal")
    problems = [p for p in cal.errors if p.field_name == "Report_Num"]
    assert problems, cal.problems
    assert problems[0].line == 2 and problems[0].field_number == AT + 1
    assert f"x.cal:2: record CVR F460 field #{AT + 1} Report_Num:" in problems[0].render("x.cal")


@pytest.mark.parametrize("value", BAD)
def test_validate_file_names_the_field_and_does_not_crash(value: str) -> None:
    findings = validate_cal_bytes(with_report_num(value), "x.cal")
    hits = [f for f in findings if f.location.field == "Report_Num" and f.severity == "error"]
    assert hits, [f.message for f in findings]
    assert all(f.location.line == 2 for f in hits)
    assert any("amendment number" in f.message.lower() for f in hits)


@pytest.mark.parametrize("value", ["1_0", "²", "abc"])
def test_import_refuses_and_writes_nothing(tmp_path: Path, value: str,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.cal"
    source.write_bytes(with_report_num(value))
    db = tmp_path / "data.sqlite"
    assert main(["--db", str(db), "import", str(source)]) == 1
    err = capsys.readouterr().err
    assert f"{source}:2: record CVR F460 field #{AT + 1} Report_Num:" in err
    assert "Traceback" not in err
    assert main(["--db", str(db), "list", "--json"]) == 0
    assert "Friends of the Library" not in capsys.readouterr().out


def test_import_subprocess_exit_1_plain_words(tmp_path: Path) -> None:
    source = tmp_path / "bad.cal"
    source.write_bytes(with_report_num("1_0"))
    proc = subprocess.run([sys.executable, "-m", "calaccess_desktop", "--db",
                           str(tmp_path / "d.sqlite"), "import", str(source)],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "Report_Num" in proc.stderr and "Traceback" not in proc.stderr
    assert "is not a number" in proc.stderr
