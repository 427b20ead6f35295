"""The committee profile chooses its filing officers from the list (searchable) or an
"other" one; saving stores them, and the statement's words name the officer."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from calaccess_desktop.services.officers import officers_of
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, window, cid: int) -> ProfileDialog:
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.officers.loaded)
    return dialog


def _save(qtbot, dialog: ProfileDialog) -> None:
    dialog.answer_410 = lambda _offer: False
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None, dialog.message.text()


def test_profile_finds_and_chooses_the_practice_city_and_an_other_officer(
        qtbot, make_window, demo_ids, db_path: Path, tmp_path: Path) -> None:
    cid, statements = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    picker = dialog.officers
    assert [o.code for o in picker.officers()] == ["SOS"]  # none chosen: the SOS
    qtbot.keyClicks(picker.search, "practice city")
    shown = [picker.available.item(i).text() for i in range(picker.available.count())]
    assert len(shown) == 1 and shown[0].startswith("Practice City Clerk")
    picker.add_selected()
    picker.chosen.setCurrentRow(1)
    picker.make_primary()
    assert "$25" in picker.details.text() and "agency code PRAC" in picker.details.text()
    qtbot.keyClicks(picker.other_name, "City Clerk of Arcata")
    qtbot.keyClicks(picker.other_email, "clerk@arcata.example")
    qtbot.keyClicks(picker.other_address, "736 F Street; Arcata, CA 95521")
    picker.add_other()
    assert [o.code for o in picker.officers()] == ["PRAC", "SOS", "OTHER"]
    assert picker.chosen.item(0).text().endswith("(primary)")
    picker.chosen.setCurrentRow(1)
    picker.remove_selected()
    if os.environ.get("OFFICERS_SHOTS"):
        dialog.grab().save(str(Path(os.environ["OFFICERS_SHOTS"]) / "profile-officers.png"))
    _save(qtbot, dialog)
    store = Store.open(db_path)
    try:
        with store.read() as session:
            stored = officers_of(session, cid)
    finally:
        store.close()
    assert [o.code for o in stored] == ["PRAC", "OTHER"]
    other = stored[1]
    assert (other.name, other.email, other.method) == (
        "City Clerk of Arcata", "clerk@arcata.example", "email")
    assert other.address == ("736 F Street", "Arcata, CA 95521")
    # Reopened, the dialog shows what is stored.
    again = _dialog(qtbot, window, cid)
    assert [o.code for o in again.officers.officers()] == ["PRAC", "OTHER"]


def test_other_officer_needs_a_name_and_nothing_is_added_without_it(
        qtbot, make_window, demo_ids) -> None:
    cid, _statements = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    qtbot.keyClicks(dialog.officers.other_email, "clerk@town.example")
    dialog.officers.add_other()
    assert "Give the other filing officer's name" in dialog.officers.problem.text()
    qtbot.keyClicks(dialog.officers.other_name, "Town Clerk")
    dialog.officers.other_email.setText("clerk at town")
    dialog.officers.add_other()
    assert "does not look like an e-mail address" in dialog.officers.problem.text()
    assert [o.code for o in dialog.officers.officers()] == ["SOS"]
    dialog.officers.other_email.setText("clerk@town.example")
    dialog.officers.add_other()
    assert dialog.officers.problem.text() == ""
    assert [o.code for o in dialog.officers.officers()] == ["SOS", "OTHER"]


def test_ready_statement_hint_names_the_committees_officer(
        qtbot, make_window, demo_ids) -> None:
    cid, statements = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    qtbot.keyClicks(dialog.officers.search, "SFO")
    dialog.officers.add_selected()
    dialog.officers.chosen.setCurrentRow(1)
    dialog.officers.make_primary()
    _save(qtbot, dialog)
    window.open_statement(statements[0])
    editor = window.editor
    assert editor.info is not None and editor.info.editable
    assert editor.officer_name == "the San Francisco Ethics Commission"
    editor._show_header(dataclasses.replace(editor.info, status="ready"))
    assert editor.hint.text() == ("Ready to file. Next: print it (Ctrl+P) or file it with "
                                  "the San Francisco Ethics Commission.")


def test_editor_says_what_else_the_city_wants_filed(
        qtbot, make_window, demo_ids, tmp_path: Path) -> None:
    cid, statements = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    qtbot.keyClicks(dialog.officers.search, "PRAC")
    picked = [dialog.officers.available.item(i).data(Qt.ItemDataRole.UserRole)
              for i in range(dialog.officers.available.count())]
    assert [o.code for o in picked] == ["PRAC", "PRAC-CO", "PRAC-EM"]
    dialog.officers.add_selected()  # the first match: the practice city
    dialog.officers.chosen.setCurrentRow(0)
    dialog.officers.remove_selected()  # the SOS
    _save(qtbot, dialog)
    window.open_statement(statements[0])
    hint = window.editor.hint.text()
    assert "Also file: Practice City Form PC-1 (list of fundraising events)" in hint
    if os.environ.get("OFFICERS_SHOTS"):
        window.grab().save(str(Path(os.environ["OFFICERS_SHOTS"]) / "main-prac.png"))
