"""``demo --all-forms``: the committees every form needs and each registered form's demo
statements, through the real CLI on a real data file; plain ``demo`` stays as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from calaccess_desktop.forms.registry import all_forms
from tests.trust.data_file_support import run_cli


@pytest.fixture(scope="module")
def all_forms_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    home = tmp_path_factory.mktemp("home")
    db = home / "all.sqlite"
    ran = run_cli(home, "demo", "--all-forms", "--db", str(db))
    assert ran.code == 0, ran.err
    assert "Traceback" not in ran.err
    return home, db, ran.out


def _rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = sqlite3.connect(db)
    try:
        return list(con.execute(sql))
    finally:
        con.close()


def test_every_form_with_a_demo_hook_has_statements(all_forms_db: tuple[Path, Path, str]) -> None:
    _home, db, out = all_forms_db
    forms = {f for (f,) in _rows(db, "select form_type from statements")}
    hooked = [s for s in all_forms() if s.demo is not None]
    for spec in hooked:
        assert spec.code in forms, f"{spec.code}: its demo hook made no statement"
        assert f"  {spec.short_name}: statement" in out
    assert {"F460", "F497"} <= forms  # the plain demo's statements are there too
    assert "Form 460: statements 1, 2" in out


def test_the_committees_each_form_needs(all_forms_db: tuple[Path, Path, str]) -> None:
    _home, db, out = all_forms_db
    committees = {name: (ctype, entity) for name, ctype, entity in _rows(
        db, "select name, committee_type, entity_cd from committees")}
    assert committees.items() >= {
        "Maria Lopez for City Council 2026": ("C", "CTL"),
        "Californians for Clean Water PAC": ("G", "RCP"),
        "Friends of Midtown Parks": ("G", "RCP"),
        "James Whitfield": ("", "CAO"),
        "Sierra Builders Association": ("", "MDI"),
    }.items()
    for words in ("(candidate committee)", "(PAC)", "(small committee)",
                  "(candidate with no committee)", "(major donor)"):
        assert words in out


def test_the_calendar_of_the_other_demo_committees(all_forms_db: tuple[Path, Path, str]) -> None:
    home, db, _out = all_forms_db
    (pac,) = _rows(db, "select id from committees where name like 'Californians%'")
    (candidate,) = _rows(db, "select id from committees where name = 'James Whitfield'")
    ran = run_cli(home, "calendar", str(pac[0]), "--year", "2026", "--json", "--db", str(db))
    assert ran.code == 0, ran.err
    windows = [i for i in json.loads(ran.out)["items"] if i["kind"] == "window"]
    assert [(w["form"], w["period_from"], w["period_through"]) for w in windows] == [
        ("F496", "2026-08-05", "2026-11-03"), ("F497", "2026-08-05", "2026-11-03")]
    ran = run_cli(home, "calendar", str(candidate[0]), "--year", "2026", "--json",
                  "--db", str(db))
    assert json.loads(ran.out)["items"] == [
        {"kind": "conditional", "form": "F470", "statement_type": None,
         "period_from": "2026-01-01", "period_through": "2026-12-31", "due": None,
         "election": "2026-11-03"},
        {"kind": "statement", "form": "F470", "statement_type": None,
         "period_from": "2026-01-01", "period_through": "2026-12-31", "due": "2026-09-24",
         "election": "2026-11-03"}]


def test_plain_demo_is_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "plain.sqlite"
    ran = run_cli(tmp_path, "demo", "--db", str(db))
    assert ran.code == 0, ran.err
    assert ran.out.startswith("created demo committee 1 with statements 1, 2, 3\n")
    assert _rows(db, "select count(*) from committees") == [(1,)]
    assert _rows(db, "select form_type from statements order by id") == [
        ("F460",), ("F460",), ("F497",)]
