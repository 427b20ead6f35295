"""Pause Python's cyclic garbage collector: during bulk work, and while a window is open.

Reading or writing 100,000 records creates millions of objects that all stay alive until
the work is done; every automatic collection walks them again, which made a large import
about a third slower. Reference counting still frees what is dropped; cycles wait until
the collector is back on.

Pauses nest and may come from several threads (a background import while the window
holds its own pause, docs/dev/gc-freeze.md): automatic collection is back on only when
the last holder lets go, and only if it was on before the first.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_was_on = True


def hold() -> None:
    """Turn automatic collection off until the matching ``release``."""
    global _holders, _was_on
    with _lock:
        if _holders == 0:
            _was_on = gc.isenabled()
            gc.disable()
        _holders += 1


def release() -> None:
    """Let go of one ``hold``; the last one puts automatic collection back as it was."""
    global _holders
    with _lock:
        if _holders == 0:
            return
        _holders -= 1
        if _holders == 0 and _was_on:
            gc.enable()


def holders() -> int:
    """How many pauses are in force (for tests and diagnostics)."""
    return _holders


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with automatic collection off (restored afterwards, even on error)."""
    hold()
    try:
        yield
    finally:
        release()
