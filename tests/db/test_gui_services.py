"""The headless services behind the window (no Qt): rows for tables, totals, the
session file, due dates, entries with memo text, the profile, the entry-form data."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import func, select

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.db.orm import Record, Statement, UndoEntry
from calaccess_desktop.services import entries, profile_fields, schedule_rows
from calaccess_desktop.services.contact_choices import contact_choices, party_values
from calaccess_desktop.services.cumulative import year_total_before
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.editing import EditError
from calaccess_desktop.services.entry_fields import GROUPS, MEMO_TEXT, entry_groups
from calaccess_desktop.services.session_state import (
    SessionState,
    load_state,
    save_state,
    state_path,
)
from calaccess_desktop.services.statement_list import (
    due_date,
    list_committee_items,
    list_statement_items,
)
from calaccess_desktop.services.undo import undo_status


@pytest.fixture
def demo(store):
    with store.transaction() as session:
        return create_demo(session)


def test_schedule_index_and_pages(store, demo):
    _cid, (first, second, _late) = demo
    with store.read() as session:
        index = schedule_rows.load_index(session, first, "RCPT", "A")
        rows = schedule_rows.fetch_rows(session, index, index.ids)
        counts = schedule_rows.schedule_counts(session, first)
    assert len(index.ids) == 10 == counts[("RCPT", "A")]
    titles = [c.title for c in schedule_rows.columns_for("RCPT", "A")]
    by_name = {r.cells[titles.index("Contributor")]: r for r in rows}
    kim = by_name["Kim, Jae"]
    assert kim.cells[titles.index("Amount")] == 2500
    assert kim.itemized is False  # $25 in the year: counted as unitemized
    assert by_name["Okafor, Grace"].cells[titles.index("Date received")] == dt.date(2026, 2, 2)
    # The second statement's cumulative includes the first statement (same year).
    with store.read() as session:
        index2 = schedule_rows.load_index(session, second, "RCPT", "A")
        rows2 = schedule_rows.fetch_rows(session, index2, index2.ids[:3])
    assert [r.record_id for r in rows2] == index2.ids[:3]  # a page, in order
    okafor = next(r for r in rows2 if r.cells[1] == "Okafor, Grace")
    assert okafor.cells[titles.index("Year to date")] == 25000 + 50000


@pytest.mark.parametrize("title,descending", [("Contributor", False), ("Amount", True),
                                              ("Year to date", True), ("Employer", False)])
def test_schedule_sorting(store, demo, title, descending):
    _cid, (first, _s, _l) = demo
    col = [c.title for c in schedule_rows.columns_for("RCPT", "A")].index(title)
    with store.read() as session:
        index = schedule_rows.load_index(session, first, "RCPT", "A", col, descending)
        values = [r.cells[col] for r in schedule_rows.fetch_rows(session, index, index.ids)]
    key = (lambda v: (v or "").lower()) if isinstance(values[0], str) else (lambda v: v or 0)
    assert values == sorted(values, key=key, reverse=descending)


def test_year_total_before_excludes_the_entry_being_edited(store, demo):
    _cid, (first, second, _l) = demo
    who = {"last": "Okafor", "first": "Grace", "zip4": "95811", "city": "Sacramento"}
    with store.read() as session:
        assert year_total_before(session, second, **who) == 25000 + 50000
        mine = session.scalar(select(Record.id).where(
            Record.statement_id == second, Record.tran_id.is_not(None),
            Record.rec_type == "RCPT", Record.amount_cents == 50000))
        assert year_total_before(session, second, exclude_record_id=mine, **who) == 25000
        assert year_total_before(session, second, last="Nobody", first="", zip4="",
                                 city="") == 0


def test_session_state_round_trip_and_bad_files(tmp_path):
    path = state_path(str(tmp_path / "data.sqlite"))
    assert path.name == "data.sqlite.session.json"
    assert load_state(path) == SessionState()
    state = SessionState(3, 7, "A", 42, {"tab": "A", "fields": {"Amount": "12"}})
    save_state(path, state)
    assert load_state(path) == state
    assert not list(tmp_path.glob("*.tmp"))
    path.write_text("{not json")
    assert load_state(path) == SessionState()
    path.write_text(json.dumps({"version": 99, "committee_id": 1}))
    assert load_state(path) == SessionState()
    assert "session-" in state_path("postgresql://host/db").name


@pytest.mark.parametrize("form,kind,through,due", [
    ("F460", "SA", dt.date(2026, 6, 30), dt.date(2026, 7, 31)),
    ("F460", "SA", dt.date(2025, 12, 31), dt.date(2026, 2, 2)),  # Jan 31 2026 is a Saturday
    ("F460", "QT", dt.date(2026, 3, 31), dt.date(2026, 4, 30)),
    ("F460", "PE", dt.date(2026, 9, 19), dt.date(2026, 9, 24)),
    ("F460", "TS", dt.date(2026, 5, 1), None),
    ("F497", "", None, None),
])
def test_due_dates(form, kind, through, due):
    assert due_date(form, kind, through) == due


def test_lists_for_the_left_pane(store, demo):
    cid, (first, second, late) = demo
    with store.read() as session:
        committees = list_committee_items(session)
        assert [(c.id, c.statements) for c in committees] == [(cid, 3)]
        assert list_committee_items(session, "1449876")[0].id == cid
        assert list_committee_items(session, "no such") == []
        items = list_statement_items(session, cid)
    assert [i.id for i in items][:2] == [late, second]  # newest period first
    first_item = next(i for i in items if i.id == first)
    assert first_item.title == "Form 460 Semi-annual, Jan 1 - Jun 30, 2026"
    assert first_item.status_words == "Draft"


def test_entry_with_memo_text_is_one_undo_step(store, demo):
    _cid, (first, _s, _l) = demo
    fields = {"Entity_Cd": "IND", "Ctrib_NamL": "Baker", "Ctrib_NamF": "Lee",
              "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "50.00"}
    with store.transaction() as session:
        before = session.scalar(select(func.count(UndoEntry.id)))
        rid = entries.save_entry(session, first, "RCPT", "A", fields,
                                 memo_text="Paid at the spring picnic")
        assert session.scalar(select(func.count(UndoEntry.id))) == before + 1
        assert undo_status(session).undo_label == "Add receipt Baker"
    with store.read() as session:
        entry = entries.load_entry(session, rid)
    tran_id = entry.tran_id
    assert entry.memo_text == "Paid at the spring picnic"
    assert entry.fields["Memo_RefNo"] == entry.tran_id
    with store.transaction() as session:
        entries.save_entry(session, first, "RCPT", "A", {**fields, "Amount": "60.00"},
                           record_id=rid, memo_text="Changed")
    with store.read() as session:
        assert entries.load_entry(session, rid).memo_text == "Changed"
    with store.transaction() as session:
        entries.undo_action(session)
        entries.undo_action(session)
    with store.read() as session:
        assert session.scalar(select(Record.id).where(Record.tran_id == tran_id)) is None
        texts = session.scalars(select(Record.values).where(Record.statement_id == first,
                                                            Record.rec_type == "TEXT")).all()
        assert not any("picnic" in ",".join(v) for v in texts)


def test_delete_entry_takes_its_memo_and_undo_brings_both(store, demo):
    _cid, (first, _s, _l) = demo
    with store.transaction() as session:
        rid = entries.save_entry(session, first, "EXPN", "E", {
            "Entity_Cd": "OTH", "Payee_NamL": "Office Depot", "Amount": "40.00"},
            memo_text="Paper")
    with store.transaction() as session:
        entries.delete_entry(session, rid)
        assert undo_status(session).undo_label == "Delete payment Office Depot"
    with store.transaction() as session:
        entries.undo_action(session)
    with store.read() as session:
        assert entries.load_entry(session, rid).memo_text == "Paper"


def test_statement_info_period_and_ready(store, demo):
    _cid, (first, _s, _l) = demo
    with store.read() as session:
        info = entries.statement_info(session, first)
    assert info.editable and info.due == dt.date(2026, 7, 31)
    assert info.signer(("TRE",)) is not None and info.signer(("XYZ",)) is None
    with store.transaction() as session, pytest.raises(EditError, match="start on or before"):
        entries.update_statement(session, first, period_from=dt.date(2026, 7, 1),
                                 period_through=dt.date(2026, 6, 30), stmt_type="SA",
                                 election_date=None)
    with store.transaction() as session:
        entries.update_statement(session, first, period_from=dt.date(2026, 1, 1),
                                 period_through=dt.date(2026, 6, 30), stmt_type="SA",
                                 election_date=dt.date(2026, 11, 3))
        entries.set_ready(session, first, True)
    with store.read() as session:
        stmt = session.get(Statement, first)
        assert stmt.status == "ready" and stmt.election_date == dt.date(2026, 11, 3)
        assert entries.statement_info(session, first).cover["Elect_Date"] == "20261103"


@pytest.mark.parametrize("key,value,problem", [
    ("Filer_ZIP4", "9581", "5 digits"), ("Filer_ST", "C1", "2-letter"),
    ("Tres_Phon", "555-01", "10 digits"), ("File_Email", "treasurer.org", "email"),
    ("filer_id", "ABC", "digits only"), ("name", "", "required"),
    ("bank_account_last4", "12345", "last 4"), ("Filer_Adr1", ' "Main"', "space"),
])
def test_profile_checks(key, value, problem):
    assert problem in (profile_fields.check_profile_value(key, value) or "")


def test_save_profile_new_and_update_keeps_other_keys(store, demo):
    cid, _sids = demo
    with store.transaction() as session, pytest.raises(EditError) as refused:
        profile_fields.save_profile(session, None, {"name": "X", "committee_type": "B",
                                                    "Tres_NamL": "Ito", "Filer_ZIP4": "1"})
    assert "Committee ZIP code: a ZIP code is 5 digits" in str(refused.value)
    with store.transaction() as session:
        profile_fields.save_profile(session, cid, {
            **profile_fields.load_profile(session, cid), "atr_naml": "Park",
            "Tres_Email": "", "name": "Maria Lopez for Council"})
    with store.read() as session:
        values = profile_fields.load_profile(session, cid)
    assert values["atr_naml"] == "Park" and values["bank_name"] == "Golden 1 Credit Union"
    assert values["Filer_NamL"] == "Maria Lopez for Council"
    assert "Tres_Email" not in values


def test_entry_form_fields_come_from_the_spec_layouts():
    for (rec_type, form_type), groups in GROUPS.items():
        names = {f.name for f in fields_for(rec_type, form_type, cvr_form="F460")}
        for _title, wanted, _folded in groups:
            missing = [n for n in wanted if n != MEMO_TEXT and n not in names]
            assert missing == [], (rec_type, form_type, missing)
    groups = entry_groups("RCPT", "A")
    labels = {f.name: f.label for g in groups for f in g.fields}
    assert labels["Ctrib_NamL"] == "Contributor's last name or organization"
    assert labels["Ctrib_ZIP4"] == "Contributor's ZIP code"
    amount = next(f for g in groups for f in g.fields if f.name == "Amount")
    assert amount.kind == "amount" and amount.required
    code = next(f for g in entry_groups("EXPN", "E") for f in g.fields if f.name == "Expn_Code")
    assert ("LIT", "campaign literature and mailings") in code.choices


def test_contact_choices_fill_the_party_fields(store, demo):
    cid, _sids = demo
    with store.read() as session:
        choices = contact_choices(session, cid)
    okafor = next(c for c in choices if c.last == "Okafor")
    assert okafor.label == "Okafor, Grace - Sacramento 95811"
    rcpt = party_values(okafor, "RCPT")
    assert rcpt["Ctrib_Occ"] == "Nurse" and rcpt["Ctrib_Emp"] == "Sutter Health"
    loan = party_values(okafor, "LOAN")
    assert loan["Lndr_NamL"] == "Okafor" and loan["Loan_ZIP4"] == "95811"


def test_an_amendment_has_no_deadline_and_is_never_late(store, demo):
    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services import editing
    from calaccess_desktop.services.entries import statement_info
    from calaccess_desktop.services.statement_list import list_statement_items

    cid, (first, _second, _late) = demo
    with store.transaction() as s:
        stmt = s.get(Statement, first)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2501234"
    with store.transaction() as s:
        amendment = editing.amend_statement(s, first, "Corrected an address")
    with store.read() as s:
        items = {i.id: i for i in list_statement_items(s, cid)}
        info = statement_info(s, amendment)
    assert items[first].due == dt.date(2026, 7, 31)  # the original keeps its deadline
    assert items[amendment].due is None and info.due is None
