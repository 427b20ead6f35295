"""The "Changes since filed" page of an amendment: what re-filing it would change.

Records added, changed and removed (matched by Tran_ID), cover-page fields and the
summary lines that move, recomputed on the database worker after every edit (like
the summary page). Double-click or Enter on a record opens it in its schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
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
NOTHING = "Nothing changes: this amendment would file exactly what was filed."


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


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def _empty(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("color: #555;")
    label.setWordWrap(True)
    return label


def version_words(report_num: int) -> str:
    """A statement's version in words: report 000 is the original, 001 amendment 1."""
    return "the original statement" if report_num <= 0 else f"amendment {report_num}"


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
        self.headline.setAccessibleName("What the amendment is compared with")
        self.headline.setWordWrap(True)
        font = self.headline.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.headline.setFont(font)
        self.counts = QLabel()
        self.counts.setAccessibleName("How many records change")
        self.counts.setWordWrap(True)
        self.model = ChangesModel()
        self.table = ChangeTable(self.model, "Record changes")
        self.table.horizontalHeader().setSectionResizeMode(
            4, QHeaderView.ResizeMode.Stretch)
        self.table.open_requested.connect(self.open_row)
        self.table.doubleClicked.connect(self.open_row)
        self.cover_model = PairModel((("Cover page field", "label"), ("As filed", "before"),
                                      ("As amended", "after")))
        self.cover_table = ChangeTable(self.cover_model, "Cover page changes")
        self.lines_model = PairModel((("Line", "key"), ("Description", "label"),
                                      ("As filed", "before"), ("As amended", "after"),
                                      ("Difference", "difference")), right=True)
        self.lines_table = ChangeTable(self.lines_model, "Summary lines that change")
        self.lines_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.lines_table.horizontalHeader().setStretchLastSection(False)
        self.no_records = _empty("No record is added, changed or removed.")
        self.records_box = _box("Records: double-click one (or press Enter) to open it in "
                                "its schedule", self.no_records, self.table)
        self.cover_box = _box("Cover page", self.cover_table)
        self.lines_box = _box("Summary page, column A (this period)", self.lines_table)
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
        self.headline.setText(f"Cannot compare this statement with a filed one: {exc}")
        self.counts.setText("")
        self.body.setVisible(False)

    def show_changes(self, changes: AmendmentChanges) -> None:
        """Display what the amendment changes."""
        self.changes = changes
        if changes.nothing:
            self.headline.setText(NOTHING)
        else:
            filed = f", filing {changes.amends_filing_id}" if changes.amends_filing_id else \
                f" (statement {changes.amends_id})"
            self.headline.setText(f"Compared with {version_words(changes.amends_report_num)}"
                                  f"{filed}")
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
            return ("The records, the cover page and the summary page are the same as in the "
                    "filed report. Corrections you make on the schedules show here.")
        counts = ", ".join(f"{changes.count(k)} {k}" for k in ("added", "changed", "removed"))
        cover = len(changes.cover)
        lines = self.lines_model.rowCount()
        return "  ·  ".join((
            f"Records: {counts}",
            f"Cover page: {_plural(cover, 'field changes', 'fields change')}" if cover
            else "Cover page: the same as filed",
            f"Summary page: {_plural(lines, 'line changes', 'lines change')} in column A"
            if lines else "Summary page: column A the same as filed"))

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
            self.say(f"{name} was removed in this amendment, so it cannot be opened.")
            return
        if not item.openable or self.opener is None or \
                not self.opener(item.rec_type, item.form_type, item.record_id):
            self.say(f"{name} has no page of its own to open it on.")

    def say(self, text: str) -> None:
        """A message in the main window's status bar."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10000)
