"""The scroll wheel changes a drop-down, a spin box or a date only when it has focus.

Qt lets the wheel change any combo box or spin box the pointer passes over, so
scrolling down a long form silently changes values. ``guard_wheel`` makes a field
take focus only by click or Tab, and hands an unfocused field's wheel event to the
scrolling form around it (the nearest scroll area).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)  # QDateEdit and QDoubleSpinBox included


class WheelGuard(QObject):
    """An event filter: a wheel event over an unfocused field goes to its parent."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) \
                or watched.hasFocus() or not isinstance(event, QWheelEvent):
            return False
        area = _scroll_area(watched)
        if area is not None:  # the form around it scrolls instead
            viewport = area.viewport()
            pos = QPointF(viewport.mapFromGlobal(event.globalPosition().toPoint()))
            QApplication.sendEvent(viewport, QWheelEvent(
                pos, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                event.buttons(), event.modifiers(), event.phase(), event.inverted()))
        return True


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


_GUARD: WheelGuard | None = None


def guard_wheel(widget: QWidget) -> QWidget:
    """Protect one field widget (and any combo or spin box inside it); returns it."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard()
    targets: list[QWidget] = [widget] if isinstance(widget, GUARDED) else []
    targets += [w for kind in GUARDED for w in widget.findChildren(kind)]
    for target in targets:
        target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        target.installEventFilter(_GUARD)
    return widget
