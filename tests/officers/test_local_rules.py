"""Acceptance (issue #12): a city with a $25 itemization threshold and its own
contribution limits changes what the check says, and a state committee still files with
the SOS. Real SQLite files, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services.editing import add_transaction
from calaccess_desktop.services.officers import (
    itemize_threshold,
    late_threshold,
    officers_of,
    primary_officer,
)
from calaccess_desktop.services.store import Store

SMALL = {"Ctrib_NamL": "Nguyen", "Ctrib_NamF": "Tam", "Ctrib_City": "Sacramento",
         "Ctrib_ST": "CA", "Ctrib_ZIP4": "95814", "Rcpt_Date": "20260410", "Amount": "50.00",
         "Entity_Cd": "IND"}  # no street address: fine unitemized, missing once itemized


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out + out.err


def findings(capsys: pytest.CaptureFixture[str], db: Path, statement: int) -> list[dict]:
    _code, out = cli(capsys, "--db", str(db), "validate", str(statement), "--json")
    return json.loads(out)


def schedule_a(capsys: pytest.CaptureFixture[str], db: Path, statement: int) -> dict:
    _code, out = cli(capsys, "--db", str(db), "summary", str(statement), "--json")
    return json.loads(out)["schedules"]["A"]


@pytest.fixture
def demo_db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """The demo city-council committee (statement 1: its first Form 460) with one more
    $50 contribution whose contributor gave no street address."""
    db = tmp_path / "demo.sqlite"
    code, _out = cli(capsys, "--db", str(db), "demo")
    assert code == 0
    store = Store.open(db)
    try:
        with store.transaction() as session:
            add_transaction(session, 1, "RCPT", "A", dict(SMALL))
    finally:
        store.close()
    return db


def _about(found: list[dict], rule: str, words: str) -> list[dict]:
    return [f for f in found if f["rule_id"] == rule and words in f["message"]]


def test_practice_city_threshold_and_limits_change_the_check(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    state = findings(capsys, demo_db, 1)
    assert not _about(state, "F460-A-002", "Tam Nguyen")  # $50: unitemized at the state's $100
    assert not [f for f in state if f["rule_id"] == "F460-A-018"]  # under $5,900
    assert schedule_a(capsys, demo_db, 1)["2"] == "125.00"  # three $25 and the $50

    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "PRAC")
    assert code == 0 and "the Practice City Clerk (PRAC)" in out
    store = Store.open(demo_db)
    try:
        with store.read() as session:
            assert itemize_threshold(session, 1) == 2500
            assert late_threshold(session, 1, 100000) == 50000
    finally:
        store.close()

    city = findings(capsys, demo_db, 1)
    missing = _about(city, "F460-A-002", "Tam Nguyen")
    assert missing and missing[0]["location"]["field"] == "Ctrib_Adr1"
    assert missing[0]["severity"] in ("error", "warning")
    over = [f for f in city if f["rule_id"] == "F460-A-018"]
    # Contributors of $625, $680, $750, $875 and $1,000 to a council candidate (CCM):
    # Practice City's $500 limit, set where this committee files.
    assert len(over) == 5
    goldberg = _about(over, "F460-A-018", "Samuel Goldberg")
    assert goldberg and "$625.00" in goldberg[0]["message"]
    assert "$500.00 limit on a person's contributions to a Practice City council " \
        "candidate set where this committee files (the Practice City Clerk" in \
        goldberg[0]["message"]
    assert "($125.00)" in goldberg[0]["fix"]
    assert schedule_a(capsys, demo_db, 1)["2"] == "0.00"  # everyone from $25 is itemized
    # The words name the committee's own officer, not the SOS.
    messages = " ".join(f["message"] + " " + f["fix"] for f in city)
    assert "Practice City Clerk's e-filing system" in messages
    assert "Secretary of State" not in messages

    # Back to the state: the same check as before, word for word.
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--state")
    assert code == 0 and "the Secretary of State (SOS)" in out
    assert findings(capsys, demo_db, 1) == state


def test_mayor_gets_the_mayors_limit_and_other_offices_the_citys_general_one(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(demo_db)
    try:
        with store.transaction() as session:
            from calaccess_desktop.services.profile_fields import load_profile, save_profile

            values = load_profile(session, 1)
            values["Office_Cd"] = "MAY"
            save_profile(session, 1, {k: v for k, v in values.items()
                                      if not k.startswith("filing_")}, ["PRAC"])
    finally:
        store.close()
    # Statement 1: nobody gave more than $1,000 (the $875 was over the council's $500).
    assert not [f for f in findings(capsys, demo_db, 1) if f["rule_id"] == "F460-A-018"]
    # Statement 2: the year's totals pass the mayor's $1,000.
    over = [f for f in findings(capsys, demo_db, 2) if f["rule_id"] == "F460-A-018"]
    assert over and all("$1,000.00 limit" in f["message"] and "mayor of Practice City"
                        in f["message"] for f in over)


def test_a_state_committee_files_with_the_sos_by_default(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "state.sqlite"
    cli(capsys, "--db", str(db), "demo")
    store = Store.open(db)
    try:
        with store.read() as session:
            assert [o.code for o in officers_of(session, 1)] == ["SOS"]
            primary = primary_officer(session, 1)
    finally:
        store.close()
    assert primary.is_sos and primary.method == "sos" and not primary.netfile_agency
    store = Store.open(db)
    try:
        with store.read() as session:
            assert itemize_threshold(session, 1) == 10000
            assert late_threshold(session, 1, 100000) == 100000
    finally:
        store.close()
    code, out = cli(capsys, "--db", str(db), "officers", "--committee", "1")
    assert code == 0 and "Takes filings by e-filing with the Secretary of State" in out
    found = findings(capsys, db, 1)
    assert any("Secretary of State's system" in f["message"] for f in found)
    # Filing both with a city and the state: e-filing goes to the first one chosen.
    cli(capsys, "--db", str(db), "set-officer", "1", "SOS", "SFO")
    store = Store.open(db)
    try:
        with store.read() as session:
            assert primary_officer(session, 1).code == "SOS"
            assert [o.code for o in officers_of(session, 1)] == ["SOS", "SFO"]
    finally:
        store.close()


def test_set_officer_refuses_unknown_codes_in_words_and_changes_nothing(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo_db.read_bytes()
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "NOPE")
    assert code == 1 and "no filing officer with the code 'NOPE'" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1")
    assert code == 2 and "Give the filing officer's code" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--email", "a@b.example")
    assert code == 2 and "--other NAME" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "99", "SOS")
    assert code == 1 and "99" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--other", "Clerk",
                    "--email", "not an address")
    assert code == 1 and "does not look like an e-mail address" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--other", " ")
    assert code == 1 and "Give the other filing officer's name" in out
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--other", "x" * 300)
    assert code == 1 and "longer than 200 characters" in out
    assert demo_db.read_bytes() == before


def test_set_officer_other_stores_its_details(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = cli(capsys, "--db", str(demo_db), "set-officer", "1", "--other",
                    "City Clerk of Arcata", "--email", "clerk@arcata.example",
                    "--address", "736 F Street; Arcata, CA 95521")
    assert code == 0 and "City Clerk of Arcata (OTHER)" in out
    code, out = cli(capsys, "--db", str(demo_db), "officers", "--committee", "1", "--json")
    [other] = json.loads(out)
    assert other["method"] == "email" and other["email"] == "clerk@arcata.example"
    assert other["address"] == ["736 F Street", "Arcata, CA 95521"]
    # An "other" officer follows the state's rules: the check is the state's.
    assert not _about(findings(capsys, demo_db, 1), "F460-A-002", "Tam Nguyen")


BIG = {"Ctrib_NamL": "Vega", "Ctrib_NamF": "Rosa", "Ctrib_Adr1": "900 J Street",
       "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95814",
       "Ctrib_Occ": "Engineer", "Ctrib_Emp": "Caltrans", "Rcpt_Date": "20260412",
       "Amount": "6000.00", "Entity_Cd": "IND"}


def test_over_the_state_default_the_fix_says_to_choose_the_city(
        demo_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.open(demo_db)
    try:
        with store.transaction() as session:
            add_transaction(session, 1, "RCPT", "A", dict(BIG))
    finally:
        store.close()
    [state] = _about(findings(capsys, demo_db, 1), "F460-A-018", "Rosa Vega")
    assert "$5,900.00 limit" in state["message"] and "has no limit of its own" in \
        state["message"]
    assert "choose its filing officer in the committee profile" in state["fix"]
    cli(capsys, "--db", str(demo_db), "set-officer", "1", "PRAC")
    [city] = _about(findings(capsys, demo_db, 1), "F460-A-018", "Rosa Vega")
    assert "$500.00 limit" in city["message"] and "($5,500.00)" in city["fix"]
    assert "choose its filing officer" not in city["fix"]
