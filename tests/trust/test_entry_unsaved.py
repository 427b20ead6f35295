"""Picking another row while the entry form holds typing that is not saved asks first:
Save (saved, then the other row opens), Discard (the other row opens, nothing saved) or
Cancel (the typing stays, on its own row). And what the check asks of a field left empty
(a self-employed contributor's business name) is said when the entry is saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from calaccess_desktop.services.entries import load_entry
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui


def answer(button: str, seen: list[str]) -> None:
    """Click ``button`` in the next message box, noting what it said."""
    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(f"{box.text()} {box.informativeText()}")
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()
    QTimer.singleShot(0, click)


def stored(window, record_id: int) -> dict[str, str]:
    with window.ctx.store.read() as s:
        return load_entry(s, record_id).fields


def click_row(qtbot, tab, row: int) -> None:
    rect = tab.view.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def selected(tab) -> list[int]:
    return [tab.model.record_id(i.row()) for i in tab.view.selectionModel().selectedRows()]


@pytest.fixture
def editing_row(qtbot, make_window, demo_ids):
    """The window with row 0 of Schedule A open and its amount typed over."""
    window = make_window()
    window.show()
    tab = open_demo(window, demo_ids)
    click_row(qtbot, tab, 0)
    first = tab.model.record_id(0)
    assert tab.form.record_id == first
    before = tab.form.editors["Amount"].text()
    type_into(qtbot, tab.form, "Amount", "777.00")
    assert tab.form.dirty
    return window, tab, first, before


def test_cancel_keeps_the_typing_on_its_own_row(qtbot, editing_row) -> None:
    window, tab, first, before = editing_row
    seen: list[str] = []
    answer("Cancel", seen)
    click_row(qtbot, tab, 1)
    assert seen and "not saved yet" in seen[0] and "contribution" in seen[0]
    assert len(seen) == 1  # asked once for one click
    assert tab.form.record_id == first and tab.form.editors["Amount"].text() == "777.00"
    qtbot.waitUntil(lambda: selected(tab) == [first])
    assert tab.form.dirty and tab.view.currentIndex().row() == tab.model.row_of(first)
    assert stored(window, first)["Amount"] == before.replace(",", "")


def test_discard_opens_the_other_row_and_saves_nothing(qtbot, editing_row) -> None:
    window, tab, first, before = editing_row
    second = tab.model.record_id(1)
    seen: list[str] = []
    answer("Discard", seen)
    click_row(qtbot, tab, 1)
    assert len(seen) == 1
    qtbot.waitUntil(lambda: tab.form.record_id == second)
    assert not tab.form.dirty and selected(tab) == [second]
    assert stored(window, first)["Amount"] == before.replace(",", "")


def test_save_saves_then_opens_the_other_row(qtbot, editing_row) -> None:
    window, tab, first, _before = editing_row
    second = tab.model.record_id(tab.model.row_of(first) + 1)
    seen: list[str] = []
    answer("Save", seen)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Down)  # the keyboard asks the same
    assert len(seen) == 1
    qtbot.waitUntil(lambda: tab.form.record_id == second)
    assert stored(window, first)["Amount"] == "777.00"
    assert selected(tab) == [second] and not tab.form.dirty


def test_a_refused_save_stays_on_the_typing(qtbot, editing_row) -> None:
    window, tab, first, before = editing_row
    type_into(qtbot, tab.form, "Amount", "-5.00")  # a negative contribution: an error
    seen: list[str] = []
    answer("Save", seen)
    click_row(qtbot, tab, 1)
    qtbot.wait(100)
    assert len(seen) == 1
    assert tab.form.record_id == first and tab.form.editors["Amount"].text() == "-5.00"
    qtbot.waitUntil(lambda: selected(tab) == [first])
    assert stored(window, first)["Amount"] == before.replace(",", "")


def test_an_empty_business_name_is_said_at_save(qtbot, make_window, demo_ids) -> None:
    window = make_window()
    tab = open_demo(window, demo_ids)
    form = tab.form
    tab.new_entry()
    for name, text in (("Ctrib_NamL", "Moreau"), ("Ctrib_NamF", "Lea"),
                       ("Ctrib_Adr1", "12 Elm St"), ("Ctrib_City", "Sacramento"),
                       ("Ctrib_ST", "CA"), ("Ctrib_ZIP4", "95818"),
                       ("Ctrib_Occ", "Graphic designer"), ("Rcpt_Date", "03/02/2026"),
                       ("Amount", "150")):
        type_into(qtbot, form, name, text)
    form.editors["Ctrib_Self"].set_value("X")
    qtbot.wait(300)  # the check as you type says nothing of an empty field
    assert not form.editors["Ctrib_Emp"].problem
    rows = tab.model.rowCount()
    assert form.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows + 1)
    banner = form.banner.text()
    assert banner.startswith("Saved Lea Moreau, $150")
    assert "Still to do:" in banner and "business" in banner, banner


def test_a_complete_entry_saves_without_a_to_do(qtbot, make_window, demo_ids) -> None:
    window = make_window()
    tab = open_demo(window, demo_ids)
    form = tab.form
    tab.new_entry()
    for name, text in (("Ctrib_NamL", "Moreau"), ("Ctrib_NamF", "Lea"),
                       ("Ctrib_Adr1", "12 Elm St"), ("Ctrib_City", "Sacramento"),
                       ("Ctrib_ST", "CA"), ("Ctrib_ZIP4", "95818"),
                       ("Ctrib_Occ", "Graphic designer"), ("Ctrib_Emp", "Moreau Design"),
                       ("Rcpt_Date", "03/02/2026"), ("Amount", "150")):
        type_into(qtbot, form, name, text)
    rows = tab.model.rowCount()
    assert form.save()
    qtbot.waitUntil(lambda: tab.model.rowCount() == rows + 1)
    assert "Still to do" not in form.banner.text(), form.banner.text()
