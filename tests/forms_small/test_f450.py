"""Form 450: summary math, the eligibility test, export and read-back, import, rules,
printing (every page rendered) on a real data file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import format_display, parse_cal_amount
from calaccess_desktop.forms.f450 import eligibility
from calaccess_desktop.forms.f450.demo import PAYMENTS, SMALL
from calaccess_desktop.forms.f450.eligibility import Facts, Source, assess
from calaccess_desktop.forms.f450.new_statement import NotEligible, why_not_new
from calaccess_desktop.services import editing
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.validation import validate_cal_bytes, validate_statement
from tests.forms_small.support import (
    demo_statements,
    errors,
    exported,
    field_values,
    pdf_text,
    png_pages,
    small_committee,
)

GIVER = {"Entity_Cd": "IND", "Ctrib_NamL": "Vance", "Ctrib_NamF": "Carla",
         "Ctrib_Adr1": "18 Q Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
         "Ctrib_ZIP4": "95816"}


def _cents(text: str) -> int:
    return parse_cal_amount(text)


def test_summary_adds_up_the_entries(store: Store) -> None:
    [sid] = demo_statements(store, "F450")
    received = sum(_cents(a) for *_n, a in SMALL)
    paid = sum(_cents(p[4]) for p in PAYMENTS)
    with store.read() as s:
        summary = summary_of(s, sid)
    assert summary.a("1") == received and summary.a("3") == received
    assert summary.a("4") == paid and summary.a("6") == paid
    assert summary.a("9") == 318  # the bank interest
    assert summary.a("11") == summary.a("7") + received + 318 - paid


def test_eligibility_names_the_limit_and_the_amount() -> None:
    ok = Facts("G", contributors=[Source("Lucia Alvarez", 9_999)], limit=10_000)
    assert assess(ok) == ()
    facts = Facts("C", contributors=[Source("Carla Vance", 15_000)],
                  misc_receipts=[Source("River City Bank", 12_500)],
                  loans=[Source("Eduardo Lopez", 50_000)],
                  unpaid_bills=[Source("Midtown Print Shop", 2_000)], limit=10_000)
    reasons = assess(facts)
    assert [r.condition for r in reasons] == ["controlled", "contribution", "misc_receipt",
                                              "loan", "unpaid_bill"]
    words = " ".join(r.words for r in reasons)
    assert "Carla Vance has given $150.00 this calendar year" in words
    assert "$100.00 or more" in words
    assert "River City Bank paid the committee $125.00" in words
    assert "loan with Eduardo Lopez ($500.00 outstanding)" in words
    assert "owes Midtown Print Shop $20.00" in words
    assert reasons[1].amount == 15_000 and reasons[1].limit == 10_000
    assert "Form 460" in eligibility.summary_words(reasons)


def test_a_contributor_reaching_100_in_the_year_rules_out_the_short_form(store: Store) -> None:
    cid = small_committee(store)
    with store.transaction() as s:
        first = editing.create_statement(s, cid, "F450", period_from=dt.date(2026, 1, 1),
                                         period_through=dt.date(2026, 6, 30), stmt_type="SA")
        editing.add_transaction(s, first, "RCPT", "A", {**GIVER, "Rcpt_Date": "20260210",
                                                        "Amount": "60.00"})
    with store.read() as s:
        assert eligibility.why_not(build_snapshot(s, first)) == ()
        assert not [f for f in validate_statement(s, first) if f.rule_id == "F450-ELG-001"]
    with store.transaction() as s:
        second = editing.create_statement(s, cid, "F450", period_from=dt.date(2026, 7, 1),
                                          period_through=dt.date(2026, 12, 31), stmt_type="SA")
        editing.add_transaction(s, second, "RCPT", "A", {**GIVER, "Rcpt_Date": "20260812",
                                                         "Amount": "50.00"})
    with store.read() as s:
        reasons = eligibility.why_not(build_snapshot(s, second))
        found = [f for f in validate_statement(s, second) if f.rule_id == "F450-ELG-001"]
    assert [r.amount for r in reasons] == [11_000]  # 60 earlier this year + 50 now
    assert len(found) == 1 and found[0].severity == "error"
    assert "Carla Vance has given $110.00 this calendar year" in found[0].message
    assert "Form 460" in found[0].fix


def test_export_reads_back_field_for_field(store: Store) -> None:
    [sid] = demo_statements(store, "F450")
    _data, cal = exported(store, sid)
    with store.read() as s:
        snap = build_snapshot(s, sid)
        summary = summary_of(s, sid)
    assert cal.cover is not None and cal.form_type == "F450"
    written = [r for r in snap.records if r.itemized and not r.lump]
    assert field_values(cal.records) == field_values(written)  # every field, in order
    kinds = [(r.rec_type, r.form_type) for r in cal.records]
    assert ("RCPT", "A") not in kinds  # contributions are counted, never itemized
    assert kinds.count(("EXPN", "F450P5")) == len(PAYMENTS)
    assert kinds.index(("SMRY", "F450")) < kinds.index(("EXPN", "F450P5"))
    smry = {r.get("Line_Item"): _cents(r.get("Amount_A")) for r in cal.records
            if r.rec_type == "SMRY"}
    assert smry == {line: a for line, (a, _b) in summary.lines.items()}
    assert cal.cover.get("Cmtte_Type") == "G" and cal.cover.get("Stmt_Type") == "SA"


def test_the_demo_statement_validates_without_an_error(store: Store) -> None:
    [sid] = demo_statements(store, "F450")
    data, _cal = exported(store, sid)
    with store.read() as s:
        assert errors(validate_statement(s, sid)) == []
    assert errors(validate_cal_bytes(data, "f450.cal")) == []


def test_an_imported_450_reproduces_its_filed_summary(store: Store, tmp_path: Path) -> None:
    [sid] = demo_statements(store, "F450")
    data, _cal = exported(store, sid)
    with store.read() as s:
        before = summary_of(s, sid)
    path = tmp_path / "f450.cal"
    path.write_bytes(data)
    other = Store.open(tmp_path / "other.sqlite")
    try:
        result = import_file(other, path)
        with other.read() as s:
            new = s.scalars(select(Statement.id)).one()
            assert summary_of(s, new).lines == before.lines
            lumps = s.scalars(select(Record.form_type).where(Record.itemize == "lump")).all()
        assert sorted(lumps) == ["A", "I"]  # contributions and bank interest, as totals
        assert result is not None
        again, _ = exported(other, new)
        assert again == data  # the same file, byte for byte
    finally:
        other.close()


def test_every_page_prints(store: Store, tmp_path: Path) -> None:
    [sid] = demo_statements(store, "F450")
    pdf, pages = png_pages(store, sid, tmp_path)
    assert len(pages) == 3  # cover, summary, Part 5
    assert all(p.stat().st_size > 5_000 for p in pages)
    words = pdf_text(pdf, tmp_path)
    assert "Short Form" in words and "Type of Recipient Committee" in words
    assert "ENDING CASH BALANCE" in words and "Payments Made" in words
    for name, *_rest in PAYMENTS:
        assert name in words
    paid = sum(_cents(p[4]) for p in PAYMENTS)
    assert format_display(paid) in words  # payments made: summary and Part 5's subtotal


def test_before_starting_a_450_open_loans_and_the_committee_type_are_told(
        store: Store) -> None:
    cid = small_committee(store)
    with store.transaction() as s:
        assert why_not_new(s, cid, dt.date(2026, 1, 1)) == ()
        sid = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                       period_through=dt.date(2026, 6, 30), stmt_type="SA")
        editing.add_transaction(s, sid, "LOAN", "B1", {
            "Entity_Cd": "IND", "Lndr_NamL": "Vance", "Lndr_NamF": "Carla",
            "Loan_Adr1": "18 Q Street", "Loan_City": "Sacramento", "Loan_ST": "CA",
            "Loan_ZIP4": "95816", "Loan_Date1": "20260115", "Loan_Amt1": "500.00",
            "Loan_Amt2": "300.00", "Loan_Amt5": "200.00", "Loan_Amt8": "500.00"})
    with store.read() as s:
        reasons = why_not_new(s, cid, dt.date(2026, 7, 1))
        assert why_not_new(s, cid, dt.date(2026, 1, 1)) == ()  # nothing before January
    assert [r.condition for r in reasons] == ["loan"]
    assert "loan with Carla Vance ($300.00 outstanding)" in reasons[0].words
    candidate = small_committee(store, committee_type="C", entity="CTL")
    with store.read() as s:
        assert [r.condition for r in why_not_new(s, candidate, dt.date(2026, 7, 1))] == [
            "controlled"]


def test_a_450_the_committee_may_not_use_is_refused_with_the_reasons(store: Store) -> None:
    candidate = small_committee(store, committee_type="C", entity="CTL")
    with pytest.raises(NotEligible) as refused, store.transaction() as s:
        editing.create_statement(s, candidate, "F450", period_from=dt.date(2026, 1, 1),
                                 period_through=dt.date(2026, 6, 30), stmt_type="SA")
    words = str(refused.value)
    assert words.startswith("A Form 450 cannot be started. The committee is controlled by a "
                            "candidate or officeholder")
    assert words.endswith("This committee must file Form 460 instead.")
    with store.read() as s:
        assert s.scalars(select(Statement.id).where(
            Statement.committee_id == candidate)).all() == []  # nothing was created
    small = small_committee(store)
    with store.transaction() as s:
        ok = editing.create_statement(s, small, "F450", period_from=dt.date(2026, 1, 1),
                                      period_through=dt.date(2026, 6, 30), stmt_type="SA")
    assert ok


def test_a_supplemental_preelection_450_carries_its_form_495(store: Store,
                                                               tmp_path: Path) -> None:
    cid = small_committee(store)
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F450", period_from=dt.date(2026, 7, 1),
                                       period_through=dt.date(2026, 9, 19), stmt_type="SE",
                                       election_date=dt.date(2026, 11, 3))
        editing.add_transaction(s, sid, "F495", "F450", {
            "Elect_Date": "20261103", "ElectJuris": "City of Sacramento",
            "ContribAmt": "10000.00"})
    _data, cal = exported(store, sid)
    assert cal.cover is not None and cal.cover.get("Stmt_Type") == "SE"
    [f495] = [r for r in cal.records if r.rec_type == "F495"]
    assert (f495.get("Elect_Date"), f495.get("ElectJuris"), f495.get("ContribAmt")) == (
        "20261103", "City of Sacramento", "10000.00")
    pdf, pages = png_pages(store, sid, tmp_path)
    assert len(pages) == 4  # cover, summary, Part 5, Form 495
    words = pdf_text(pdf, tmp_path)
    assert "Supplemental Preelection Campaign Statement" in words and "10,000.00" in words


def test_the_next_450_starts_with_the_cash_the_last_one_ended_with(store: Store) -> None:
    [first] = demo_statements(store, "F450")
    with store.read() as s:
        ended = summary_of(s, first).a("11")
        cid = s.get(Statement, first).committee_id  # type: ignore[union-attr]
    assert ended > 0
    with store.transaction() as s:
        second = editing.create_statement(s, cid, "F450", period_from=dt.date(2026, 7, 1),
                                          period_through=dt.date(2026, 12, 31),
                                          stmt_type="SA")
        idle = editing.create_statement(s, cid, "F425", period_from=dt.date(2027, 1, 1),
                                        period_through=dt.date(2027, 6, 30), stmt_type="S1")
        third = editing.create_statement(s, cid, "F450", period_from=dt.date(2027, 7, 1),
                                         period_through=dt.date(2027, 12, 31), stmt_type="SA")
    with store.read() as s:
        assert summary_of(s, second).a("7") == ended
        assert summary_of(s, second).a("11") == ended  # nothing in or out since
        assert summary_of(s, third).a("7") == ended  # through the Form 425
        assert idle
    _data, cal = exported(store, second)
    smry = {r.get("Line_Item"): _cents(r.get("Amount_A")) for r in cal.records
            if r.rec_type == "SMRY"}
    assert smry["7"] == ended
    with store.transaction() as s:
        bigger = editing.create_statement(s, cid, "F460", period_from=dt.date(2028, 1, 1),
                                          period_through=dt.date(2028, 6, 30), stmt_type="SA")
    with store.read() as s:
        assert summary_of(s, bigger).a("12") == ended  # a Form 460 begins with it too
