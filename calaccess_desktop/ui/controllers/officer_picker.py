"""Where a committee files: choose its filing officers from the list (searchable), or
an "other" officer with its own details. The first chosen is where e-filing goes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.officers.catalog import OfficerError
from calaccess_desktop.officers.model import Officer
from calaccess_desktop.officers.words import describe, how_it_files
from calaccess_desktop.services.officers import other_officer
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE

ROLE = Qt.ItemDataRole.UserRole
PRIMARY = QT_TRANSLATE_NOOP("OfficerPicker", "  (primary)")
SHORT = {"sos": QT_TRANSLATE_NOOP("OfficerPicker", "SOS e-filing"), "netfile": "NetFile",
         "paper": QT_TRANSLATE_NOOP("OfficerPicker", "paper"),
         "email": QT_TRANSLATE_NOOP("OfficerPicker", "e-mail")}
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def _line(o: Officer) -> str:
    """'Practice City Clerk - NetFile PRAC [practice]' (the rest is in the details)."""
    how = translate("OfficerPicker", SHORT.get(o.method, o.method))
    if o.netfile_agency:
        how += f" {o.netfile_agency}"
    mark = (translate("OfficerPicker", " [practice]") if o.practice
            else translate("OfficerPicker", " [example]") if o.example else "")
    return f"{o.name} - {how}{mark}"


def _item(o: Officer) -> QListWidgetItem:
    item = QListWidgetItem(_line(o))
    item.setData(ROLE, o)
    item.setToolTip(f"{o.jurisdiction}: {how_it_files(o)}")
    return item


class OfficerPicker(QGroupBox):
    """The "Where the committee files" box of the profile editor."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where the committee files (filing officers)"))
        self.known: list[Officer] = []
        self.loaded = False  # the committee's officers are shown (saving may store them)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Find a city, county or code (e.g. San Francisco, PRAC)"))
        self.search.setAccessibleName(self.tr("Find a filing officer"))
        self.search.setObjectName("officer_find")
        self.search.textChanged.connect(self._filter)
        self.available = QListWidget()
        self.available.setAccessibleName(self.tr("Filing officers the app knows"))
        self.available.itemDoubleClicked.connect(lambda _i: self.add_selected())
        self.available.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("Filing officers this committee files with"))
        self.chosen.currentItemChanged.connect(lambda item, _old: self._show(item))
        add = QPushButton(self.tr("Add"))
        add.setAccessibleName(self.tr("Add the selected filing officer"))
        add.clicked.connect(self.add_selected)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_selected)
        primary = QPushButton(self.tr("Make primary"))
        primary.setAccessibleName(self.tr("Make the selected officer the primary one"))
        primary.clicked.connect(self.make_primary)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("About the selected filing officer"))
        self.other_name, self.other_email, self.other_address = \
            QLineEdit(), QLineEdit(), QLineEdit()
        self.other_name.setAccessibleName(self.tr("Other filing officer's name"))
        self.other_email.setAccessibleName(self.tr("Other filing officer's e-mail for filings"))
        self.other_address.setAccessibleName(self.tr("Other filing officer's address"))
        self.other_address.setPlaceholderText(self.tr("separate lines with ;"))
        add_other = QPushButton(self.tr("Add other officer"))
        add_other.clicked.connect(self.add_other)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Known filing officers")))
        left.addWidget(self.search)
        left.addWidget(self.available, 1)
        left.addWidget(add)
        right = QVBoxLayout()
        heading = QLabel(self.tr("This committee files with (the primary, first, is where its "
                         "e-filing goes; none chosen: the Secretary of State)"))
        heading.setWordWrap(True)
        right.addWidget(heading)
        right.addWidget(self.chosen, 1)
        row = QHBoxLayout()
        row.addWidget(remove)
        row.addWidget(primary)
        row.addStretch(1)
        right.addLayout(row)
        other = QWidget()
        form = QFormLayout(other)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Other officer's name"), self.other_name)
        form.addRow(self.tr("E-mail for filings"), self.other_email)
        form.addRow(self.tr("Address"), self.other_address)
        form.addRow("", add_other)
        right.addWidget(QLabel(self.tr("Not in the list? An other filing officer:")))
        right.addWidget(other)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.details, 1, 0, 1, 2)
        grid.addWidget(self.problem, 2, 0, 1, 2)
        self.available.setMinimumHeight(self.fontMetrics().height() * 9)
        self.chosen.setMinimumHeight(self.fontMetrics().height() * 4)

    # ------------------------------------------------------------------ data

    def set_known(self, officers: list[Officer] | tuple[Officer, ...]) -> None:
        """The list to choose from (read off the GUI thread)."""
        self.known = list(officers)
        self._filter(self.search.text())

    def set_officers(self, officers: list[Officer]) -> None:
        """Show what the committee files with."""
        self.chosen.clear()
        for o in officers:
            self._append(o)
        self._mark_primary()
        self.loaded = True

    def officers(self) -> list[Officer]:
        """The chosen officers, primary first."""
        return [self.chosen.item(i).data(ROLE) for i in range(self.chosen.count())]

    # ------------------------------------------------------------------ actions

    def _filter(self, text: str) -> None:
        words = text.lower().split()
        self.available.clear()
        for o in self.known:
            if all(w in f"{o.code} {o.name} {o.jurisdiction}".lower() for w in words):
                self.available.addItem(_item(o))
        if self.available.count():
            self.available.setCurrentRow(0)

    def _append(self, o: Officer) -> None:
        self.chosen.addItem(_item(o))

    def _mark_primary(self) -> None:
        for i in range(self.chosen.count()):
            item = self.chosen.item(i)
            o: Officer = item.data(ROLE)
            item.setText(_line(o) + (self.tr(PRIMARY) if i == 0 else ""))

    def _show(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.details.setText("\n".join(describe(item.data(ROLE))))

    def add(self, o: Officer) -> None:
        """Add one officer (once)."""
        if o not in self.officers():
            self._append(o)
            self._mark_primary()
        self.problem.setText("")

    def add_selected(self) -> None:
        """Add the officer selected in the known list."""
        item = self.available.currentItem()
        if item is not None:
            self.add(item.data(ROLE))

    def remove_selected(self) -> None:
        """Remove the selected chosen officer."""
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._mark_primary()

    def make_primary(self) -> None:
        """Move the selected chosen officer first."""
        row = self.chosen.currentRow()
        if row > 0:
            item = self.chosen.takeItem(row)
            self.chosen.insertItem(0, item)
            self.chosen.setCurrentRow(0)
            self._mark_primary()

    def add_other(self) -> None:
        """Add an officer not in the list, with the typed details."""
        try:
            found = other_officer(self.other_name.text(), self.other_email.text(),
                                  self.other_address.text())
        except OfficerError as exc:
            self.problem.setText(str(exc))
            return
        self.add(found)
        for edit in (self.other_name, self.other_email, self.other_address):
            edit.clear()
