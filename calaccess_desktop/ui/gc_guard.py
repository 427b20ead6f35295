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
        self.windows = 0
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


def hold() -> None:
    """A main window opened: from now on, collect on the GUI thread only."""
    global _collector
    if _collector is None:
        _collector = _GuiThreadCollector(QCoreApplication.instance())
    if _collector.windows == 0:
        gc_pause.hold()
        _collector.timer.start()
    _collector.windows += 1


def release() -> None:
    """A main window closed (its workers stopped): the last one collects what is left and
    puts the collector back as it was."""
    if _collector is None or _collector.windows == 0:
        return
    _collector.windows -= 1
    if _collector.windows == 0:
        _collector.timer.stop()
        gc.collect()
        gc_pause.release()


def windows_holding() -> int:
    """How many open windows hold the pause (for tests)."""
    return 0 if _collector is None else _collector.windows
