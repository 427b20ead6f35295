"""One schedule of the open statement: its table on the left, the entry form on the right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.contact_choices import ContactChoice
from calaccess_desktop.services.entries import delete_entry
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.entry_form import EntryForm
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.models.schedule_model import ScheduleTableModel


class ScheduleTable(QTableView):
    """The table; Enter edits the selected row, Delete removes it."""

    edit_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class ScheduleTab(QWidget):
    """Table + entry form for one (rec_type, form_type) of one statement."""

    record_selected = Signal(object)  # record id or None

    def __init__(self, ctx: AppContext, statement_id: int, rec_type: str, form_type: str,
                 cvr_form: str, title: str, editable: bool = True) -> None:
        super().__init__()
        self.ctx = ctx
        self.statement_id = statement_id
        self.rec_type, self.form_type = rec_type, form_type
        self.title = title
        title = data_words(title)  # as the window shows it
        self.editable = editable
        self.model = ScheduleTableModel(ctx.ops, statement_id, rec_type, form_type, cvr_form)
        self.view = ScheduleTable()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("{title} table").format(title=title))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self._size_columns()
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.view.edit_requested.connect(self.focus_form)
        self.view.doubleClicked.connect(lambda _i: self.focus_form())
        self.view.clicked.connect(self._row_clicked)
        self.view.delete_requested.connect(self.delete_selected)

        self.form = EntryForm(ctx, statement_id, rec_type, form_type, cvr_form)
        self.form.saved.connect(self._saved)
        self.form.save_failed.connect(self._save_failed)
        self._pending: int | None = None  # the row to open once the typing is saved
        self._answered: int | None = None  # the row whose question was just answered
        self._asking = False
        self.form.set_read_only(not editable)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setAccessibleName(self.tr("{title} entry form").format(title=title))

        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("{title} count").format(title=title))
        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setToolTip(self.tr("Start a new entry (Ctrl+N)"))
        self.new_button.setAccessibleName(self.tr("New entry on {title}").format(title=title))
        self.new_button.clicked.connect(self.new_entry)
        self.sub_button = QPushButton(self.tr("Add sub-item"))
        self.sub_button.setToolTip(self.tr("Add a memo sub-item under the selected entry "
                                           "(e.g. what a credit card payment paid for)"))
        self.sub_button.setAccessibleName(self.tr("Add sub-item under the selected entry"))
        self.sub_button.clicked.connect(self.add_sub_item)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(
            self.tr("Delete the selected entry (Delete key); Ctrl+Z undoes it"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))
        self.delete_button.clicked.connect(self.delete_selected)
        for b in (self.new_button, self.sub_button, self.delete_button):
            b.setEnabled(editable)

        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        bar.addWidget(self.new_button)
        bar.addWidget(self.sub_button)
        bar.addWidget(self.delete_button)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(bar)
        lv.addWidget(self.view)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        em = self.fontMetrics().horizontalAdvance("0")
        split.setSizes([em * 76, em * 58])
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.model.modelReset.connect(self._update_count)
        self.model.complete.connect(self._after_reset)  # the selection needs every id
        self.model.first_shown.connect(self._paint_now)

    def _paint_now(self) -> None:
        """Paint the first rows at once, before the rest of the ids are read (that read
        would otherwise share the interpreter with this first paint)."""
        if self.isVisible():
            self.repaint()

    def _size_columns(self) -> None:
        width = self.fontMetrics().horizontalAdvance("0")
        for col, column in enumerate(self.model.columns):
            chars = {"date": 10, "money": 10, "cumulative": 10, "itemized": 7,
                     "name": 22, "expense": 22}.get(column.kind, 14)
            if column.title == "Transaction ID":
                chars = 11
            self.view.setColumnWidth(col, max(chars, len(column.title) + 2) * width)

    # ------------------------------------------------------------------ loading

    def load(self, select_record: int | None = None,
             then: Callable[[], None] | None = None) -> None:
        """(Re)load the rows; optionally select a record afterwards."""
        def loaded() -> None:
            if select_record is not None and select_record != self.form.record_id:
                self.reveal(select_record)  # e.g. a new entry just saved: seen, not opened
            if then is not None:
                then()
        self.model.reload(loaded)

    def reveal(self, record_id: int) -> None:
        """Scroll a record's row into view without selecting it."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.view.scrollTo(self.model.index(row, 0),
                               QAbstractItemView.ScrollHint.EnsureVisible)

    def _after_reset(self) -> None:
        """The form shows the selected row, or a new entry with no row selected: after a
        sort, an undo, a delete elsewhere or a reload the selection follows the form, and
        a shown entry that is gone (undone, deleted) leaves the form."""
        shown = self.form.record_id
        if shown is None:
            self._select_row(-1)
            return
        row = self.model.row_of(shown)
        if row < 0:
            if self.form.dirty:  # typing is never lost: it becomes a new entry
                self.form.record_id, self.form.tran_id = None, ""
                self.form.heading.setText(self.tr("New {noun}").format(noun=self.form.noun()))
                self.form.set_banner(self.tr("The entry you were changing is no longer on this "
                                             "schedule (undone or deleted). What you typed is "
                                             "kept: Save adds it as a new entry, Clear drops "
                                             "it."))
            else:
                self.form.new_entry()
                self.form.set_banner(self.tr("The entry you were looking at is no longer on "
                                             "this schedule (undone or deleted)."))
            self._select_row(-1)
            return
        self._select_row(row)
        if not self.form.dirty:
            self.form.refresh()  # an undo may have changed its values

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        self._quiet = True
        try:
            if row < 0:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                selection.setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect |
                    QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False

    def set_contacts(self, contacts: list[ContactChoice]) -> None:
        """Contacts for the name autocomplete."""
        self.form.set_contacts(contacts)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(self.tr("1 entry") if n == 1
                                 else self.tr("{n} entries").format(n=f"{n:,}"))

    def select_record(self, record_id: int, *, load_form: bool = True,
                      then: Callable[[], None] | None = None) -> bool:
        """Select a record's row and show it in the form."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        self._quiet = not load_form
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect |
            QItemSelectionModel.SelectionFlag.Rows)
        self._quiet = False
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        if load_form:
            self.form.load_record(record_id, then)
        return True

    _quiet = False

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record_id = self.model.record_id(current.row()) if current.isValid() else None
        self.record_selected.emit(record_id)
        if self._quiet or record_id is None or record_id == self.form.record_id:
            return
        self._answered = None  # a new row: a new question
        self.open_row(record_id)

    def _row_clicked(self, index: QModelIndex) -> None:
        record_id = self.model.record_id(index.row())
        if record_id is not None and record_id == self._answered:
            self._answered = None  # this click's question was answered already
            return
        if record_id is not None and record_id != self.form.record_id:
            self.open_row(record_id)

    def open_row(self, record_id: int) -> None:
        """Show another entry in the form; typing not saved is never dropped without
        asking (Save, Discard, or Cancel to stay on it)."""
        if self._asking:
            return
        if self.form.read_only or not self.form.dirty:
            self._pending = None
            self.form.load_record(record_id)
            return
        self._asking = True
        try:
            answer = self.ask_unsaved()
        finally:
            self._asking = False
        self._answered = record_id
        if answer == QMessageBox.StandardButton.Save:
            self._pending = record_id
            if not self.form.save():
                self._save_failed()
        elif answer == QMessageBox.StandardButton.Discard:
            self._pending = None
            self.form.dirty = False
            self.form.load_record(record_id)
            self.form.draft_changed.emit()
        else:  # after the click that chose the other row has finished selecting it
            QTimer.singleShot(0, self, self._keep_form_row)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel: what to do with the typing not saved yet."""
        form = self.form
        text = (self.tr("What you typed in this {noun} ({id}) is not saved yet.").format(
                    noun=form.noun(), id=form.tran_id) if form.record_id is not None
                else self.tr("What you typed in the new {noun} is not saved yet.").format(
                    noun=form.noun()))
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved entry"), text,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr("Save it, discard what you typed, or cancel to keep "
                                       "working on it."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec())

    def _keep_form_row(self) -> None:
        """Select the row of the entry the form shows (none for a new entry)."""
        shown = self.form.record_id
        self._select_row(self.model.row_of(shown) if shown is not None else -1)

    def _save_failed(self) -> None:
        if self._pending is not None:
            self._pending = None
            QTimer.singleShot(0, self, self._keep_form_row)

    # ------------------------------------------------------------------ actions

    def focus_form(self) -> None:
        """Move the cursor into the form (Enter or double-click on a row)."""
        first = next(iter(self.form.editors.values()), None)
        if self.form.party and self.form.party.last in self.form.editors:
            first = self.form.editors[self.form.party.last]
        if first is not None:
            first.input.setFocus()

    def new_entry(self, defaults: dict[str, str] | None = None, heading: str = "") -> None:
        """Empty the form for a new entry and put the cursor in it."""
        self._select_row(-1)
        self.form.new_entry(defaults, heading)
        self.focus_form()

    def add_sub_item(self) -> None:
        """A memo sub-item under the selected entry (BakRef_TID = its Tran_ID)."""
        row = self.view.currentIndex().row()
        item = self.model.table_row(row) if row >= 0 else None
        if item is None or not item.tran_id:
            self.form.set_banner(self.tr("Select the entry the sub-item belongs to first."),
                                 error=True)
            return
        self.new_entry({"BakRef_TID": item.tran_id, "Memo_Code": "X"},
                       heading=self.tr("New sub-item of {id}").format(id=item.tran_id))

    def delete_selected(self) -> None:
        """Delete the selected entry (undo brings it back)."""
        if not self.editable:
            return
        record_id = self.model.record_id(self.view.currentIndex().row())
        if record_id is None:
            return

        def done(_result: object) -> None:
            self.form.new_entry()
            self.form.set_banner(self.tr("Deleted. Press Ctrl+Z to undo."))
            self.ctx.hub.changed.emit(Changes(self.statement_id, schedules=frozenset(
                {(self.rec_type, self.form_type)})))
        self.ctx.ops.write(lambda s: delete_entry(s, record_id), done, owner=self)

    def _saved(self, record_id: int) -> None:
        target, self._pending = self._pending, None
        if target is None:
            self.load(select_record=record_id)
        else:  # saved on the way to another row: open it
            def open_target() -> None:
                self.select_record(target)
            self.load(then=open_target)

    def confirm_leave(self) -> bool:
        """Ask before dropping typed values that were not saved."""
        if self.form.read_only or not self.form.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.form.save()
        return answer == QMessageBox.StandardButton.Discard
