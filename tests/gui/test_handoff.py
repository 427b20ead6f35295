"""Work handed to a worker thread is let go of on the GUI thread (ui/handoff.py), even
when the GUI thread has run the outcome before the worker got round to returning: the
worst order a busy machine can give, which froze a window (docs/dev/gc-freeze.md)."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from calaccess_desktop.ui.handoff import run_then_deliver


class Tracked:
    """Records the thread its last reference was dropped on (as a Qt object's wrapper)."""

    def __init__(self, seen: list[str]) -> None:
        self.seen = seen

    def __del__(self) -> None:
        self.seen.append(threading.current_thread().name)


def _worst_order(work: Callable[[], object], deliver: Callable[[object, BaseException | None],
                                                               None]) -> None:
    """The worker posts, then waits until the 'GUI' (this thread) has run the posted call
    and dropped everything of its own, and only then returns."""
    posted: queue.Queue[Callable[[], None]] = queue.Queue()
    landed = threading.Event()

    def post(fn: Callable[[], None]) -> None:
        posted.put(fn)
        landed.wait(10)

    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as pool:
        run_then_deliver(pool, post, work, deliver)
        del work, deliver
        fn = posted.get(timeout=10)
        fn()
        del fn
        landed.set()


def test_the_works_captures_and_result_are_let_go_of_on_the_gui_thread() -> None:
    seen: list[str] = []
    got: list[object] = []

    def make() -> tuple[Callable[[], object], Callable[[object, BaseException | None], None]]:
        captured, delivered_to = Tracked(seen), Tracked(seen)

        def work() -> object:
            assert captured.seen is seen
            return Tracked(seen)

        def deliver(result: object, error: BaseException | None) -> None:
            assert delivered_to.seen is seen and error is None
            got.append(type(result).__name__)
        return work, deliver

    _worst_order(*make())
    assert got == ["Tracked"]
    assert len(seen) == 3  # the work's capture, the deliverer's, the result
    assert set(seen) == {threading.main_thread().name}


def test_an_error_is_delivered_and_let_go_of_on_the_gui_thread() -> None:
    seen: list[str] = []
    errors: list[str] = []

    class Failure(Exception):
        def __init__(self) -> None:
            super().__init__("it went wrong")
            self.tracked = Tracked(seen)

    def work() -> object:
        raise Failure()

    def deliver(result: object, error: BaseException | None) -> None:
        assert result is None
        errors.append(str(error))

    _worst_order(work, deliver)
    del work, deliver
    import gc
    gc.collect()  # an error's traceback is a cycle: the collector frees it, on this thread
    assert errors == ["it went wrong"]
    assert seen == [threading.main_thread().name]
