"""Counter mode in the real main window: after "Next visitor" nothing of the last
visitor's committee (its name, filer ID, the Tran_ID prefix of its row id, what they
typed) is in the settings file, Qt's settings, the session-state file, the scratch
folder, the clipboard or any visible widget's text; and the idle lock shows nothing of
it either."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from sqlalchemy import select

from calaccess_desktop import APP_NAME, scratch
from calaccess_desktop import settings as settings_mod
from calaccess_desktop.db.orm import Record
from calaccess_desktop.services.counter import traces
from calaccess_desktop.services.demo import DEMO_NAME, create_demo
from calaccess_desktop.services.editing import create_committee
from calaccess_desktop.services.session_state import state_path
from calaccess_desktop.ui.controllers.print_preview import show_print_preview

pytestmark = pytest.mark.gui

TYPED = "Zebulon Quartermaine"  # what the visitor typed and never saved


def visible_texts(window: QWidget) -> list[str]:
    """Every text a person could read in the app's visible widgets, window titles,
    menus and status line, and the clipboard."""
    texts = [window.windowTitle(), QGuiApplication.clipboard().text()]
    for widget in QApplication.allWidgets():
        if not widget.isVisible():
            continue
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QLineEdit | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabBar):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = widget.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model of Qt's own (its columnCount is private)
                columns = 1
            for row in range(model.rowCount(root)):
                for col in range(columns):
                    texts.append(str(model.data(model.index(row, col, root)) or ""))
    for action in window.findChildren(QAction):
        texts.extend((action.text(), action.statusTip()))
    texts.append(window.statusBar().currentMessage())
    return texts


def leftovers(texts: list[str], needles: list[str]) -> list[str]:
    return [t for t in texts for n in needles if n.casefold() in t.casefold()]


@pytest.fixture
def office(store):
    """An office's data file: the demo committee and another one."""
    with store.transaction() as s:
        cid, sids = create_demo(s)
        other = create_committee(s, "Friends of the Library", filer_id="1400001")
    return cid, sids, other


