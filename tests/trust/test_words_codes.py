"""Plain words: no code stands alone where a treasurer reads it. Contributor types and
committee types are described (which one a PAC is), Schedule E offers only the expense
codes valid there, each with its meaning, and the Changes page names the version."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.ui.controllers.changes_tab import version_words
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
from tests.trust.entry_support import open_demo

pytestmark = pytest.mark.gui


def items(combo: QComboBox) -> dict[str, str]:
    """code -> the text shown for it (the blank first item left out)."""
    return {combo.itemData(i): combo.itemText(i) for i in range(combo.count())
            if combo.itemData(i)}


def test_contributor_types_are_described(qtbot, make_window, demo_ids):
    window = make_window()
    combo = open_demo(window, demo_ids).form.editors["Entity_Cd"].input
    shown = items(combo)
    assert set(shown) == set(codes("entity_schedule"))
    for code, text in shown.items():
        assert text.startswith(f"{code} - ") and len(text) > len(code) + 12, text
    assert "PAC" in shown["COM"]
    assert "person" in shown["IND"].lower()
    assert "business" in shown["OTH"].lower()


def test_schedule_e_offers_only_its_expense_codes_with_their_meaning(qtbot, make_window,
                                                                     demo_ids):
    window = make_window()
    shown = items(open_demo(window, demo_ids, "E").form.editors["Expn_Code"].input)
    assert not {"MON", "IKD", "LON"} & set(shown)  # not expense codes on Schedule E
    assert {"LIT", "RFD", "CTB", "WEB"} <= set(shown)
    for code, text in shown.items():
        meaning = text.removeprefix(f"{code} - ")
        assert meaning != text and len(meaning) > 4 and "*" not in meaning, text
    assert "returned contributions" in shown["RFD"].lower()
    assert "legal, accounting" in shown["PRO"]  # the examples are kept
    d = items(open_demo(window, demo_ids, "D").form.editors["Expn_Code"].input)
    assert set(d) == {"MON", "IKD", "IND"}
    assert "monetary" in d["MON"].lower()


def test_committee_types_on_the_profile_are_described(qtbot, make_window, demo_ids):
    window = make_window()
    cid, _sids = demo_ids
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    kinds = items(dialog.inputs["committee_type"].input)
    assert set(kinds) == set(codes("committee_type"))
    assert "PAC" in kinds["G"]
    assert all("[" not in text for text in kinds.values())  # no form-number lists
    filer = items(dialog.inputs["entity_cd"].input)
    assert all(not text.startswith(code) for code, text in filer.items())


def test_the_changes_page_names_the_version_in_words():
    assert version_words(0) == "the original statement"
    assert version_words(2) == "amendment 2"


def test_a_coded_column_of_a_schedule_table_shows_words(qtbot, make_window, demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids, "D")
    col = next(i for i, c in enumerate(tab.model.columns) if c.fields == ("Sup_Opp_Cd",))
    shown = {tab.model.index(r, col).data() for r in range(tab.model.rowCount())}
    assert shown == {"Support"}  # the demo's two Schedule D payments support
