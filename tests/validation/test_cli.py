"""``calaccess-desktop validate STATEMENT | FILE.cal [--json]``: one finding per line,
exit 1 when filing is blocked, 0 otherwise."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services import editing
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from tests.support.samplecal import write_filing


@pytest.fixture
def demo_db(db_path: Path) -> tuple[Path, list[int]]:
    store = Store.open(db_path)
    try:
        with store.transaction() as session:
            _cid, ids = create_demo(session)
    finally:
        store.close()
    return db_path, ids


def _remove_candidate_signature(db: Path, statement_id: int) -> None:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    store = Store.open(db)
    with store.transaction() as session:
        rid = session.scalars(select(Record.id).where(
            Record.statement_id == statement_id, Record.rec_type == "CVR3",
            Record.entity_cd == "CAO")).one()
        editing.delete_transaction(session, rid)
    store.close()


def test_statement_with_errors_exits_1(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db, (first, _second, _late) = demo_db
    _remove_candidate_signature(db, first)
    code = main(["--db", str(db), "validate", str(first)])
    out = capsys.readouterr().out.splitlines()
    assert code == 1
    assert any("error GEN-VER-001" in line and line.startswith(f"statement {first}:")
               for line in out)
    assert out[-1].endswith("filing is blocked")


def test_statement_without_errors_exits_0(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db, (_first, _second, late) = demo_db
    assert main(["--db", str(db), "validate", str(late)]) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("0 error(s)")


def test_json_output(demo_db, capsys) -> None:  # type: ignore[no-untyped-def]
    db, (first, _second, _late) = demo_db
    code = main(["--db", str(db), "validate", str(first), "--json"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data and {"rule_id", "severity", "location", "message", "fix"} <= set(data[0])
    assert {d["severity"] for d in data} == {"warning"}
    assert all(d["location"]["statement_id"] == first for d in data)


def test_files(tmp_path: Path, sample_dir: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    clean = write_filing(sample_dir, "F497", tmp_path / "late.cal", smry=False)
    assert main(["validate", str(clean)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{clean}:") and "warning" in out[0]
    lines = clean.read_text().splitlines()
    broken = tmp_path / "broken.cal"
    lines[1] = lines[1].replace(",1239605,", ",,", 1)
    broken.write_text("\r\n".join(lines) + "\r\n")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert f"{broken}:2: Cover page Committee ID number (Filer_ID): error GEN-ID-001" in out


def test_missing_statement_and_file(store: Store, db_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--db", str(db_path), "validate", "999"]) == 1
    assert "999" in capsys.readouterr().err
    assert main(["validate", "no/such/file.cal"]) == 1
    assert "no/such/file.cal" in capsys.readouterr().err
