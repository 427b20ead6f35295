"""New statement (form, period suggested by the filing calendar for the type and
election chosen, type) and amending a filed statement."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.forms import calendar
from calaccess_desktop.services.editing import amend_statement, create_statement
from calaccess_desktop.services.entry_fields import FieldInfo
from calaccess_desktop.services.statement_list import TYPE_WORDS, next_period_start
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.cover_tab import STATEMENT_TYPES
from calaccess_desktop.ui.formatting import long_day
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE, FieldEditor

FORMS = (("F460", "Form 460 - Recipient committee campaign statement"),
         ("F450", "Form 450 - Short form (under $2,000 a year)"),
         ("F497", "Form 497 - 24-hour / 10-day contribution report"))
CONFIRM_TITLE = "Period does not fit the statement type"


def _date(editor: FieldEditor) -> dt.date | None:
    """The editor's date, or None while it is empty or not a date yet."""
    try:
        return parse_date(editor.value())
    except ValueError:
        return None


class NewStatementDialog(QDialog):
    """Form, period (from the day after the previous statement, through the day the
    filing calendar says for the type and election chosen) and statement type."""

    def __init__(self, ctx: AppContext, committee_id: int, committee_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id = committee_id
        self.created_id: int | None = None
        self.confirmation: QMessageBox | None = None  # open while asking
        self.setWindowTitle("New statement")
        self.setAccessibleName("New statement")
        intro = QLabel(f"A new draft statement for <b>{committee_name}</b>. The period starts "
                       "the day after your last statement ended and ends on the day the "
                       "filing schedule sets for the type of statement.")
        intro.setWordWrap(True)
        self.form = QComboBox()
        self.form.setAccessibleName("Form")
        for code, words in FORMS:
            self.form.addItem(words, code)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.kind = FieldEditor(FieldInfo("Stmt_Type", "Type of statement", "code", 2, True,
                                          "Semi-annual, pre-election, quarterly ...",
                                          STATEMENT_TYPES))
        self.start = FieldEditor(FieldInfo("From_Date", "Period from", "date", 8, True, ""))
        self.end = FieldEditor(FieldInfo("Thru_Date", "Period through", "date", 8, True, ""))
        self.election = FieldEditor(FieldInfo("Elect_Date", "Election date (if pre-election)",
                                              "date", 8, False, ""))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName("Suggested period")
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Form", self.form)
        for editor in (self.kind, self.election, self.start, self.end):
            label = QLabel(editor.info.label)
            label.setBuddy(editor.input)
            form.addRow(label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Create statement")
        buttons.accepted.connect(self.create_statement)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.first_day: dt.date | None = None
        self.kind.set_value("SA")
        for editor in (self.kind, self.election, self.start):
            editor.changed.connect(self.suggest)
        ctx.ops.read(lambda s: next_period_start(s, committee_id), self._started, owner=self)

    def _started(self, start: dt.date) -> None:
        self.first_day = start
        self.start.set_value(start.strftime("%Y%m%d"))
        self.suggest()

    def suggest(self) -> None:
        """Fill in the period's end for the type and election chosen, and say why."""
        start = _date(self.start) or self.first_day
        if start is None or self.form.currentData() == "F497":
            return
        kind, election = self.kind.text(), _date(self.election)
        words = TYPE_WORDS.get(kind, "statement").lower()
        period = calendar.suggest_period(kind, start, election)
        if period is None:
            self.hint.setText(
                "Enter the date of the election: a pre-election period ends 45 or 17 days "
                "before it." if election is None else
                f"The pre-election periods for the {long_day(election)} election have "
                f"ended (the second ended {long_day(calendar.pre_election_ends(election)[1])})"
                ". Choose another type of statement.")
            return
        self.end.set_value(period.end.strftime("%Y%m%d"))
        due = calendar.statement_due(self.form.currentData() or "F460", kind, period.end,
                                     election)
        if election is not None and kind in calendar.PRE_ELECTION:
            first = period.end == calendar.pre_election_ends(election)[0]
            days = calendar.FIRST_PE_END if first else calendar.SECOND_PE_END
            words = (f"{'first' if first else 'second'} {words} statement (it ends {days} "
                     f"days before the {long_day(election)} election)")
        else:
            words += " statement"
        self.hint.setText(f"Suggested for a {words}: {long_day(period.start)} to "
                          f"{long_day(period.end)}"
                          + (f", due {long_day(due)}." if due else ".")
                          + " Change the dates if your period is different.")

    def _form_changed(self) -> None:
        periodic = self.form.currentData() != "F497"
        for editor in (self.kind, self.start, self.end):
            editor.input.setEnabled(periodic)
        self.hint.setText("" if periodic else "A Form 497 has no period: it lists late "
                          "contributions for one election.")
        if periodic:
            self.suggest()

    def period_problem(self) -> str:
        """Why the period typed does not fit the type chosen ('' when it fits)."""
        if self.form.currentData() == "F497":
            return ""
        return calendar.period_problem(self.kind.text(), _date(self.start), _date(self.end),
                                       _date(self.election))

    def confirm(self, problem: str) -> bool:
        """Ask before creating a statement whose period does not fit its type."""
        box = QMessageBox(QMessageBox.Icon.Warning, CONFIRM_TITLE,
                          f"{problem}\n\nA period that does not match the filing schedule "
                          "may be rejected or filed late. Create the statement with this "
                          "period anyway?", QMessageBox.StandardButton.NoButton, self)
        create = box.addButton("Create anyway", QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton("Change the period", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        self.confirmation = box
        try:
            box.exec()
        finally:
            self.confirmation = None
        return box.clickedButton() is create

    def create_statement(self) -> None:
        """Create the draft (after a confirmation when the period does not fit) and close."""
        if any(e.check() for e in (self.kind, self.start, self.end, self.election)):
            self.message.setText("Please fix the fields marked in red.")
            return
        problem = self.period_problem()
        if problem and not self.confirm(problem):
            self.message.setText("Not created yet: change the period or the type of "
                                 "statement.")
            return
        form = str(self.form.currentData())
        periodic = form != "F497"
        start = parse_date(self.start.value()) if periodic else None
        end = parse_date(self.end.value()) if periodic else None
        election = parse_date(self.election.value())
        kind = self.kind.value() if periodic else ""
        cid = self.committee_id

        def done(sid: int) -> None:
            self.created_id = sid
            self.ctx.hub.changed.emit(Changes(sid, committee_id=cid, committees=True))
            self.accept()
        self.ctx.ops.write(lambda s: create_statement(
            s, cid, form, period_from=start, period_through=end, stmt_type=kind,
            election_date=election), done, lambda exc: self.message.setText(f"Not created: {exc}"))


class AmendDialog(QDialog):
    """Amend a filed statement: same entries and Tran_IDs, the next amendment number."""

    def __init__(self, ctx: AppContext, statement_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.created_id: int | None = None
        self.setWindowTitle("Amend statement")
        self.setAccessibleName("Amend statement")
        intro = QLabel(f"An amendment replaces <b>{title}</b>. It starts as a copy with the same "
                       "entries; change what was wrong, then file it. Say briefly what the "
                       "amendment changes; it is printed on the cover page.")
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName("Reason for the amendment")
        self.reason.setPlaceholderText("e.g. Adds two contributions received in May that were "
                                       "left off Schedule A.")
        self.reason.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create amendment")
        buttons.accepted.connect(self.amend)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        label = QLabel("Reason (up to 300 characters)")
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def amend(self) -> None:
        """Create the amendment and close."""
        reason = " ".join(self.reason.toPlainText().split())
        if len(reason) > 300:
            self.message.setText(f"The reason is {len(reason)} characters; at most 300 fit on "
                                 "the cover page.")
            return
        sid = self.statement_id

        def done(new_id: int) -> None:
            self.created_id = new_id
            self.ctx.hub.changed.emit(Changes(new_id, committees=True))
            self.accept()
        self.ctx.ops.write(lambda s: amend_statement(s, sid, reason), done,
                           lambda exc: self.message.setText(f"Not amended: {exc}"))


