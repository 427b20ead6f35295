"""File > Import spreadsheet...: contributions, payments, loans or contacts from a CSV or
XLSX file into the open statement (``services/sheets``).

Choose the file and the schedule; confirm what each column holds (guessed from the
headers, or remembered for files of the same layout); the preview lists every row with
its problems highlighted (double-click a cell to fix it, or skip the row) and the
contributors who may be people entered before; Import writes the rows in the background
as one undoable action, with progress and Stop.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services import sheets
from calaccess_desktop.services.sheets.columns import IGNORE, SCHEDULES, TARGETS, target_label
from calaccess_desktop.services.sheets.mapping import Mapping, mapping_for
from calaccess_desktop.services.sheets.preview import Preview, PreviewRow, summary
from calaccess_desktop.services.sheets.reading import Table
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

ModelIndex = QModelIndex | QPersistentModelIndex
PROBLEM = QColor("#f8d7da")  # a cell with a problem
SKIPPED = QColor("#e9ecef")
BEFORE = QColor("#e2e3e5")  # imported before
NEAR = QColor("#fff3cd")  # may be a contact entered before
STATUS_WORDS = {"new": QT_TRANSLATE_NOOP("SheetImportDialog", "New"),
                "already": QT_TRANSLATE_NOOP("SheetImportDialog", "Imported before"),
                "problem": QT_TRANSLATE_NOOP("SheetImportDialog", "Problem"),
                "skipped": QT_TRANSLATE_NOOP("SheetImportDialog", "Skipped")}
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def status_words(row: PreviewRow) -> str:
    """What happens to a row, in words."""
    words = translate("SheetImportDialog", STATUS_WORDS[row.status])
    if row.status == "problem":
        return translate("SheetImportDialog", "Problem: {problems}").format(
            problems="; ".join(p.message for p in row.problems))
    if row.status == "new" and row.link is not None:
        return translate("SheetImportDialog", "New, for a contact entered before")
    if row.status == "new" and row.near:
        return translate("SheetImportDialog", "New; may be {who} (confirm)").format(
            who=translate("SheetImportDialog", " or ").join(n.words for n in row.near))
    return words


class PreviewModel(QAbstractTableModel):
    """The preview's rows: row number, what happens to it, then the file's cells."""

    FIXED = 2  # columns before the file's own

    def __init__(self, preview: Preview | None = None) -> None:
        super().__init__()
        self.preview = preview
        self.only_problems = False
        self.shown: list[int] = []
        self.set_preview(preview)

    def set_preview(self, preview: Preview | None, only_problems: bool | None = None) -> None:
        """Show a preview (or nothing); ``only_problems`` filters the rows."""
        self.beginResetModel()
        self.preview = preview
        if only_problems is not None:
            self.only_problems = only_problems
        rows = preview.rows if preview is not None else []
        self.shown = [i for i, r in enumerate(rows)
                      if not self.only_problems or r.status == "problem"]
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.shown)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.preview is None:
            return 0
        return self.FIXED + len(self.preview.table.headers)

    def row_at(self, index: ModelIndex) -> tuple[int, PreviewRow]:
        """The preview row index and row shown at a model index."""
        assert self.preview is not None
        i = self.shown[index.row()]
        return i, self.preview.rows[i]

    def _problem(self, row: PreviewRow, column: int) -> str:
        assert self.preview is not None
        header = self.preview.table.headers[column]
        return "; ".join(p.message for p in row.problems if p.column == header)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        _i, row = self.row_at(index)
        col = index.column()
        cell = col - self.FIXED
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == 0:
                return str(row.row)
            if col == 1:
                return status_words(row)
            return row.cells[cell] if cell < len(row.cells) else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 1:
                return status_words(row)
            return self._problem(row, cell) if col >= self.FIXED else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.status == "skipped":
                return QBrush(SKIPPED)
            if row.status == "already":
                return QBrush(BEFORE)
            if row.status == "problem" and (col == 1 or (col >= self.FIXED and
                                                         self._problem(row, cell))):
                return QBrush(PROBLEM)
            if row.status == "new" and row.near and row.link is None and col == 1:
                return QBrush(NEAR)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if section == 0:
            return self.tr("Row")
        if section == 1:
            return self.tr("What happens")
        if self.preview is None:
            return None
        return self.preview.table.headers[section - self.FIXED]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.FIXED:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: ModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() < self.FIXED:
            return False
        assert self.preview is not None
        i, _row = self.row_at(index)
        self.preview.fix(i, index.column() - self.FIXED, str(value))
        self.refresh()
        return True

    def refresh(self) -> None:
        """Repaint every row (a fix can change other rows' fingerprints)."""
        if self.shown:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.shown) - 1, self.columnCount() - 1))


