"""The entry form never shows an entry that is not the selected row: after a sort, a
delete, an undo (of an edit and of an add) and across pages of a long schedule; and it
scrolls back to the top after a save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services import editing
from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.models.schedule_model import PAGE
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui


def selected_ids(tab) -> list[int]:
    return [tab.model.record_id(i.row()) for i in tab.view.selectionModel().selectedRows()]


def assert_form_follows_selection(tab) -> None:
    shown = tab.form.record_id
    assert selected_ids(tab) == ([] if shown is None else [shown])
    if shown is not None:
        assert tab.view.currentIndex().row() == tab.model.row_of(shown)


def test_sort_delete_and_undo_keep_the_form_on_the_selected_row(qtbot, make_window,
                                                                 demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)
    tab.view.selectRow(2)
    chosen = tab.model.record_id(2)
    assert tab.form.record_id == chosen
    name = tab.form.editors["Ctrib_NamL"].text()

    # Sort by contributor, both ways: the same entry stays selected and shown.
    col = next(i for i, c in enumerate(tab.model.columns) if c.kind == "name")
    for order in (Qt.SortOrder.DescendingOrder, Qt.SortOrder.AscendingOrder):
        tab.view.sortByColumn(col, order)
        assert tab.model.row_of(chosen) != -1
        assert tab.form.record_id == chosen
        assert tab.form.editors["Ctrib_NamL"].text() == name
        assert_form_follows_selection(tab)

    # An edit, then undo: the form shows the stored (old) value again.
    amount = tab.form.editors["Amount"].text()
    type_into(qtbot, tab.form, "Amount", "9,999.00")
    assert tab.form.save()
    assert tab.form.editors["Amount"].text() == "9,999.00"
    window.act_undo.trigger()
    assert tab.form.record_id == chosen
    assert tab.form.editors["Amount"].text() == amount
    assert_form_follows_selection(tab)

    # Delete: the form empties and no row stays selected; undo brings the row back.
    rows = tab.model.rowCount()
    tab.view.selectRow(tab.model.row_of(chosen))
    tab.delete_selected()
    assert tab.model.rowCount() == rows - 1
    assert tab.form.record_id is None
    assert_form_follows_selection(tab)
    window.act_undo.trigger()
    assert tab.model.rowCount() == rows
    assert_form_follows_selection(tab)

    # A new entry saved and opened, then its add undone: the form lets go of it.
    tab.new_entry()
    type_into(qtbot, tab.form, "Ctrib_NamL", "Zeta")
    type_into(qtbot, tab.form, "Rcpt_Date", "03/03/2026")
    type_into(qtbot, tab.form, "Amount", "20")
    assert tab.form.save()
    assert tab.form.record_id is None  # ready for the next one
    assert_form_follows_selection(tab)  # the new row is shown, not selected
    new_id = max(tab.model.ids)
    tab.select_record(new_id)
    assert tab.form.record_id == new_id
    window.act_undo.trigger()
    assert tab.model.row_of(new_id) == -1
    assert tab.form.record_id is None
    assert "no longer" in tab.form.banner.text()
    assert_form_follows_selection(tab)


def test_a_row_on_a_later_page_stays_selected_across_a_reload(qtbot, make_window, demo_ids,
                                                              db_path):
    _cid, sids = demo_ids
    store = Store.open(db_path)
    with store.transaction() as s:
        for i in range(PAGE + 30):
            editing.add_transaction(s, sids[0], "RCPT", "A", {
                "Ctrib_NamL": f"Donor{i:04d}", "Ctrib_ZIP4": "95814",
                "Rcpt_Date": "20260305", "Amount": "10.00"})
    store.close()
    window = make_window()
    tab = open_demo(window, demo_ids)
    assert tab.model.rowCount() > PAGE + 30
    last = tab.model.rowCount() - 1
    tab.view.selectRow(last)
    chosen = tab.model.record_id(last)
    assert tab.form.record_id == chosen
    with window.ctx.store.read() as s:
        assert tab.form.editors["Ctrib_NamL"].text() == load_entry(s, chosen).fields[
            "Ctrib_NamL"]
    tab.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # now on the first page
    assert tab.model.row_of(chosen) < PAGE
    assert tab.form.record_id == chosen
    assert_form_follows_selection(tab)


def test_the_form_scrolls_back_to_the_top_after_a_save(qtbot, make_window, demo_ids):
    window = make_window()
    window.resize(1000, 500)  # a short window: the form scrolls
    tab = open_demo(window, demo_ids)
    scroll = tab.form.parentWidget().parentWidget()
    bar = scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    tab.view.selectRow(0)
    tab.form.focus_field("Amount")
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    assert tab.form.save()
    assert "Saved" in tab.form.banner.text()
    assert bar.value() == 0
    assert not tab.form.banner.visibleRegion().isEmpty()  # the message is in view


def test_typing_on_an_entry_that_is_undone_away_is_kept_as_a_new_entry(qtbot, make_window,
                                                                      demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)
    tab.new_entry()
    type_into(qtbot, tab.form, "Ctrib_NamL", "Yilmaz")
    type_into(qtbot, tab.form, "Rcpt_Date", "03/03/2026")
    type_into(qtbot, tab.form, "Amount", "30")
    assert tab.form.save()
    new_id = max(tab.model.ids)
    tab.select_record(new_id)
    type_into(qtbot, tab.form, "Amount", "35")  # not saved yet
    window.act_undo.trigger()  # takes the saved entry away
    assert tab.model.row_of(new_id) == -1
    assert tab.form.record_id is None  # no longer claims to be the removed entry
    assert tab.form.editors["Amount"].text() == "35"  # the typing is kept
    assert "kept" in tab.form.banner.text()
    assert_form_follows_selection(tab)
