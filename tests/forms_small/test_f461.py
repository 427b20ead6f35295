"""Form 461: Part 3 summary, Part 5, export and read-back, import, rules, printing on a
real data file."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import select

from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.money import format_cal_amount, parse_cal_amount
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f461.demo import FIRST, SECOND
from calaccess_desktop.forms.f461.history import previous_line5
from calaccess_desktop.forms.f461.summary import BEFORE_KEY, compute
from calaccess_desktop.services import editing
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.validation import (
    rule_set,
    validate_cal_bytes,
    validate_statement,
)
from calaccess_desktop.validation.engine import validate
from calaccess_desktop.validation.words import money
from tests.forms_small.support import (
    demo_statements,
    errors,
    exported,
    field_values,
    pdf_text,
    png_pages,
)


def _total(rows: list) -> int:
    return sum(parse_cal_amount(amount) for _f, _d, amount, _c, _k in rows)


def test_summary_lines_come_from_part_5(store: Store) -> None:
    first, second = demo_statements(store, "F461", committee=0)
    with store.read() as s:
        one, two = summary_of(s, first), summary_of(s, second)
        assert previous_line5(s, s.get(Statement, second)) == _total(FIRST)
        assert previous_line5(s, s.get(Statement, first)) == 0  # the year's first
    assert one.a("1") == _total(FIRST) and one.a("2") == 0
    assert one.a("3") == one.a("1") + one.a("2") and one.a("5") == one.a("3") + one.a("4")
    assert two.a("3") == _total(SECOND)
    assert two.a("4") == one.a("5")  # the year's running total starts from the first 461
    assert two.a("5") == _total(FIRST) + _total(SECOND)


def test_export_reads_back_field_for_field(store: Store) -> None:
    first, _second = demo_statements(store, "F461", committee=0)
    data, cal = exported(store, first)
    with store.read() as s:
        snap = build_snapshot(s, first)
        summary = summary_of(s, first)
    assert field_values(cal.records) == field_values(
        [r for r in snap.records if r.itemized and not r.lump])
    assert cal.cover is not None and cal.form_type == "F461"
    assert cal.cover.get("Stmt_Type") == ""  # not used on Form 461 (spec page 22)
    assert cal.cover.get("Entity_Cd") == "MDI"
    assert cal.cover.get("BusAct_CB") == "X" and "almond" in cal.cover.get("BusActvity")
    kinds = [(r.rec_type, r.form_type) for r in cal.records]
    assert kinds[0] == ("CVR3", "F461") and kinds.count(("EXPN", "F461P5")) == len(FIRST)
    assert kinds.index(("SMRY", "F461")) < kinds.index(("EXPN", "F461P5"))
    smry = {r.get("Line_Item"): parse_cal_amount(r.get("Amount_A")) for r in cal.records
            if r.rec_type == "SMRY"}
    assert smry == {line: a for line, (a, _b) in summary.lines.items()}
    assert errors(validate_cal_bytes(data, "f461.cal")) == []
    with store.read() as s:
        assert errors(validate_statement(s, first)) == []


def test_part_2_and_the_summary_arithmetic_are_checked(store: Store) -> None:
    first, _second = demo_statements(store, "F461", committee=0)
    _data, cal = exported(store, first)
    assert cal.cover is not None
    cal.cover.set("Assoc_CB", "X")  # two boxes of Part 2
    for r in cal.records:
        if r.rec_type == "SMRY" and r.get("Line_Item") == "3":
            r.set("Amount_A", "99.00")
    bad = write_cal(cal.cover, cal.records, target="bad.cal")
    found = validate_cal_bytes(bad, "bad.cal")
    part2 = [f for f in found if f.rule_id == "F461-P2-001"]
    sums = [f for f in found if f.rule_id == "F461-P3-002"]
    assert len(part2) == 1 and "exactly one box checked; 2 are" in part2[0].message
    assert [f.severity for f in sums] == ["error", "error"]
    given = money(_total(FIRST))
    assert [f.message for f in sums] == [
        f"Summary Line 3 is $99.00 but Line 1 + Line 2 is {given}.",
        f"Summary Line 5 is {given} but Line 3 + Line 4 is $99.00."]


def test_an_imported_461_keeps_its_filed_summary(store: Store, tmp_path: Path) -> None:
    first, _second = demo_statements(store, "F461", committee=0)
    data, _cal = exported(store, first)
    path = tmp_path / "f461.cal"
    path.write_bytes(data)
    other = Store.open(tmp_path / "other.sqlite")
    try:
        import_file(other, path)
        with other.read() as s:
            sid = s.scalars(select(Statement.id)).one()
        again, _ = exported(other, sid)
        assert again == data
    finally:
        other.close()


def test_every_page_prints(store: Store, tmp_path: Path) -> None:
    first, _second = demo_statements(store, "F461", committee=0)
    pdf, pages = png_pages(store, first, tmp_path)
    assert len(pages) == 2 and all(p.stat().st_size > 5_000 for p in pages)
    words = pdf_text(pdf, tmp_path)
    for part in ("Part 1. Name and Address of Filer", "Part 2. Nature and Interests of Filer",
                 "Part 3. Summary", "Part 4. Verification", "PART 5",
                 "Sierra Valley Growers Association", "Kaur for Assembly 2026",
                 money(_total(FIRST)).removeprefix("$")):
        assert part in words


def _with_before(snap: StatementSnapshot, cents: int) -> StatementSnapshot:
    """The snapshot with the snapshot extra the F461 hook gives (the previous line 5)."""
    extras = {BEFORE_KEY: cents}
    if "extras" in StatementSnapshot.__dataclass_fields__:
        return dataclasses.replace(snap, extras=extras)  # type: ignore[call-arg]

    @dataclasses.dataclass(frozen=True)
    class WithExtras(StatementSnapshot):
        extras: Mapping[str, int] = dataclasses.field(default_factory=dict)

    fields = {f.name: getattr(snap, f.name) for f in dataclasses.fields(snap) if f.init}
    return WithExtras(**fields, extras=extras)


def _stored_line(snap: StatementSnapshot, line: str) -> int:
    return next(r.cents("Amount_A") for r in snap.records
                if r.rec_type == "SMRY" and r.get("Line_Item") == line)


def _p3_001(snap: StatementSnapshot) -> list:
    return [f for f in validate(snap, rules=rule_set()) if f.rule_id == "F461-P3-001"]


def test_line_4_starts_from_the_previous_statement(store: Store) -> None:
    _first, second = demo_statements(store, "F461", committee=0)
    with store.read() as s:
        before = previous_line5(s, s.get(Statement, second))
        snap = build_snapshot(s, second)
    assert before == _total(FIRST)
    summary = compute(_with_before(snap, before))
    assert summary.a("4") == before and summary.a("5") == before + _total(SECOND)
    stored = _stored_line(snap, "4")
    assert _p3_001(_with_before(snap, stored)) == []
    [found] = _p3_001(_with_before(snap, stored + 12_345))
    assert found.severity == "error"
    assert (f"Summary Line 4 is {money(stored)}, but Line 5 of the previous Form 461 this "
            f"year is {money(stored + 12_345)}.") == found.message


def test_the_second_461_files_the_running_total(store: Store) -> None:
    _first, second = demo_statements(store, "F461", committee=0)
    _data, cal = exported(store, second)
    smry = {r.get("Line_Item"): r.get("Amount_A") for r in cal.records if r.rec_type == "SMRY"}
    assert smry["4"] == format_cal_amount(_total(FIRST))
    assert smry["5"] == format_cal_amount(_total(FIRST) + _total(SECOND))
    with store.read() as s:
        assert errors(validate_statement(s, second)) == []


def test_independent_expenditures_on_the_donors_496s_reach_its_461(store: Store) -> None:
    from calaccess_desktop.forms.f496.demo import EXPENDITURES, SUBJECT
    from calaccess_desktop.services.late_reports import set_cover_fields

    first, _second = demo_statements(store, "F461", committee=0)
    with store.read() as s:
        donor = s.get(Statement, first).committee_id  # type: ignore[union-attr]
        assert build_snapshot(s, first).late_reported == frozenset()
    with store.transaction() as s:
        report = editing.create_statement(s, donor, "F496",
                                          election_date=dt.date(2026, 11, 3))
        set_cover_fields(s, report, SUBJECT)
        for line in EXPENDITURES:
            editing.add_transaction(s, report, "S496", "F496", dict(line))
    with store.read() as s:
        lines = build_snapshot(s, first).late_reported
    assert sorted(cents for _key, _day, cents in lines) == sorted(
        parse_cal_amount(line["Amount"]) for line in EXPENDITURES)
    assert all("LOPEZ" in key.upper() for key, _day, _cents in lines)
