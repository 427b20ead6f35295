"""The "Changes since filed" page of an amendment: what re-filing it would change.

Records added, changed and removed (matched by Tran_ID), cover-page fields and the
summary lines that move, recomputed on the database worker after every edit (like
the summary page). Double-click or Enter on a record opens it in its schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.amendments import AmendmentChanges, changes_since_filed
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.models.changes_model import (
    ChangeRow,
    ChangesModel,
    PairModel,
    change_row,
    cover_rows,
    line_rows,
)
from calaccess_desktop.ui.widgets.computed_page import ComputedPage

Opener = Callable[[str, str, int], bool]  # rec_type, form_type, record_id -> opened?
NOTHING = QT_TRANSLATE_NOOP("ChangesTab", "Nothing changes: this amendment would file exactly "
                            "what was filed.")
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


class ChangeTable(QTableView):
    """A read-only table; Enter on a row asks to open it, like a double-click."""

    open_requested = Signal(QModelIndex)

    def __init__(self, model: Any, name: str) -> None:
        super().__init__()
        self.setModel(model)
        self.setAccessibleName(name)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)  # Tab moves to the next control, not the next cell
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def _box(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    v = QVBoxLayout(box)
    v.setContentsMargins(6, 6, 6, 6)
    for widget in widgets:
        v.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box


def _empty(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555;")
    label.setWordWrap(True)
    return label


def version_words(report_num: int) -> str:
    """A statement's version in words: report 000 is the original, 001 amendment 1."""
    if report_num <= 0:
        return translate("ChangesTab", "the original statement")
    return translate("ChangesTab", "amendment {n}").format(n=report_num)


