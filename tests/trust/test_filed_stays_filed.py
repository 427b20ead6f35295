"""What a filed statement says stays as filed: a draft amendment of an earlier statement
(imported from another program's .CAL, or started here) does not change the later filed
statement's year-to-date totals or its beginning cash, in its .CAL or its check."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.cli import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code = main(list(argv))
    out = capsys.readouterr()
    assert code == 0, out.err
    return out.out


def test_a_draft_amendment_of_an_earlier_statement_leaves_a_filed_one_as_filed(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "books.sqlite")
    _run(capsys, "demo", "--db", db)
    for sid, day, filing in (("1", "2026-07-30", "1111111"), ("2", "2026-09-22", "2222222")):
        _run(capsys, "mark-filed", sid, "--on", day, "--how", "mail", "--officer", "SOS",
             "--filing-id", filing, "--db", db)
    first, before = tmp_path / "s1.cal", tmp_path / "before.cal"
    _run(capsys, "export", "1", "-o", str(first), "--db", db)
    _run(capsys, "export", "2", "-o", str(before), "--db", db)
    checked = _run(capsys, "validate", "2", "--db", db)
    # Another program's amendment 1 of statement 1: Grace Okafor's $250.00 was $2,500.00.
    lines = []
    for line in first.read_text().split("\n"):
        if line.startswith("CVR,F460"):
            line = line.replace(",000,", ",001,", 1)
        if line.startswith("RCPT") and ",CD1-1," in line:
            line = line.replace("250.00", "2500.00")
        lines.append(line)
    amended = tmp_path / "s1a1.cal"
    amended.write_text("\n".join(lines))
    assert "2500.00" in amended.read_text()
    _run(capsys, "import", str(amended), "--db", db)
    after = tmp_path / "after.cal"
    _run(capsys, "export", "2", "-o", str(after), "--db", db)
    assert after.read_bytes() == before.read_bytes()
    assert _run(capsys, "validate", "2", "--db", db) == checked


def test_one_amendment_at_a_time_and_from_the_newest_version(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two drafts amending one filing were both 'amendment 1', and the later missed the
    earlier's changes; amending an older version skipped the newest. Both are refused."""
    db = str(tmp_path / "books.sqlite")
    _run(capsys, "demo", "--db", db)
    _run(capsys, "mark-filed", "1", "--on", "2026-07-30", "--how", "mail", "--officer",
         "SOS", "--db", db)
    _run(capsys, "amend", "1", "--reason", "a", "--db", db)  # statement 4
    assert main(["amend", "1", "--reason", "b", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "already has an amendment that is not filed yet (statement 4" in err, err
    _run(capsys, "mark-filed", "4", "--on", "2026-08-03", "--how", "mail", "--officer",
         "SOS", "--db", db)
    assert main(["amend", "1", "--reason", "c", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "amended already, by statement 4; amend that one" in err, err
    assert "amendment" in _run(capsys, "amend", "4", "--reason", "d", "--db", db)


def test_a_statement_is_not_marked_filed_before_its_period_ends(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Statement 2 covers July 1 to September 19: filed on July 2 it cannot have been."""
    db = str(tmp_path / "books.sqlite")
    _run(capsys, "demo", "--db", db)
    assert main(["mark-filed", "2", "--on", "2026-07-02", "--how", "mail", "--officer",
                 "SOS", "--db", db]) == 1
    err = capsys.readouterr().err
    assert "before the statement's period ends (09/19/2026)" in err, err
    assert "marked filed" in _run(capsys, "mark-filed", "2", "--on", "2026-09-22", "--how",
                                  "mail", "--officer", "SOS", "--db", db)
