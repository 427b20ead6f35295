"""Once a contributor's calendar-year total reaches $100, saving the entry asks then
for occupation and employer (fill in or skip); fixing a contributor's details on one
entry offers to apply them to the same person's other entries, as one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services import editing
from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.services.store import Store
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui


def enter(qtbot, form, amount: str, last: str = "Baptiste", first: str = "Ines") -> None:
    form.new_entry()
    type_into(qtbot, form, "Ctrib_NamL", last)
    type_into(qtbot, form, "Ctrib_NamF", first)
    type_into(qtbot, form, "Ctrib_ZIP4", "95818")
    type_into(qtbot, form, "Rcpt_Date", "03/02/2026")
    type_into(qtbot, form, "Amount", amount)
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)


def fields_of(window, record_id: int) -> dict[str, str]:
    with window.ctx.store.read() as s:
        return load_entry(s, record_id).fields


def test_reaching_100_asks_for_occupation_and_employer_on_save(qtbot, make_window, demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)
    form = tab.form
    enter(qtbot, form, "60")
    assert not form.prompt.isVisible()  # $60 this year: nothing to ask yet
    enter(qtbot, form, "45")
    prompt = form.prompt
    assert prompt.isVisible() and prompt.mode == "occupation"
    assert "Ines Baptiste" in prompt.text.text() and "$105.00" in prompt.text.text()
    second = max(tab.model.ids)
    prompt.occupation.setFocus()
    qtbot.keyClicks(prompt.occupation, "Librarian")
    qtbot.keyClicks(prompt.employer, "Sacramento Public Library")
    qtbot.mouseClick(prompt.yes, Qt.MouseButton.LeftButton)
    saved = fields_of(window, second)
    assert saved["Ctrib_Occ"] == "Librarian"
    assert saved["Ctrib_Emp"] == "Sacramento Public Library"
    # The first $60 entry has no occupation yet: offered at once, and applied.
    assert prompt.isVisible() and prompt.mode == "others"
    assert "1 other entry" in prompt.text.text() and "occupation" in prompt.text.text()
    qtbot.mouseClick(prompt.yes, Qt.MouseButton.LeftButton)
    first = next(i for i in tab.model.ids if i != second
                 and fields_of(window, i).get("Ctrib_NamL") == "Baptiste")
    assert fields_of(window, first)["Ctrib_Occ"] == "Librarian"
    assert "Ctrl+Z" in form.banner.text()
    window.act_undo.trigger()  # one step takes it back from the other entry only
    assert "Ctrib_Occ" not in fields_of(window, first)
    assert fields_of(window, second)["Ctrib_Occ"] == "Librarian"


def test_skipping_is_a_conscious_choice(qtbot, make_window, demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)
    form = tab.form
    enter(qtbot, form, "150", last="Moreau", first="Luc")
    assert form.prompt.isVisible()
    qtbot.mouseClick(form.prompt.no, Qt.MouseButton.LeftButton)
    assert not form.prompt.isVisible()
    assert "F5" in form.banner.text() and "Luc Moreau" in form.banner.text()
    assert "Ctrib_Occ" not in fields_of(window, max(tab.model.ids))
    # A committee is never asked for an occupation.
    form.new_entry()
    form.editors["Entity_Cd"].set_value("COM")
    type_into(qtbot, form, "Ctrib_NamL", "River Friends PAC")
    type_into(qtbot, form, "Cmte_ID", "1234567")
    type_into(qtbot, form, "Rcpt_Date", "03/02/2026")
    type_into(qtbot, form, "Amount", "500")
    rows = tab.model.rowCount()
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab.model.rowCount() == rows + 1
    assert not form.prompt.isVisible()


def test_a_fixed_address_is_offered_to_the_other_entries(qtbot, make_window, demo_ids,
                                                         db_path):
    _cid, sids = demo_ids
    store = Store.open(db_path)
    with store.transaction() as s:
        extra = editing.add_transaction(s, sids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
            "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95811", "Ctrib_Occ": "Nurse", "Ctrib_Emp": "Sutter Health",
            "Rcpt_Date": "20260405", "Amount": "40.00"})
    store.close()
    window = make_window()
    tab = open_demo(window, demo_ids)
    first = next(i for i in tab.model.ids if i != extra
                 and fields_of(window, i).get("Ctrib_NamL") == "Okafor")
    tab.select_record(first)
    form = tab.form
    type_into(qtbot, form, "Ctrib_Adr1", "2200 K Street")
    type_into(qtbot, form, "Ctrib_Emp", "UC Davis Health")
    assert form.save()
    prompt = form.prompt
    assert prompt.isVisible() and prompt.mode == "others"
    assert "street address" in prompt.text.text() and "employer" in prompt.text.text()
    qtbot.mouseClick(prompt.yes, Qt.MouseButton.LeftButton)
    other = fields_of(window, extra)
    assert other["Ctrib_Adr1"] == "2200 K Street" and other["Ctrib_Emp"] == "UC Davis Health"
    assert other["Amount"] == "40.00"  # only the contributor's details
    assert window.act_undo.text().startswith("&Undo Update details of Grace Okafor")
    window.act_undo.trigger()
    assert fields_of(window, extra)["Ctrib_Adr1"] == "1901 J Street"
    assert fields_of(window, first)["Ctrib_Adr1"] == "2200 K Street"  # its own save stays
