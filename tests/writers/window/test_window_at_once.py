"""Two windows on one data file: a refused save shows the other person's change and the
form keeps the typing; edits by others appear without a restart."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services import editing
from calaccess_desktop.services.entries import load_entry
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users.actor import Actor, act_as
from calaccess_desktop.ui.controllers.change_watch import ChangeWatcher

pytestmark = pytest.mark.gui
BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


@pytest.fixture
def pat(db_path: Path):
    """Pat, working through a command or another program on the same file."""
    store = Store.open(db_path)
    act_as(store, Actor("Pat"))
    yield store
    act_as(store, None)
    store.close()


def open_schedule_a(window, statement_id: int):
    window.show_statement(statement_id)
    window.editor.select_tab("A")
    return window.editor.current_schedule()


def test_a_refused_save_shows_the_change_and_keeps_the_typing(qtbot, make_window, demo_ids,
                                                                pat, tmp_path):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    tab = open_schedule_a(window, sids[1])
    record_id = tab.model.record_id(0)
    tab.select_record(record_id)
    form = tab.form
    with pat.read() as s:
        before = load_entry(s, record_id).fields
    with pat.transaction() as s:  # Pat saves first
        editing.update_transaction(s, record_id, {"Amount": "4321.00",
                                                  "Ctrib_Occ": "Architect"})
    amount = form.editors["Amount"].input
    amount.setFocus()
    amount.clear()
    qtbot.keyClicks(amount, "77")
    qtbot.keyClick(amount, Qt.Key.Key_Return)

    banner = form.banner.text()
    assert banner.startswith("Pat changed this entry since you opened it"), banner
    assert f"Amount: ${Decimal(before['Amount']):,.2f} -> $4,321.00" in banner
    assert "Architect" in banner and "Nothing was saved" in banner
    assert form.editors["Amount"].text() in ("77", "77.00", "$77.00")  # the typing stays
    assert form.dirty
    assert banner.endswith("Their changes to fields you had not touched are filled in.")
    assert form.editors["Ctrib_Occ"].text() == "Architect"  # Pat's, where nothing was typed
    with pat.read() as s:
        assert load_entry(s, record_id).fields["Amount"] == "4321.00"  # Pat's is kept
    assert window.grab_png(tmp_path / "refused-save.png")

    qtbot.keyClick(amount, Qt.Key.Key_Return)  # seen it: save again to replace it
    with pat.read() as s:
        stored = load_entry(s, record_id).fields
    assert stored["Amount"] == "77.00" and stored["Ctrib_Occ"] == "Architect"
    assert not form.banner.text().startswith("Pat changed")


def test_edits_by_others_appear_without_a_restart(qtbot, make_window, demo_ids, pat):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    tab = open_schedule_a(window, sids[1])
    rows = tab.model.rowCount()
    said: list[str] = []
    watcher = ChangeWatcher(window.ctx, window, say=said.append,
                            open_statement=lambda: window.editor.statement_id)
    watcher.start()
    watcher.look()
    assert said == []  # nothing new yet
    with pat.transaction() as s:
        editing.add_transaction(s, sids[1], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Newcomb", "Ctrib_NamF": "Ida",
            "Rcpt_Date": "20260801", "Amount": "35.00"})
    def shown() -> bool:  # (a server's notice may take a moment to arrive)
        watcher.look()
        return tab.model.rowCount() == rows + 1

    qtbot.waitUntil(shown, timeout=5000)
    assert said == ["Updated with changes by Pat."]

    # The window's own save is not news to itself.
    form = tab.form
    tab.select_record(tab.model.record_id(0))
    form.editors["Amount"].set_text("12")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    watcher.look()
    assert said == ["Updated with changes by Pat."]
    assert watcher.timer.isActive()
    window.ctx.ops.shutdown()  # the window closes: the next tick lets the watch go
    watcher.look()
    assert not watcher.timer.isActive() and watcher._watch is None


def test_an_undo_over_someone_elses_change_is_refused_in_words(qtbot, make_window, demo_ids,
                                                                 pat, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: told.append(text))
    _cid, sids = demo_ids
    window = make_window(restore=False)
    tab = open_schedule_a(window, sids[1])
    record_id = tab.model.record_id(0)
    tab.select_record(record_id)
    form = tab.form
    form.editors["Amount"].set_text("88")
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)  # the window's edit
    assert window.act_undo.text().startswith("&Undo Edit receipt")
    with pat.transaction() as s:  # then Pat's, on the same entry
        editing.update_transaction(s, record_id, {"Amount": "99.00"})
    window.act_undo.trigger()
    assert len(told) == 1 and "cannot be undone" in told[0] and "by Pat" in told[0]
    with pat.read() as s:
        assert load_entry(s, record_id).fields["Amount"] == "99.00"  # Pat's change stays
