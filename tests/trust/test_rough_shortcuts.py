"""Every main-window shortcut works: no key is listed twice (Qt then refuses it as an
"ambiguous shortcut"), and Ctrl+Shift+Z redoes what Ctrl+Z undid."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from sqlalchemy import func, select

from calaccess_desktop.db.orm import Record
from calaccess_desktop.services.entries import save_entry
from calaccess_desktop.ui.main_window import key_sequences

pytestmark = pytest.mark.gui


def _names(seqs: list[QKeySequence]) -> list[str]:
    return [k.toString(QKeySequence.SequenceFormat.PortableText) for k in seqs]


def test_a_standard_key_and_the_same_key_by_name_count_once(qapp) -> None:
    std = QKeySequence.StandardKey
    first_redo = QKeySequence.keyBindings(std.Redo)[0].toString(
        QKeySequence.SequenceFormat.PortableText)
    names = _names(key_sequences([std.Redo, first_redo, "Ctrl+Shift+Z"]))
    assert len(names) == len(set(names)), names
    assert "Ctrl+Shift+Z" in names and first_redo in names


def test_no_two_actions_of_the_main_window_share_a_key(make_window, demo_ids) -> None:
    window = make_window(restore=False)
    owners: dict[str, str] = {}
    for action in window.findChildren(QAction):
        names = _names(action.shortcuts())
        assert len(names) == len(set(names)), (action.text(), names)
        for name in names:
            assert name not in owners, f"{name}: {owners.get(name)} and {action.text()}"
            owners[name] = action.text()
    for shortcut in window.findChildren(QShortcut):
        if shortcut.window() is window and shortcut.isEnabled():
            name = _names([shortcut.key()])[0]
            assert name not in owners, f"{name}: {owners.get(name)} and a shortcut"
    assert owners["Ctrl+Shift+Z"] == window.act_redo.text()
    assert owners["Ctrl+Z"] == window.act_undo.text()


def _count(store, record_id: int) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Record)
                                  .where(Record.id == record_id)) or 0)


def test_ctrl_shift_z_redoes_what_ctrl_z_undid(qtbot, make_window, demo_ids, store) -> None:
    _cid, sids = demo_ids
    window = make_window(restore=False)
    # Saved in the window's own undo history (Ctrl+Z undoes only the window's actions).
    with window.ctx.store.transaction() as session:
        rid = save_entry(session, sids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Quixote", "Ctrib_NamF": "Ann",
            "Ctrib_Adr1": "9 Elm St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "50.00"})
    window.refresh_undo()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert _count(store, rid) == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _count(store, rid) == 0
    assert window.act_redo.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert _count(store, rid) == 1
    assert window.statusBar().currentMessage().startswith("Redone")
