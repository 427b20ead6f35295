"""Pauses of the cyclic collector nest, across threads: automatic collection comes back
only when the last holder lets go, and only if it was on before."""

from __future__ import annotations

import gc
import threading

from calaccess_desktop import gc_pause
from calaccess_desktop.gc_pause import gc_paused


def test_a_worker_pause_ending_does_not_end_the_windows_pause() -> None:
    assert gc.isenabled() and gc_pause.holders() == 0
    gc_pause.hold()  # the window
    started, finish = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():  # a background import
            started.set()
            finish.wait(5)

    t = threading.Thread(target=worker)
    t.start()
    started.wait(5)
    finish.set()
    t.join(5)
    assert not gc.isenabled()  # the worker finished; the window still holds the pause
    gc_pause.release()
    assert gc.isenabled() and gc_pause.holders() == 0


def test_a_pause_keeps_the_collector_off_if_it_was_off() -> None:
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_inside_a_pause_still_lets_go() -> None:
    try:
        with gc_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled() and gc_pause.holders() == 0


def test_an_extra_release_is_harmless() -> None:
    gc_pause.release()
    assert gc.isenabled() and gc_pause.holders() == 0
