"""New statement (form from the registry, period suggested by the filing calendar for the
type and election chosen, starting from the calendar's next deadline) and amending a
filed statement."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.filing_calendar import DueItem
from calaccess_desktop.forms.registry import all_forms, form
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.services.editing import amend_statement, create_statement
from calaccess_desktop.services.entry_fields import FieldInfo
from calaccess_desktop.services.filing_calendar import NextDue, next_due
from calaccess_desktop.services.statement_list import TYPE_WORDS, next_period_start
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP, data_words, due_sentence
from calaccess_desktop.ui.i18n import month_day_year as long_day
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE, FieldEditor

STATEMENT_TYPES = tuple((c, w.split(" (")[0]) for c, w in codes("statement_type").items())
CONFIRM_TITLE = QT_TRANSLATE_NOOP("NewStatementDialog",
                                  "Period does not fit the statement type")
HALVES = {"S1": QT_TRANSLATE_NOOP("NewStatementDialog", "January to June"),
          "S2": QT_TRANSLATE_NOOP("NewStatementDialog", "July to December")}
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")
# Which fields a kind of form uses: (type and period, election)
FIELDS_BY_KIND = {"periodic": (True, True), "once": (True, True), "late": (False, True),
                  "registration": (False, True)}
NO_PERIOD_WORDS = {
    "late": QT_TRANSLATE_NOOP("NewStatementDialog", "A {name} has no period: it lists the "
                              "reports for one election, each due within 24 hours (or 10 "
                              "business days) of its date."),
    "registration": QT_TRANSLATE_NOOP("NewStatementDialog", "A {name} has no period. Give "
                                      "the election if it is for one."),
}


def kind_words(kind: str) -> str:
    """A statement type in words as the hint says it ('semi-annual', 'January to June')."""
    if kind in HALVES:
        return translate("NewStatementDialog", HALVES[kind])
    return data_words(TYPE_WORDS.get(kind, "")).lower()


def _date(editor: FieldEditor) -> dt.date | None:
    """The editor's date, or None while it is empty or not a date yet."""
    try:
        return parse_date(editor.value())
    except ValueError:
        return None


def _start_data(session: Any, committee_id: int) -> tuple[dt.date, NextDue]:
    return next_period_start(session, committee_id), next_due(session, committee_id)


