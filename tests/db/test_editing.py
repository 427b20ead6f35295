"""Editing services on a real store: Tran_IDs, contacts, itemization, undo, amendments."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Contact, Record, Statement
from calaccess_desktop.services import editing, undo
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize

GRACE = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
         "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
         "Ctrib_ZIP4": "95811", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse"}


def new_statement(store: Store, start: dt.date = dt.date(2026, 1, 1),
                  end: dt.date = dt.date(2026, 6, 30), committee: int | None = None) -> int:
    with store.transaction() as s:
        cid = committee or editing.create_committee(s, "Friends of the Library",
                                                    filer_id="1234567", committee_type="G")
        return editing.create_statement(s, cid, "F460", period_from=start, period_through=end,
                                        stmt_type="SA")


def add(store: Store, sid: int, amount: str, day: str = "20260301", **extra: str) -> int:
    with store.transaction() as s:
        return editing.add_transaction(s, sid, "RCPT", "A",
                                       {**GRACE, "Rcpt_Date": day, "Amount": amount, **extra})


def test_tran_ids_are_assigned_once_and_never_change(store: Store) -> None:
    sid = new_statement(store)
    rid = add(store, sid, "50.00")
    with store.read() as s:
        tid = s.get(Record, rid).tran_id
    assert tid
    with store.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "75.00"})
    with store.read() as s:
        assert s.get(Record, rid).tran_id == tid
    with store.transaction() as s, pytest.raises(editing.EditError, match="never changes"):
        editing.update_transaction(s, rid, {"Tran_ID": "OTHER"})


def test_bad_values_are_refused_with_the_field_named(store: Store) -> None:
    sid = new_statement(store)
    with pytest.raises(editing.EditError, match="field #20 Amount.*comma"):
        add(store, sid, "1,000.00")
    with pytest.raises(editing.EditError, match="field #18 Rcpt_Date"):
        add(store, sid, "10.00", day="2026-03-01")


def test_contacts_are_reused_across_records_and_statements(store: Store) -> None:
    first = new_statement(store)
    add(store, first, "40.00")
    with store.read() as s:
        cid = s.get(Statement, first).committee_id
    second = new_statement(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31), committee=cid)
    add(store, second, "70.00", day="20260801")
    with store.read() as s:
        contacts = s.scalars(select(Contact)).all()
        assert len(contacts) == 1 and contacts[0].occupation == "Nurse"


def test_itemization_uses_the_calendar_year_cumulative(store: Store) -> None:
    first = new_statement(store)
    add(store, first, "60.00")
    with store.read() as s:
        snap = build_snapshot(s, first)
        (rec,) = [r for r in snap.records if r.rec_type == "RCPT"]
        assert not rec.itemized
        cid = s.get(Statement, first).committee_id
    assert b"RCPT" not in export_statement(store, first)
    second = new_statement(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31), committee=cid)
    add(store, second, "50.00", day="20260901")
    with store.read() as s:
        snap, summary = summarize(s, second)
    (rec,) = [r for r in snap.records if r.rec_type == "RCPT"]
    assert rec.itemized and rec.get("Cum_YTD") == "110.00"
    assert summary.schedules["A"] == {"1": 5000, "2": 0, "3": 5000}
    assert summary.b("1") == 11000


def test_undo_and_redo_restore_exact_state(store: Store) -> None:
    sid = new_statement(store)
    rid = add(store, sid, "500.00")
    with store.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "650.00"})
    with store.transaction() as s:
        assert undo.undo_status(s).undo_label == "Edit RCPT A Okafor"
        undo.undo(s)
    with store.read() as s:
        assert s.get(Record, rid).values[19] == "500.00"
        assert undo.undo_status(s).redo_label == "Edit RCPT A Okafor"
    with store.transaction() as s:
        editing.delete_transaction(s, rid)
    with store.read() as s:
        assert s.get(Record, rid) is None
        assert undo.undo_status(s).redo_label is None  # a new action drops the redo branch
    with store.transaction() as s:
        undo.undo(s)
    with store.read() as s:
        assert s.get(Record, rid).values[19] == "500.00"


def test_summary_follows_every_edit(store: Store) -> None:
    sid = new_statement(store)
    rid = add(store, sid, "500.00")
    with store.read() as s:
        assert summarize(s, sid)[1].a("1") == 50000
    with store.transaction() as s:
        editing.delete_transaction(s, rid)
    with store.read() as s:
        assert summarize(s, sid)[1].a("1") == 0


def test_filed_statement_is_locked_and_amendments_keep_tran_ids(store: Store) -> None:
    sid = new_statement(store)
    add(store, sid, "500.00")
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "CA-2281934"
    with pytest.raises(editing.StatementLocked):
        add(store, sid, "10.00")
    with store.transaction() as s:
        first = editing.amend_statement(s, sid, "Corrected contributor address")
    with store.transaction() as s:
        st = s.get(Statement, first)
        st.status, st.locked = "filed", True
    with store.transaction() as s:
        second = editing.amend_statement(s, first, "Added a late payment")
    with store.read() as s:
        tids = [set(s.scalars(select(Record.tran_id).where(Record.statement_id == x,
                                                            Record.tran_id.is_not(None))))
                for x in (sid, first, second)]
        a1, a2 = s.get(Statement, first), s.get(Statement, second)
        assert tids[0] == tids[1] == tids[2]
        assert (a1.report_num, a2.report_num) == (1, 2)
        assert a1.original_filing_id == a2.original_filing_id == "CA-2281934"
        assert s.get(Statement, sid).status == "filed"  # 'amended' once the SOS accepts it
    data = export_statement(store, second).decode()
    cover = data.split("\r\n")[1].split(",")
    assert cover[8] == "002" and "Added a late payment" in data


def test_amending_a_draft_is_refused(store: Store) -> None:
    sid = new_statement(store)
    with store.transaction() as s, pytest.raises(editing.EditError, match="still a draft"):
        editing.amend_statement(s, sid, "why")


def test_suggested_period_follows_the_last_statement(store: Store) -> None:
    sid = new_statement(store)
    with store.read() as s:
        cid = s.get(Statement, sid).committee_id
        assert editing.suggest_period(s, cid) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))


def test_open_loans_and_bills_are_carried_into_the_next_statement(store: Store) -> None:
    first = new_statement(store)
    with store.transaction() as s:
        editing.add_transaction(s, first, "LOAN", "B1", {
            "Entity_Cd": "IND", "Lndr_NamL": "Lopez", "Lndr_NamF": "Maria",
            "Loan_Date1": "20260115", "Loan_Date2": "20261231", "Loan_Amt1": "5000.00",
            "Loan_Amt4": "0.00", "Loan_Amt5": "1000.00", "Loan_Amt2": "4000.00"})
        editing.add_transaction(s, first, "DEBT", "F", {
            "Entity_Cd": "OTH", "Payee_NamL": "Delta Web Design", "Beg_Bal": "0.00",
            "Amt_Incur": "1200.00", "Amt_Paid": "1200.00", "End_Bal": "0.00"})
        editing.add_transaction(s, first, "DEBT", "F", {
            "Entity_Cd": "OTH", "Payee_NamL": "Print Shop", "Beg_Bal": "0.00",
            "Amt_Incur": "300.00", "Amt_Paid": "0.00", "End_Bal": "300.00"})
        cid = s.get(Statement, first).committee_id
    second = new_statement(store, dt.date(2026, 7, 1), dt.date(2026, 12, 31), committee=cid)
    with store.read() as s:
        snap, summary = summarize(s, second)
        old = {r.tran_id for r in build_snapshot(s, first).records if r.tran_id}
    carried = {r.form_type: r for r in snap.records if r.rec_type in ("LOAN", "DEBT")}
    assert set(carried) == {"B1", "F"}  # the settled bill is not carried
    assert carried["B1"].get("Loan_Amt4") == "4000.00" and carried["B1"].get("Loan_Amt1") == "0.00"
    assert carried["F"].get("Beg_Bal") == "300.00"
    assert carried["F"].get("Payee_NamL") == "Print Shop"
    assert {r.tran_id for r in carried.values()} <= old
    assert summary.b("2") == summary.outstanding["B1"] == 400000
    assert summary.b("9") == summary.outstanding["F"] == 30000


def test_demo_exports_pass_the_spec_checks_in_record_order(store: Store) -> None:
    from calaccess_desktop.cal.reader import read_cal
    from calaccess_desktop.forms.f460.schedules import order_rank
    from calaccess_desktop.services.demo import create_demo

    with store.transaction() as s:
        _, statements = create_demo(s)
    for sid in statements:
        cal = read_cal(export_statement(store, sid), f"demo-{sid}.cal")
        assert cal.problems == [], [p.render("demo") for p in cal.problems]
        ranks = [order_rank(r.rec_type, r.form_type) for r in cal.records]
        assert ranks == sorted(ranks)
        assert all(len(r.values) == len(r.fields) for r in cal.records)


def test_undo_keeps_the_stored_summary_true(store: Store) -> None:
    from calaccess_desktop.services.snapshots import smry_totals

    sid = new_statement(store)
    add(store, sid, "500.00")
    with store.transaction() as s:
        undo.undo(s)
    with store.read() as s:
        assert smry_totals(s, sid)["1"] == (0, 0)
    with store.transaction() as s:
        undo.redo(s)
    with store.read() as s:
        assert smry_totals(s, sid)["1"] == (50000, 50000)


def test_assistant_treasurer_from_the_profile_is_exported_as_cvr2(store: Store) -> None:
    from calaccess_desktop.cal.reader import read_cal

    sid = new_statement(store)
    with store.transaction() as s:
        cid = s.get(Statement, sid).committee_id
        editing.update_committee(s, cid, profile={"atr_naml": "Rivera", "atr_namf": "Ana",
                                                  "atr_City": "Davis", "atr_ST": "CA"})
    cal = read_cal(export_statement(store, sid), "atr.cal")
    (atr,) = [r for r in cal.records if r.rec_type == "CVR2"]
    assert (atr.get("Entity_Cd"), atr.get("F460_Part"), atr.get("Enty_NamL"),
            atr.get("Enty_NamF"), atr.get("Tran_ID")) == ("ATR", "3", "Rivera", "Ana", "CVR2-ATR")
    assert cal.problems == []
