"""The Form 460 summary page (and schedule subtotals) as a read-only table."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES, SUMMARY_LINES
from calaccess_desktop.forms.f460.schedules import TITLES
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.formatting import money
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP, data_words
from calaccess_desktop.ui.models.list_model import Index, ListTableModel


@dataclass(frozen=True)
class SummaryLine:
    """One printed line: number, words, column A, column B; headings have no amounts."""

    line: str
    label: str
    a: Cents | None = None
    b: Cents | None = None
    heading: bool = False
    total: bool = False


SECTIONS = {"1": QT_TRANSLATE_NOOP("data", "Contributions received"),
            "6": QT_TRANSLATE_NOOP("data", "Expenditures made"),
            "12": QT_TRANSLATE_NOOP("data", "Current cash statement"),
            "17": QT_TRANSLATE_NOOP("data", "Cash equivalents and outstanding debts")}


def summary_lines(summary: Summary) -> list[SummaryLine]:
    """Summary page lines 1-19 with section headings."""
    out = []
    for line, (a, b) in summary.lines.items():
        if line in SECTIONS:
            out.append(SummaryLine("", data_words(SECTIONS[line]), heading=True))
        label = SUMMARY_LINES.get(line, "")
        out.append(SummaryLine(line, data_words(label), a, b, total=label.isupper()))
    return out


def schedule_lines(summary: Summary) -> list[SummaryLine]:
    """Each schedule's summary block."""
    out = []
    for letter, items in summary.schedules.items():
        out.append(SummaryLine("", data_words(TITLES.get(letter, letter)), heading=True))
        for line, cents in items.items():
            words = data_words(SCHEDULE_LINES.get(letter, {}).get(line, ""))
            out.append(SummaryLine(f"{letter}-{line}", words, cents, None,
                                   total=line == str(len(items))))
    return out


class SummaryModel(ListTableModel[SummaryLine]):
    """Lines with column A (this period) and column B (calendar year)."""

    def __init__(self, headers: tuple[str, ...] = (
            QT_TRANSLATE_NOOP("SummaryModel", "Line"),
            QT_TRANSLATE_NOOP("SummaryModel", "Description"),
            QT_TRANSLATE_NOOP("SummaryModel", "This period"),
            QT_TRANSLATE_NOOP("SummaryModel", "Calendar year"))) -> None:
        super().__init__()
        self.HEADERS = headers
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: list[SummaryLine]) -> None:
        """Show new lines (same shape: values change in place)."""
        if len(lines) == len(self.rows) and self.rows:
            self.rows = lines
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(lines) - 1, len(self.HEADERS) - 1))
            return
        self.set_rows(lines)

    def value(self, line: str, column: str = "a") -> Cents | None:
        """Column A or B of a numbered line (for tests and the status bar)."""
        for item in self.rows:
            if item.line == line:
                return item.a if column == "a" else item.b
        return None

    def headerData(self, section: int, orientation: Any, role: int = roles.DISPLAY) -> Any:
        if role == roles.ALIGN and orientation == roles.HORIZONTAL and \
                2 <= section < len(self.HEADERS):
            return roles.RIGHT
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        item, col = self.row_at(index), index.column()
        if item is None:
            return None
        if role in (roles.DISPLAY, roles.ACCESSIBLE):
            if col == 0:
                return item.line
            if col == 1:
                return item.label
            return "" if item.heading else money(item.a if col == 2 else item.b)
        if role == roles.ALIGN:
            return roles.RIGHT if col >= 2 else roles.LEFT
        if role == roles.FONT and (item.heading or item.total):
            return self._bold
        return None