class NewStatementDialog(QDialog):
    """Form (every registered form), period (from the day after the previous statement,
    through the day the filing calendar says for the type and election chosen) and
    statement type; it opens on the calendar's next deadline and names any statement
    whose deadline has passed without one."""

    def __init__(self, ctx: AppContext, committee_id: int, committee_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id = committee_id
        self.created_id: int | None = None
        self.confirmation: QMessageBox | None = None  # open while asking
        self.due: NextDue | None = None
        self.setWindowTitle(self.tr("New statement"))
        self.setAccessibleName(self.tr("New statement"))
        intro = QLabel(self.tr("A new draft statement for <b>{name}</b>. The period starts "
                               "the day after your last statement ended and ends on the day "
                               "the filing schedule sets for the type of statement.").format(
                                   name=committee_name))
        intro.setWordWrap(True)
        self.calendar_note = QLabel()
        self.calendar_note.setWordWrap(True)
        self.calendar_note.setAccessibleName(self.tr("Next on the filing calendar"))
        self.late_button = QPushButton(self.tr("Start the late statement instead"))
        self.late_button.setAccessibleName(self.tr("Start the late statement instead"))
        self.late_button.setVisible(False)
        self.late_button.clicked.connect(self.start_late)
        self.form = QComboBox()
        self.form.setAccessibleName(self.tr("Form"))
        for spec in all_forms():
            self.form.addItem(data_words(spec.title), spec.code)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.kind = FieldEditor(FieldInfo("Stmt_Type", self.tr("Type of statement"), "code", 2,
                                          True, self.tr("Semi-annual, pre-election, quarterly "
                                                        "..."), STATEMENT_TYPES))
        self.start = FieldEditor(FieldInfo("From_Date", self.tr("Period from"), "date", 8, True,
                                           ""))
        self.end = FieldEditor(FieldInfo("Thru_Date", self.tr("Period through"), "date", 8,
                                         True, ""))
        self.election = FieldEditor(FieldInfo("Elect_Date",
                                              self.tr("Election date (if pre-election)"),
                                              "date", 8, False, ""))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Suggested period"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form_rows = QFormLayout()
        form_rows.addRow(self.tr("Form"), self.form)
        for editor in (self.kind, self.election, self.start, self.end):
            label = QLabel(editor.info.label)
            label.setBuddy(editor.input)
            form_rows.addRow(label, editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create statement"))
        buttons.accepted.connect(self.create_statement)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.calendar_note)
        layout.addWidget(self.late_button)
        layout.addLayout(form_rows)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.first_day: dt.date | None = None
        self.kind.set_value("SA")
        for editor in (self.kind, self.election, self.start):
            editor.changed.connect(self.suggest)
        ctx.ops.read(lambda s: _start_data(s, committee_id), self._started, owner=self)

    # ------------------------------------------------------------------ the form chosen

    def spec(self) -> FormSpec | None:
        """The form chosen."""
        return form(str(self.form.currentData() or ""))

    def _uses(self) -> tuple[bool, bool]:
        """Whether the chosen form takes a type and period, and an election."""
        spec = self.spec()
        return FIELDS_BY_KIND.get(spec.kind, (True, True)) if spec else (True, True)

    def has_period(self) -> bool:
        """Whether the chosen form covers a period."""
        return self._uses()[0]

    # ------------------------------------------------------------------ the calendar

    def _started(self, data: tuple[dt.date, NextDue]) -> None:
        start, due = data
        self.first_day, self.due = start, due
        self.start.set_value(start.strftime("%Y%m%d"))
        item = due.item
        if item is not None and item.kind == "statement":
            self.follow(item, start)
        self._say_calendar()
        self.suggest()

    def follow(self, item: DueItem, start: dt.date | None = None) -> None:
        """Set form, type, election and period from a calendar item."""
        i = self.form.findData(item.form)
        if i >= 0:
            self.form.setCurrentIndex(i)
        if item.statement_type:
            self.kind.set_value(item.statement_type)
        self.election.set_value(item.election.strftime("%Y%m%d") if item.election else "")
        first = item.period_from
        if start is not None and start <= item.period_through and (
                start >= item.period_from or (self.due is not None and self.due.late)):
            first = start  # from the day after the last statement (a late one between)
        self.start.set_value(first.strftime("%Y%m%d"))
        if not item.statement_type:  # no type to suggest the end from (Form 470)
            self.end.set_value(item.period_through.strftime("%Y%m%d"))

    def _say_calendar(self) -> None:
        due = self.due
        if due is None:
            return
        lines = []
        if due.item is not None:
            lines.append(self.tr("Next on your filing calendar: {what}.").format(
                what=due_sentence(due.item)))
        today = dt.date.today()
        if due.late:
            late = due.late[0]
            lines.append("<span style='color:#a11d1d'>" + self.tr(
                "Not started and past its deadline: {what}.").format(
                    what=due_sentence(late, today)) + "</span>")
        for window in due.windows:
            lines.append(self.tr("Today is in the window for {what}.").format(
                what=due_sentence(window)))
        self.calendar_note.setText("<br>".join(lines))
        self.calendar_note.setVisible(bool(lines))
        self.late_button.setVisible(bool(due.late))

    def start_late(self) -> None:
        """Switch to the earliest statement whose deadline has passed without one."""
        if self.due is not None and self.due.late:
            self.follow(self.due.late[0])
            self.suggest()

    def suggest(self) -> None:
        """Fill in the period's end for the type and election chosen, and say why."""
        start = _date(self.start) or self.first_day
        spec = self.spec()
        if start is None or not self.has_period():
            return
        if spec is not None and spec.kind == "once":  # the calendar year (Form 470)
            self.end.set_value(f"{start.year:04d}1231")
            self.hint.setText(self.tr("A {form} covers the calendar year: {start} to "
                                      "{end}.").format(form=spec.short_name,
                                                       start=long_day(start),
                                                       end=long_day(dt.date(start.year, 12, 31))))
            return
        kind, election = self.kind.text(), _date(self.election)
        words = kind_words(kind)
        period = calendar.suggest_period(kind, start, election)
        if period is None:
            self.hint.setText(
                self.tr("Enter the date of the election: a pre-election period ends 45 or 17 days "
                "before it.") if election is None else
                self.tr("The pre-election periods for the {day} election have ended (the "
                        "second ended {end}). Choose another type of statement.").format(
                    day=long_day(election),
                    end=long_day(calendar.pre_election_ends(election)[1])))
            return
        self.end.set_value(period.end.strftime("%Y%m%d"))
        due = calendar.statement_due(str(self.form.currentData() or "F460"), kind, period.end,
                                     election)
        if election is not None and kind in calendar.PRE_ELECTION:
            first = period.end == calendar.pre_election_ends(election)[0]
            days = (election - period.end).days
            hint = (self.tr("Suggested for a first {kind} statement (it ends {days} days "
                            "before the {day} election): {start} to {end}") if first else
                    self.tr("Suggested for a second {kind} statement (it ends {days} days "
                            "before the {day} election): {start} to {end}"))
        else:
            hint = (self.tr("Suggested for a {kind} statement: {start} to {end}") if words
                    else self.tr("Suggested for a statement: {start} to {end}"))
            days = 0
        text = hint.format(kind=words, days=days, day=long_day(election),
                           start=long_day(period.start), end=long_day(period.end))
        self.hint.setText(text + (self.tr(", due {day}.").format(day=long_day(due)) if due
                                  else ".")
                          + " " + self.tr("Change the dates if your period is different."))

    def _form_changed(self) -> None:
        spec = self.spec()
        period, election = self._uses()
        typed = period and (spec is None or spec.kind == "periodic")
        self.kind.input.setEnabled(typed)
        for editor in (self.start, self.end):
            editor.input.setEnabled(period)
        self.election.input.setEnabled(election)
        types = [t for t in (spec.statement_types if spec else ()) if t]
        if typed and types and self.kind.text() not in types:
            self.kind.set_value(self._fitting_type(types))
        if election and not self.election.text() and self.due is not None and self.due.windows:
            day = self.due.windows[0].election  # a late report: the window open today
            self.election.set_value(day.strftime("%Y%m%d") if day else "")
        if not period:
            name = spec.short_name if spec else "statement"
            words = NO_PERIOD_WORDS.get(spec.kind if spec else "", "")
            self.hint.setText(translate("NewStatementDialog", words).format(name=name)
                              if words else "")
            return
        self.suggest()

    def _fitting_type(self, types: list[str]) -> str:
        """The first of the form's statement types whose suggested period fits it from the
        start typed (a Form 425 from July 1 is an S2), else the first."""
        start, election = _date(self.start) or self.first_day, _date(self.election)
        for kind in types:
            period = calendar.suggest_period(kind, start, election) if start else None
            if period and not calendar.period_problem(kind, period.start, period.end,
                                                      election):
                return kind
        return types[0]

    def period_problem(self) -> str:
        """Why the period typed does not fit the type chosen ('' when it fits)."""
        spec = self.spec()
        if not self.has_period() or (spec is not None and spec.kind != "periodic"):
            start, end = _date(self.start), _date(self.end)
            return (self.tr("The period ends before it starts.")
                    if start and end and start > end else "")
        return calendar.period_problem(self.kind.text(), _date(self.start), _date(self.end),
                                       _date(self.election))

    def confirm(self, problem: str) -> bool:
        """Ask before creating a statement whose period does not fit its type."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr(CONFIRM_TITLE),
                          problem + "\n\n" + self.tr(
                              "A period that does not match the filing schedule may be "
                              "rejected or filed late. Create the statement with this period "
                              "anyway?"), QMessageBox.StandardButton.NoButton, self)
        create = box.addButton(self.tr("Create anyway"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Change the period"), QMessageBox.ButtonRole.RejectRole)
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
            self.message.setText(self.tr("Please fix the fields marked in red."))
            return
        problem = self.period_problem()
        if problem and not self.confirm(problem):
            self.message.setText(self.tr("Not created yet: change the period or the type of "
                                 "statement."))
            return
        form_code = str(self.form.currentData())
        spec = self.spec()
        period = self.has_period()
        start = parse_date(self.start.value()) if period else None
        end = parse_date(self.end.value()) if period else None
        election = parse_date(self.election.value()) if self._uses()[1] else None
        typed = period and (spec is None or spec.kind == "periodic")
        kind = self.kind.value() if typed else ""
        cid = self.committee_id

        def done(sid: int) -> None:
            self.created_id = sid
            self.ctx.hub.changed.emit(Changes(sid, committee_id=cid, committees=True))
            self.accept()
        self.ctx.ops.write(lambda s: create_statement(
            s, cid, form_code, period_from=start, period_through=end, stmt_type=kind,
            election_date=election), done, lambda exc: self.message.setText(
                self.tr("Not created: {why}").format(why=exc)))


class AmendDialog(QDialog):
    """Amend a filed statement: same entries and Tran_IDs, the next amendment number."""

    def __init__(self, ctx: AppContext, statement_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("Amend statement"))
        self.setAccessibleName(self.tr("Amend statement"))
        intro = QLabel(self.tr("An amendment replaces <b>{title}</b>. It starts as a copy "
                               "with the same entries; change what was wrong, then file it. "
                               "Say briefly what the amendment changes; it is printed on the "
                               "cover page.").format(title=title))
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName(self.tr("Reason for the amendment"))
        self.reason.setPlaceholderText(self.tr("e.g. Adds two contributions received in May "
                                               "that were left off Schedule A."))
        self.reason.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create amendment"))
        buttons.accepted.connect(self.amend)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        label = QLabel(self.tr("Reason (up to 300 characters)"))
        label.setBuddy(self.reason)
        layout.addWidget(label)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def amend(self) -> None:
        """Create the amendment and close."""
        reason = " ".join(self.reason.toPlainText().split())
        if len(reason) > 300:
            self.message.setText(self.tr("The reason is {n} characters; at most 300 fit on "
                                         "the cover page.").format(n=len(reason)))
            return
        sid = self.statement_id

        def done(new_id: int) -> None:
            self.created_id = new_id
            self.ctx.hub.changed.emit(Changes(new_id, committees=True))
            self.accept()
        self.ctx.ops.write(lambda s: amend_statement(s, sid, reason), done,
                           lambda exc: self.message.setText(
                               self.tr("Not amended: {why}").format(why=exc)))


