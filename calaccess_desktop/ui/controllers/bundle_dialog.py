"""File > Hand off committee... and File > Import hand-off bundle...: the bundle of one
committee for the next treasurer, and its import after showing what it adds or changes
(``services.bundle``). Reading, planning and writing run in the background."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Committee
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.services.bundle import Made, Plan
    from calaccess_desktop.ui.main_window import MainWindow

KEEP_MINE = QT_TRANSLATE_NOOP("ImportBundleDialog", "Import, keep my newer versions")
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def _committees(session: Session) -> list[tuple[int, str]]:
    return [(c.id, c.name + (f" ({c.filer_id})" if c.filer_id else ""))
            for c in session.scalars(select(Committee).order_by(Committee.name))]


def hand_off(window: MainWindow, path: str | None = None,
             committee_id: int | None = None) -> None:
    """Choose the committee (the one chosen on the left first) and the file; write it."""
    def chosen(items: list[tuple[int, str]]) -> None:
        if not items:
            window.statusBar().showMessage(
                translate("MainWindow", "There is no committee to hand off yet."), 6000)
            return
        cid = committee_id if committee_id is not None else _ask_committee(window, items)
        if cid is None:
            return
        name = dict(items)[cid]
        target = path
        if target is None:
            safe = re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-")[:60] or "committee"
            target, _f = QFileDialog.getSaveFileName(
                window, translate("MainWindow", "Hand off committee"), f"{safe}-handoff.zip",
                translate("MainWindow", "Hand-off bundles") + " (*.zip)")
        if target:
            _write(window, cid, target)

    window.ctx.ops.read(_committees, chosen)


def _ask_committee(window: MainWindow, items: list[tuple[int, str]]) -> int | None:
    dialog = QDialog(window)
    dialog.setWindowTitle(translate("ImportBundleDialog", "Hand off committee"))
    dialog.setObjectName("HandOffDialog")
    combo = QComboBox()
    combo.setAccessibleName(translate("ImportBundleDialog", "Committee to hand off"))
    for cid, name in items:
        combo.addItem(name, cid)
    current = window.pane.committee_id
    if current is not None and combo.findData(current) >= 0:
        combo.setCurrentIndex(combo.findData(current))
    note = QLabel(translate("ImportBundleDialog", "One file with everything about the committee: "
                            "its profile, contacts, statements with all their entries, the "
                            ".CAL files filed and each filing's attempt log. The next "
                            "treasurer opens it with File > Import hand-off bundle."))
    note.setWordWrap(True)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.addButton(translate("ImportBundleDialog", "Save bundle..."),
                      QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(QLabel(translate("ImportBundleDialog", "Committee:")))
    layout.addWidget(combo)
    layout.addWidget(note)
    layout.addWidget(buttons)
    dialog.resize(dialog.fontMetrics().horizontalAdvance("0") * 70, dialog.sizeHint().height())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    value = combo.currentData()
    return int(value) if value is not None else None


def _write(window: MainWindow, committee_id: int, target: str) -> None:
    from calaccess_desktop.services.bundle import write_bundle

    store = window.ctx.store
    writing = translate("MainWindow", "Writing the hand-off bundle...")

    def work(task: Task) -> Made:
        task.progress(0, 0, writing)
        return write_bundle(store, committee_id, target)

    def done(made: Made) -> None:
        c = made.counts
        window.statusBar().showMessage(
            translate("MainWindow", "Wrote {path}: {committee}, {statements} statements, "
                      "{records} entries, {submissions} filings.").format(
                path=target, committee=made.committee, statements=c["statements"],
                records=c["records"], submissions=c["submissions"]), 12000)

    not_written = translate("MainWindow", "Bundle not written")
    window.ctx.ops.task(translate("MainWindow", "Handing off"), work, done,
                        lambda exc: _warn(window, not_written, exc),
                        network=True)


class ImportBundleDialog(QDialog):
    """What the bundle adds or changes, with Import (and Keep mine when the data file
    holds newer versions) or Cancel."""

    def __init__(self, plan: Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = ""
        self.setWindowTitle(self.tr("Import hand-off bundle"))
        self.setObjectName("ImportBundleDialog")
        head = QLabel(f"{plan.shown}\n\n" + self.tr("Importing this bundle:"))
        head.setWordWrap(True)
        text = QPlainTextEdit("\n".join(plan.words()))
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("What the bundle adds or changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if plan.newer:
            warn = QLabel(self.tr("Your data file holds newer versions of some statements "
                                  "than the bundle. They are never replaced: import the rest "
                                  "and keep yours, or cancel."))
            warn.setWordWrap(True)
            warn.setStyleSheet("color: #8a4b00;")
            self.keep = QPushButton(self.tr(KEEP_MINE))
            buttons.addButton(self.keep, QDialogButtonBox.ButtonRole.AcceptRole)
            self.keep.clicked.connect(lambda: self._chose("keep"))
        else:
            warn = QLabel(self.tr("Nothing in your data file is replaced by an older version."))
            self.go = QPushButton(self.tr("Import"))
            buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
            self.go.clicked.connect(lambda: self._chose("import"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(text, 1)
        layout.addWidget(warn)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 100,
                    self.fontMetrics().height() * 26)

    def _chose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def import_hand_off(window: MainWindow, path: str | None = None,
                    answer: str | None = None) -> None:
    """Choose a bundle, show what it adds or changes, import it on confirmation
    (``answer`` "import" or "keep" skips the question: tests)."""
    from calaccess_desktop.services.bundle import import_bundle

    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            window, translate("MainWindow", "Import hand-off bundle"), "",
            translate("MainWindow", "Hand-off bundles") + " (*.zip);;"
            + translate("MainWindow", "All files") + " (*)")
    if not path:
        return
    store, source = window.ctx.store, path

    def planned(plan: Plan) -> None:
        choice = answer
        if choice is None:
            dialog = ImportBundleDialog(plan, window)
            dialog.exec()
            choice = dialog.choice
        if choice:
            keep = choice == "keep"
            window.ctx.ops.task(translate("MainWindow", "Importing the bundle"),
                                lambda _t: import_bundle(store, source, keep_newer=keep),
                                imported, failed)

    def imported(plan: Plan) -> None:
        window.pane.refresh()
        window.statusBar().showMessage(
            translate("MainWindow", "Imported the hand-off bundle of {committee}.").format(
                committee=plan.committee), 12000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, translate("MainWindow", "Bundle not imported"), str(exc))

    window.ctx.ops.task(translate("MainWindow", "Reading the bundle"),
                        lambda _t: import_bundle(store, source, preview=True),
                        planned, failed)


def _warn(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, str(exc))
