"""Keyboard-first and accessible: shortcuts, Enter, inline errors, names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui

INPUTS = (QLineEdit, QComboBox, QAbstractButton, QAbstractItemView, QPlainTextEdit)


def unnamed_controls(root: QWidget) -> list[str]:
    """Focusable controls a screen reader could not name."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        parent = widget.parent()
        if isinstance(parent, QComboBox) or isinstance(getattr(parent, "parent", lambda: None)(),
                                                       QComboBox):
            continue  # a combo box's own popup list: announced through the combo box
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_control_has_an_accessible_name(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    for key in window.editor.keys:  # build every page
        window.editor.select_tab(key)
    assert unnamed_controls(window) == []
    dialog = ProfileDialog(window.ctx, demo_ids[0], window)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
    labels = {w.accessibleName() for w in window.findChildren(QLineEdit)}
    assert {"Contributor's last name or organization", "Amount", "Find a committee"} <= labels


def test_shortcuts_for_new_row_and_next_schedule(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    assert window.editor.current_key() == "cover"
    assert window.act_next.shortcut() == QKeySequence("Ctrl+PgDown")
    assert window.act_new_entry.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    window.act_next.trigger()
    assert window.editor.current_key() == "summary"
    window.act_next.trigger()
    assert window.editor.current_key() == "A"
    tab = window.editor.current_schedule()
    tab.select_record(tab.model.record_id(0))
    assert tab.form.record_id is not None
    window.act_new_entry.trigger()  # Ctrl+N: an empty form, cursor in the name
    assert tab.form.record_id is None
    assert tab.form.editors["Ctrib_NamL"].text() == ""
    assert tab.form.heading.text() == "New contribution"
    window.act_prev.trigger()
    assert window.editor.current_key() == "summary"


def test_enter_in_the_table_edits_and_enter_in_the_form_saves(qtbot, make_window, demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    window.editor.select_tab("E")
    tab = window.editor.current_schedule()
    tab.view.setFocus()
    tab.view.selectRow(0)
    record_id = tab.model.record_id(0)
    assert tab.form.record_id == record_id
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    description = tab.form.editors["Expn_Dscr"].input
    description.setFocus()
    description.clear()
    qtbot.keyClicks(description, "Door hangers, second run")
    qtbot.keyClick(description, Qt.Key.Key_Return)
    assert "Saved" in tab.form.banner.text()
    with window.ctx.store.read() as session:
        assert load_entry(session, record_id).fields["Expn_Dscr"] == "Door hangers, second run"


def test_a_bad_value_is_shown_at_the_field_and_nothing_typed_is_lost(qtbot, make_window,
                                                                     demo_ids):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    window.editor.select_tab("A")
    tab = window.editor.current_schedule()
    before = tab.model.rowCount()
    tab.new_entry()
    form = tab.form
    form.editors["Ctrib_NamL"].set_text("Kim")
    form.editors["Rcpt_Date"].set_text("02/30/2026")
    form.editors["Amount"].set_text("12.345")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert "real calendar date" in form.editors["Rcpt_Date"].problem
    assert "two decimals" in form.editors["Amount"].problem
    assert "fix the fields" in form.banner.text()
    assert form.editors["Ctrib_NamL"].text() == "Kim"  # still there
    assert form.editors["Amount"].text() == "12.345"
    assert tab.model.rowCount() == before  # nothing saved
    form.editors["Rcpt_Date"].set_text("02/28/2026")
    form.editors["Amount"].set_text("12.34")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab.model.rowCount() == before + 1
    assert form.editors["Amount"].problem == ""


def test_readable_at_200_percent(qtbot, make_window, demo_ids):
    """At twice the font size every label still fits its text (no fixed pixel sizes)."""
    from PySide6.QtWidgets import QLabel

    _cid, sids = demo_ids
    window = make_window(restore=False)
    font = window.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    window.setFont(font)
    window.show_statement(sids[0])
    window.editor.select_tab("A")
    window.resize(2560, 1600)
    qtbot.wait(10)
    clipped = [lab.text() for lab in window.findChildren(QLabel)
               if lab.isVisible() and not lab.wordWrap() and lab.text()
               and lab.sizeHint().width() > lab.width() + 1 and "<" not in lab.text()]
    assert clipped == []
