"""Pauses of the cyclic collector nest, across threads: automatic collection comes back
only when the last holder lets go, and only if it was on before. (A window left open by
an earlier test may hold a pause already: the tests compare with what they found.)"""

from __future__ import annotations

import gc
import threading

from calaccess_desktop import gc_pause
from calaccess_desktop.gc_pause import gc_paused


def test_a_worker_pause_ending_does_not_end_the_windows_pause() -> None:
    before, was_on = gc_pause.holders(), gc.isenabled()
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
    assert gc_pause.holders() == before + 1
    gc_pause.release()
    assert gc.isenabled() == was_on and gc_pause.holders() == before


def test_a_pause_keeps_the_collector_off_if_it_was_off() -> None:
    before, was_on = gc_pause.holders(), gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        if was_on:
            gc.enable()
    assert gc_pause.holders() == before


def test_an_error_inside_a_pause_still_lets_go() -> None:
    before, was_on = gc_pause.holders(), gc.isenabled()
    try:
        with gc_paused():
            raise ValueError("boom")
    except ValueError:
        pass
    assert gc.isenabled() == was_on and gc_pause.holders() == before


def test_the_last_release_turns_collection_back_on() -> None:
    if gc_pause.holders():  # someone else holds a pause: nothing to learn here
        assert not gc.isenabled()
        return
    assert gc.isenabled()
    with gc_paused():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc_pause.release()  # an extra release is harmless
    assert gc.isenabled() and gc_pause.holders() == 0
