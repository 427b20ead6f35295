"""24-hour reports (Form 497) have no period: two reports for the same election are told
apart by their report number, so each is its own statement and an amendment links to the
report it amends, not to the latest one imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.history_import import import_history
from calaccess_desktop.services.store import Store


def _reports(tmp_path: Path) -> dict[str, Path]:
    """The demo's Form 497 filed as report 3 and 4, and report 4's first amendment."""
    demo = Store.open(tmp_path / "demo.sqlite")
    with demo.transaction() as s:
        _cid, ids = create_demo(s)
    with demo.read() as s:
        [late] = s.scalars(select(Statement.id).where(Statement.id.in_(ids),
                                                      Statement.form_type == "F497")).all()
    cal = read_cal(export_statement(demo, late), "497.cal")
    demo.close()
    assert cal.cover is not None and not cal.errors
    out = {}
    for name, number, amendment, day in (("r3", "000003", "000", "20261010"),
                                         ("r4", "000004", "000", "20261012"),
                                         ("r4-amended", "000004", "001", "20261020")):
        cal.cover.set("Rpt_ID_Num", number)
        cal.cover.set("Report_Num", amendment)
        cal.cover.set("Rpt_Date", day)
        out[name] = tmp_path / f"{name}.cal"
        out[name].write_bytes(write_cal(cal.cover, cal.records))
    return out


def test_reports_of_one_election_stay_apart_and_amendments_find_theirs(
        store: Store, tmp_path: Path) -> None:
    files = _reports(tmp_path)
    for name in ("r4", "r3", "r4-amended", "r3"):
        import_history(store, [files[name]])
    with store.read() as s:
        rows = {Path(st.source_file).stem: st for st in s.scalars(select(Statement))}
    assert sorted(rows) == ["r3", "r4", "r4-amended"]  # r3 again: already there
    assert rows["r4-amended"].amends_statement_id == rows["r4"].id
    assert rows["r3"].amends_statement_id is None
    assert (rows["r3"].status, rows["r4"].status, rows["r4-amended"].status) == (
        "filed", "amended", "filed")
