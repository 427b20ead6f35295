"""The entry form applies the check's own rules as values are typed (the engine's
per-row check, no copy of any rule): a date after the period, a negative amount where
the form has no place for one. An error keeps the entry from being saved; what the
form shows at a field is what the full check (F5) says about that field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set, validate_statement
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui

RECORD_RULES = {r.id for r in rule_set() if r.scope == "record"}


def commit(qtbot, form, name: str, text: str) -> None:
    """Type a value and leave the field (Tab), as a treasurer would."""
    type_into(qtbot, form, name, text)
    form.editors[name].input.clearFocus()
    form.editors[name].committed.emit()


def test_a_date_after_the_period_is_shown_as_typed_and_not_saved(qtbot, make_window,
                                                                  demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)  # January 1 - June 30, 2026
    rows = tab.model.rowCount()
    form = tab.form
    tab.new_entry()
    commit(qtbot, form, "Ctrib_NamL", "Okafor")
    commit(qtbot, form, "Amount", "50")
    commit(qtbot, form, "Rcpt_Date", "07/15/2026")
    date = form.editors["Rcpt_Date"]
    assert date.problem  # shown at the field as soon as it is left
    assert "period" in date.problem.lower()
    errors = [f for f in form.rule_findings() if f.location.field == "Rcpt_Date"]
    assert errors and errors[0].rule_id in RECORD_RULES
    if errors[0].severity == "error":
        qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
        assert tab.model.rowCount() == rows
        assert "fix the fields marked in red" in form.banner.text()
    # Corrected, the problem goes away and the entry saves.
    commit(qtbot, form, "Rcpt_Date", "06/15/2026")
    assert not date.problem
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab.model.rowCount() == rows + 1


def test_a_negative_schedule_i_amount_is_refused_with_what_to_do(qtbot, make_window,
                                                                 demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids, "I")
    rows = tab.model.rowCount()
    form = tab.form
    tab.new_entry()
    commit(qtbot, form, "Ctrib_NamL", "Golden 1 Credit Union")
    commit(qtbot, form, "Rcpt_Date", "03/31/2026")
    commit(qtbot, form, "Amount", "-12.00")
    amount = form.editors["Amount"]
    assert "negative" in amount.problem.lower()
    assert "Schedule E" in amount.problem  # says what to do instead
    assert not form.save()
    assert tab.model.rowCount() == rows


@pytest.mark.parametrize(("key", "fields"), [
    ("A", {"Entity_Cd": "IND", "Ctrib_NamL": "Negative", "Ctrib_NamF": "Ned",
           "Rcpt_Date": "20260310", "Amount": "-75.00"}),
    ("A", {"Entity_Cd": "IND", "Ctrib_NamL": "Late", "Ctrib_NamF": "Lou",
           "Rcpt_Date": "20260801", "Amount": "40.00"}),
    ("E", {"Entity_Cd": "OTH", "Payee_NamL": "Refund Co", "Expn_Date": "20260310",
           "Amount": "-20.00", "Expn_Code": "OFC"}),
    ("I", {"Entity_Cd": "OTH", "Ctrib_NamL": "Bank", "Rcpt_Date": "20260310",
           "Amount": "-3.00"}),
])
def test_a_stored_entry_shows_what_the_full_check_says(qtbot, make_window, demo_ids,
                                                       db_path, key, fields):
    """An entry that came in another way (an import, the command line) shows, when
    opened, the same record findings at its fields as F5 gives."""
    _cid, sids = demo_ids
    kinds = {"A": ("RCPT", "A"), "E": ("EXPN", "E"), "I": ("RCPT", "I")}
    store = Store.open(db_path)
    with store.transaction() as s:
        rid = editing.add_transaction(s, sids[0], *kinds[key], fields)
    with store.read() as s:
        full = [f for f in validate_statement(s, sids[0])
                if f.location.record_id == rid and f.rule_id in RECORD_RULES
                and fields.get(f.location.field)]
    store.close()
    window = make_window()
    tab = open_demo(window, demo_ids, key)
    assert tab.select_record(rid)
    form = tab.form
    assert full  # the check has something to say about this entry
    for field in {f.location.field for f in full}:
        said = [f"{f.message} {f.fix}" for f in full if f.location.field == field]
        assert form.editors[field].problem in [s[:1].upper() + s[1:] for s in said]
    assert form.save() is not any(f.severity == "error" for f in full)
