"""The check asks the calendar: an unsigned or overdue Form 497 is not "No problems
found", an amendment is never "not filed yet" or late, late-report deadlines and an
odd pre-election period get one date everywhere."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms import calendar
from calaccess_desktop.services import editing
from calaccess_desktop.services.checking import check_snapshot
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.entries import statement_info, update_statement
from calaccess_desktop.services.late_reports import late_reports_owed
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.statement_list import list_statement_items
from calaccess_desktop.services.store import Store

D = dt.date


@pytest.fixture
def demo(store: Store) -> tuple[int, list[int]]:
    with store.transaction() as s:
        return create_demo(s)


def _found(store: Store, sid: int, today: dt.date) -> dict[str, list[str]]:
    with store.read() as s:
        findings = check_snapshot(build_snapshot(s, sid), today=today)
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.rule_id, []).append(f.message)
    return out


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "calaccess_desktop", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_an_unsigned_or_overdue_497_is_reported(store: Store, demo, db_path: Path) -> None:
    _cid, (_first, _second, late) = demo
    on_time = _found(store, late, D(2026, 8, 12))  # due 24 hours after Aug 11
    assert "DATE-002" not in on_time
    assert "not signed yet" in on_time["LATE-VER-001"][0]
    overdue = _found(store, late, D(2026, 8, 13))
    assert overdue["DATE-002"] == [
        "This Form 497 was due on 08/12/2026 and is not filed yet."]
    store.close()
    run = _cli(db_path, "validate", str(late))
    assert run.returncode == 0, run.stderr  # warnings do not block filing
    assert "not signed yet" in run.stdout and "No problems" not in run.stdout
    store_again = Store.open(db_path)
    with store_again.transaction() as s:
        editing.add_transaction(s, late, "CVR3", "F497", {
            "Entity_Cd": "TRE", "Sig_NamL": "Nguyen", "Sig_NamF": "David",
            "Sig_Date": "20261013"})
    assert "LATE-VER-001" not in _found(store_again, late, D(2026, 8, 12))
    store_again.close()


def _amend(store: Store, sid: int) -> int:
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        stmt.status = "filed"
    with store.transaction() as s:
        return editing.amend_statement(s, sid, "Adds a contribution left off Schedule A.")


def test_an_amendment_is_never_late(store: Store, demo, db_path: Path) -> None:
    cid, (first, _second, late) = demo
    years_later = D(2028, 1, 1)
    assert "DATE-002" in _found(store, first, years_later)
    amended = [_amend(store, first), _amend(store, late)]
    for sid in amended:
        found = _found(store, sid, years_later)
        assert "DATE-002" not in found and "DATE-003" not in found, found
    with store.read() as s:
        assert all(statement_info(s, sid).due is None for sid in amended)
        items = {i.id: i for i in list_statement_items(s, cid)}
        assert all(items[sid].due is None for sid in amended)
    store.close()
    doc = json.loads(_cli(db_path, "list", "--json").stdout)
    due = {st["id"]: st["due"] for c in doc["committees"] for st in c["statements"]}
    assert [due[sid] for sid in amended] == [None, None]
    assert due[first] == "2026-07-31"  # the original keeps its deadline


def test_late_contribution_deadline_moves_off_labor_day_weekend(store: Store, demo) -> None:
    _cid, (_first, second, _late) = demo
    with store.transaction() as s:
        editing.add_transaction(s, second, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
            "Ctrib_Adr1": "12 J St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95814", "Ctrib_Occ": "Nurse", "Ctrib_Emp": "Sutter Health",
            "Rcpt_Date": "20260904", "Amount": "1500.00"})
    with store.read() as s:
        owed = late_reports_owed(s, second, today=D(2026, 9, 5))
    words = [f.message for f in owed if "Okafor" in f.message]
    # 24 hours after Friday Sep 4 is Saturday; Monday Sep 7 is Labor Day
    assert len(words) == 1 and "is due within 24 hours, by 09/08/2026" in words[0], words


def test_a_pre_election_period_ending_late_has_one_due_date(store: Store, demo) -> None:
    cid, (_first, second, _late) = demo
    with store.transaction() as s:
        update_statement(s, second, period_from=D(2026, 7, 1),
                         period_through=D(2026, 9, 30), stmt_type="PE",
                         election_date=D(2026, 11, 3))
    with store.read() as s:
        header = statement_info(s, second).due
        listed = next(i.due for i in list_statement_items(s, cid) if i.id == second)
    assert header == listed == D(2026, 10, 22)  # the second pre-election deadline
    found = _found(store, second, D(2026, 10, 23))
    assert found["DATE-002"] == ["This statement was due on 10/22/2026 and is not filed yet."]
    assert "DATE-002" not in _found(store, second, D(2026, 10, 22))
    # the check names the period ends the new-statement dialog suggests, in the same words
    (words,) = found["GEN-PER-003"]
    assert words == calendar.period_problem("PE", D(2026, 7, 1), D(2026, 9, 30),
                                            D(2026, 11, 3))
    assert "September 19, 2026" in words and "October 17, 2026" in words


def test_demo_then_list_json_gives_the_acceptance_due_dates(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert _cli(db, "demo").returncode == 0
    run = _cli(db, "list", "--json")
    assert run.returncode == 0, run.stderr
    (committee,) = json.loads(run.stdout)["committees"]
    got = {(s["form"], s["period_through"]): s["due"] for s in committee["statements"]}
    assert got == {("F460", "2026-06-30"): "2026-07-31", ("F460", "2026-09-19"): "2026-09-24",
                   ("F497", None): "2026-08-12"}
    for s in committee["statements"]:  # the keys list had before, plus "due"
        assert list(s) == ["id", "form", "period_from", "period_through", "status",
                           "amendment", "due"]
    text = _cli(db, "list").stdout
    assert "2026-01-01 to 2026-06-30  draft  due 2026-07-31" in text
