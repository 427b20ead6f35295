"""Run work on a worker thread and hand its outcome back to the GUI thread, so that every
Python reference the work held (its closure, the widgets it captured, its result or
error) is let go of on the GUI thread, never on the worker.

Why: a Qt object whose last reference is dropped on a worker thread is destroyed there,
and its destructor can wait for a Qt lock the GUI thread holds while the GUI thread waits
for the interpreter lock: the window freezes (docs/dev/gc-freeze.md). A plain closure
leaves that to chance: the worker drops its references only after it has posted the
outcome, and if the GUI thread has already run and dropped its own by then, the worker's
are the last. Here the worker holds the work only through a list that the GUI thread
empties.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor
from functools import partial
from typing import Any

Deliver = Callable[[Any, BaseException | None], None]
Post = Callable[[Callable[[], None]], None]


def run_then_deliver(pool: Executor, post: Post, work: Callable[[], Any],
                     deliver: Deliver) -> None:
    """Run ``work()`` on ``pool``; then ``deliver(result, error)`` where ``post`` runs
    its callable (the GUI thread: a queued signal's ``emit``)."""
    box: list[Any] = [work, deliver]
    del work, deliver
    pool.submit(_job, box, post)


def _job(box: list[Any], post: Post) -> None:
    work = box[0]
    try:
        outcome: tuple[Any, BaseException | None] = (work(), None)
    except BaseException as exc:  # noqa: BLE001 - handed to deliver on the GUI thread
        outcome = (None, exc)
    del work
    box.append(outcome)
    del outcome
    post(partial(_land, box))


def _land(box: list[Any]) -> None:
    """On the GUI thread: empty the box (its references end here), then deliver."""
    _work, deliver, (result, error) = box
    box.clear()
    del _work
    deliver(result, error)
