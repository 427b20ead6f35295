"""Nothing is cut silently: a value longer than its CAL field is refused where it is
typed (with the limit) and by the service, and never truncated on save."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.db.orm import Record
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from tests.trust.entry_support import open_demo, type_into

pytestmark = pytest.mark.gui

NAME_MAX = {f.name: f.max_len for f in fields_for("RCPT", "A")}["Ctrib_NamL"]


def test_a_long_name_is_refused_as_typed_and_not_saved(qtbot, make_window, demo_ids, db_path):
    window = make_window()
    tab = open_demo(window, demo_ids)
    rows = tab.model.rowCount()
    form = tab.form
    form.new_entry()
    long_name = "W" * (NAME_MAX + 5)
    type_into(qtbot, form, "Ctrib_NamL", long_name)
    editor = form.editors["Ctrib_NamL"]
    assert editor.text() == long_name  # nothing cut while typing
    assert f"at most {NAME_MAX} characters" in editor.problem  # shown as it is typed
    assert editor.error.isVisible()
    type_into(qtbot, form, "Rcpt_Date", "03/03/2026")
    type_into(qtbot, form, "Amount", "20")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab.model.rowCount() == rows  # refused
    assert "fix the fields marked in red" in form.banner.text()
    assert editor.text() == long_name  # the typing is kept
    store = Store.open(db_path)
    with store.read() as s:
        names = [r.values[4] for r in s.query(Record).filter(Record.rec_type == "RCPT")]
    store.close()
    assert not any(n.startswith("WWWW") for n in names)
    # Shortened to exactly the limit, it saves whole.
    type_into(qtbot, form, "Ctrib_NamL", "W" * NAME_MAX)
    assert not editor.problem
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    assert tab.model.rowCount() == rows + 1


def test_a_pasted_or_restored_long_value_is_kept_whole(qtbot, make_window, demo_ids):
    window = make_window()
    form = open_demo(window, demo_ids).form
    text = "Occupation " * 10  # longer than Ctrib_Occ
    form.editors["Ctrib_Occ"].set_text(text)  # a draft being restored, a paste
    assert form.editors["Ctrib_Occ"].text() == text
    assert "at most" in (form.editors["Ctrib_Occ"].check() or "")


def test_the_service_refuses_a_long_value_with_the_fields_label(store: Store, demo_ids):
    _cid, sids = demo_ids
    with store.transaction() as s, pytest.raises(editing.FieldProblems) as refused:
        editing.add_transaction(s, sids[0], "RCPT", "A", {
            "Ctrib_NamL": "X" * (NAME_MAX + 1), "Rcpt_Date": "20260301", "Amount": "5.00"})
    message = str(refused.value)
    assert "Contributor's last name or organization" in message
    assert f"at most {NAME_MAX} characters" in message
    assert refused.value.problems.keys() == {"Ctrib_NamL"}
    with store.read() as s:
        assert not any("X" * NAME_MAX in v for r in s.query(Record) for v in r.values)


def test_an_amendment_reason_too_long_for_the_cover_is_refused(store: Store, demo_ids):
    _cid, sids = demo_ids
    with store.transaction() as s:
        s.get(editing.Statement, sids[0]).status = "filed"
    with store.transaction() as s, pytest.raises(editing.EditError, match="at most 300"):
        editing.amend_statement(s, sids[0], "because " * 40)


@pytest.mark.parametrize(("reason", "words"), [
    ("line one\nline two", "control character"), ("tab\there", "control character"),
    ("the \x7f key", "control character"), ('a "quoted" word', "double quote"),
    ("hidden\u200bspace", "invisible character")])
def test_an_amendment_reason_the_cover_could_not_hold_is_refused(store: Store, demo_ids,
                                                                 reason: str,
                                                                 words: str) -> None:
    """What the cover's AmendExp fields refuse at export is said when the amendment is
    started, and no amendment is made."""
    _cid, sids = demo_ids
    with store.transaction() as s:
        s.get(editing.Statement, sids[0]).status = "filed"
    with store.transaction() as s, pytest.raises(editing.EditError, match=words):
        editing.amend_statement(s, sids[0], reason)
    with store.read() as s:
        assert s.query(editing.Statement).filter_by(amends_statement_id=sids[0]).count() == 0
