"""Forms 410, 470 and 501 end to end: built from the profile (demo), exported exactly to
the CAL layouts and read back field for field, checked with no error they did not earn,
printed (real PDFs rendered with pdftoppm), and the 501 refused as a .CAL file."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.f501 import fields
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.printing import print_statement
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.engine import validate


def _stored(store: Store, sid: int) -> list[list[str]]:
    with store.read() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        rows = s.query(Record).filter(Record.statement_id == sid).order_by(Record.seq).all()
        return [list(stmt.cover), *(list(r.values) for r in rows)]


def _trim(values: list[str]) -> list[str]:
    while values and not values[-1]:
        values = values[:-1]
    return values


@pytest.mark.parametrize("code", ["F410", "F410_PAC", "F470"])
def test_export_reads_back_field_for_field(code: str, reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        data = export_statement(store, reg_demo[code])
        cal = read_cal(data, "out.cal")
        assert cal.problems == [], [p.render("out.cal") for p in cal.problems]
        assert cal.form_type == code[:4]
        read = [_trim(list(r.values)) for r in [cal.cover, *cal.records]]
        stored = [_trim(v) for v in _stored(store, reg_demo[code])]
        assert read[0][:9] == stored[0][:9]  # Rpt_Date (field 10) is set on export
        assert read[0][10:] == stored[0][10:]
        assert read[1:] == stored[1:]
        kinds = {(r.rec_type, r.form_type) for r in cal.records}
        assert ("CVR3", code[:4]) in kinds
    finally:
        store.close()


def test_410_lists_names_from_the_profile(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        cal = read_cal(export_statement(store, reg_demo["F410"]), "410.cal")
        cover = cal.cover
        assert cover is not None
        assert (cover.get("Adr1"), cover.get("City"), cover.get("County_Res")) == (
            "1420 K Street, Suite 300", "Sacramento", "Sacramento")
        assert cover.get("Control_CB") == "X" and cover.get("Bank_Nam")
        items = {r.get("Item_Cd"): r for r in cal.records if r.rec_type == "CVR2"}
        assert set(items) == {"ATR", "CTL"}
        assert items["CTL"].get("Enty_NamL") == "Lopez"
        assert items["CTL"].get("Year_Elect") == "2026"
        assert items["CTL"].get("Non_Pty_CB") == "X"
    finally:
        store.close()


@pytest.mark.parametrize("code", ["F410", "F410_PAC", "F470", "F501"])
def test_demo_checks_without_unearned_errors(code: str, reg_demo: dict,
                                             db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        with store.read() as s:
            snap = build_snapshot(s, reg_demo[code])
        errors = [f for f in validate(snap, rules=rule_set()) if f.severity == "error"]
        assert errors == []
    finally:
        store.close()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm is not installed")
@pytest.mark.parametrize(("code", "pages", "words"), [
    ("F410", 2, "STATEMENT OF ORGANIZATION"),
    ("F470", 1, "Campaign Statement - Short Form"),
    ("F501", 1, "file it on paper"),
])
def test_prints_real_pages(code: str, pages: int, words: str, reg_demo: dict,
                           db_path: Path, tmp_path: Path) -> None:
    store = Store.open(db_path)
    try:
        out = tmp_path / f"{code}.pdf"
        assert print_statement(store, reg_demo[code], out) == pages
    finally:
        store.close()
    subprocess.run(["pdftoppm", "-r", "60", "-png", str(out), str(tmp_path / "p")],
                   check=True)
    assert len(list(tmp_path.glob("p-*.png"))) == pages
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                              check=True, text=True).stdout
        assert words in " ".join(text.split())


def test_501_keeps_its_own_fields_by_name(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        with store.read() as s:
            stmt = s.get(Statement, reg_demo["F501"])
            assert stmt is not None
            assert stmt.cover[:2] == ["CVR", "F501"]
            values = fields.read(stmt.cover)
        assert values["Cand_NamL"] == "Whitfield"
        assert values["Office"] == "Board of Education"
        assert values["Elect_Year"] == "2026" and values["Sig_Date"] == "20260210"
        assert "VEC" not in values  # a school board seat: Part 2 does not apply
    finally:
        store.close()


def test_501_export_is_refused_in_plain_words(reg_demo: dict, db_path: Path,
                                              tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "501.cal"
    code = main(["--db", str(db_path), "export", str(reg_demo["F501"]), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 1
    assert "paper" in err and "Traceback" not in err
    assert not out.exists()


def test_501_rules_fire_when_earned(reg_demo: dict, db_path: Path) -> None:
    from calaccess_desktop.services.registration import start_501

    store = Store.open(db_path)
    try:
        committees = reg_demo["committees"]
        with store.transaction() as s:
            committee_id = committees.candidate  # type: ignore[attr-defined]
            from calaccess_desktop.db.orm import Committee

            c = s.get(Committee, committee_id)
            c.profile = {**c.profile, "Office_Cd": "ASM", "Juris_Cd": "ASM", "Dist_No": "7"}
            sid = start_501(s, committee_id, committees.election)  # type: ignore[attr-defined]
        with store.read() as s:
            snap = build_snapshot(s, sid)
        ids = {f.rule_id for f in validate(snap, rules=rule_set()) if f.severity == "error"}
        assert {"F501-P2-001", "F501-P3-001"} <= ids  # no VEC choice, not signed
        warned = {f.rule_id for f in validate(snap, rules=rule_set())}
        assert "F501-BNK-001" in warned  # no bank account, no "under $2,000" statement
        with store.read() as s:
            demo = build_snapshot(s, reg_demo["F501"])
        assert "F501-BNK-001" not in {f.rule_id for f in validate(demo, rules=rule_set())}
    finally:
        store.close()


def test_registry_lists_the_three_forms() -> None:
    for code, kind in (("F410", "registration"), ("F470", "once"), ("F501", "registration")):
        spec = form(code)
        assert spec is not None and spec.kind == kind and spec.printer is not None
    f501 = form("F501")
    assert f501 is not None and not f501.has_cal_layout and "paper" in f501.notes["filing"]


def test_501_part1_missing_is_named(reg_demo: dict, db_path: Path) -> None:
    from calaccess_desktop.db.orm import Committee
    from calaccess_desktop.services.registration import start_501

    store = Store.open(db_path)
    try:
        committees = reg_demo["committees"]
        with store.transaction() as s:
            cid = committees.candidate  # type: ignore[attr-defined]
            c = s.get(Committee, cid)
            c.profile = {k: v for k, v in c.profile.items()
                         if k not in ("Office_Cd", "Cand_Adr1")}
            sid = start_501(s, cid, committees.election)  # type: ignore[attr-defined]
        with store.read() as s:
            snap = build_snapshot(s, sid)
        found = [f for f in validate(snap, rules=rule_set()) if f.rule_id == "F501-P1-001"]
        assert len(found) == 1
        assert "the street address" in found[0].message
        assert "the office sought" in found[0].message
    finally:
        store.close()


def test_general_purpose_410_describes_its_activity(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        cal = read_cal(export_statement(store, reg_demo["F410_PAC"]), "pac.cal")
        cover = cal.cover
        assert cover is not None
        assert (cover.get("GenPurp_CB"), cover.get("Control_CB"), cover.get("Actvty_Lvl")) == (
            "X", "", "CI")
        assert cover.get("GPC_Descr").startswith("Supports candidates and measures")
        names = [(r.get("Item_Cd"), r.get("Enty_NamL"), r.get("POF_Title"))
                 for r in cal.records if r.rec_type == "CVR2"]
        assert names == [("POF", "Alvarez", "Chair")]
    finally:
        store.close()
