"""After a crash the app reopens where the user was, with unsaved typing restored;
amendments, sub-items, deletes and the committee profile keep their promises."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.ui.controllers.navigation import RESTORED
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
from calaccess_desktop.ui.controllers.statement_dialogs import AmendDialog

pytestmark = pytest.mark.gui


def test_crash_reopens_at_the_row_with_unsaved_typing(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[1])
    window.editor.select_tab("A")
    tab = window.editor.current_schedule()
    record_id = tab.model.record_id(3)
    tab.select_record(record_id)
    occupation = tab.form.editors["Ctrib_Occ"].input
    occupation.clear()
    qtbot.keyClicks(occupation, "Retired judge")
    qtbot.waitUntil(lambda: window.ctx.state.path.exists())  # saved as you type
    qtbot.wait(400)
    # No close, no save: the process "dies" here. A new window opens on the same file.
    again = make_window()
    assert again.editor.statement_id == sids[1]
    assert again.editor.current_key() == "A"
    form = again.editor.schedule_tabs["A"].form
    assert form.record_id == record_id
    assert form.editors["Ctrib_Occ"].text() == "Retired judge"
    assert form.banner.text() == RESTORED
    qtbot.keyClick(form.editors["Ctrib_Occ"].input, Qt.Key.Key_Return)
    with again.ctx.store.read() as session:
        assert load_entry(session, record_id).fields["Ctrib_Occ"] == "Retired judge"


def test_delete_undo_and_sub_item(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    window.editor.select_tab("E")
    tab = window.editor.current_schedule()
    rows = tab.model.rowCount()
    tab.view.setFocus()
    tab.view.selectRow(0)
    parent_tran = tab.model.table_row(0).tran_id
    window.act_sub_item.trigger()
    form = tab.form
    assert form.editors["BakRef_TID"].text() == parent_tran
    assert form.editors["Memo_Code"].text() == "X"
    form.editors["Payee_NamL"].set_text("Office Depot")
    form.editors["Amount"].set_text("40")
    form.editors["memo_text"].set_text("Paper for the walk pieces")
    assert form.save()
    assert tab.model.rowCount() == rows + 1
    child = next(tab.model.table_row(r) for r in range(tab.model.rowCount())
                 if tab.model.table_row(r).parent_tran_id == parent_tran)
    assert "\u21b3" in tab.model.data(tab.model.index(tab.model.row_of(child.record_id), 1))
    with window.ctx.store.read() as session:
        entry = load_entry(session, child.record_id)
    assert entry.memo_text == "Paper for the walk pieces"
    # Delete with the Delete key; undo restores it with its memo (one step).
    tab.select_record(child.record_id)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == rows
    window.act_undo.trigger()
    assert tab.model.rowCount() == rows + 1
    with window.ctx.store.read() as session:
        assert load_entry(session, child.record_id).memo_text == "Paper for the walk pieces"


def test_amend_a_filed_statement(qtbot, make_window, demo_ids, store):
    _cid, sids = demo_ids
    with store.transaction() as session:
        session.get(Statement, sids[0]).status = "filed"
    window = make_window(restore=False)
    window.show_statement(sids[0])
    assert not window.editor.info.editable
    assert "filed" in window.editor.hint.text()
    assert not window.editor.schedule_tabs["A"].new_button.isEnabled()
    dialog = AmendDialog(window.ctx, sids[0], "Form 460", window)
    qtbot.addWidget(dialog)
    dialog.amend()
    assert dialog.created_id is None and "say why" in dialog.message.text()
    dialog.reason.setPlainText("Adds a contribution left off Schedule A.")
    dialog.amend()
    new_id = dialog.created_id
    assert new_id is not None
    window.open_statement(new_id)
    assert window.editor.info.editable and window.editor.info.report_num == 1
    assert "amendment 1" in window.editor.title.text()
    with store.read() as session:
        old = set(session.scalars(select(Record.tran_id).where(Record.statement_id == sids[0],
                                                                Record.tran_id.is_not(None))))
        new = set(session.scalars(select(Record.tran_id).where(Record.statement_id == new_id,
                                                                Record.tran_id.is_not(None))))
        assert old == new  # same Tran_IDs
        assert session.get(Statement, new_id).amendment_reason.startswith("Adds a contribution")


def test_profile_checks_each_field_inline(qtbot, make_window, demo_ids):
    cid, _sids = demo_ids
    window = make_window(restore=False)
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    zip_input = dialog.inputs["Filer_ZIP4"]
    zip_input.input.clear()
    qtbot.keyClicks(zip_input.input, "9581")
    zip_input.input.editingFinished.emit()
    assert "5 digits" in zip_input.error.text()
    dialog.save()
    assert dialog.result() == 0 and "fix the fields" in dialog.message.text()
    zip_input.set_value("95814-1234")
    dialog.set("atr_naml", "Park")
    dialog.set("bank_name", "River City Bank")
    dialog.save()
    assert dialog.saved_id == cid
    reopened = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(reopened)
    assert reopened.inputs["Filer_ZIP4"].value() == "95814-1234"
    assert reopened.inputs["atr_naml"].value() == "Park"
    assert reopened.inputs["Cand_NamL"].value() == "Lopez"  # untouched keys kept