class SheetImportDialog(QDialog):
    """Choose a file, confirm its columns, look at every row, import."""

    def __init__(self, ctx: AppContext, statement_id: int, parent: QWidget | None = None,
                 *, path: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.table: Table | None = None
        self.mapping: Mapping | None = None
        self.preview: Preview | None = None
        self.imported: sheets.SheetImport | None = None
        self.columns_changed = False  # what the columns hold changed since the rows were read
        self.setWindowTitle(self.tr("Import spreadsheet"))
        self.setAccessibleName(self.tr("Import spreadsheet"))
        self.path = QLineEdit(path)
        self.path.setAccessibleName(self.tr("Spreadsheet file"))
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file"))
        choose = QPushButton(self.tr("Choose file..."))
        choose.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.schedule = QComboBox()
        self.schedule.setAccessibleName(self.tr("What the rows are"))
        for code, sched in SCHEDULES.items():
            self.schedule.addItem(sched.words[:1].upper() + sched.words[1:], code)
        self.schedule.currentIndexChanged.connect(lambda _i: self._schedule_changed())
        self.read_button = QPushButton(self.tr("Read the file"))
        self.read_button.clicked.connect(self.read_file)
        form = QFormLayout()
        form.addRow(self.tr("File"), where)
        form.addRow(self.tr("The rows are"), self.schedule)
        # what each column holds
        self.columns_said = QLabel(self.tr("Choose a file, then Read the file."))
        self.columns_said.setWordWrap(True)
        self.columns = QTableWidget(0, 3)
        self.columns.setAccessibleName(self.tr("What each column holds"))
        self.columns.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("First value"), self.tr("Read as")])
        self.columns.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().setVisible(False)
        self.apply_button = QPushButton(self.tr("Read the rows with these columns"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.build_preview)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.columns_said)
        top_layout.addWidget(self.columns, 1)
        top_layout.addWidget(self.apply_button, 0, Qt.AlignmentFlag.AlignRight)
        # the preview
        self.model = PreviewModel()
        self.rows = QTableView()
        self.rows.setAccessibleName(self.tr("Rows of the file"))
        self.rows.setModel(self.model)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.rows.verticalHeader().setVisible(False)
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.only_problems = QCheckBox(self.tr("Only rows with problems"))
        self.only_problems.toggled.connect(
            lambda on: self.model.set_preview(self.preview, only_problems=on))
        self.skip_button = QPushButton(self.tr("Skip or include row"))
        self.skip_button.setToolTip(self.tr("Leave the selected rows out of the import (or "
                                            "take them back in)"))
        self.skip_button.clicked.connect(self.toggle_skip)
        self.skip_bad_button = QPushButton(self.tr("Skip every row with problems"))
        self.skip_bad_button.clicked.connect(self.skip_problems)
        self.same_button = QPushButton(self.tr("Same person as..."))
        self.same_button.setToolTip(self.tr("Say that the selected row's contributor is a "
                                            "contact entered before"))
        self.same_button.clicked.connect(self.choose_same_person)
        actions = QHBoxLayout()
        for w in (self.only_problems, self.skip_button, self.skip_bad_button,
                  self.same_button):
            actions.addWidget(w)
        actions.addStretch(1)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("What will be imported"))
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(QLabel(self.tr("Rows (double-click a cell to fix it):")))
        bottom_layout.addWidget(self.rows, 1)
        bottom_layout.addLayout(actions)
        bottom_layout.addWidget(self.said)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = buttons.addButton(self.tr("Import"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(False)
        buttons.accepted.connect(self.run_import)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(980, 720)
        self._update_buttons()

    # ------------------------------------------------------------------ the file

    def choose_file(self) -> None:
        """Pick the spreadsheet, then read it."""
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet"), self.path.text(),
            self.tr("Spreadsheets") + " (*.csv *.xlsx *.txt *.tsv);;" + self.tr("All files")
            + " (*)")
        if path:
            self.path.setText(path)
            self.read_file()

    def schedule_code(self) -> str:
        """The chosen schedule (A, C, E, B or CONTACTS)."""
        return str(self.schedule.currentData() or "A")

    def _schedule_changed(self) -> None:
        if self.table is not None:
            self.read_file()

    def read_file(self) -> None:
        """Read the file and guess (or recall) its columns, then preview its rows."""
        path = self.path.text().strip()
        if not path:
            self.said.setText(self.tr("Choose a file first."))
            return
        store, code, sid = self.ctx.store, self.schedule_code(), self.statement_id
        reading = self.tr("Reading {name}...").format(name=Path(path).name)

        def work(task: Task) -> tuple[Table, Mapping, Preview]:
            task.progress(0, 0, reading)
            table = sheets.read_sheet(path)
            with store.read() as session:
                mapping = mapping_for(session, table.headers, SCHEDULES[code])
                preview = sheets.prepare(session, sid, table, code, mapping,
                                         progress=task.progress)
            return table, mapping, preview

        def failed(exc: BaseException) -> None:
            self.table = self.mapping = self.preview = None
            self.model.set_preview(None)
            self.columns.setRowCount(0)
            self.columns_said.setText(self.tr("Not read: {error}").format(error=exc))
            self._update_buttons()

        self.said.setText(self.tr("Reading..."))
        stopped = self.tr("Stopped reading the file.")
        self.ctx.ops.task(self.tr("Reading the spreadsheet"), work, self._read, failed,
                          on_cancel=lambda: self.said.setText(stopped))

    def _read(self, result: tuple[Table, Mapping, Preview]) -> None:
        self.table, mapping, preview = result
        self.mapping = Mapping(list(mapping.headers), list(mapping.columns), mapping.source,
                               mapping.fingerprint)  # edited here; the preview keeps its own
        self._fill_columns()
        self._show(preview)

    def _fill_columns(self) -> None:
        assert self.table is not None and self.mapping is not None
        table, mapping = self.table, self.mapping
        allowed = SCHEDULES[self.schedule_code()].targets
        self.columns_said.setText(
            self.tr("{name}: headers on row {header_row}, {rows} rows. What each column "
                    "holds ({source}); change any that is wrong, then 'Read the rows with "
                    "these columns'. It is remembered for files laid out the same way.")
            .format(name=Path(table.path).name, header_row=table.header_row,
                    rows=f"{len(table.rows):,}", source=mapping.source))
        self.columns.setRowCount(len(table.headers))
        first = table.rows[0][1] if table.rows else []
        for i, header in enumerate(table.headers):
            for c, text in ((0, header), (1, first[i] if i < len(first) else "")):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.columns.setItem(i, c, item)
            box = QComboBox()
            box.setAccessibleName(self.tr("What column {header} holds").format(header=header))
            box.addItem(target_label(IGNORE), IGNORE)
            for target in allowed:
                if target in TARGETS:
                    box.addItem(target_label(target), target)
            box.setCurrentIndex(max(0, box.findData(mapping.columns[i])))
            box.currentIndexChanged.connect(lambda _x, i=i, box=box: self._set_column(i, box))
            self.columns.setCellWidget(i, 2, box)
        self.apply_button.setEnabled(True)

    def _set_column(self, column: int, box: QComboBox) -> None:
        assert self.mapping is not None
        self.mapping.set(column, str(box.currentData() or ""))
        self.mapping.source = "as you set them"
        self.columns_changed = True  # the rows were read with the old columns
        self.import_button.setEnabled(False)
        self.said.setText(self.tr("The columns changed: press 'Read the rows with these "
                                  "columns' to see the rows as they will be imported."))
        for i in range(self.columns.rowCount()):  # a target sits in one column only
            other = self.columns.cellWidget(i, 2)
            if isinstance(other, QComboBox) and i != column:
                want = other.findData(self.mapping.columns[i])
                if other.currentIndex() != want:
                    other.blockSignals(True)
                    other.setCurrentIndex(max(0, want))
                    other.blockSignals(False)

    def build_preview(self) -> None:
        """Read the rows again with the columns as set."""
        if self.table is None or self.mapping is None:
            return
        store, code, sid = self.ctx.store, self.schedule_code(), self.statement_id
        table = self.table
        mapping = Mapping(list(self.mapping.headers), list(self.mapping.columns),
                          self.mapping.source, self.mapping.fingerprint)  # as read now

        def work(task: Task) -> Preview:
            with store.read() as session:
                return sheets.prepare(session, sid, table, code, mapping,
                                      progress=task.progress)

        def failed(exc: BaseException) -> None:
            self.said.setText(self.tr("Not read: {error}").format(error=exc))

        stopped = self.tr("Stopped reading the rows.")
        self.ctx.ops.task(self.tr("Reading the rows"), work, self._show, failed,
                          on_cancel=lambda: self.said.setText(stopped))

    def _show(self, preview: Preview) -> None:
        self.preview = preview
        self.columns_changed = False
        self.model.set_preview(preview)
        self.rows.resizeColumnsToContents()
        self.rows.setColumnWidth(1, min(self.rows.columnWidth(1), 300))  # words in the tip
        self._update_buttons()

    # ------------------------------------------------------------------ the rows

    def _selected(self) -> list[int]:
        return sorted({self.model.row_at(ix)[0]
                       for ix in self.rows.selectionModel().selectedRows()})

    def toggle_skip(self) -> None:
        """Skip the selected rows (or include them again)."""
        if self.preview is None:
            return
        for i in self._selected():
            self.preview.skip(i, not self.preview.rows[i].skipped)
        self.model.set_preview(self.preview)
        self._update_buttons()

    def skip_problems(self) -> None:
        """Skip every row that still has a problem."""
        if self.preview is None:
            return
        for i, row in enumerate(self.preview.rows):
            if row.status == "problem":
                self.preview.skip(i)
        self.model.set_preview(self.preview)
        self._update_buttons()

    def choose_same_person(self) -> QMenu | None:
        """For the selected row: pick the contact entered before it is, or a new one."""
        if self.preview is None or not self._selected():
            return None
        i = self._selected()[0]
        row = self.preview.rows[i]
        if not row.near:
            self.said.setText(self.tr("Row {row} has no contact entered before to confirm.")
                              .format(row=row.row))
            return None
        menu = QMenu(self)
        for near in row.near:
            same = self.tr("Same person as {who}").format(who=near.words)
            menu.addAction(same).triggered.connect(
                lambda _c=False, cid=near.contact_id: self._confirm(i, cid))
        menu.addAction(self.tr("Someone new")).triggered.connect(
            lambda _c=False: self._confirm(i, None))
        menu.popup(self.same_button.mapToGlobal(self.same_button.rect().bottomLeft()))
        return menu

    def _confirm(self, index: int, contact_id: int | None) -> None:
        assert self.preview is not None
        self.preview.confirm(index, contact_id)
        self.model.refresh()

    def _update_buttons(self) -> None:
        preview = self.preview
        have = preview is not None
        for w in (self.skip_button, self.skip_bad_button, self.same_button,
                  self.only_problems):
            w.setEnabled(have)
        if preview is None:
            self.import_button.setEnabled(False)
            return
        counts = summary(preview)
        parts = [self.tr("{n} row(s) will be imported").format(n=f"{counts['new']:,}")]
        if counts["already"]:
            parts.append(self.tr("{n} were imported before and are left out").format(
                n=f"{counts['already']:,}"))
        if counts["skipped"]:
            parts.append(self.tr("{n} skipped").format(n=f"{counts['skipped']:,}"))
        if counts["ignored"]:
            parts.append(self.tr("{n} totals line(s) ignored").format(
                n=f"{counts['ignored']:,}"))
        text = "; ".join(parts) + "."
        if not counts["new"] and counts["already"] and not counts["problem"]:
            text = self.tr("Nothing new was found: all {n} row(s) were imported before. "
                           "Importing it again changes nothing.").format(
                n=f"{counts['already']:,}")
        if counts["problem"]:
            text += " " + self.tr("{n} row(s) have problems (in red): fix them (double-click "
                                  "the cell) or skip them to import.").format(
                n=f"{counts['problem']:,}")
        outside = preview.outside_period()
        if outside:
            text += " " + self.tr("{n} row(s) are dated outside this statement's period "
                                  "(they belong on another statement; the check will say "
                                  "so).").format(n=f"{len(outside):,}")
        near = sum(1 for r in preview.rows if r.status == "new" and r.near and r.link is None)
        if near:
            text += " " + self.tr("{n} contributor(s) may be people entered before (in "
                                  "yellow): 'Same person as...' links them; otherwise each is "
                                  "a new contact.").format(n=f"{near:,}")
        if self.columns_changed:
            text = self.tr("The columns changed: press 'Read the rows with these columns' to "
                           "see the rows as they will be imported.")
        self.said.setText(text)
        self.import_button.setEnabled(counts["new"] > 0 and counts["problem"] == 0
                                      and not self.columns_changed)

    # ------------------------------------------------------------------ import

    def run_import(self) -> None:
        """Write the rows in the background (one undoable action); Stop leaves the data
        file as it was."""
        if self.preview is None:
            return
        preview, store = self.preview, self.ctx.store
        self.import_button.setEnabled(False)

        def work(task: Task) -> sheets.SheetImport:
            return sheets.run_import(store, preview, skip_bad=False, progress=task.progress)

        def done(result: sheets.SheetImport) -> None:
            self.imported = result
            self.ctx.hub.changed.emit(Changes(result.statement_id, everything=True))
            self.accept()

        def failed(exc: BaseException) -> None:
            self._update_buttons()
            self.said.setText(self.tr("Not imported; nothing was changed. {error}").format(
                error=exc))

        def stopped() -> None:
            self._update_buttons()
            self.said.setText(self.tr("Stopped: nothing was imported."))

        self.ctx.ops.task(self.tr("Importing the spreadsheet"), work, done, failed,
                          on_cancel=stopped)


def import_sheet(window: MainWindow, path: str = "") -> SheetImportDialog | None:
    """The File menu action: the import dialog for the open statement."""
    sid = window.editor.statement_id
    if sid is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Open a statement first: the rows go on it."), 4000)
        return None
    dialog = SheetImportDialog(window.ctx, sid, window, path=path)

    def imported() -> None:
        result = dialog.imported
        if result is not None:
            words = (translate("MainWindow", "Imported {n} row(s) from the spreadsheet (Edit > "
                               "Undo takes the whole import back).").format(
                n=f"{result.added:,}") if result.added else
                translate("MainWindow", "Nothing new was found in the spreadsheet; nothing "
                          "was changed."))
            window.statusBar().showMessage(words, 12000)

    dialog.accepted.connect(imported)
    dialog.open()
    if path:
        dialog.read_file()
    return dialog
