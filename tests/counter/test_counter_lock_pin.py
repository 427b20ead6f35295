"""The counter's idle lock in the real window: Continue needs the staff PIN (or the
signed-in user's password); a wrong one is refused plainly and the box emptied, many
wrong ones make Continue wait, and without a PIN only Next visitor is offered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services.demo import DEMO_NAME, create_demo
from calaccess_desktop.services.users import accounts
from calaccess_desktop.services.users.counter_pin import set_pin

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("OFFICE_SHOTS")
PIN = "2468-staff"


@pytest.fixture
def demo(store) -> int:
    with store.transaction() as s:
        cid, _sids = create_demo(s)
    return cid


def visit_and_lock(window):
    finder = window.counter.finder
    finder.box.setText("Maria")
    finder.box.returnPressed.emit()
    assert DEMO_NAME in window.windowTitle()
    window.counter.watch.idle.emit()  # the minutes without use have passed
    lock = window.counter.lock_screen
    assert window.counter.locked and lock.isVisible()
    return lock


def test_a_wrong_pin_is_refused_then_many_slow_down_then_the_pin_unlocks(
        qtbot, window_on, demo, store, tmp_path) -> None:
    with store.transaction() as s:
        set_pin(s, PIN)
    window = window_on(counter=True)
    lock = visit_and_lock(window)
    counter = window.counter
    assert lock.pin.isVisible() and lock.resume_button.isEnabled()
    assert lock.pin.echoMode() == lock.pin.EchoMode.Password
    lock.resume_button.click()  # nothing typed: asked for, not counted
    assert counter.locked and counter.tries.wrong == 0
    assert lock.problem.text() == "Type the staff PIN first."
    lock.pin.setText("9999")
    lock.resume_button.click()
    assert counter.locked and counter.tries.wrong == 1
    counter._checking = True  # a PIN still being checked: another is not queued behind it
    lock.pin.setText(PIN)
    lock.resume_button.click()
    assert counter.locked and counter.tries.wrong == 1
    counter._checking = False

    qtbot.keyClicks(lock.pin, "1357")
    qtbot.keyClick(lock.pin, Qt.Key.Key_Return)
    assert counter.locked and lock.pin.text() == ""  # refused, and not kept on screen
    assert lock.problem.text().startswith("That is not the staff PIN")
    assert DEMO_NAME not in window.windowTitle()
    assert counter.tries.wait_left() == 0  # two wrong tries are free
    lock.pin.setText("0000")
    lock.resume_button.click()  # a third wrong one: now Continue waits
    assert counter.locked and not lock.resume_button.isEnabled()
    assert "try again in 2 seconds" in lock.problem.text()
    qtbot.wait(50)
    assert lock.grab().save(str(tmp_path / "lock-refused.png"))
    if SHOTS:
        lock.grab().save(str(Path(SHOTS) / "lock-refused.png"))
    lock.pin.setText(PIN)
    qtbot.keyClick(lock.pin, Qt.Key.Key_Return)  # even the right PIN waits its turn
    assert counter.locked
    assert "try again in 2 seconds" in lock.problem.text()  # still said, nothing tried
    qtbot.waitUntil(lock.resume_button.isEnabled, timeout=10000)  # the 2 seconds passed
    assert lock.problem.text() == "Type the staff PIN again."
    lock.pin.setText(PIN)
    lock.resume_button.click()
    assert not counter.locked and DEMO_NAME in window.windowTitle()
    assert counter.tries.wrong == 0  # the count starts again


def test_without_a_pin_only_next_visitor_is_offered(qtbot, window_on, demo, tmp_path) -> None:
    window = window_on(counter=True)
    lock = visit_and_lock(window)
    assert not lock.pin.isVisible() and not lock.resume_button.isEnabled()
    assert lock.problem.text().startswith("No staff PIN is set for this counter")
    assert "Settings > Public counter" in lock.problem.text()
    lock.pin.setText("anything")
    lock.pin.returnPressed.emit()
    assert window.counter.locked
    qtbot.wait(50)
    if SHOTS:
        lock.grab().save(str(Path(SHOTS) / "lock-no-pin.png"))
    lock.next_button.click()
    assert not window.counter.locked and window.editor.statement_id is None
    assert DEMO_NAME not in window.windowTitle()


def test_with_users_the_signed_in_clerks_password_unlocks(qtbot, window_on, demo,
                                                          store) -> None:
    with store.transaction() as s:
        accounts.add_user(s, "Admin", "administrator", "office-admin-pw")
        accounts.add_user(s, "Clerk", "preparer", "counter-clerk-pw")
    window = window_on(counter=True)
    login = window.user.dialog
    login.name.setText("Clerk")
    login.password.setText("counter-clerk-pw")
    login.check()
    assert window.user.actor.logged_in
    lock = visit_and_lock(window)
    assert lock.resume_button.isEnabled() and lock.pin.placeholderText() == \
        "Password of Clerk"
    lock.pin.setText("office-admin-pw")  # someone else's password is not the clerk's
    lock.resume_button.click()
    assert window.counter.locked
    lock.pin.setText("counter-clerk-pw")
    lock.resume_button.click()
    assert not window.counter.locked and DEMO_NAME in window.windowTitle()
