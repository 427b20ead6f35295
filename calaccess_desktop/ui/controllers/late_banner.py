"""A banner under the statement header when an entry calls for a late report (Form 497
late contribution, Form 496 late independent expenditure), with its due date and a way
to the entry, shown as soon as the entry is saved rather than only on a full check.

It is computed on the database thread when a statement opens and after changes to it,
debounced: a burst of edits runs it once, at most one computation is in flight (edits
made meanwhile run it once more afterwards), and a result for a statement that is no
longer open is dropped.
"""

from __future__ import annotations

import html

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from calaccess_desktop.services.late_reports import (
    LateReportLine,
    late_reports_owed,
    report_late_contribution,
    report_late_expenditure,
)
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.i18n import form_words
from calaccess_desktop.ui.ops import Task
from calaccess_desktop.validation.findings import Finding

NAME = "Late reports owed"
DEBOUNCE_MS = 800  # after the last change; a large statement's check takes ~1.5 s
SHOWN = 2  # findings spelled out; the rest are counted ("and N more")
STYLE = ("QFrame#LateBanner { background: #ffe08a; border: 1px solid #c98f00; "
         "border-radius: 4px; } QFrame#LateBanner QLabel { color: #2e2100; }")


def form_owed(finding: Finding) -> str:
    """'Form 496' for a late independent expenditure, else 'Form 497'."""
    return "Form 496" if finding.rule_id.startswith("F496") else "Form 497"


def can_add(finding: Finding) -> bool:
    """Whether the banner can list the finding's entry on a late report itself: a
    contribution on a Form 497, an independent expenditure on a Form 496."""
    return finding.location.record_id > 0 and finding.rule_id.startswith(
        ("F497-TRG", "F496-TRG"))


def describe(finding: Finding) -> str:
    """One finding in plain text: 'Form 497 owed: Kim, Jae gave ...'."""
    return QCoreApplication.translate("LateBanner", "{form} owed: {message}").format(
        form=form_words(form_owed(finding)), message=finding.message)


