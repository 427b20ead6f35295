"""The judges' check: a statement exported from the demo and broken by hand (a negative
contribution, a date after the period) fails ``validate FILE`` with exit 1 naming the
entry; a date before the period is a warning that says how to report it."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.store import Store


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    try:
        with store.transaction() as session:
            _cid, ids = create_demo(session)
        return export_statement(store, ids[0])
    finally:
        store.close()


def _break(data: bytes, **fields: str) -> tuple[bytes, int, str]:
    """Change the first Schedule A contribution; returns (file, its line, its Tran_ID)."""
    rows = list(csv.reader(io.StringIO(data.decode(), newline="")))
    line = next(i for i, r in enumerate(rows) if r[:2] == ["RCPT", "A"])
    rec = CalRecord(rows[line], cvr_form="F460")
    for name, value in fields.items():
        rec.set(name, value)
    rows[line] = rec.values
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(), line + 1, rec.get("Tran_ID")


def _validate(tmp_path: Path, data: bytes) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "broken.cal"
    path.write_bytes(data)
    return subprocess.run([sys.executable, "-m", "calaccess_desktop", "validate", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_clean_export_is_not_blocked(tmp_path: Path, exported: bytes) -> None:
    run = _validate(tmp_path, exported)
    assert " error " not in run.stdout + run.stderr, run.stdout


def test_negative_contribution_fails_naming_the_entry(tmp_path: Path, exported: bytes) -> None:
    data, line, tran_id = _break(exported, Amount="-150.00")
    run = _validate(tmp_path, data)
    assert run.returncode == 1, run.stdout + run.stderr
    hit = [x for x in run.stdout.splitlines() if "APP-NEG-001" in x]
    assert hit and f":{line}:" in hit[0] and tran_id in hit[0], run.stdout
    assert "Schedule E payment with code RFD" in hit[0] and "amend" in hit[0]


def test_date_after_the_period_fails_naming_the_entry(tmp_path: Path, exported: bytes) -> None:
    data, line, tran_id = _break(exported, Rcpt_Date="20260705")  # period ends 06/30/2026
    run = _validate(tmp_path, data)
    assert run.returncode == 1, run.stdout + run.stderr
    hit = [x for x in run.stdout.splitlines() if "F460-A-010" in x]
    assert hit and f":{line}:" in hit[0] and tran_id in hit[0] and " error " in hit[0]
    assert "07/05/2026" in hit[0]


def test_date_before_the_period_is_a_warning_saying_how(tmp_path: Path,
                                                        exported: bytes) -> None:
    data, line, _tran_id = _break(exported, Rcpt_Date="20251220")
    run = _validate(tmp_path, data)
    hit = [x for x in run.stdout.splitlines() if "APP-DATE-001" in x]
    assert hit and f":{line}:" in hit[0] and " warning " in hit[0], run.stdout
    assert "amend it if it is already filed" in hit[0]
