"""A filed Form 450 or 461 whose summary carries amounts its records do not (unitemized
payments, contributions counted but not itemized, the beginning cash, the total before
this period) imports so that re-computing gives the filed numbers, and exports back the
same file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import parse_cal_amount
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from tests.forms_small.support import demo_statements, exported


def _smry(form: str, amounts: dict[str, str]) -> list[CalRecord]:
    return [CalRecord(["SMRY", form, line, amount], cvr_form=form)
            for line, amount in amounts.items()]


def _import(tmp_path: Path, data: bytes) -> tuple[Store, int]:
    path = tmp_path / "filed.cal"
    path.write_bytes(data)
    store = Store.open(tmp_path / "imported.sqlite")
    import_file(store, path)
    with store.read() as s:
        return store, s.scalars(select(Statement.id)).one()


def test_a_filed_450_keeps_its_summary(store: Store, tmp_path: Path) -> None:
    [sid] = demo_statements(store, "F450")
    _data, cal = exported(store, sid)
    assert cal.cover is not None
    payments = [r for r in cal.records if r.rec_type == "EXPN"]  # $525.50 itemized
    filed = {"1": "880.00", "2": "40.00", "3": "920.00", "4": "600.50", "5": "40.00",
             "6": "640.50", "7": "1200.00", "8": "880.00", "9": "3.18", "10": "600.50",
             "11": "1482.68", "12": "920.00"}
    others = [r for r in cal.records if r.rec_type not in ("SMRY", "EXPN")]
    data = write_cal(cal.cover, [*others, *_smry("F450", filed), *payments], target="x")
    other, new = _import(tmp_path, data)
    try:
        with other.read() as s:
            summary = summary_of(s, new)
            lumps = sorted((ft, cents) for ft, cents in s.execute(
                select(Record.form_type, Record.amount_cents).where(Record.itemize == "lump")))
        assert {n: a for n, (a, _b) in summary.lines.items()} == {
            n: parse_cal_amount(v) for n, v in filed.items()}
        assert summary.schedules["P5"] == {"1": 52_550, "2": 7_500, "3": 60_050}
        assert lumps == [("A", 88_000), ("C", 4_000), ("F450P5", 7_500), ("I", 318)]
        again, _ = exported(other, new)
        assert again == data
    finally:
        other.close()


def test_a_filed_461_keeps_its_summary(store: Store, tmp_path: Path) -> None:
    first, _second = demo_statements(store, "F461", committee=0)
    _data, cal = exported(store, first)
    assert cal.cover is not None
    filed = {"1": "11500.00", "2": "245.00", "3": "11745.00", "4": "20000.00",
             "5": "31745.00"}
    others = [r for r in cal.records if r.rec_type != "SMRY"]
    cvr3 = [r for r in others if r.rec_type == "CVR3"]
    rest = [r for r in others if r.rec_type != "CVR3"]
    data = write_cal(cal.cover, [*cvr3, *_smry("F461", filed), *rest], target="x")
    other, new = _import(tmp_path, data)
    try:
        with other.read() as s:
            summary = summary_of(s, new)
        assert [summary.a(n) for n in "12345"] == [1_150_000, 24_500, 1_174_500, 2_000_000,
                                                   3_174_500]
        again, _ = exported(other, new)
        assert again == data
    finally:
        other.close()
