"""A treasurer's day, driven through the real widgets: committee, statement,
contributions, a payment, the summary changing, undo, and reopening the file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
from calaccess_desktop.ui.controllers.statement_dialogs import NewStatementDialog

pytestmark = pytest.mark.gui


def type_into(qtbot, form, name: str, text: str) -> None:
    """Click into a field and type, like a person."""
    widget = form.editors[name].input
    widget.setFocus()
    if hasattr(widget, "clear"):
        widget.clear()
    qtbot.keyClicks(widget, text)


def summary_line(window, line: str) -> int | None:
    """Look at the summary page (it recomputes when shown), then go back."""
    key = window.editor.current_key()
    window.editor.select_tab("summary")
    value = window.editor.summary.model.value(line)
    window.editor.select_tab(key)
    return value


def create_committee(qtbot, window) -> int:
    dialog = ProfileDialog(window.ctx, None, window)
    qtbot.addWidget(dialog)
    dialog.show()
    for key, value in {"name": "Friends of the Library", "committee_type": "B",
                       "Filer_Adr1": "1 Main St", "Filer_City": "Davis", "Filer_ST": "CA",
                       "Filer_ZIP4": "95616", "Tres_NamL": "Ito", "Tres_NamF": "Ken"}.items():
        dialog.set(key, value)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None, dialog.message.text()
    window.committee_chosen(dialog.saved_id)
    return dialog.saved_id


def create_statement(qtbot, window, cid: int) -> int:
    dialog = NewStatementDialog(window.ctx, cid, "Friends of the Library", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.start.text() and dialog.end.text()  # the period is suggested
    dialog.start.set_text("01/01/2026")
    dialog.end.set_text("06/30/2026")
    dialog.create_statement()
    assert dialog.created_id is not None, dialog.message.text()
    window.pane.refresh_statements()
    window.open_statement(dialog.created_id)
    return dialog.created_id


def test_prepare_a_statement_undo_and_reopen(qtbot, make_window):
    window = make_window()
    assert window.editor.stack.currentIndex() == 0  # "No statement open"
    cid = create_committee(qtbot, window)
    assert [c.id for c in window.pane.committees.items] == [cid]
    sid = create_statement(qtbot, window, cid)
    assert "Form 460" in window.editor.title.text()
    window.editor.select_tab("summary")
    summary = window.editor.summary.model
    assert summary.value("1") == 0 and summary.value("16") == 0

    # A contribution typed in and saved with Enter.
    window.editor.select_tab("A")
    form = window.editor.current_schedule().form
    type_into(qtbot, form, "Ctrib_NamL", "Okafor")
    type_into(qtbot, form, "Ctrib_NamF", "Grace")
    type_into(qtbot, form, "Ctrib_ZIP4", "95811")
    type_into(qtbot, form, "Ctrib_Occ", "Nurse")
    type_into(qtbot, form, "Ctrib_Emp", "Sutter Health")
    type_into(qtbot, form, "Rcpt_Date", "2/3/2026")
    type_into(qtbot, form, "Amount", "$250")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    tab_a = window.editor.schedule_tabs["A"]
    assert tab_a.model.rowCount() == 1
    assert summary_line(window, "1") == 25000
    assert form.record_id is None  # ready for the next one

    # Ctrl+N, then the contributor again through autocomplete: occupation comes back.
    window.act_new_entry.trigger()
    name = form.editors["Ctrib_NamL"].input
    qtbot.keyClicks(name, "Oka")
    popup = form.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: form.editors["Ctrib_Occ"].text() == "Nurse")
    assert form.editors["Ctrib_NamL"].text() == "Okafor"
    assert form.editors["Ctrib_Emp"].text() == "Sutter Health"
    type_into(qtbot, form, "Rcpt_Date", "03/01/2026")
    type_into(qtbot, form, "Amount", "100")
    assert "$350.00" in form.cumulative.text()  # year to date, as typed
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab_a.model.rowCount() == 2
    window.editor.select_tab("summary")
    assert summary.value("1") == 35000
    assert summary.value("5") == 35000

    # A payment on Schedule E, with the summary page showing: it changes on save.
    window.editor.select_tab("E")
    tab_e = window.editor.current_schedule()
    form_e = tab_e.form
    type_into(qtbot, form_e, "Payee_NamL", "Capitol Print")
    form_e.editors["Expn_Code"].set_value("LIT")
    type_into(qtbot, form_e, "Expn_Date", "04/05/2026")
    type_into(qtbot, form_e, "Amount", "1,200.00")
    qtbot.mouseClick(form_e.save_button, Qt.MouseButton.LeftButton)
    assert tab_e.model.rowCount() == 1
    assert summary_line(window, "6") == 120000
    assert summary_line(window, "16") == 35000 - 120000
    assert window.act_undo.text().startswith("&Undo Add payment")

    # Undo takes the payment away everywhere; redo brings it back.
    window.editor.select_tab("summary")
    window.act_undo.trigger()  # the summary page is showing: it updates at once
    assert summary.value("6") == 0
    assert tab_e.model.rowCount() == 0
    assert window.act_redo.isEnabled()
    window.act_redo.trigger()
    assert summary.value("6") == 120000
    assert tab_e.model.rowCount() == 1

    # Quit and start again on the same file: everything is there, where we left it.
    window.editor.select_tab("A")
    window.resize(window.width(), 603)
    window.findings_dock.close()
    window.close()
    again = make_window()
    assert again.height() == 603  # window state remembered
    assert not again.findings_dock.isVisible()
    assert again.pane.committee_id == cid
    assert again.editor.statement_id == sid
    assert again.editor.current_key() == "A"
    assert again.editor.schedule_tabs["A"].model.rowCount() == 2
    again.editor.select_tab("E")
    assert again.editor.schedule_tabs["E"].model.rowCount() == 1
    assert summary_line(again, "1") == 35000
    assert again.act_undo.text().startswith("&Undo")
