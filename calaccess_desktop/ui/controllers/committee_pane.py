"""Left pane: find a committee, see its statements with status and due date."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.filing_calendar import NextDue, next_due
from calaccess_desktop.services.statement_list import list_committee_items, list_statement_items
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.i18n import statement_title
from calaccess_desktop.ui.models.committee_model import (
    CommitteeListModel,
    StatementListModel,
    due_next_words,
)


def _bold(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class CommitteePane(QWidget):
    """Committees (searchable) above the chosen committee's statements."""

    committee_chosen = Signal(int)
    statement_chosen = Signal(int)
    new_committee = Signal()
    new_statement = Signal()
    show_calendar = Signal()
    delete_statement = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.committee_id: int | None = None
        self.statement_id: int | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a committee by name or ID (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Find a committee"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self._open_first)

        self.committees = CommitteeListModel()
        self.committee_view = QListView()
        self.committee_view.setModel(self.committees)
        self.committee_view.setAccessibleName(self.tr("Committees"))
        self.committee_view.setAlternatingRowColors(True)
        self.committee_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.committee_view.selectionModel().currentRowChanged.connect(self._committee_row)
        new_committee = QPushButton(self.tr("New committee..."))
        new_committee.setAccessibleName(self.tr("New committee"))
        new_committee.clicked.connect(self.new_committee)

        self.statements = StatementListModel()
        self.statement_view = QTableView()
        self.statement_view.setModel(self.statements)
        self.statement_view.setAccessibleName(self.tr("Statements of the committee"))
        self.statement_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.statement_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.statement_view.verticalHeader().setVisible(False)
        self.statement_view.setWordWrap(True)
        header = self.statement_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.statement_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.statement_view.selectionModel().currentRowChanged.connect(self._statement_row)
        self.statement_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.statement_view.customContextMenuRequested.connect(
            lambda pos: self.statement_menu(pos).exec(
                self.statement_view.viewport().mapToGlobal(pos)))
        self.new_statement_button = QPushButton(self.tr("New statement..."))
        self.new_statement_button.setAccessibleName(self.tr("New statement"))
        self.new_statement_button.clicked.connect(self.new_statement)

        top = QWidget()
        tv = QVBoxLayout(top)
        tv.setContentsMargins(0, 0, 0, 0)
        tv.addWidget(_bold(self.tr("Committees")))
        tv.addWidget(self.search)
        tv.addWidget(self.committee_view, 1)
        tv.addWidget(new_committee)
        bottom = QWidget()
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 0, 0, 0)
        self.statements_title = _bold(self.tr("Statements"))
        self.statements_title.setWordWrap(True)
        bv.addWidget(self.statements_title)
        self.due_label = QLabel()
        self.due_label.setWordWrap(True)
        self.due_label.setAccessibleName(self.tr("What is due next"))
        self.due_label.setToolTip(self.tr("From the filing calendar: the committee's type "
                                          "and the elections of its statements and profile "
                                          "(calaccess-desktop calendar lists the whole year)"))
        self.due_label.setVisible(False)
        bv.addWidget(self.due_label)
        bv.addWidget(self.statement_view, 1)
        self.calendar_button = QPushButton(self.tr("Filing calendar..."))
        self.calendar_button.setAccessibleName(self.tr("Filing calendar"))
        self.calendar_button.setToolTip(
            self.tr("What the committee files this year, with due dates"))
        self.calendar_button.clicked.connect(self.show_calendar)
        row = QHBoxLayout()
        row.addWidget(self.new_statement_button)
        row.addWidget(self.calendar_button)
        row.addStretch(1)
        bv.addLayout(row)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.splitter = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(split)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 32)

    # ------------------------------------------------------------------ loading

    def refresh(self, then: Any = None) -> None:
        """Reload the committee list (keeping the chosen committee) and its statements."""
        text = self.search.text()

        def done(items: list[Any]) -> None:
            self.committees.set_items(items)
            if self.committee_id is not None:
                self._select_committee_row(self.committee_id)
            self.refresh_statements(then)
        self.ctx.ops.read(lambda s: list_committee_items(s, text), done)

    def refresh_statements(self, then: Any = None) -> None:
        """Reload the chosen committee's statements."""
        cid = self.committee_id
        if cid is None:
            self.statements.set_items([])
            self.new_statement_button.setEnabled(False)
            self.calendar_button.setEnabled(False)
            self.show_due(None)
            if then:
                then()
            return
        self.new_statement_button.setEnabled(True)
        self.calendar_button.setEnabled(True)

        def done(items: list[Any]) -> None:
            self.statements.set_items(items)
            if self.statement_id is not None:
                self._select_statement_row(self.statement_id)
            if then:
                then()
        self.ctx.ops.read(lambda s: list_statement_items(s, cid), done)
        self.ctx.ops.read(lambda s: next_due(s, cid), lambda due: self._due_read(cid, due),
                          lambda _exc: self.show_due(None))  # gone meanwhile: say nothing

    def _due_read(self, cid: int, due: NextDue) -> None:
        if cid == self.committee_id:  # not a committee chosen before this one
            self.show_due(due)

    def show_due(self, due: NextDue | None) -> None:
        """Show what the chosen committee files next (hidden when none is chosen)."""
        text, _late = due_next_words(due)
        self.due_label.setText(text)
        self.due_label.setVisible(bool(text))

    # ------------------------------------------------------------------ choosing

    def select_committee(self, committee_id: int, then: Any = None) -> None:
        """Choose a committee (clearing the search if it hides it)."""
        self.committee_id = committee_id
        if self.committees.row_of(committee_id) < 0 and self.search.text():
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.refresh(then)
            return
        self._select_committee_row(committee_id)
        self.refresh_statements(then)

    def select_statement(self, statement_id: int) -> None:
        """Highlight a statement of the chosen committee."""
        self.statement_id = statement_id
        self._select_statement_row(statement_id)

    def _select_committee_row(self, committee_id: int) -> None:
        row = self.committees.row_of(committee_id)
        if row >= 0:
            self.committee_view.selectionModel().blockSignals(True)
            self.committee_view.selectionModel().setCurrentIndex(
                self.committees.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.committee_view.selectionModel().blockSignals(False)
            self.committee_view.scrollTo(self.committees.index(row, 0))
        self._title()

    def _select_statement_row(self, statement_id: int) -> None:
        row = self.statements.row_of(statement_id)
        if row >= 0:
            sel = self.statement_view.selectionModel()
            sel.blockSignals(True)
            sel.setCurrentIndex(self.statements.index(row, 0),
                                QItemSelectionModel.SelectionFlag.ClearAndSelect |
                                QItemSelectionModel.SelectionFlag.Rows)
            sel.blockSignals(False)

    def _title(self) -> None:
        row = self.committees.row_of(self.committee_id) if self.committee_id else -1
        name = self.committees.items[row].name if row >= 0 else ""
        self.statements_title.setText(self.tr("Statements of {name}").format(name=name)
                                      if name else self.tr("Statements"))

    def _committee_row(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        cid = self.committees.items[current.row()].id
        if cid == self.committee_id:
            return
        self.committee_id = cid
        self.statement_id = None
        self._title()
        self.refresh_statements()
        self.committee_chosen.emit(cid)

    def _statement_row(self, current: QModelIndex, _prev: QModelIndex) -> None:
        if not current.isValid():
            return
        sid = self.statements.items[current.row()].id
        if sid != self.statement_id:
            self.statement_id = sid
            self.statement_chosen.emit(sid)

    def statement_menu(self, pos: QPoint) -> QMenu:
        """The context menu of the statement under ``pos`` (in viewport coordinates)."""
        menu = QMenu(self)
        row = self.statement_view.indexAt(pos).row()
        item = self.statements.items[row] if 0 <= row < len(self.statements.items) else None
        delete = menu.addAction(self.tr("Delete statement..."))
        delete.setEnabled(item is not None and item.status in ("draft", "ready"))
        if item is not None:
            sid = item.id
            delete.setStatusTip(self.tr("Delete the {statement} and all its entries (Edit > "
                                        "Undo brings it back)").format(
                                            statement=statement_title(item)))
            delete.triggered.connect(lambda _c=False: self.delete_statement.emit(sid))
        return menu

    def _open_first(self) -> None:
        if self.committees.items:
            index = self.committees.index(0, 0)
            self.committee_view.setCurrentIndex(index)
            self.statement_view.setFocus()
