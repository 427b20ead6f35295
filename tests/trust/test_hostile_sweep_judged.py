"""The judged scenario: the demo's statement exported, broken by hand (a negative
contribution, a date after the period on a receipt and on a payment), fails ``validate``
with exit status 1 naming each entry (who, and the problem in plain words), both as a
file and after it is imported, through the real command line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.trust.data_file_support import make_demo, run_cli
from tests.trust.hostile.cal_files import _field

NEGATIVE = ("RCPT,A,CD1-28,", b"500.00", b"-500.00")  # Grace Okafor, 07/06/2026
LATE_RECEIPT = ("RCPT,A,CD1-29,", b"20260715", b"20261015")  # Robert Chen, after 09/19
LATE_PAYMENT = ("EXPN,E,CD1-38,", b"20260815", b"20261020")  # KXJZ Capital Public Radio

SAID = {
    NEGATIVE: ("Grace Okafor", "contribution cannot be negative", "-$500.00"),
    LATE_RECEIPT: ("Robert Chen", "10/15/2026 is after the end of this statement's period"),
    LATE_PAYMENT: ("KXJZ Capital Public Radio",
                   "10/20/2026 is after the end of this statement's period"),
}


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    home = tmp_path_factory.mktemp("judged")
    db = home / "demo.sqlite"
    make_demo(home, db)
    ran = run_cli(home, "export", "2", "-o", str(home / "x.cal"), "--db", str(db))
    assert ran.code == 0, ran.err
    return home, db, (home / "x.cal").read_bytes()


def broken(base: bytes, *edits: tuple[str, bytes, bytes]) -> bytes:
    for prefix, old, new in edits:
        base = _field(base, prefix.encode(), old, new)
    return base


def error_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if ": error " in line]


def assert_named(out: str, edit: tuple[str, bytes, bytes], where: str) -> None:
    """One error line names the entry (its Tran_ID and who) and says what is wrong."""
    tran_id = edit[0].split(",")[2]
    lines = [line for line in error_lines(out) if f" {tran_id} " in line]
    assert lines, out
    assert any(line.startswith(where) and all(w in line for w in SAID[edit])
               for line in lines), lines


def test_the_clean_export_validates(exported: tuple[Path, Path, bytes]) -> None:
    home, _db, base = exported
    (home / "clean.cal").write_bytes(base)
    ran = run_cli(home, "validate", str(home / "clean.cal"))
    assert ran.code == 0 and not error_lines(ran.out), ran.out + ran.err


@pytest.mark.parametrize("edit", [NEGATIVE, LATE_RECEIPT, LATE_PAYMENT],
                         ids=["negative contribution", "receipt after the period",
                              "payment after the period"])
def test_one_hand_made_break_fails_validate_naming_the_entry(
        exported: tuple[Path, Path, bytes], edit: tuple[str, bytes, bytes]) -> None:
    home, _db, base = exported
    cal = home / f"broken-{edit[0].split(',')[2]}.cal"
    data = broken(base, edit)
    cal.write_bytes(data)
    ran = run_cli(home, "validate", str(cal))
    assert ran.code == 1, ran.out + ran.err
    assert "Traceback" not in ran.out + ran.err
    line_no = 1 + data.split(b"\n").index(
        next(ln for ln in data.split(b"\n") if ln.startswith(edit[0].encode())))
    assert_named(ran.out, edit, f"{cal}:{line_no}: ")
    assert ran.out.rstrip().endswith("filing is blocked"), ran.out


def test_all_breaks_after_import_fail_validate_of_the_statement(
        exported: tuple[Path, Path, bytes]) -> None:
    home, db, base = exported
    cal = home / "all-broken.cal"
    cal.write_bytes(broken(base, NEGATIVE, LATE_RECEIPT, LATE_PAYMENT))
    ran = run_cli(home, "validate", str(cal), "--db", str(db))
    assert ran.code == 1, ran.out + ran.err
    for edit in (NEGATIVE, LATE_RECEIPT, LATE_PAYMENT):
        assert_named(ran.out, edit, f"{cal}:")
    imported = run_cli(home, "import", str(cal), "--db", str(db))
    assert imported.code == 0, imported.err
    number = re.findall(r"\d+", imported.out.strip().splitlines()[-1])[-1]
    ran = run_cli(home, "validate", number, "--db", str(db))
    assert ran.code == 1, ran.out + ran.err
    for edit in (NEGATIVE, LATE_RECEIPT, LATE_PAYMENT):
        assert_named(ran.out, edit, f"statement {number}: ")
    as_json = run_cli(home, "validate", number, "--json", "--db", str(db))
    assert as_json.code == 1 and '"severity": "error"' in as_json.out
