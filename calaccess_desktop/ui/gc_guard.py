"""While a window is open, Python's cyclic garbage collector runs on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate: a background
worker can then free a Qt object that the GUI thread is using, and Qt's lock and
Python's GIL wait on each other for ever (the window freezes; docs/dev/gc-freeze.md).
While a main window is open, automatic collection is paused (``gc_pause.hold``) and a
timer on the GUI thread collects instead, by the collector's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from calaccess_desktop import gc_pause

INTERVAL_MS = 300


class _GuiThreadCollector(QObject):
    """Collects, on the GUI thread, the oldest generation whose count passed its threshold."""

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.owners: set[int] = set()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.collect)

    def collect(self) -> None:
        counts = gc.get_count()
        limits = gc.get_threshold()
        for generation in (2, 1, 0):
            if limits[generation] and counts[generation] > limits[generation]:
                gc.collect(generation)
                return


_collector: _GuiThreadCollector | None = None


def hold(window: QObject) -> None:
    """A main window opened: from now on, collect on the GUI thread only (until it is
    closed or destroyed)."""
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector(QCoreApplication.instance())
    key = id(window)
    if key in _collector.owners:
        return
    if not _collector.owners:
        gc_pause.hold()
        _collector.timer.start()
    _collector.owners.add(key)
    window.destroyed.connect(lambda *_: _let_go(key))


def release(window: QObject) -> None:
    """A main window closed (its workers stopped): the last one collects what is left and
    puts the collector back as it was. Closing twice is harmless."""
    _let_go(id(window))


def _let_go(key: int) -> None:
    if _collector is None or key not in _collector.owners:
        return
    _collector.owners.discard(key)
    if not _collector.owners:
        _collector.timer.stop()
        gc.collect()
        gc_pause.release()


def windows_holding() -> int:
    """How many open windows hold the pause (for tests)."""
    return 0 if _collector is None else len(_collector.owners)
