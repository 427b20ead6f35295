"""The wheel trap: scrolling a form over a drop-down never changes it; a focused
drop-down still takes the wheel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDateEdit, QScrollArea, QVBoxLayout, QWidget

from calaccess_desktop.ui.widgets.wheel_guard import guard_wheel
from tests.trust.entry_support import open_demo

pytestmark = pytest.mark.gui


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A real wheel event (one notch down) delivered to the widget under the pointer."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_entry_form_combo_changes_nothing(qtbot, make_window,
                                                                       demo_ids):
    window = make_window()
    tab = open_demo(window, demo_ids)
    form = tab.form
    window.activateWindow()
    qtbot.waitActive(window)
    tab.view.setFocus()
    combo = form.editors["Entity_Cd"].input
    assert isinstance(combo, QComboBox)
    before = combo.currentIndex()
    assert not combo.hasFocus()
    wheel(combo)
    wheel(combo)
    assert combo.currentIndex() == before
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    # Once the treasurer clicks into it, the wheel does change it.
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    wheel(combo)
    assert combo.currentIndex() != before


def test_the_wheel_scrolls_the_form_instead(qtbot):
    host = QWidget()
    inner = QWidget()
    v = QVBoxLayout(inner)
    combos = []
    for _ in range(30):
        combo = guard_wheel(QComboBox())
        combo.addItems(["one", "two", "three"])
        combos.append(combo)
        v.addWidget(combo)
    date = guard_wheel(QDateEdit())
    v.addWidget(date)
    scroll = QScrollArea(host)
    scroll.setWidget(inner)
    scroll.resize(200, 150)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    bar = scroll.verticalScrollBar()
    assert bar.value() == 0
    wheel(combos[1])
    assert combos[1].currentIndex() == 0
    assert bar.value() > 0  # the form scrolled instead
    day = date.date()
    wheel(date)
    assert date.date() == day
