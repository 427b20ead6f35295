"""A loan's balance at the end of the period is computed (beginning + received - repaid
- forgiven), shown read-only and kept in step as the other amounts are typed; the
service stores the computed balance; an unpaid bill's balance works the same way."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from calaccess_desktop.db.orm import Record
from calaccess_desktop.services import editing
from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.services.store import Store
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui


def test_the_loan_balance_is_computed_as_typed_and_saved(qtbot, make_window, demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids, "B1")
    form = tab.form
    end = form.editors["Loan_Amt2"]
    assert isinstance(end.input, QLineEdit) and end.input.isReadOnly()
    assert "computed" in end.input.toolTip().lower()
    tab.new_entry()
    type_into(qtbot, form, "Lndr_NamL", "Bank of Davis")
    type_into(qtbot, form, "Loan_Date1", "02/01/2026")
    type_into(qtbot, form, "Loan_Amt4", "1,000")
    type_into(qtbot, form, "Loan_Amt1", "5,000")
    assert end.text() == "6,000.00"
    type_into(qtbot, form, "Loan_Amt5", "1,250.50")
    type_into(qtbot, form, "Loan_Amt6", "100")
    assert end.text() == "4,649.50"
    assert form.save()
    new_id = max(tab.model.ids)
    with window.ctx.store.read() as s:
        assert load_entry(s, new_id).fields["Loan_Amt2"] == "4649.50"
    # The demo's own loan shows its balance from its amounts.
    tab.select_record(tab.model.record_id(0))
    with window.ctx.store.read() as s:
        fields = load_entry(s, tab.form.record_id).fields
    assert end.text().replace(",", "") == fields["Loan_Amt2"]


def test_the_service_keeps_the_balance_in_step(store: Store, demo_ids):
    _cid, sids = demo_ids
    with store.transaction() as s:
        loan = editing.add_transaction(s, sids[0], "LOAN", "B1", {
            "Lndr_NamL": "Ito", "Loan_Date1": "20260201", "Loan_Amt1": "300.00",
            "Loan_Amt5": "50.00", "Loan_Amt2": "999.00"})
        bill = editing.add_transaction(s, sids[0], "DEBT", "F", {
            "Payee_NamL": "Print Co", "Beg_Bal": "0.00", "Amt_Incur": "700.00",
            "Amt_Paid": "200.00"})
    with store.transaction() as s:
        editing.update_transaction(s, loan, {"Loan_Amt6": "25.00"})
    with store.read() as s:
        assert load_entry(s, loan).fields["Loan_Amt2"] == "225.00"
        assert load_entry(s, bill).fields["End_Bal"] == "500.00"
        assert s.get(Record, loan).values[0] == "LOAN"
