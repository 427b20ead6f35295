"""The command line drives the services: exit 0 ok, 1 bad input (store unchanged), 2 usage."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services.store import Store
from tests.support.calfiles import join, lines, valid_f460


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def table_counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        names = [r[0] for r in con.execute("select name from sqlite_master where type='table'")]
        return {n: con.execute(f"select count(*) from {n}").fetchone()[0] for n in names}
    finally:
        con.close()


def test_import_prints_statement_id_last_and_lists_it(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    src, db = tmp_path / "a.cal", tmp_path / "s.sqlite"
    src.write_bytes(valid_f460())
    code, out, _ = run(capsys, "import", str(src), "--db", str(db))
    assert code == 0
    sid = int(out.strip().splitlines()[-1])
    code, out, _ = run(capsys, "list", "--json", "--db", str(db))
    doc = json.loads(out)
    committee = doc["committees"][0]
    assert committee["filer_id"] == "1234567" and committee["name"] == "Friends of the Library"
    assert committee["statements"] == [{"id": sid, "form": "F460", "period_from": "2026-01-01",
                                        "period_through": "2026-06-30", "status": "draft",
                                        "amendment": 0, "due": "2026-07-31"}]


def test_importing_a_second_statement_reuses_the_committee(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src, db = tmp_path / "a.cal", tmp_path / "s.sqlite"
    src.write_bytes(valid_f460())
    run(capsys, "import", str(src), "--db", str(db))
    run(capsys, "import", str(src), "--db", str(db))
    doc = json.loads(run(capsys, "list", "--json", "--db", str(db))[1])
    assert len(doc["committees"]) == 1 and len(doc["committees"][0]["statements"]) == 2


BROKEN = {
    "field-count": (3, "150.00,150.00", "150.00,150.00,X", "has 67 fields"),
    "bad-date": (3, "20260315", "20260231", "field #18 Rcpt_Date"),
    "comma": (4, "250.00,250.00", '"2,500.00",250.00', "field #20 Amount"),
    "missing-required": (2, "Friends of the Library", "", "field #5 Filer_NamL"),
    "duplicate-tran-id": (4, ",A2,", ",A1,", "Tran_ID 'A1' is used again"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_malformed_file_exit_1_names_line_and_field_and_leaves_store_unchanged(
        case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    good = tmp_path / "good.cal"
    good.write_bytes(valid_f460())
    run(capsys, "import", str(good), "--db", str(db))
    before = table_counts(db)
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    line, old, new, expected = BROKEN[case]
    rows = lines(valid_f460())
    rows[line - 1] = rows[line - 1].replace(old, new, 1)
    bad = tmp_path / "bad.cal"
    bad.write_bytes(join(rows))
    code, out, err = run(capsys, "import", str(bad), "--db", str(db))
    assert code == 1
    assert f"{bad}:{line}: record" in err and expected in err
    assert err.strip().splitlines()[-1].endswith("nothing was imported and the data file is "
                                                 "unchanged.")
    assert "Traceback" not in err + out
    assert table_counts(db) == before
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest


@pytest.mark.parametrize("content", [b"", b"\x00\x01\x02garbage\xff"], ids=["empty", "binary"])
def test_empty_and_binary_files(content: bytes, tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.cal"
    bad.write_bytes(content)
    code, _, err = run(capsys, "import", str(bad), "--db", str(tmp_path / "s.sqlite"))
    assert code == 1 and str(bad) in err and "Traceback" not in err


def test_missing_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "import", str(tmp_path / "nope.cal"), "--db",
                       str(tmp_path / "s.sqlite"))
    assert code == 1 and "No such file" in err


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "export", "1")[0] == 2  # -o missing
    assert run(capsys, "summary", "one")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2


def test_unknown_statement_is_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store.open(tmp_path / "s.sqlite").close()
    code, _, err = run(capsys, "summary", "99", "--db", str(tmp_path / "s.sqlite"))
    assert code == 1 and "no statement 99" in err


def test_a_missing_data_file_is_not_created_by_a_reading_command(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "typo" / "s.sqlite"
    code, _, err = run(capsys, "summary", "2", "--db", str(db))
    assert code == 1 and f"There is no data file at {db}. Nothing was created." in err
    assert not db.parent.exists()
    code, out, _ = run(capsys, "list", "--db", str(db))
    assert code == 0 and "No committees yet" in out and not db.parent.exists()


def test_demo_then_summary_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    doc = json.loads(run(capsys, "list", "--json", "--db", str(db))[1])
    forms = [s["form"] for s in doc["committees"][0]["statements"]]
    assert forms == ["F460", "F460", "F497"]
    second = doc["committees"][0]["statements"][1]["id"]
    code, out, _ = run(capsys, "summary", str(second), "--json", "--db", str(db))
    summary = json.loads(out)
    assert code == 0
    assert list(summary["lines"]) == [str(n) for n in range(1, 20)]
    assert set(summary["lines"]["1"]) == {"a", "b"} and set(summary["lines"]["12"]) == {"a"}
    assert {k: list(v) for k, v in summary["schedules"].items()} == {
        "A": ["1", "2", "3"], "B1": ["1", "2", "3"], "C": ["1", "2", "3"],
        "D": ["1", "2", "3"], "E": ["1", "2", "3", "4"], "F": ["1", "2", "3"],
        "H": ["1", "2", "3"], "I": ["1", "2", "3", "4"]}
    first = doc["committees"][0]["statements"][0]["id"]
    prev = json.loads(run(capsys, "summary", str(first), "--json", "--db", str(db))[1])
    assert summary["lines"]["12"]["a"] == prev["lines"]["16"]["a"]

    # The Form 497 has an election, not a period, and no summary page.
    late = doc["committees"][0]["statements"][2]
    assert (late["form"], late["period_from"]) == ("F497", None)
    assert f"{late['id']:>5}  F497  election 2026-11-03  draft" in run(
        capsys, "list", "--db", str(db))[1]
    code, out, err = run(capsys, "summary", str(late["id"]), "--db", str(db))
    assert code == 1 and out == "" and "is a Form 497, which has no summary page" in err


def test_text_summary_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    run(capsys, "demo", "--db", str(db))
    code, out, _ = run(capsys, "summary", "1", "--db", str(db))
    assert code == 0 and "ENDING CASH BALANCE" in out and "4,450.00" in out
