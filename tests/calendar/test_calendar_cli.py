"""``calendar COMMITTEE [--year] [--json]`` through the real CLI, on a real data file, and
the service behind it (elections from statements and profile, what is due next)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calaccess_desktop.db.orm import Committee
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.editing import update_committee
from calaccess_desktop.services.filing_calendar import (
    NoSuchCommittee,
    committee_year,
    find_committee,
    next_due,
)
from calaccess_desktop.services.store import Store
from tests.trust.data_file_support import make_demo, run_cli

D = dt.date

# Issue #11, "How we will judge it": the demo committee's 2026.
JUDGED = [
    {"kind": "statement", "form": "F460", "statement_type": "SA", "period_from": "2026-01-01",
     "period_through": "2026-06-30", "due": "2026-07-31", "election": None},
    {"kind": "statement", "form": "F460", "statement_type": "PE", "period_from": "2026-07-01",
     "period_through": "2026-09-19", "due": "2026-09-24", "election": "2026-11-03"},
    {"kind": "window", "form": "F497", "period_from": "2026-08-05",
     "period_through": "2026-11-03", "due": None, "election": "2026-11-03"},
    {"kind": "statement", "form": "F460", "statement_type": "PE", "period_from": "2026-09-20",
     "period_through": "2026-10-17", "due": "2026-10-22", "election": "2026-11-03"},
    {"kind": "statement", "form": "F460", "statement_type": "SA", "period_from": "2026-10-18",
     "period_through": "2026-12-31", "due": "2027-02-01", "election": None},
]


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    home = tmp_path_factory.mktemp("home")
    db = home / "demo.sqlite"
    make_demo(home, db)
    return home, db


def test_calendar_json_for_the_demo_committee(demo_db: tuple[Path, Path]) -> None:
    home, db = demo_db
    ran = run_cli(home, "calendar", "1", "--year", "2026", "--json", "--db", str(db))
    assert ran.code == 0, ran.err
    assert json.loads(ran.out) == {"committee": 1, "year": 2026, "items": JUDGED}
    by_name = run_cli(home, "calendar", "Maria Lopez", "--year", "2026", "--json",
                      "--db", str(db))
    by_filer_id = run_cli(home, "calendar", "1449876", "--year", "2026", "--json",
                          "--db", str(db))
    assert json.loads(by_name.out) == json.loads(by_filer_id.out) == json.loads(ran.out)


def test_calendar_in_plain_words(demo_db: tuple[Path, Path]) -> None:
    home, db = demo_db
    ran = run_cli(home, "calendar", "1", "--year", "2026", "--db", str(db))
    assert ran.code == 0, ran.err
    out = ran.out
    assert "Filing calendar 2026 for Maria Lopez for City Council 2026" in out
    assert "First pre-election statement (Form 460) for the Nov 3, 2026 election, Jul 1, " \
           "2026 to Sep 19, 2026, due Thursday, September 24, 2026 (started: statement 2)" in out
    assert "Second pre-election statement (Form 460) for the Nov 3, 2026 election, Sep 20, " \
           "2026 to Oct 17, 2026, due Thursday, October 22, 2026\n" in out
    assert "due Monday, February 1, 2027" in out
    assert "from Aug 5, 2026 through Nov 3, 2026, each one due within 24 hours" in out


@pytest.mark.parametrize("args,code,words", [
    (("calendar", "99"), 1, "There is no committee '99'"),
    (("calendar", "nobody at all"), 1, "There is no committee 'nobody at all'"),
    (("calendar", "1", "--year", "3000"), 2, "'3000' is not a year"),
    (("calendar", "1", "--year", "²"), 2, "is not a year"),
    (("calendar", "1", "--year", "1" * 40), 2, "is not a year"),
    (("calendar", "-1"), 1, "There is no committee '-1'"),
    (("calendar", ""), 1, "Name the committee"),
    (("calendar", "x" * 100_000), 1, "There is no committee 'xxxx"),
    (("calendar", "%"), 1, "There is no committee '%'"),
    (("calendar", "\x1b[31mred"), 1, "There is no committee '\\x1b[31mred'"),
    (("calendar", "9" * 5000), 1, "There is no committee '9999"),
])
def test_refusals_in_plain_words(demo_db: tuple[Path, Path], args: tuple[str, ...],
                                 code: int, words: str) -> None:
    home, db = demo_db
    before = db.read_bytes()
    ran = run_cli(home, *args, "--db", str(db))
    assert ran.code == code, (ran.out, ran.err)
    assert words in ran.err
    assert "Traceback" not in ran.err + ran.out
    assert db.read_bytes() == before


def test_no_data_file_is_said_and_not_created(tmp_path: Path) -> None:
    ran = run_cli(tmp_path, "calendar", "1", "--db", str(tmp_path / "none.sqlite"))
    assert ran.code == 1 and "There is no data file" in ran.err
    assert not (tmp_path / "none.sqlite").exists()


def _demo_store(tmp_path: Path) -> Store:
    store = Store.open(tmp_path / "d.sqlite")
    with store.transaction() as session:
        create_demo(session)
    return store


def test_profile_elections_add_the_primary(tmp_path: Path) -> None:
    store = _demo_store(tmp_path)
    try:
        with store.transaction() as session:
            committee = session.get(Committee, 1)
            assert committee is not None
            profile = dict(committee.profile)
            profile["elections"] = "2026-06-02, 2026-11-03"
            update_committee(session, 1, profile=profile)
        with store.read() as session:
            year = committee_year(session, 1, 2026)
        assert year.elections == (D(2026, 6, 2), D(2026, 11, 3))
        pre = [i for i in year.items if i.statement_type == "PE"]
        assert [i.election for i in pre] == [D(2026, 6, 2)] * 2 + [D(2026, 11, 3)] * 2
        # the demo's first statement (Jan 1 - Jun 30) covers the semi-annual item
        covered = {p.item.period_through: p.statement_id for p in year.planned}
        assert covered[D(2026, 6, 30)] == 1 and covered[D(2026, 9, 19)] == 2
        assert covered[D(2026, 4, 18)] is None
    finally:
        store.close()


def test_next_due_says_what_is_late_and_what_is_next(tmp_path: Path) -> None:
    store = _demo_store(tmp_path)
    try:
        with store.read() as session:
            december = next_due(session, 1, D(2026, 12, 1))
            august = next_due(session, 1, D(2026, 8, 20))
            with pytest.raises(NoSuchCommittee):
                find_committee(session, "12345678901234567890")
    finally:
        store.close()
    # the second pre-election statement was never started: late
    assert [(i.statement_type, i.period_through, i.due) for i in december.late] == [
        ("PE", D(2026, 10, 17), D(2026, 10, 22))]
    assert december.item is not None
    assert (december.item.period_through, december.item.due) == (D(2026, 12, 31), D(2027, 2, 1))
    assert december.windows == ()
    # in August: nothing late (statements 1 and 2 are started), the second pre-election next,
    # the 24-hour window open
    assert august.late == ()
    assert august.item is not None and august.item.due == D(2026, 10, 22)
    assert [(w.form, w.period_from) for w in august.windows] == [("F497", D(2026, 8, 5))]


def test_elections_typed_in_the_profile_editor(tmp_path: Path) -> None:
    from calaccess_desktop.services.editing import EditError
    from calaccess_desktop.services.profile_fields import load_profile, save_profile

    store = _demo_store(tmp_path)
    try:
        with store.transaction() as session:
            values = load_profile(session, 1)
            with pytest.raises(EditError, match="'2026-13-01' is not a date"):
                save_profile(session, 1, {**values, "elections": "2026-06-02, 2026-13-01"})
        with store.transaction() as session:
            save_profile(session, 1, {**load_profile(session, 1),
                                      "elections": "2026-06-02, 2026-11-03"})
        with store.read() as session:
            year = committee_year(session, 1, 2026)
            assert load_profile(session, 1)["elections"] == "2026-06-02, 2026-11-03"
        assert year.elections == (D(2026, 6, 2), D(2026, 11, 3))
        windows = [i for i in year.items if i.kind == "window"]
        assert [w.election for w in windows] == [D(2026, 6, 2), D(2026, 11, 3)]
    finally:
        store.close()
