"""The question the entry form asks right after a save, in the form (never a pop-up):
"this contributor has reached $100: occupation and employer?" with Save and Skip, or
"use these details on their other entries too?" with Apply and Keep."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.contributor_details import AfterSave
from calaccess_desktop.ui.formatting import money
from calaccess_desktop.ui.i18n import data_words

STYLE = "QFrame#contributorPrompt { background: #fff8e1; border: 1px solid #d89b00; }"


class ContributorPrompt(QFrame):
    """Asks about the contributor of the entry just saved; hidden when nothing to ask."""

    fill = Signal(int, object, object)  # record id, {field: value}, other record ids
    skipped = Signal(str)  # what the treasurer chose not to do, in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contributorPrompt")
        self.setStyleSheet(STYLE)
        self.setAccessibleName(self.tr("Question about the contributor"))
        self.offer: AfterSave | None = None
        self.mode = ""  # "occupation" or "others"
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.occupation = QLineEdit()
        self.occupation.setAccessibleName(self.tr("Occupation"))
        self.employer = QLineEdit()
        self.employer.setAccessibleName(self.tr("Employer (business name if self-employed)"))
        self.inputs = QWidget()
        form = QFormLayout(self.inputs)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Occupation"), self.occupation)
        form.addRow(self.tr("Employer (or business name)"), self.employer)
        self.yes = QPushButton(self.tr("Save"))
        self.yes.setAccessibleName(self.tr("Save the contributor's details"))
        self.yes.clicked.connect(self.accept)
        self.no = QPushButton(self.tr("Skip"))
        self.no.setAccessibleName(self.tr("Skip the question about the contributor"))
        self.no.clicked.connect(self.decline)
        buttons = QHBoxLayout()
        buttons.addWidget(self.yes)
        buttons.addWidget(self.no)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.inputs)
        layout.addLayout(buttons)
        self.setVisible(False)

    def ask(self, offer: AfterSave | None) -> None:
        """Show the first question the saved entry calls for (or hide)."""
        self.offer = offer
        if offer is None:
            self.mode = ""
            self.setVisible(False)
            return
        who = offer.name or self.tr("This contributor")
        if offer.ask_occupation:
            self.mode = "occupation"
            self.text.setText(self.tr(
                "<b>{who}: {total} this calendar year.</b> From {limit} a year the statement "
                "must show their occupation and employer (for the self-employed, the name of "
                "their business). Fill them in now, or skip: the check (F5) will remind "
                "you.").format(who=who, total=money(offer.year_total),
                               limit=money(offer.limit)))
            self.occupation.clear()
            self.employer.clear()
            self.yes.setText(self.tr("Save occupation and employer"))
            self.no.setText(self.tr("Skip for now"))
            self.inputs.setVisible(True)
        else:
            self.mode = "others"
            n = len(offer.others)
            what = ", ".join(d[:1].lower() + d[1:]
                             for d in (data_words(d) for d in offer.differing))
            self.text.setText((self.tr(
                "<b>{who} has 1 other entry on this statement with different details</b> "
                "({what}). Use the details you just saved there too?") if n == 1 else self.tr(
                "<b>{who} has {n} other entries on this statement with different details</b> "
                "({what}). Use the details you just saved there too?")).format(
                    who=who, n=n, what=what))
            self.yes.setText(self.tr("Apply to the other entry") if n == 1
                             else self.tr("Apply to the other entries"))
            self.no.setText(self.tr("Keep them as they are"))
            self.inputs.setVisible(False)
        self.yes.setAccessibleName(self.yes.text())
        self.no.setAccessibleName(self.no.text())
        self.setVisible(True)

    def accept(self) -> None:
        """Save the occupation and employer, or apply to the other entries."""
        offer = self.offer
        if offer is None:
            return
        if self.mode == "occupation":
            details = {offer.occupation_field: self.occupation.text().strip(),
                       offer.employer_field: self.employer.text().strip()}
            details = {k: v for k, v in details.items() if v}
            if not details:
                self.occupation.setFocus()
                return
            self.ask(None)  # before: saving may ask the next question
            self.fill.emit(offer.record_id, details, ())
        else:
            self.ask(None)
            self.fill.emit(offer.record_id, {}, offer.others)

    def decline(self) -> None:
        """Skip (consciously): the check lists what is still missing."""
        offer, mode = self.offer, self.mode
        self.ask(None)
        if offer is None:
            return
        if mode == "occupation":
            self.skipped.emit(self.tr("Skipped: {name}'s occupation and employer are still "
                                      "missing; the check (F5) lists them.").format(
                                          name=offer.name))
        else:
            self.skipped.emit(self.tr("{name}'s other entries were left as they are.").format(
                name=offer.name))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()  # Enter answers this question, not the entry form below
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.decline()
            event.accept()
            return
        super().keyPressEvent(event)
