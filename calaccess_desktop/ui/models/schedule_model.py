"""The schedule table model: 100,000 rows without loading 100,000 objects.

The model holds the ordered record ids (``ScheduleIndex``) and a small cache of
pages of display rows. A row whose page is not cached shows blank and asks for
its page; pages are fetched in batches on the database worker and announced with
``dataChanged``. Sorting reloads the ids in SQL order (never a proxy model).

The first load paints first: one read gives the count and the first page
(``first_screen``), the table shows them, and the full id list follows in a second
read; ``complete`` says when every id is known (after every load), and only then are
rows past the first page fetched or looked up by record id.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from calaccess_desktop.services.entry_fields import choices_for
from calaccess_desktop.services.schedule_rows import (
    FirstScreen,
    ScheduleIndex,
    TableRow,
    columns_for,
    fetch_rows,
    first_screen,
    load_index,
)
from calaccess_desktop.ui import roles
from calaccess_desktop.ui.formatting import day, money
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.ops import OpRunner

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
FIRST = 64  # rows of the first screen (more than a tall window shows)
MAX_PAGES = 60
GREY = QBrush(QColor("#6b6b6b"))
MUTED = QBrush(QColor("#8a5a00"))


class ScheduleTableModel(QAbstractTableModel):
    """Rows of one schedule of one statement."""

    complete = Signal()  # every id of a load is known (after its reset, or after both reads)
    first_shown = Signal()  # the first screen's rows are in, the rest not asked for yet

    def __init__(self, ops: OpRunner, statement_id: int, rec_type: str, form_type: str,
                 form_code: str = "") -> None:
        super().__init__()
        self.ops = ops
        self.statement_id = statement_id
        self.rec_type, self.form_type = rec_type, form_type
        self.columns = columns_for(rec_type, form_type, form_code)
        self._kinds = tuple(c.kind for c in self.columns)
        # A coded column (support or oppose ...) shows the code's words, never the code.
        self._words = tuple(dict(choices_for(c.fields[0], rec_type, form_type))
                            if c.kind == "text" and len(c.fields) == 1 else {}
                            for c in self.columns)
        self.index_: ScheduleIndex | None = None
        self.ids: list[int] = []
        self._pages: OrderedDict[int, list[TableRow]] = OrderedDict()
        self._wanted: set[int] = set()
        self._asked: set[int] = set()
        self._generation = 0
        self.sort_column: int | None = None
        self.descending = False
        self._italic = QFont()
        self._italic.setItalic(True)
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # ------------------------------------------------------------------ loading

    def reload(self, on_loaded: Callable[[], None] | None = None) -> None:
        """Read the ids again (after an edit, undo or sort) keeping cached page numbers;
        the first load shows its first page before reading every id."""
        self._generation += 1
        generation = self._generation
        if self.index_ is None and not self.ids:
            self._load_first(generation, on_loaded)
        else:
            self._load_all(generation, sorted({0, *list(self._pages)[-4:]}), on_loaded)

    def _load_first(self, generation: int, on_loaded: Callable[[], None] | None) -> None:
        sid, rt, ft = self.statement_id, self.rec_type, self.form_type
        sort, desc = self.sort_column, self.descending

        def work(session: Any) -> FirstScreen | None:
            return first_screen(session, sid, rt, ft, FIRST, sort, desc)

        def done(first: FirstScreen | None) -> None:
            if generation != self._generation:
                return
            if first is not None:
                self.beginResetModel()
                # Rows past the first page have no id yet (0) until the full read.
                self.ids = first.index.ids + [0] * max(0, first.count - len(first.index.ids))
                self._pages = OrderedDict({0: first.rows})
                self._wanted.clear()
                self._asked.clear()
                self.endResetModel()
                self.first_shown.emit()  # (the view may paint them now, before the rest)
            self._load_all(generation, [0], on_loaded)

        self.ops.read(work, done)

    def _load_all(self, generation: int, keep: list[int],
                  on_loaded: Callable[[], None] | None) -> None:
        sid, rt, ft = self.statement_id, self.rec_type, self.form_type
        sort, desc = self.sort_column, self.descending

        def work(session: Any) -> tuple[ScheduleIndex, dict[int, list[TableRow]]]:
            index = load_index(session, sid, rt, ft, sort, desc)
            pages = {p: fetch_rows(session, index, index.ids[p * PAGE:(p + 1) * PAGE])
                     for p in keep if p * PAGE < len(index.ids)}
            return index, pages

        def done(result: tuple[ScheduleIndex, dict[int, list[TableRow]]]) -> None:
            if generation != self._generation:
                return
            index, pages = result
            first = index.ids[:PAGE]
            if self.index_ is None and 0 in self._pages and len(index.ids) == len(self.ids) \
                    and first == self.ids[:len(first)]:
                # The first screen painted is still right: only the ids past it arrive.
                self.index_, self.ids = index, index.ids
                self._pages.update(pages)  # the first page, whole
                if pages:
                    self.dataChanged.emit(self.index(0, 0), self.index(
                        min(len(self.ids), PAGE) - 1, len(self.columns) - 1))
                self._fetch_wanted()  # pages the view asked for meanwhile
            else:
                self.beginResetModel()
                self.index_, self.ids = index, index.ids
                self._pages = OrderedDict(sorted(pages.items()))
                self._wanted.clear()
                self._asked.clear()
                self.endResetModel()
            self.complete.emit()
            if on_loaded is not None:
                on_loaded()

        self.ops.read(work, done)

    def _row(self, row: int) -> TableRow | None:
        page = row // PAGE
        rows = self._pages.get(page)
        if rows is None:
            if page not in self._asked:
                self._wanted.add(page)
                if not self._fetch_timer.isActive():
                    self._fetch_timer.start(0)
            return None
        self._pages.move_to_end(page)
        offset = row - page * PAGE
        return rows[offset] if offset < len(rows) else None

    def _fetch_wanted(self) -> None:
        index, generation = self.index_, self._generation
        if index is None or not self._wanted:
            return
        pages = sorted(self._wanted)
        self._asked.update(pages)
        self._wanted.clear()
        ids = {p: index.ids[p * PAGE:(p + 1) * PAGE] for p in pages}

        def work(session: Any) -> dict[int, list[TableRow]]:
            return {p: fetch_rows(session, index, chunk) for p, chunk in ids.items()}

        def done(result: dict[int, list[TableRow]]) -> None:
            if generation != self._generation:
                return
            for page, rows in result.items():
                self._pages[page] = rows
                self._asked.discard(page)
                first, last = page * PAGE, min(len(self.ids), (page + 1) * PAGE) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0),
                                          self.index(last, len(self.columns) - 1))
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)

        self.ops.read(work, done)

    # ------------------------------------------------------------------ lookups

    def record_id(self, row: int) -> int | None:
        """The record shown on a row (None while its id is not read yet)."""
        return (self.ids[row] or None) if 0 <= row < len(self.ids) else None

    def row_of(self, record_id: int) -> int:
        """The row of a record (-1 when it is not in this schedule)."""
        if not record_id:
            return -1
        try:
            return self.ids.index(record_id)
        except ValueError:
            return -1

    def table_row(self, row: int) -> TableRow | None:
        """The cached display row (None while its page loads)."""
        return self._row(row) if 0 <= row < len(self.ids) else None

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Any, role: int = roles.DISPLAY) -> Any:
        if orientation == roles.HORIZONTAL and 0 <= section < len(self.columns):
            if role == roles.DISPLAY:
                return data_words(self.columns[section].title)
            if role == roles.ALIGN and self._kinds[section] in ("money", "cumulative"):
                return roles.RIGHT
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return roles.ENABLED_SELECTABLE if index.isValid() else roles.NO_FLAGS

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < len(self.ids) and 0 <= col < len(self.columns)):
            return None
        if role == roles.DISPLAY or role == roles.ACCESSIBLE:
            item = self._row(row)
            return None if item is None else self._text(item, col)
        if role == roles.ALIGN:
            return roles.RIGHT if self._kinds[col] in ("money", "cumulative") else roles.LEFT
        if role == roles.FOREGROUND:
            item = self._row(row)
            if item is not None and (item.memo or item.parent_tran_id or item.lump):
                return GREY
            if item is not None and self._kinds[col] == "itemized" and not item.itemized:
                return MUTED
            return None
        if role == roles.FONT:
            item = self._row(row)
            return self._italic if item is not None and (item.memo or item.lump) else None
        if role == roles.TOOLTIP:
            item = self._row(row)
            return None if item is None else self._tooltip(item)
        if role == roles.USER:
            return self.ids[row] or None
        return None

    def _text(self, item: TableRow, col: int) -> str:
        value, kind = item.cells[col], self._kinds[col]
        if kind in ("money", "cumulative"):
            return money(value)  # type: ignore[arg-type]
        if kind == "date":
            return day(value)  # type: ignore[arg-type]
        if kind == "itemized":
            return self.tr("Yes") if value else self.tr("No")
        text = str(value or "")
        if kind == "expense" and " - " in text:  # 'LIT - campaign literature and mailings'
            code, expense = text.split(" - ", 1)
            return f"{code} - {data_words(expense)}"
        words = self._words[col]
        if words and text:
            return data_words(words.get(text.upper(), text))
        if kind == "name":
            if item.lump:
                return self.tr("Unitemized total (as filed)")
            if item.parent_tran_id:
                return f"    \u21b3 {text}"
            if item.memo:
                return self.tr("{name} (memo)").format(name=text)
        return text

    def _tooltip(self, item: TableRow) -> str:
        notes = []
        if item.lump:
            notes.append(self.tr("The unitemized total of the statement as it was filed."))
        if item.parent_tran_id:
            notes.append(self.tr("Sub-item of transaction {id}; not counted twice.").format(
                id=item.parent_tran_id))
        if item.memo:
            notes.append(self.tr("Memo entry: shown for information, not counted in totals."))
        if not item.itemized and not item.lump:
            notes.append(self.tr("Not itemized: under the $100 threshold for the calendar "
                                 "year; counted in the unitemized total."))
        return " ".join(notes) or self.tr(
            "Transaction {id}. Double-click or Enter to edit.").format(id=item.tran_id)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by a column in SQL (column -1: statement order)."""
        self.sort_column = column if 0 <= column < len(self.columns) else None
        self.descending = order == Qt.SortOrder.DescendingOrder
        if self.index_ is not None or self.ids:
            self.reload()