class ChangesTab(ComputedPage):
    """What the amendment changes from the filed report it amends."""

    def __init__(self, ctx: AppContext, statement_id: int, form: str,
                 opener: Opener | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id = statement_id
        self.form = form
        self.opener = opener
        self.changes: AmendmentChanges | None = None
        self.headline = QLabel()
        self.headline.setAccessibleName(self.tr("What the amendment is compared with"))
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.counts = QLabel()
        self.counts.setAccessibleName(self.tr("How many records change"))
        self.counts.setWordWrap(True)
        self.model = ChangesModel()
        self.table = ChangeTable(self.model, self.tr("Record changes"))
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(self.open_row)
        self.cover_model = PairModel(((self.tr("Cover page field"), "label"),
                                      (self.tr("As filed"), "before"),
                                      (self.tr("As amended"), "after")))
        self.cover_table = ChangeTable(self.cover_model, self.tr("Cover page changes"))
        self.lines_model = PairModel(((self.tr("Line"), "key"), (self.tr("Description"), "label"),
                                      (self.tr("As filed"), "before"),
                                      (self.tr("As amended"), "after"),
                                      (self.tr("Difference"), "difference")), right=True)
        self.lines_table = ChangeTable(self.lines_model, self.tr("Summary lines that change"))
        self.lines_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.lines_table.horizontalHeader().setStretchLastSection(False)
        self.no_records = _empty(self.tr("No record is added, changed or removed."))
        self.records_box = _box(self.tr("Records: double-click one (or press Enter) to open "
                                        "it in its schedule"), self.no_records, self.table)
        self.cover_box = _box(self.tr("Cover page"), self.cover_table)
        self.lines_box = _box(self.tr("Summary page, column A (this period)"), self.lines_table)
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.addWidget(self.cover_box)
        self.bottom.addWidget(self.lines_box)
        self.bottom.setStretchFactor(0, 2)
        self.bottom.setStretchFactor(1, 3)
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(self.records_box)
        self.body.addWidget(self.bottom)
        self.body.splitterMoved.connect(self._user_sized)
        self.sized_by_user = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.counts)
        layout.addWidget(self.body, 1)
        layout.addStretch(0)  # keeps the headline at the top while there is no body
        self.body.setVisible(False)

    def compute(self) -> None:
        """Compare with the filed version now, off the GUI thread; show when done."""
        self.dirty = False
        sid = self.statement_id

        def work(session: Any) -> AmendmentChanges:
            return changes_since_filed(session, sid)
        self.ctx.ops.read(work, self.show_changes, self._failed, owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.changes = None
        self.headline.setText(
            self.tr("Cannot compare this statement with a filed one: {error}").format(error=exc))
        self.counts.setText("")
        self.body.setVisible(False)

    def show_changes(self, changes: AmendmentChanges) -> None:
        """Display what the amendment changes."""
        self.changes = changes
        if changes.nothing:
            self.headline.setText(self.tr(NOTHING))
        else:
            filed = (self.tr(", filing {id}").format(id=changes.amends_filing_id)
                     if changes.amends_filing_id else
                     self.tr(" (statement {id})").format(id=changes.amends_id))
            self.headline.setText(self.tr("Compared with {version}").format(
                version=version_words(changes.amends_report_num)) + filed)
        rows = [change_row(c) for c in changes.records]
        self.model.set_rows(rows)
        self.cover_model.set_rows(cover_rows(changes, self.form))
        self.lines_model.set_rows(line_rows(changes))
        self.counts.setText(self._counts_text(changes))
        records, cover, lines = (m.rowCount() for m in (self.model, self.cover_model,
                                                        self.lines_model))
        self.table.setVisible(records > 0)
        self.no_records.setVisible(records == 0)
        self.cover_box.setVisible(cover > 0)
        self.lines_box.setVisible(lines > 0)
        self.bottom.setVisible(cover + lines > 0)
        self.body.setVisible(not changes.nothing)
        if not self.sized_by_user:  # each part as tall as its rows need, in proportion
            row = self.table.verticalHeader().defaultSectionSize()
            self.body.setSizes([(max(records, 1) + 3) * row,
                                (max(cover, lines) + 3) * row if cover + lines else 0])

    def _counts_text(self, changes: AmendmentChanges) -> str:
        if changes.nothing:
            return self.tr("The records, the cover page and the summary page are the same as "
                           "in the filed report. Corrections you make on the schedules show "
                           "here.")
        counts = ", ".join((self.tr("{n} added").format(n=changes.count("added")),
                            self.tr("{n} changed").format(n=changes.count("changed")),
                            self.tr("{n} removed").format(n=changes.count("removed"))))
        cover = len(changes.cover)
        lines = self.lines_model.rowCount()
        if not cover:
            cover_words = self.tr("Cover page: the same as filed")
        elif cover == 1:
            cover_words = self.tr("Cover page: {n} field changes").format(n=cover)
        else:
            cover_words = self.tr("Cover page: {n} fields change").format(n=cover)
        if not lines:
            lines_words = self.tr("Summary page: column A the same as filed")
        elif lines == 1:
            lines_words = self.tr("Summary page: {n} line changes in column A").format(n=lines)
        else:
            lines_words = self.tr("Summary page: {n} lines change in column A").format(n=lines)
        return "  ·  ".join((self.tr("Records: {counts}").format(counts=counts), cover_words,
                             lines_words))

    def _user_sized(self, *_args: Any) -> None:
        self.sized_by_user = True

    def row(self, index: int) -> ChangeRow | None:
        """The record change shown on a row."""
        return self.model.rows[index] if 0 <= index < len(self.model.rows) else None

    def open_row(self, index: QModelIndex) -> None:
        """Open the record of a row in its schedule (a removed one cannot be)."""
        item = self.row(index.row()) if index.isValid() else None
        if item is None:
            return
        name = " ".join(x for x in (item.schedule, item.tran_id) if x)
        if item.kind == "removed":
            self.say(self.tr("{name} was removed in this amendment, so it cannot be opened.")
                     .format(name=name))
            return
        if not item.openable or self.opener is None or \
                not self.opener(item.rec_type, item.form_type, item.record_id):
            self.say(self.tr("{name} has no page of its own to open it on.").format(name=name))

    def say(self, text: str) -> None:
        """A message in the main window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
