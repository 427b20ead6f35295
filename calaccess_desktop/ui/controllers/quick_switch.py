"""Ctrl+K: type part of a committee's name or ID, Enter to switch to it (in counter mode
nothing is listed before a few characters are typed: the list would show every
visitor's committee)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from calaccess_desktop.services.statement_list import CommitteeItem, list_committee_items
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.controllers.counter_mode import matching
from calaccess_desktop.ui.models.committee_model import CommitteeListModel


class QuickSwitch(QDialog):
    """A filter box over every committee; Enter opens the highlighted one."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 counter: bool = False) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.counter = counter
        self.chosen: int | None = None
        self.all: list[CommitteeItem] = []
        self.setWindowTitle(self.tr("Switch committee"))
        self.setAccessibleName(self.tr("Switch committee"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of a name or committee ID"))
        self.filter.setAccessibleName(self.tr("Committee name or ID"))
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self._choose_current)
        self.filter.installEventFilter(self)
        self.model = CommitteeListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Matching committees"))
        self.list.activated.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Switch to committee (Enter to open, Esc to cancel):")))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 60,
                    self.fontMetrics().height() * 24)
        ctx.ops.read(lambda s: list_committee_items(s), self._loaded, owner=self)

    def _loaded(self, items: list[CommitteeItem]) -> None:
        self.all = items
        self._filter(self.filter.text())

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        found = [c for c in self.all
                 if all(w in f"{c.name} {c.filer_id}".lower() for w in words)]
        self.model.set_items(matching(found, text) if self.counter else found)
        if self.model.items:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def eventFilter(self, obj: object, event: object) -> bool:  # noqa: N802
        if obj is self.filter and isinstance(event, QKeyEvent) and \
                event.type() == QKeyEvent.Type.KeyPress and \
                event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            row = self.list.currentIndex().row() + (1 if event.key() == Qt.Key.Key_Down else -1)
            if 0 <= row < self.model.rowCount():
                self.list.setCurrentIndex(self.model.index(row, 0))
            return True
        return super().eventFilter(obj, event)  # type: ignore[arg-type]

    def _choose_current(self) -> None:
        self._choose(self.list.currentIndex())

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid():
            self.chosen = self.model.items[index.row()].id
            self.accept()
