"""While a main window is open, garbage is collected on the GUI thread only (a worker
thread freeing a Qt object can freeze the window, docs/dev/gc-freeze.md); closing the
last window puts things back."""

from __future__ import annotations

import gc
import threading
import weakref

import pytest

from calaccess_desktop import gc_pause
from calaccess_desktop.ui import gc_guard

pytestmark = pytest.mark.gui


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_an_open_window_collects_on_the_gui_thread(qtbot, make_window) -> None:
    before, windows = gc_pause.holders(), gc_guard.windows_holding()
    window = make_window()
    assert gc_guard.windows_holding() == windows + 1
    assert gc_pause.holders() == (before + 1 if windows == 0 else before)
    assert not gc.isenabled()  # no collection in whatever thread allocates
    collected_in: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "stop":
            collected_in.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        for _ in range(3 * gc.get_threshold()[0]):
            _Cycle()
        probe = _Cycle()
        gone = weakref.ref(probe)
        del probe
        qtbot.waitUntil(lambda: gone() is None, timeout=10_000)
    finally:
        gc.callbacks.remove(note)
    assert collected_in and set(collected_in) == {threading.main_thread().name}
    window.close()
    window.close()  # twice: harmless
    assert gc_guard.windows_holding() == windows
    assert gc_pause.holders() == before
