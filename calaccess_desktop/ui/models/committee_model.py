"""List models for the left pane: committees, and the statements of one committee."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex
from PySide6.QtGui import QBrush, QColor

from calaccess_desktop.services.filing_calendar import NextDue
from calaccess_desktop.services.statement_list import CommitteeItem, StatementItem
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.i18n import (
    QT_TRANSLATE_NOOP,
    data_words,
    due_sentence,
    month_day_year,
    statement_title,
)
from calaccess_desktop.ui.models.list_model import Index, ListTableModel

TYPE_WORDS = {"C": QT_TRANSLATE_NOOP("CommitteeListModel", "Candidate committee"),
              "P": QT_TRANSLATE_NOOP("CommitteeListModel", "Primarily formed"),
              "B": QT_TRANSLATE_NOOP("CommitteeListModel", "Ballot measure"),
              "G": QT_TRANSLATE_NOOP("CommitteeListModel", "General purpose")}
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


class CommitteeListModel(QAbstractListModel):
    """Committees: name, with filer ID and type as the second line in tooltips."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[CommitteeItem] = []

    def set_items(self, items: list[CommitteeItem]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == roles.DISPLAY:
            return f"{item.name}\n{_id_words(item)}"
        if role in (roles.TOOLTIP, roles.ACCESSIBLE):
            return self.tr("{name}, {ids}, {n} statements").format(
                name=item.name, ids=_id_words(item), n=item.statements)
        if role == roles.USER:
            return item.id
        return None

    def row_of(self, committee_id: int) -> int:
        """Row of a committee (-1 when not listed)."""
        for row, item in enumerate(self.items):
            if item.id == committee_id:
                return row
        return -1


def _id_words(item: CommitteeItem) -> str:
    ident = (translate("CommitteeListModel", "ID {id}").format(id=item.filer_id)
             if item.filer_id else translate("CommitteeListModel", "ID pending"))
    kind = str(TYPE_WORDS.get(item.committee_type, ""))
    kind = translate("CommitteeListModel", kind) if kind else ""
    return f"{ident} · {kind}" if kind else ident


OPEN = ("draft", "ready")  # statements whose deadline still matters


def due_words(due: dt.date | None, status: str, today: dt.date | None = None) -> str:
    """'Sep 24, 2026 (late)': the due date as the list, the header and the cover page
    show it ('' when the statement has none or is already sent)."""
    if due is None or status not in OPEN:
        return ""
    late = due < (today or dt.date.today())
    return month_day_year(due) + (translate("StatementListModel", " (late)") if late else "")


STATUS_COLORS = {"draft": "#8a5a00", "ready": "#1f6f2b", "queued": "#1d4f91",
                 "sending": "#1d4f91", "filed": "#444444", "accepted": "#444444",
                 "amended": "#777777", "rejected": "#a11d1d", "held": "#a11d1d",
                 "awaiting_signatures": "#1d4f91"}


class StatementListModel(ListTableModel[StatementItem]):
    """A committee's statements: what, status, due date."""

    HEADERS = (QT_TRANSLATE_NOOP("StatementListModel", "Statement"),
               QT_TRANSLATE_NOOP("StatementListModel", "Status"),
               QT_TRANSLATE_NOOP("StatementListModel", "Due"))

    def __init__(self) -> None:
        super().__init__()
        self.today = dt.date.today()

    @property
    def items(self) -> list[StatementItem]:
        """The statements listed (``rows``)."""
        return self.rows

    def set_items(self, items: list[StatementItem]) -> None:
        """Replace the list."""
        self.set_rows(items)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        item, col = self.row_at(index), index.column()
        if item is None:
            return None
        if role == roles.DISPLAY:
            return (statement_title(item), data_words(item.status_words), self._due(item))[col]
        if role == roles.FOREGROUND and col == 1:
            return QBrush(QColor(STATUS_COLORS.get(item.status, "#000000")))
        if role == roles.FOREGROUND and col == 2 and self._overdue(item):
            return QBrush(QColor("#a11d1d"))
        if role in (roles.TOOLTIP, roles.ACCESSIBLE):
            due = self._due(item)
            text = f"{statement_title(item)}, {data_words(item.status_words)}"
            return text + (self.tr(", due {day}").format(day=due) if due else "")
        if role == roles.USER:
            return item.id
        return None

    def _due(self, item: StatementItem) -> str:
        return due_words(item.due, item.status, self.today)

    def _overdue(self, item: StatementItem) -> bool:
        late = item.due is not None and item.status in OPEN and item.due < self.today
        return late

    def row_of(self, statement_id: int) -> int:
        """Row of a statement (-1 when not listed)."""
        for row, item in enumerate(self.rows):
            if item.id == statement_id:
                return row
        return -1


LATE_COLOR = "#a11d1d"


def due_next_words(due: NextDue | None, today: dt.date | None = None) -> tuple[str, bool]:
    """What the committee files next, for the left pane (rich text), and whether a
    statement is already late: the late ones first, then the next deadline, then any
    24-hour window open today."""
    if due is None:
        return "", False
    day = today or dt.date.today()
    lines = []
    for item in due.late[:2]:
        lines.append(f"<span style='color:{LATE_COLOR}'><b>"
                     + translate("CommitteePane", "Late:")
                     + f"</b> {escape(due_sentence(item, day))}.</span>")
    if len(due.late) > 2:
        more = translate("CommitteePane", "and {n} more past their deadline.").format(
            n=len(due.late) - 2)
        lines.append(f"<span style='color:{LATE_COLOR}'>{more}</span>")
    if due.item is not None:
        lines.append("<b>" + translate("CommitteePane", "Next due:")
                     + f"</b> {escape(due_sentence(due.item, day))}.")
    for window in due.windows:
        lines.append("<b>" + translate("CommitteePane", "Now:")
                     + f"</b> {escape(due_sentence(window, day))}.")
    if not lines:
        lines.append(translate("CommitteePane", "Nothing due on the filing calendar."))
    return "<br>".join(lines), bool(due.late)
