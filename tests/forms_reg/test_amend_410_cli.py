"""``amend-410 COMMITTEE [--json]`` and ``terminate COMMITTEE --on YYYY-MM-DD``: the
real CLI on a real data file makes the 410 amendment listing what changed in the
profile (or says nothing changed), and the terminating 410; refusals are plain words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.profile_fields import load_profile, save_profile
from calaccess_desktop.services.store import Store


def _file(db: Path, sid: int) -> None:
    store = Store.open(db)
    try:
        with store.transaction() as s:
            stmt = s.get(Statement, sid)
            assert stmt is not None
            stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2901001"
    finally:
        store.close()


def _change_profile(db: Path, committee_id: int, **changes: str) -> None:
    store = Store.open(db)
    try:
        with store.transaction() as s:
            save_profile(s, committee_id, {**load_profile(s, committee_id), **changes})
    finally:
        store.close()


def _410s(db: Path, committee_id: int) -> list[tuple[int, int, str]]:
    """(id, amendment number, Term_Date) of the committee's 410s."""
    store = Store.open(db)
    try:
        with store.read() as s:
            rows = s.query(Statement).filter(Statement.form_type == "F410",
                                             Statement.committee_id == committee_id)
            return sorted((r.id, r.report_num,
                           CalRecord(list(r.cover), cvr_form="F410").get("Term_Date"))
                          for r in rows)
    finally:
        store.close()


def test_amend_410_lists_what_changed_or_says_nothing_did(
        reg_demo: dict, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = reg_demo["committees"].candidate_committee
    first = reg_demo["F410"]
    _file(db_path, first)
    assert main(["amend-410", str(cid), "--db", str(db_path)]) == 0
    assert "Nothing changed" in capsys.readouterr().out
    assert [r[0] for r in _410s(db_path, cid)] == [first]  # nothing made

    _change_profile(db_path, cid, Tres_Phon="916-555-0100")
    assert main(["amend-410", str(cid), "--json", "--db", str(db_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["made"] is True and out["draft_updated"] is False
    assert out["compared_with"] == first and out["amendment"] == 1
    assert [c["what"] for c in out["changes"]] == ["treasurer's phone"]
    assert out["changes"][0]["after"] == "916-555-0100"
    made = out["statement"]
    assert _410s(db_path, cid) == [(first, 0, ""), (made, 1, "")]
    store = Store.open(db_path)
    try:
        with store.read() as s:
            stmt = s.get(Statement, made)
            assert stmt is not None and stmt.amends_statement_id == first
            assert CalRecord(list(stmt.cover), cvr_form="F410").get("Tres_Phon") == \
                "916-555-0100"
            assert "treasurer's phone" in stmt.amendment_reason
    finally:
        store.close()
    # The amendment is a draft that matches the profile: nothing more to amend.
    assert main(["amend-410", str(cid), "--db", str(db_path)]) == 0
    assert "Nothing changed" in capsys.readouterr().out


def test_amend_410_in_words(reg_demo: dict, db_path: Path,
                            capsys: pytest.CaptureFixture[str]) -> None:
    cid = reg_demo["committees"].candidate_committee
    _file(db_path, reg_demo["F410"])
    _change_profile(db_path, cid, County_Act="Yolo")
    name = "Maria Lopez for City Council 2026"
    assert main(["amend-410", name, "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Made amendment 1 of the Form 410 of {name}")
    assert "  - jurisdiction where active" in out and "Yolo" in out
    assert "within 10 days" in out


def test_terminate_makes_the_terminating_410_once(
        reg_demo: dict, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cid = reg_demo["committees"].candidate_committee
    first = reg_demo["F410"]
    _file(db_path, first)
    assert main(["terminate", str(cid), "--on", "2026-12-31", "--json",
                 "--db", str(db_path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["termination_date"] == "2026-12-31" and out["made"] is True
    assert _410s(db_path, cid) == [(first, 0, ""), (out["statement"], 1, "20261231")]
    _file(db_path, out["statement"])
    assert main(["terminate", str(cid), "--on", "2027-01-15", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "already terminates the committee" in err and "12/31/2026" in err
    assert "Traceback" not in err
    assert len(_410s(db_path, cid)) == 2


def test_refusals_are_plain_words(reg_demo: dict, db_path: Path,
                                  capsys: pytest.CaptureFixture[str]) -> None:
    candidate = reg_demo["committees"].candidate  # a candidate with no committee, no 410
    assert main(["amend-410", str(candidate), "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "has no Form 410 yet, so there is nothing to amend" in err
    assert main(["terminate", str(candidate), "--on", "2026-12-31",
                 "--db", str(db_path)]) == 1
    assert "nothing to terminate" in capsys.readouterr().err
    assert main(["terminate", "1", "--on", "12/31/2026", "--db", str(db_path)]) == 2
    assert "is not a date like 2026-12-31" in capsys.readouterr().err
    assert main(["amend-410", "No Such Committee", "--db", str(db_path)]) == 1
    err = capsys.readouterr().err
    assert "There is no committee 'No Such Committee'" in err and "Traceback" not in err
