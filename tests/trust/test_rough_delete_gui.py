"""Statement > Delete statement and the statement list's context menu: a confirmation
naming the statement, the statement gone, Ctrl+Z brings it back with every entry; a
filed statement is refused in plain words."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import func, select

from calaccess_desktop.db.orm import Record, Statement

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


def records(store, sid: int) -> int:
    with store.read() as session:
        return int(session.scalar(select(func.count()).select_from(Record)
                                  .where(Record.statement_id == sid)) or 0)


def listed(window) -> list[int]:
    return [item.id for item in window.pane.statements.items]


def test_delete_the_open_draft_and_bring_it_back(qtbot, make_window, demo_ids, store) -> None:
    _cid, sids = demo_ids
    sid = sids[1]
    count = records(store, sid)
    window = make_window(restore=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_statement(sid)
    assert window.editor.statement_id == sid and window.act_delete_statement.isEnabled()

    seen: list[str] = []
    answer("Cancel", seen)
    window.act_delete_statement.trigger()
    assert "Delete the Form 460 Pre-election, Jul 1 - Sep 19, 2026 of Maria Lopez" in seen[0]
    assert "Edit > Undo (Ctrl+Z) brings it back" in seen[0]
    assert sid in listed(window) and records(store, sid) == count  # Cancel: nothing done

    answer("Delete statement", seen)
    window.act_delete_statement.trigger()
    assert sid not in listed(window) and records(store, sid) == 0
    assert window.editor.statement_id in listed(window)  # another statement is open
    assert "Deleted the Form 460 Pre-election" in window.statusBar().currentMessage()

    window.activateWindow()  # (the message box had the keyboard)
    qtbot.waitUntil(window.isActiveWindow)
    window.pane.statement_view.setFocus()  # (a text box would undo its own typing)
    qtbot.keyClick(window.pane.statement_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    assert sid in listed(window) and records(store, sid) == count
    window.show_statement(sid)
    assert window.editor.statement_id == sid

    # Redo deletes it again, and the window lets go of it
    window.pane.statement_view.setFocus()
    qtbot.keyClick(window.pane.statement_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert sid not in listed(window) and window.editor.statement_id != sid


def test_context_menu_deletes_a_draft_and_refuses_a_filed_one(qtbot, make_window, demo_ids,
                                                               store) -> None:
    _cid, sids = demo_ids
    with store.transaction() as session:
        stmt = session.get(Statement, sids[0])
        stmt.status, stmt.filing_id = "filed", "2501234"
        stmt.filed_at = dt.datetime(2026, 7, 30, tzinfo=dt.UTC)
    window = make_window(restore=False)
    window.show_statement(sids[0])
    view, items = window.pane.statement_view, window.pane.statements.items
    rows = {item.id: row for row, item in enumerate(items)}

    def menu_at(sid: int):
        rect = view.visualRect(window.pane.statements.index(rows[sid], 0))
        menu = window.pane.statement_menu(QPoint(rect.center()))
        return next(a for a in menu.actions() if a.text() == "Delete statement...")

    assert not menu_at(sids[0]).isEnabled()  # filed
    assert not window.act_delete_statement.isEnabled()
    seen: list[str] = []
    answer("OK", seen)
    window.delete_statement(sids[0])  # even when asked directly: a plain refusal
    assert "has been filed, so it cannot be deleted" in seen[0] and "amend it" in seen[0]
    assert sids[0] in listed(window)

    late = sids[2]  # the Form 497 draft, not the open statement
    action = menu_at(late)
    assert action.isEnabled()
    answer("Delete statement", seen)
    action.trigger()
    assert "Form 497" in seen[-1]
    assert late not in listed(window) and records(store, late) == 0
    assert window.editor.statement_id == sids[0]  # the open statement stays open
