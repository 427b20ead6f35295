"""Counter mode's widgets on their own: the visitor's committee finder, the idle watch,
the quick switcher's counter behaviour (real widgets, real data file)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from calaccess_desktop.services.editing import create_committee
from calaccess_desktop.ui.controllers.counter_mode import (
    MAX_SHOWN,
    CommitteeFinder,
    IdleWatch,
)
from calaccess_desktop.ui.controllers.quick_switch import QuickSwitch

pytestmark = pytest.mark.gui


@pytest.fixture
def committees(store):
    with store.transaction() as s:
        ids = [create_committee(s, f"Friends of Park {n:02}", filer_id=f"14{n:05}")
               for n in range(MAX_SHOWN + 5)]
        ids.append(create_committee(s, "Maria Lopez for City Council", filer_id="1449876"))
    return ids


def test_the_finder_lists_nothing_before_three_characters(qtbot, ctx, committees):
    finder = CommitteeFinder(ctx)
    qtbot.addWidget(finder)
    finder.show()
    finder.box.setText("Ma")
    assert finder.model.items == [] and finder.list.isHidden()
    finder.box.setText("Mar")
    assert [c.name for c in finder.model.items] == ["Maria Lopez for City Council"]
    chosen = []
    finder.chosen.connect(chosen.append)
    finder.box.returnPressed.emit()
    assert chosen == [committees[-1]]
    finder.box.setText("Park")  # a finder, not a directory
    assert len(finder.model.items) == MAX_SHOWN
    finder.box.setText("1449876")
    assert [c.filer_id for c in finder.model.items] == ["1449876"]
    finder.box.setText("Nobody at all")
    assert finder.model.items == [] and "No committee has that name" in finder.none.text()
    finder.clear()
    assert finder.box.text() == "" and finder.model.items == [] and finder.none.isHidden()


def test_the_quick_switch_at_a_counter_shows_no_committee_until_typed(qtbot, ctx, committees):
    plain = QuickSwitch(ctx)
    qtbot.addWidget(plain)
    assert len(plain.model.items) == len(committees)  # an ordinary desk: every committee
    counter = QuickSwitch(ctx, counter=True)
    qtbot.addWidget(counter)
    assert counter.model.items == []
    counter.filter.setText("lop")
    assert [c.name for c in counter.model.items] == ["Maria Lopez for City Council"]


def test_the_idle_watch_fires_without_input_and_input_restarts_it(qtbot, monkeypatch):
    watch = IdleWatch(minutes=0.002)  # 120 ms
    with qtbot.waitSignal(watch.idle, timeout=3000):
        pass
    watch.timer.start()
    restarts: list[int] = []
    monkeypatch.setattr(watch.timer, "start", lambda *a: restarts.append(1))
    target = QWidget()
    qtbot.addWidget(target)
    QApplication.sendEvent(target, QEvent(QEvent.Type.Paint))  # not the user
    assert restarts == []
    QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A,
                                             Qt.KeyboardModifier.NoModifier, "a"))
    assert restarts == [1]  # the count begins again from the key press
    watch.stop()
    assert not watch.timer.isActive()
