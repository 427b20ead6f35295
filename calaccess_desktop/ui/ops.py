"""Ops: the only way the GUI touches the store (Anki's CollectionOp/QueryOp pattern).

Everything that touches the database runs on ONE worker thread (a single-thread
executor), so SQLite never sees two writers and no ORM object crosses threads;
network work runs on its own pool, and long CPU work that needs no session (drawing
a PDF) on a third, so it never holds up the database. Results come back to the GUI
thread through a queued Qt signal. Long tasks get a ``Task`` (progress callback +
cancel event) and a progress dialog that appears only after 600 ms. In tests the runner can be
synchronous: every op runs inline and its callback is called before ``run`` returns.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.orm import Session

from calaccess_desktop import boundary
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.handoff import run_then_deliver

PROGRESS_DELAY_MS = 600


class Cancelled(Exception):
    """The user cancelled a task."""


@dataclass
class Task:
    """Handed to long-running work: report progress, check for cancel."""

    cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] | None = None

    def progress(self, done: int, total: int = 0, text: str = "") -> None:
        """Report progress (thread-safe); raise Cancelled if the user cancelled."""
        if self.cancel.is_set():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total, text)


class _Bridge(QObject):
    """Carries closures from worker threads to the GUI thread."""

    call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]


class OpRunner(QObject):
    """Runs store work on the database worker and hands results back on the GUI thread."""

    busy_changed = Signal(bool)

    def __init__(self, store: Store, *, synchronous: bool = False,
                 parent_widget: QWidget | None = None) -> None:
        super().__init__()
        self.store = store
        self.synchronous = synchronous
        self.parent_widget = parent_widget
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calaccess-db")
        self._net = ThreadPoolExecutor(max_workers=4, thread_name_prefix="calaccess-net")
        self._cpu = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calaccess-cpu")
        self._bridge = _Bridge()
        self._pending = 0
        self._loud = 0  # pending ops the status bar shows ("Working...")
        self.closed = False
        self.last_error: BaseException | None = None

    # ------------------------------------------------------------------ public API

    def read(self, fn: Callable[[Session], Any], on_done: OnDone | None = None,
             on_error: OnError | None = None, *, owner: QObject | None = None) -> None:
        """Run ``fn(session)`` with a read-only session. With ``owner``, the callbacks
        are skipped if that widget was deleted meanwhile (a statement closed)."""
        def work(_task: Task) -> Any:
            with self.store.read() as session:
                return fn(session)
        self._submit(work, *_owned(owner, on_done, on_error))

    def write(self, fn: Callable[[Session], Any], on_done: OnDone | None = None,
              on_error: OnError | None = None, *, owner: QObject | None = None) -> None:
        """Run ``fn(session)`` in one transaction (one user action)."""
        def work(_task: Task) -> Any:
            with self.store.transaction() as session:
                return fn(session)
        self._submit(work, *_owned(owner, on_done, on_error))

    def task(self, title: str, fn: Callable[[Task], Any], on_done: OnDone | None = None,
             on_error: OnError | None = None, *, network: bool = False, cpu: bool = False,
             dialog: bool = True, quiet: bool = False,
             on_progress: Callable[[int, int, str], None] | None = None,
             on_cancel: Callable[[], None] | None = None) -> Task:
        """Run long work ``fn(task)`` with a delayed progress dialog and a Cancel button.
        ``network=True`` runs it on the network pool (it must open its own sessions
        through short ``store`` transactions, never hold one during I/O); ``cpu=True``
        on the CPU worker (no store access at all). ``dialog=False``: no progress
        dialog (the caller shows ``on_progress`` itself); ``quiet=True``: background
        work the status bar does not announce. ``on_cancel`` runs when it stopped
        because the task was cancelled."""
        task = Task()
        progress = _DelayedProgress(title, task, self.parent_widget, on_progress)
        task._report = progress.report_from_any_thread

        def done(result: Any) -> None:
            progress.finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            progress.finish()
            if isinstance(exc, Cancelled):
                if on_cancel is not None:
                    on_cancel()
                return
            (on_error or self.show_error)(exc)

        if dialog and not self.synchronous:
            progress.start()
        pool = "net" if network else "cpu" if cpu else "db"
        self._submit(fn, done, failed, pool=pool, task=task, quiet=quiet)
        return task

    def wait_idle(self, timeout_ms: int = 10000) -> bool:
        """Process events until no op is pending (for screenshots, benchmarks, tests)."""
        timer = QElapsedTimer()
        timer.start()
        while self._pending and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            QThread.msleep(1)
        QCoreApplication.processEvents()
        return self._pending == 0

    @property
    def busy(self) -> bool:
        """Whether an op is running or waiting."""
        return self._pending > 0

    def shutdown(self) -> None:
        """Finish queued work and stop the threads; later ops are ignored (a timer
        firing while the window closes must not fail)."""
        self.closed = True
        self._db.shutdown(wait=True)
        self._net.shutdown(wait=False, cancel_futures=True)
        self._cpu.shutdown(wait=False, cancel_futures=True)

    def show_error(self, exc: BaseException) -> None:
        """Default failure handler: a plain message, never a traceback."""
        self.last_error = exc
        QMessageBox.warning(self.parent_widget, self.tr("Could not do that"),
                            _plain(self.plain(exc)))

    def plain(self, exc: BaseException) -> BaseException:
        """What a failed op hands its ``on_error``: a UserError in plain words (an
        unexpected one also leaves a crash report), or ``Cancelled`` as it is."""
        if isinstance(exc, Cancelled):
            return exc
        try:
            return boundary.plain_error(exc, data_file=self.store.location)
        except Exception:  # noqa: BLE001 - never a traceback from the error path
            return boundary.Explained(boundary.UNEXPECTED)

    # ------------------------------------------------------------------ plumbing

    def _submit(self, work: Callable[[Task], Any], on_done: OnDone | None,
                on_error: OnError | None, *, pool: str = "db", task: Task | None = None,
                quiet: bool = False) -> None:
        if self.closed:
            return
        task = task or Task()
        self._started(quiet)
        if self.synchronous:
            try:
                result = work(task)
            except Exception as exc:  # noqa: BLE001 - reported to the user
                self._finished(quiet)
                (on_error or self.show_error)(self.plain(exc))
                return
            self._finished(quiet)
            if on_done is not None:
                on_done(result)
            return

        def deliver(result: Any, error: BaseException | None) -> None:
            if error is None:
                self._deliver(result, on_done, quiet)
            else:
                self._deliver_error(self.plain(error), on_error, quiet)

        # Every reference this op holds is let go of on the GUI thread (ui/handoff.py).
        run_then_deliver({"db": self._db, "net": self._net, "cpu": self._cpu}[pool],
                         self._bridge.call.emit, partial(work, task), deliver)

    def _deliver(self, result: Any, on_done: OnDone | None, quiet: bool) -> None:
        self._finished(quiet)
        if on_done is not None:
            on_done(result)

    def _deliver_error(self, exc: BaseException, on_error: OnError | None,
                       quiet: bool) -> None:
        self._finished(quiet)
        (on_error or self.show_error)(exc)

    def _started(self, quiet: bool = False) -> None:
        self._pending += 1
        if not quiet:
            self._loud += 1
            if self._loud == 1:
                self.busy_changed.emit(True)

    def _finished(self, quiet: bool = False) -> None:
        self._pending -= 1
        if not quiet:
            self._loud -= 1
            if self._loud == 0:
                self.busy_changed.emit(False)


def _owned(owner: QObject | None, on_done: OnDone | None,
           on_error: OnError | None) -> tuple[OnDone | None, OnError | None]:
    """Callbacks that do nothing once ``owner`` (a widget) is gone."""
    if owner is None:
        return on_done, on_error

    def done(result: Any) -> None:
        if shiboken6.isValid(owner) and on_done is not None:
            on_done(result)

    def failed(exc: BaseException) -> None:
        if shiboken6.isValid(owner) and on_error is not None:
            on_error(exc)
    return done, failed if on_error is not None else None


def _plain(exc: BaseException) -> str:
    text = str(exc).strip()
    return text[0].upper() + text[1:] if text else type(exc).__name__


class _DelayedProgress(QObject):
    """A progress dialog shown only if the work is still running after 600 ms."""

    _progress = Signal(int, int, str)

    def __init__(self, title: str, task: Task, parent: QWidget | None,
                 listener: Callable[[int, int, str], None] | None = None) -> None:
        super().__init__()
        self.title, self.task, self.parent_widget = title, task, parent
        self.listener = listener
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._show)
        self.last = (0, 0, "")
        self._progress.connect(self._update, Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        self.timer.start(PROGRESS_DELAY_MS)

    def report_from_any_thread(self, done: int, total: int, text: str) -> None:
        self._progress.emit(done, total, text)

    def _show(self) -> None:
        dialog = QProgressDialog(self.title, self.tr("Cancel"), 0, 0, self.parent_widget)
        dialog.setWindowTitle(self.title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAccessibleName(self.tr("{task} progress").format(task=self.title))
        dialog.canceled.connect(self.task.cancel.set)
        self.dialog = dialog
        self._update(*self.last)
        dialog.show()

    def _update(self, done: int, total: int, text: str) -> None:
        self.last = (done, total, text)
        if self.listener is not None:
            self.listener(done, total, text)
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 0))
            self.dialog.setValue(min(done, total) if total else 0)
            if text:
                self.dialog.setLabelText(text)

    def finish(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