def _visit(qtbot, window, cid):
    """A visitor finds the demo committee, opens a schedule, types without saving,
    previews the statement and copies the committee's name."""
    finder = window.counter.finder
    finder.box.setText("Maria")
    finder.box.returnPressed.emit()
    assert window.editor.info is not None and window.editor.info.committee_id == cid
    window.show_statement(window.pane.statements.items[-1].id)  # a Form 460
    window.editor.select_tab("A")
    form = window.editor.current_schedule().form
    form.new_entry()
    form.editors["Ctrib_NamL"].set_text(TYPED)
    shown = []
    show_print_preview(window, shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    QGuiApplication.clipboard().setText(DEMO_NAME)
    window.statusBar().showMessage(f"Opened {DEMO_NAME}")
    return shown[0]


def test_after_next_visitor_nothing_of_the_committee_is_left(qtbot, window_on, office,
                                                             db_path, tmp_path, monkeypatch):
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    cid, _sids, _other = office
    needles = [DEMO_NAME, "Maria Lopez", "1449876", f"CD{cid}-", TYPED]
    window = window_on(counter=True)
    assert window.counter is not None
    assert window.pane.splitter.widget(0).isHidden()  # the list of every committee
    assert not leftovers(visible_texts(window), needles)  # nothing before the visit
    preview = _visit(qtbot, window, cid)
    assert preview.isVisible() and any(scratch.scratch_root().iterdir())
    assert leftovers(visible_texts(window), needles)  # the visit is on screen
    settings_mod.save(settings_mod.load_or_defaults()[0])  # as if Settings were saved
    window.save_window()

    QTimer.singleShot(0, window.next_visitor)  # while the quick switcher is open (modal)
    window.switch_committee()

    assert not preview.isVisible()
    assert leftovers(visible_texts(window), needles) == []
    assert window.windowTitle() == APP_NAME
    assert window.start_page.isVisible() and window.start_page.title.text() == "Welcome"
    assert window.counter.finder.box.text() == "" and window.counter.finder.model.items == []
    assert window.editor.statement_id is None and window.pane.committee_id is None
    state = state_path(str(db_path))
    assert not state.exists()  # counter mode never writes where a visitor was
    assert list(scratch.scratch_root().iterdir()) == []  # the preview's PDF is gone
    files = [settings_mod.settings_path(), Path(window.settings.fileName()), state]
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert qt.value("FileDialog/lastVisited") is None
    assert traces(needles, files) == []
    assert not window.act_undo.isEnabled() and window.act_undo.text() == "&Undo"


def test_the_next_visitor_finds_another_committee_quickly_and_only_that_one(
        qtbot, window_on, office):
    cid, _sids, other = office
    window = window_on(counter=True)
    _visit(qtbot, window, cid)
    window.next_visitor()
    finder = window.counter.finder
    finder.box.setText("Lib")
    assert [c.id for c in finder.model.items] == [other]
    finder.box.returnPressed.emit()
    assert window.pane.committee_id == other
    assert window.start_page.isVisible()  # no statement yet: what to do next
    assert window.start_page.title.text() == "Friends of the Library"
    assert not leftovers(visible_texts(window), [DEMO_NAME, "1449876"])


def test_idle_locks_with_nothing_of_the_committee_then_puts_the_visit_away(
        qtbot, window_on, office, store):
    cid, _sids, _other = office
    from calaccess_desktop.services.users.counter_pin import set_pin

    with store.transaction() as s:
        set_pin(s, "2468-staff")
    window = window_on(counter=True)
    _visit(qtbot, window, cid)
    counter = window.counter
    counter.watch.idle.emit()  # the minutes without use have passed
    lock = counter.lock_screen
    assert counter.locked and lock.isVisible() and lock.geometry() == window.rect()
    on_top = [c for c in window.children() if isinstance(c, QWidget) and c.isVisible()]
    assert on_top[-1] is lock  # raised above the menus, panes and docks
    assert window.windowTitle() == APP_NAME
    assert not window.menuBar().isEnabled()
    assert not window.editor.isEnabled() and not window.findings.isEnabled()  # no Tab in
    assert lock.resume_button.isEnabled()
    assert not window.act_switch.isEnabled() and not window.act_print.isEnabled()
    lock_texts = [w.text() for w in lock.findChildren(QLabel)] + \
        [w.text() for w in lock.findChildren(QAbstractButton)]
    assert lock_texts and not leftovers(lock_texts, [DEMO_NAME, "1449876"])
    assert window.preview.isVisible() is False  # closed under the lock
    lock.pin.setText("2468-staff")
    lock.resume_button.click()  # the same visitor comes back (staff type the PIN)
    assert not counter.locked and DEMO_NAME in window.windowTitle()
    assert window.act_switch.isEnabled() and window.editor.isEnabled()
    assert window.menuBar().isEnabled()
    assert window.editor.current_schedule().form.editors["Ctrib_NamL"].text() == TYPED
    counter.watch.idle.emit()
    counter.watch.idle.emit()  # left locked as long again: the visit is put away
    assert not counter.locked and window.editor.statement_id is None
    assert not leftovers(visible_texts(window), [DEMO_NAME, "1449876", TYPED])


def test_counter_mode_comes_from_settings_unless_asked(window_on, office, tmp_path,
                                                      monkeypatch):
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    values = settings_mod.Settings()
    values.counter_mode, values.counter_idle_minutes = True, 7
    settings_mod.save(values)
    window = window_on()  # as Settings say
    assert window.counter is not None and window.counter.watch.timer.interval() == 7 * 60_000
    assert window.act_next_visitor in window.menuBar().actions()[0].menu().actions()
    assert window_on(counter=False).counter is None  # a screenshot, say


def test_find_committee_at_a_counter_goes_to_the_visitors_finder(qtbot, window_on, office):
    window = window_on(counter=True)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    window.findings.setFocus()
    assert not window.counter.finder.box.hasFocus()
    window.find_committee()
    assert window.counter.finder.box.hasFocus()


def test_the_next_visitor_cannot_undo_the_last_ones_change(qtbot, window_on, office, store):
    from calaccess_desktop.services.entries import save_entry
    from calaccess_desktop.ui.context import Changes

    cid, sids, _other = office
    window = window_on(counter=True)
    window.counter.finder.box.setText("Maria")
    window.counter.finder.box.returnPressed.emit()
    sid = sids[0]
    window.ctx.ops.write(lambda s: save_entry(s, sid, "RCPT", "A", {
        "Entity_Cd": "IND", "Ctrib_NamL": "Quartermaine", "Ctrib_NamF": "Zebulon",
        "Ctrib_Adr1": "9 Elm Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
        "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "50.00"}))
    window.ctx.hub.changed.emit(Changes(sid, committees=True))
    assert window.act_undo.isEnabled()  # the visitor can undo their own entry

    window.next_visitor()
    window.ctx.hub.changed.emit(Changes(None, committees=True, everything=True))
    assert not window.act_undo.isEnabled() and window.act_undo.text() == "&Undo"
    window.undo()  # Ctrl+Z anyway
    assert window.statusBar().currentMessage() == "Nothing to undo."
    with store.read() as s:
        rows = [str(r.values) for r in s.scalars(select(Record).where(
            Record.statement_id == sid, Record.rec_type == "RCPT"))]
    assert any("Quartermaine" in row for row in rows)  # the saved entry stays


def test_passwords_typed_for_the_outbox_are_forgotten(qtbot, window_on, office):
    from calaccess_desktop.ui.controllers.autosend import OutboxSender

    window = window_on(counter=True)
    sender = OutboxSender(window.ctx, say=lambda _t: None)
    window.outbox_sender = sender
    creds = type("Creds", (), {"filer_id": "1449876"})()
    sender.remember_typed(creds)
    assert "1449876" in sender.typed
    window.next_visitor()
    assert sender.typed == {}
    sender.stop()


def test_the_counter_clerks_login_survives_next_visitor_and_the_lock(qtbot, window_on,
                                                                      office, store):
    from calaccess_desktop.services.users import accounts

    with store.transaction() as s:
        accounts.add_user(s, "Admin", "administrator", "office-admin-pw")
        accounts.add_user(s, "Clerk", "preparer", "counter-clerk-pw")
    window = window_on(counter=True)
    login = window.user.dialog
    assert login is not None and login.isVisible()  # the clerk logs in first
    window.next_visitor()
    window.counter.lock()
    assert login.isVisible() and window.isVisible()  # not cancelled: the window stays
    window.counter.unlock()
    login.name.setText("Clerk")
    login.password.setText("counter-clerk-pw")
    login.check()
    assert not login.isVisible() and window.user.label.text() == "Clerk (preparer)"
    window.next_visitor()  # the clerk stays logged in for the next visitor
    assert window.user.actor.logged_in