class LateBanner(QFrame):
    """Amber banner listing the late reports the open statement's entries call for."""

    show_finding = Signal(object)  # the Finding whose entry to open
    reported = Signal(str)  # what was done, for the status bar

    def __init__(self, ctx: AppContext, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id: int | None = None
        self.findings: list[Finding] = []
        self.busy = False  # a computation is on the database thread
        self._again = False  # changed while it ran: run once more when it ends
        self.setObjectName("LateBanner")
        self.setAccessibleName(self.tr("Late reports owed"))  # NAME
        self.setStyleSheet(STYLE)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.compute)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.setSpacing(4)
        self.rows: list[tuple[QLabel, QPushButton]] = []
        self.add_buttons: list[QPushButton] = []
        for i in range(SHOWN):
            label = QLabel()
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            button = QPushButton(self.tr("Show"))
            button.setAccessibleName(self.tr("Show the entry that calls for this late report"))
            button.setToolTip(self.tr("Open the entry on its schedule"))
            button.clicked.connect(lambda _=False, n=i: self._show_entry(n))
            add = QPushButton(self.tr("Add to Form 497"))
            add.setAccessibleName(self.tr("List this contribution on the committee's Form 497"))
            add.setToolTip(self.tr("Put this contribution on the draft Form 497 for this election "
                           "(a new one is started when there is none)"))
            add.clicked.connect(lambda _=False, n=i: self.add_to_report(n))
            row = QHBoxLayout()
            row.addWidget(label, 1)
            row.addWidget(add, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            self.rows.append((label, button))
            self.add_buttons.append(add)
        self.more = QLabel()
        self.more.setWordWrap(True)
        self.more.setAccessibleName(self.tr("More late reports owed"))
        layout.addWidget(self.more)
        self.hide()

    # ------------------------------------------------------------------ when to compute

    def follow(self, statement_id: int | None) -> None:
        """A statement opens (None: none is open): forget the old one's banner at once,
        and compute the new one's shortly."""
        if statement_id != self.statement_id:
            self.statement_id = statement_id
            self._display([])
        if statement_id is None:
            self.timer.stop()
        else:
            self.timer.start()

    def changed(self) -> None:
        """The open statement changed: compute again once the edits pause."""
        if self.statement_id is not None:
            self.timer.start()

    @property
    def pending(self) -> bool:
        """Whether a computation is waiting for its timer or running."""
        return self.timer.isActive() or self.busy

    def compute(self) -> None:
        """Ask the database thread for the open statement's late reports owed."""
        sid = self.statement_id
        if sid is None:
            return
        if self.busy:
            self._again = True
            return
        self.busy = True
        store = self.ctx.store

        def work(_task: Task) -> list[Finding]:
            with store.read() as session:
                return late_reports_owed(session, sid)

        def done(findings: list[Finding]) -> None:
            if self._ended() and sid == self.statement_id:
                self._display(findings)

        def failed(_exc: BaseException) -> None:  # e.g. the statement was deleted
            if self._ended() and sid == self.statement_id:
                self._display([])

        self.ctx.ops.task(self.tr("Looking for late reports owed"), work, done, failed,
                          dialog=False, quiet=True)

    def _ended(self) -> bool:
        """A computation came back; run the next one if edits came meanwhile. False when
        the banner is gone (the window closed)."""
        if not shiboken6.isValid(self):
            return False
        self.busy = False
        if self._again:
            self._again = False
            if not self.timer.isActive():  # else the timer will run it
                self.compute()
        return True

    # ------------------------------------------------------------------ showing

    def _display(self, findings: list[Finding]) -> None:
        self.findings = list(findings)
        for i, (label, button) in enumerate(self.rows):
            finding = self.findings[i] if i < len(self.findings) else None
            text = describe(finding) if finding is not None else ""
            label.setText("<b>" + self.tr("{form} owed:").format(
                form=form_words(form_owed(finding))) + f"</b> {html.escape(finding.message)}"
                if finding is not None else "")
            label.setAccessibleName(text)
            label.setToolTip(finding.fix if finding is not None else "")
            button.setAccessibleDescription(text)
            label.setVisible(finding is not None)
            button.setVisible(finding is not None and finding.location.record_id > 0)
            add = self.add_buttons[i]
            add.setVisible(finding is not None and can_add(finding))
            if finding is not None:
                form = form_words(form_owed(finding))
                add.setText(self.tr("Add to {form}").format(form=form))
                add.setAccessibleName(
                    (self.tr("List this expenditure on the committee's {form}")
                     if form_owed(finding) == "Form 496" else
                     self.tr("List this contribution on the committee's {form}")).format(
                        form=form))
                add.setToolTip(self.tr("Put this entry on the draft {form} for this election "
                                       "(a new one is started when there is none)").format(
                                           form=form))
        extra = len(self.findings) - SHOWN
        self.more.setText((self.tr("... and 1 more late report owed: check the statement "
                                   "(F5) to see them all.") if extra == 1 else
                           self.tr("... and {n} more late reports owed: check the statement "
                                   "(F5) to see them all.").format(n=extra))
                          if extra > 0 else "")
        self.more.setVisible(extra > 0)
        self.setVisible(bool(self.findings))

    def _show_entry(self, index: int) -> None:
        if index < len(self.findings):
            self.show_finding.emit(self.findings[index])

    def add_to_report(self, index: int) -> None:
        """List the finding's entry on a late report (on the database thread): a
        contribution on a Form 497, an independent expenditure on a Form 496."""
        if index >= len(self.findings):
            return
        finding = self.findings[index]
        record_id = finding.location.record_id
        form = form_owed(finding)
        add = report_late_expenditure if form == "Form 496" else report_late_contribution
        store, sid = self.ctx.store, self.statement_id

        def work(_task: Task) -> LateReportLine:
            with store.transaction() as session:
                return add(session, record_id)

        def done(line: LateReportLine) -> None:
            shown = form_words(form)
            self.reported.emit((self.tr("Listed on a new {form}: file it within the deadline "
                                        "(Statement list, {form}).") if line.created else
                                self.tr("Listed on the draft {form}: file it within the "
                                        "deadline (Statement list, {form}).")).format(
                                            form=shown))
            self.ctx.hub.changed.emit(Changes(line.statement_id, committees=True))
            if sid == self.statement_id:
                self.changed()

        self.ctx.ops.task(self.tr("Adding to the {form}").format(form=form_words(form)),
                          work, done)

    def texts(self) -> list[str]:
        """What the banner says, line by line (for tests and screen readers)."""
        lines = [describe(f) for f in self.findings[:SHOWN]]
        return lines + ([self.more.text()] if self.more.text() else [])
