"""The summary page of the open statement, recomputed after every change."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout

from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.formatting import money
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP, data_words
from calaccess_desktop.ui.models.summary_model import (
    SummaryLine,
    SummaryModel,
    schedule_lines,
    summary_lines,
)
from calaccess_desktop.ui.widgets.computed_page import ComputedPage


def _table(model: SummaryModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 6)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    return view


class SummaryTab(ComputedPage):
    """Summary page lines 1-19 (columns A and B) and each schedule's subtotals."""

    def __init__(self, ctx: AppContext, statement_id: int, form: str = "") -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id = statement_id
        self.rows = spec_for(form).summary_rows if form else None  # the form's own layout
        self.summary: Summary | None = None
        self.model = SummaryModel()
        self.schedules = SummaryModel((QT_TRANSLATE_NOOP("SummaryModel", "Line"),
                                       QT_TRANSLATE_NOOP("SummaryModel", "Schedule subtotal"),
                                       QT_TRANSLATE_NOOP("SummaryModel", "Amount")))
        intro = QLabel(self.tr("The summary page is computed from your entries and updates as "
                               "you type them. Column A is this period; column B is the "
                               "calendar year."))
        intro.setWordWrap(True)
        self.cash = QLabel()
        self.cash.setAccessibleName(self.tr("Ending cash balance"))
        font = self.cash.font()
        font.setBold(True)
        self.cash.setFont(font)
        self.cash.setWordWrap(True)
        split = QSplitter()
        split.addWidget(_table(self.model, self.tr("Summary page")))
        if self.rows is None:
            split.addWidget(_table(self.schedules, self.tr("Schedule subtotals")))
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.cash)
        layout.addWidget(split, 1)

    def compute(self) -> None:
        """Recompute now on the database worker; show when done."""
        self.dirty = False
        sid = self.statement_id

        def work(session: Any) -> Any:
            return summary_of(session, sid)
        self.ctx.ops.read(work, self.show_summary, owner=self)

    def show_summary(self, summary: Any) -> None:
        """Display a computed summary."""
        if summary is None or (self.rows is None and not hasattr(summary, "schedules")):
            return  # nothing to show in the Form 460 layout (the form gives no summary_rows)
        if self.rows is not None:
            self.model.set_lines([SummaryLine(line, data_words(words), a, b,
                                              heading=not line and a is None)
                                  for line, words, a, b in self.rows(summary)])
            return
        self.summary = summary
        self.model.set_lines(summary_lines(summary))
        self.schedules.set_lines(schedule_lines(summary))
        self.cash.setText(self.tr("Ending cash balance (line 16): {cash}    Total "
                                  "contributions this period (line 5): {received}    Total "
                                  "expenditures (line 11): {spent}").format(
            cash=money(summary.a("16")), received=money(summary.a("5")),
            spent=money(summary.a("11"))))
