"""The filing calendar of the chosen committee for a year: what it files, with periods,
due dates and the statement that covers each (the same list as ``calendar COMMITTEE``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.filing_calendar import CommitteeYear, committee_year
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP, due_sentence, due_words
from calaccess_desktop.ui.i18n import month_day_year as short_day
from calaccess_desktop.ui.i18n import weekday_date as long_day

HEADERS = (QT_TRANSLATE_NOOP("CalendarDialog", "What"),
           QT_TRANSLATE_NOOP("CalendarDialog", "Period"),
           QT_TRANSLATE_NOOP("CalendarDialog", "Due"),
           QT_TRANSLATE_NOOP("CalendarDialog", "Started"))
FIRST_YEAR, LAST_YEAR = 1900, 2199


class CalendarDialog(QDialog):
    """A committee's filing year in a table, with the year to show."""

    def __init__(self, ctx: AppContext, committee_id: int, committee_name: str,
                 parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id = committee_id
        self.shown: CommitteeYear | None = None
        self.setWindowTitle(self.tr("Filing calendar - {name}").format(name=committee_name))
        self.setAccessibleName(self.tr("Filing calendar"))
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setValue(year or dt.date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.valueChanged.connect(lambda _y: self.load())
        self.elections = QLabel()
        self.elections.setWordWrap(True)
        self.elections.setAccessibleName(self.tr("Elections"))
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setAccessibleName(self.tr("What the committee files this year"))
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # wrapped lines take the height of the column's width as shown, not as first laid out
        header.sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        note = QLabel(self.tr("Deadlines on a weekend or state holiday are already moved to "
                      "the next business day (never for a 24-hour Form 496, nor a Form 497 due the "
                      "weekend before the election). A line that says \"only if\" is owed "
                      "only when the committee does what it says. Add the elections you take "
                      "part in (and the date the committee qualified, until it has an ID "
                      "number) to the committee profile."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        label = QLabel(self.tr("Year"))
        label.setBuddy(self.year)
        row.addWidget(label)
        row.addWidget(self.year)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.elections)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(900, 420)
        self.load()

    def load(self) -> None:
        """Read the chosen year's calendar (off the GUI thread) and show it."""
        cid, year = self.committee_id, self.year.value()
        self.ctx.ops.read(lambda s: committee_year(s, cid, year), self._show, owner=self)

    def _show(self, year: CommitteeYear) -> None:
        if year.year != self.year.value():
            return  # an older year's answer
        self.shown = year
        self.elections.setText(
            self.tr("Elections: {days}").format(days=", ".join(long_day(e) for e in
                                                               year.elections))
            if year.elections else
            self.tr("No elections on file: add them to the committee profile (Elections) to "
                    "see pre-election statements and 24-hour windows."))
        today = dt.date.today()
        self.table.setRowCount(len(year.planned))
        for row, planned in enumerate(year.planned):
            item = planned.item
            what = due_words(item) + (" " + self.tr("for the {day} election").format(
                day=short_day(item.election)) if item.election else "")
            if item.kind == "conditional":
                what += self.tr(", only {condition}").format(condition=item.condition)
            period = self.tr("{start} to {end}").format(start=short_day(item.period_from),
                                                        end=short_day(item.period_through))
            if item.kind == "window":
                due = self.tr("each report within 24 hours")
            elif item.kind == "registration" and item.due is None:
                due, period = item.when, ""
                what += f": {item.condition}"
            elif item.due is None:
                due = ""
            else:
                late = (item.due < today and planned.statement_id is None
                        and item.kind != "conditional")
                due = long_day(item.due) + (self.tr(" (late)") if late else "")
            started = (self.tr("statement {n}").format(n=planned.statement_id)
                       if planned.statement_id else "")
            for col, text in enumerate((what, period, due, started)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(due_sentence(item, today))
                self.table.setItem(row, col, cell)
        self.table.resizeRowsToContents()
