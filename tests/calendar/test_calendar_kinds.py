"""The calendar's conditional and registration items from a real data file, through the
real CLI: a new candidate committee (Forms 501 and 410), a PAC (special odd-year,
supplemental pre-election, Form 465), and what covers each."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from calaccess_desktop.services.editing import create_committee, create_statement
from calaccess_desktop.services.filing_calendar import committee_year, next_due
from calaccess_desktop.services.store import Store
from tests.trust.data_file_support import run_cli

D = dt.date
GENERAL = D(2026, 11, 3)


def _store(path: Path) -> Store:
    return Store.open(path)


def test_a_new_candidate_committee_owes_a_501_and_a_410(tmp_path: Path) -> None:
    db = tmp_path / "new.sqlite"
    store = _store(db)
    try:
        with store.transaction() as session:
            cid = create_committee(session, "Ana Ruiz for Council 2026", committee_type="C",
                                   entity_cd="CTL", profile={"elections": "2026-11-03"})
    finally:
        store.close()
    ran = run_cli(tmp_path, "calendar", str(cid), "--year", "2026", "--json", "--db", str(db))
    assert ran.code == 0, ran.err
    items = json.loads(ran.out)["items"]
    registration = [i for i in items if i["kind"] == "registration"]
    assert registration == [
        {"kind": "registration", "form": "F501", "period_from": "2026-01-01",
         "period_through": "2026-11-03", "due": None, "election": "2026-11-03"},
        {"kind": "registration", "form": "F410", "period_from": "2026-01-01",
         "period_through": "2026-12-31", "due": None, "election": None}]
    words = run_cli(tmp_path, "calendar", str(cid), "--year", "2026", "--db", str(db)).out
    assert ("Candidate intention statement (Form 501) for the Nov 3, 2026 election: before "
            "soliciting or receiving any contribution") in words
    assert "Statement of organization (Form 410): within 10 days of receiving $2,000" in words
    assert "annual fee" not in words  # not registered yet

    # the treasurer gives the day it qualified; a 501 is started: the 410 is dated, the
    # 501 covered by its statement
    store = _store(db)
    try:
        with store.transaction() as session:
            from calaccess_desktop.services.editing import update_committee

            update_committee(session, cid, profile={"elections": "2026-11-03",
                                                    "Qualfy_Dt": "10/20/2026"})
            f501 = create_statement(session, cid, "F501", election_date=GENERAL)
        with store.read() as session:
            year = committee_year(session, cid, 2026)
    finally:
        store.close()
    planned = {p.item.form: p for p in year.planned if p.item.kind == "registration"}
    assert planned["F501"].statement_id == f501
    # qualified 14 days before an election it files pre-election statements for: 24 hours
    assert (planned["F410"].item.period_through, planned["F410"].item.due) == (
        D(2026, 10, 20), D(2026, 10, 21))
    assert "(the committee qualified on Oct 20, 2026)" in planned["F410"].item.sentence()
    # the 410 is the next deadline, then a late one; a 501 (no day) never is
    store = _store(db)
    try:
        with store.read() as session:
            on_time = next_due(session, cid, D(2026, 10, 21))
            after = next_due(session, cid, D(2026, 10, 23))
    finally:
        store.close()
    assert on_time.item is not None and on_time.item.form == "F410"
    assert [i.form for i in after.late] == ["F410"]
    assert after.item is not None and after.item.form == "F460"


def test_a_registered_committee_with_statements_owes_neither(tmp_path: Path) -> None:
    db = tmp_path / "reg.sqlite"
    store = _store(db)
    try:
        with store.transaction() as session:
            cid = create_committee(session, "Ben Ode for Mayor", filer_id="1400001",
                                   committee_type="C", entity_cd="CTL",
                                   profile={"elections": "2026-11-03"})
            create_statement(session, cid, "F460", period_from=D(2026, 1, 1),
                             period_through=D(2026, 6, 30), stmt_type="SA")
    finally:
        store.close()
    ran = run_cli(tmp_path, "calendar", str(cid), "--year", "2026", "--db", str(db))
    assert ran.code == 0, ran.err
    assert "Form 501" not in ran.out and "Form 410" not in ran.out
    assert "Also: the committee's annual fee of $50 is due by Jan 15, 2026" in ran.out


def test_a_pac_lists_what_it_owes_only_if(tmp_path: Path) -> None:
    db = tmp_path / "pac.sqlite"
    store = _store(db)
    try:
        with store.transaction() as session:
            cid = create_committee(session, "Valley Jobs PAC", filer_id="1400002",
                                   committee_type="G", entity_cd="RCP",
                                   profile={"elections": "2026-11-03, 2027-11-02"})
            se = create_statement(session, cid, "F460", period_from=D(2026, 7, 1),
                                  period_through=D(2026, 9, 19), stmt_type="SE",
                                  election_date=GENERAL)
            f465 = create_statement(session, cid, "F465", period_from=D(2026, 9, 20),
                                    period_through=D(2026, 10, 17), stmt_type="PE",
                                    election_date=GENERAL)
        with store.read() as session:
            year = committee_year(session, cid, 2026)
    finally:
        store.close()
    cond = [(p.item.form, p.item.statement_type, p.item.period_through, p.statement_id)
            for p in year.planned if p.item.kind == "conditional"]
    assert cond == [
        ("F465", "SA", D(2026, 6, 30), None),
        ("F460", "SE", D(2026, 9, 19), se),
        ("F465", "PE", D(2026, 9, 19), None),
        ("F460", "SE", D(2026, 10, 17), None),
        ("F465", "PE", D(2026, 10, 17), f465),
        ("F465", "SA", D(2026, 12, 31), None)]
    # the supplemental statement does not cover the regular semi-annual, nor the 465 it
    statements = [(p.item.period_through, p.statement_id) for p in year.planned
                  if p.item.kind == "statement"]
    assert statements == [(D(2026, 6, 30), None), (D(2026, 12, 31), None)]
    ran = run_cli(tmp_path, "calendar", str(cid), "--year", "2027", "--json", "--db", str(db))
    assert ran.code == 0, ran.err
    sy = [i for i in json.loads(ran.out)["items"] if i.get("statement_type") == "SY"]
    assert sy == [
        {"kind": "conditional", "form": "F460", "statement_type": "SY",
         "period_from": "2027-01-01", "period_through": "2027-03-31", "due": "2027-04-30",
         "election": None},
        {"kind": "conditional", "form": "F460", "statement_type": "SY",
         "period_from": "2027-07-01", "period_through": "2027-09-30", "due": "2027-11-01",
         "election": None}]
    text = run_cli(tmp_path, "calendar", str(cid), "--year", "2027", "--db", str(db)).out
    assert "Special odd-year statement (Form 460), Jan 1, 2027 to Mar 31, 2027, due Friday, " \
           "April 30, 2027, only if the committee contributes $10,000 or more" in text
    help_text = run_cli(tmp_path, "calendar", "--help").out
    assert "'conditional'" in help_text and "'registration'" in help_text
