"""Findings from the validation engine; double-click one to go to the field.

A whole-statement check runs off the GUI thread in steps (``services.checking``), with
progress in the panel and a Stop button; a stopped check keeps the previous findings.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.i18n import SOURCE_LANGUAGE, english_note
from calaccess_desktop.ui.i18n import current as current_language
from calaccess_desktop.ui.models.findings_model import FindingsModel
from calaccess_desktop.ui.ops import Cancelled, Task


def validator() -> Callable[..., list[Any]] | None:
    """``services.validation.validate_statement`` when the validation engine is installed
    (or the engine itself over a snapshot, if only the engine is there)."""
    try:
        module = importlib.import_module("calaccess_desktop.services.validation")
        found: Callable[..., list[Any]] | None = getattr(module, "validate_statement", None)
        return found
    except ImportError:
        pass
    try:
        engine = importlib.import_module("calaccess_desktop.validation.engine")
    except ImportError:
        return None
    from calaccess_desktop.services.snapshots import build_snapshot

    def validate_statement(session: Any, statement_id: int) -> list[Any]:
        return list(engine.validate(build_snapshot(session, statement_id)))
    return validate_statement


def _stepwise() -> Callable[..., list[Any]] | None:
    """``services.checking.check_statement`` (stoppable), when installed."""
    try:
        module = importlib.import_module("calaccess_desktop.services.checking")
    except ImportError:
        return None
    found: Callable[..., list[Any]] | None = getattr(module, "check_statement", None)
    return found


class FindingsTable(QTableView):
    """Enter on a finding goes to it, like a double-click."""

    go = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.go.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


VISIBLE_ROWS = 8  # findings visible at once in the default window (1280x800)


class FindingsPanel(QWidget):
    """A 'Check statement' button, a count, and the findings table."""

    navigate = Signal(object)  # a Finding
    checked = Signal(int, int)  # errors, warnings

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id: int | None = None
        self.validate = validator()
        self.has_run = False
        self.model = FindingsModel()
        self.view = FindingsTable()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Findings"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        # One line per finding (the full text is in its tooltip), so that at least
        # VISIBLE_ROWS findings show at once in a 1280x800 window.
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.view.doubleClicked.connect(self._go)
        self.view.go.connect(self._go)
        self.button = QPushButton(self.tr("Check statement (F5)"))
        self.button.setAccessibleName(self.tr("Check statement"))
        self.button.clicked.connect(self.run)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop checking"))
        self.stop_button.clicked.connect(self.cancel)
        self.stop_button.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Checking progress"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 24)
        self.progress.setVisible(False)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Findings summary"))
        self.summary.setWordWrap(True)
        self.task: Task | None = None
        self.active = False
        bar = QHBoxLayout()
        bar.addWidget(self.button)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        self.english = QLabel(english_note())  # the check's words are the FPPC's English
        self.english.setAccessibleName(self.tr("Language of the findings"))
        self.english.setStyleSheet("color: #555555;")
        self.english.setVisible(current_language() != SOURCE_LANGUAGE)
        layout.addWidget(self.english)
        layout.addWidget(self.view)
        self._auto = QTimer(self)
        self._auto.setSingleShot(True)
        self._auto.setInterval(1200)
        self._auto.timeout.connect(self.run)
        if self.validate is None:
            self.button.setEnabled(False)
            self.summary.setText(
                self.tr("Checking statements is not available in this version."))
        else:
            self.summary.setText(self.tr("Press Check statement (F5) to look for problems "
                                         "before you file."))

    def height_for_rows(self, rows: int = VISIBLE_ROWS) -> int:
        """The panel height that shows ``rows`` findings without scrolling."""
        view = self.view
        table = (view.horizontalHeader().sizeHint().height()
                 + rows * view.verticalHeader().defaultSectionSize()
                 + 2 * view.frameWidth())
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        bar = max(self.button.sizeHint().height(), self.summary.sizeHint().height())
        return table + bar + layout.spacing() + margins.top() + margins.bottom()

    def set_statement(self, statement_id: int | None) -> None:
        """Follow the open statement (clears old findings)."""
        if statement_id != self.statement_id:
            self.cancel()
            self.statement_id = statement_id
            self.has_run = False
            self.model.set_findings([])
            if self.validate is not None:
                self.summary.setText(self.tr("Press Check statement (F5) to look for problems "
                                             "before you file."))

    def changed(self) -> None:
        """The statement changed: check again shortly if it was checked before."""
        if self.has_run:
            self._auto.start()

    def run(self) -> None:
        """Check the whole statement off the GUI thread (Stop cancels it)."""
        check, sid = self.validate, self.statement_id
        if self.active and self.has_run:
            self._auto.start()  # changed while checking: check again after this one
        if check is None or sid is None or self.active:
            return
        store = self.ctx.store
        stepwise = _stepwise()
        checking = self.tr("Checking the statement...")  # words made here, not in the worker

        def work(task: Task) -> list[Any]:
            with store.read() as session:
                if stepwise is None:
                    return list(check(session, sid))
                try:
                    return list(stepwise(session, sid, cancel=task.cancel,
                                         progress=lambda done, total: task.progress(
                                             done, total, checking)))
                except Exception as exc:
                    if type(exc).__name__ == "CheckCancelled":
                        raise Cancelled from None  # Stop: not a failure
                    raise

        def done(findings: list[Any]) -> None:
            self._idle()
            if sid == self.statement_id:
                self.show_findings(findings)

        def failed(exc: BaseException) -> None:
            self._idle()
            if not isinstance(exc, Cancelled) and type(exc).__name__ != "CheckCancelled":
                self.ctx.ops.show_error(exc)
            elif sid == self.statement_id:  # not when another statement was opened
                self._stopped()

        def cancelled() -> None:
            self._idle()
            if sid == self.statement_id:
                self._stopped()

        self.summary.setText(self.tr("Checking the statement..."))
        self.button.setEnabled(False)
        self.stop_button.setVisible(True)
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self.active = True
        task = self.ctx.ops.task(self.tr("Checking the statement"), work, done, failed,
                                 dialog=False, on_progress=self._progress,
                                 on_cancel=cancelled)
        if self.active:  # still running (a synchronous runner has finished already)
            self.task = task

    def cancel(self) -> None:
        """Stop a running check (the findings shown before stay)."""
        if self.task is not None:
            self.task.cancel.set()

    @property
    def running(self) -> bool:
        """Whether a check is running."""
        return self.active

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.active and total:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _idle(self) -> None:
        self.active = False
        self.task = None
        self.button.setEnabled(self.validate is not None)
        self.stop_button.setVisible(False)
        self.progress.setVisible(False)

    def _stopped(self) -> None:
        self.summary.setText(self.tr("Check stopped before it finished. Press Check statement "
                                     "(F5) to check again.")
                             + (" " + self.tr("The findings below are from the last full "
                                              "check.") if self.model.rowCount() else ""))

    def show_findings(self, findings: list[Any]) -> None:
        """Display findings and say what to do next."""
        self.has_run = True
        self.model.set_findings(findings)
        errors, warnings = self.model.counts()
        if not findings:
            self.summary.setText(
                self.tr("No problems found. You can mark the statement ready to file."))
        else:
            self.summary.setText(
                (self.tr("1 error") if errors == 1 else self.tr("{n} errors").format(n=errors))
                + " " + self.tr("(must fix before filing)") + ", "
                + (self.tr("1 warning") if warnings == 1
                   else self.tr("{n} warnings").format(n=warnings))
                + " " + self.tr("(check these). Double-click a line to go to the field."))
        self.checked.emit(errors, warnings)

    def _go(self, index: QModelIndex) -> None:
        finding = self.model.finding(index.row())
        if finding is not None:
            self.navigate.emit(finding)
