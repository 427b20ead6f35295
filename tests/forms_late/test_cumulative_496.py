"""A Form 496's cumulative total: its own expenditures plus those on the committee's
earlier 496s about the same candidate in the same election (latest version of each, not
the report's own earlier version), printed in Part 2."""

from __future__ import annotations

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms.f496.print_layout import earlier, totals
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import editing
from calaccess_desktop.services.late_reports import set_cover_fields
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from tests.forms_late.helpers import make_committees
from tests.pdf.conftest import page_texts


def _second_report(store: Store) -> tuple[int, int, int]:
    from calaccess_desktop.forms.f496.demo import SUBJECT

    with store.transaction() as s:
        committees = make_committees(s)
        (first,) = form("F496").demo(s, committees)  # type: ignore[union-attr,misc]
        second = editing.create_statement(s, committees.pac, "F496",
                                          election_date=committees.election)
        set_cover_fields(s, second, SUBJECT)
        editing.add_transaction(s, second, "S496", "F496", {
            "Exp_Date": "20261020", "Amount": "1000.00", "Expn_Dscr": "Radio ad"})
        other = editing.create_statement(s, committees.pac, "F496",
                                         election_date=committees.election)
        set_cover_fields(s, other, {"Bal_Num": "W", "Bal_Name": "River Bond",
                                    "Sup_Opp_Cd": "S"})
        editing.add_transaction(s, other, "S496", "F496", {
            "Exp_Date": "20261010", "Amount": "700.00", "Expn_Dscr": "Door hangers"})
    return first, second, other


def test_the_cumulative_adds_the_earlier_reports_about_the_candidate(store: Store) -> None:
    first, second, other = _second_report(store)
    with store.read() as s:
        assert totals(build_snapshot(s, first), earlier(build_snapshot(s, first))) == (
            505000, 505000)  # the later report (10/20) is not "earlier"
        snap = build_snapshot(s, second)
        assert totals(snap, earlier(snap)) == (100000, 605000)
        measure = build_snapshot(s, other)
        assert totals(measure, earlier(measure)) == (70000, 70000)
    text = "\n".join(page_texts(load_document(store, second).render()))
    assert "6,050.00" in text and "1,000.00" in text


def test_an_amendment_does_not_count_its_own_original(store: Store) -> None:
    first, second, _other = _second_report(store)
    with store.transaction() as s:
        stmt = s.get(Statement, first)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2291001"
    with store.transaction() as s:
        amended = editing.amend_statement(s, first, "Corrected a date.")
    with store.read() as s:
        snap = build_snapshot(s, amended)
        assert totals(snap, earlier(snap)) == (505000, 505000)
        later = build_snapshot(s, second)  # the original is superseded: counted once
        assert totals(later, earlier(later)) == (100000, 605000)
