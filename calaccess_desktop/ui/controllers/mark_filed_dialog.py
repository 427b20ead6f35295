"""Statement > Mark filed on paper...: record that the open statement was delivered,
mailed or e-mailed to its filing officer (``services/paper_filing.mark_filed``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.officers.model import Officer
from calaccess_desktop.services.paper_filing import HOW_WORDS, MAX_FILING_ID, PaperMark, mark_filed
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


class MarkFiledDialog(QDialog):
    """The day, the way and the officer's filing ID of a paper or e-mail filing."""

    def __init__(self, ctx: AppContext, statement_id: int, title: str,
                 officers: list[Officer], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.mark: PaperMark | None = None
        self.setWindowTitle(self.tr("Mark filed on paper"))
        self.setAccessibleName(self.tr("Mark filed on paper"))
        intro = QLabel(self.tr("Record that <b>{title}</b> was filed on paper or by e-mail. "
                               "It is then locked as filed, and its receipt can be printed "
                               "from the outbox. Changes after this go into an amendment.")
                       .format(title=title))
        intro.setWordWrap(True)
        self.officer = QComboBox()
        self.officer.setAccessibleName(self.tr("Filed with"))
        for o in officers:
            self.officer.addItem(o.name, o.code)
        paper = next((k for k, o in enumerate(officers) if not o.efiles), 0)
        self.officer.setCurrentIndex(paper)
        self.how = QComboBox()
        self.how.setAccessibleName(self.tr("How it was filed"))
        for code, words in HOW_WORDS.items():
            self.how.addItem(words[:1].upper() + words[1:], code)
        if officers and officers[paper].method == "email":
            self.how.setCurrentIndex(list(HOW_WORDS).index("email"))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setAccessibleName(self.tr("Filed on"))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("MM/dd/yyyy")
        self.day.setMaximumDate(QDate.currentDate())
        self.filing_id = QLineEdit()
        self.filing_id.setAccessibleName(self.tr("Filing ID"))
        self.filing_id.setMaxLength(MAX_FILING_ID)
        self.filing_id.setPlaceholderText(self.tr("if the filing officer gave one"))
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Filed with"), self.officer)
        form.addRow(self.tr("How"), self.how)
        form.addRow(self.tr("On (delivery, postmark or e-mail day)"), self.day)
        form.addRow(self.tr("Filing ID"), self.filing_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark filed"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        """What the treasurer chose."""
        day = self.day.date()
        return {"on": dt.date(day.year(), day.month(), day.day()),
                "how": str(self.how.currentData()), "filing_id": self.filing_id.text(),
                "officer_code": str(self.officer.currentData() or "") or None}

    def save(self) -> None:
        """Mark the statement filed (one transaction off the GUI thread) and close."""
        sid, values = self.statement_id, self.values()

        def done(mark: PaperMark) -> None:
            self.mark = mark
            self.ctx.hub.changed.emit(Changes(sid, committees=True))
            self.accept()
        not_marked = self.tr("Not marked filed: {error}")
        self.ctx.ops.write(lambda s: mark_filed(s, sid, **values), done,
                           lambda exc: self.message.setText(not_marked.format(error=exc)))


def open_mark_filed(window: Any) -> None:
    """Ask for the details and mark the open statement filed on paper."""
    from PySide6.QtWidgets import QMessageBox

    from calaccess_desktop.services.officers import officers_of_statement

    info = window.editor.info
    if info is None or not info.editable:
        QMessageBox.information(window, translate("MainWindow", "Mark filed on paper"),
                                translate("MainWindow", "Open a draft or a statement ready "
                                          "to file first; a filed statement is changed by "
                                          "amending it."))
        return
    sid, title = info.id, window.editor.title.text()

    def ask(officers: list[Officer]) -> None:
        dialog = MarkFiledDialog(window.ctx, sid, title, officers, window)
        if dialog.exec() and dialog.mark is not None:
            m = dialog.mark
            window.statusBar().showMessage(
                translate("MainWindow", "Marked filed with {officer} by {how} on {day}. Its "
                          "receipt prints from the outbox.").format(
                    officer=m.officer, how=HOW_WORDS[m.how], day=f"{m.on:%m/%d/%Y}"), 12000)
            window.open_statement(sid)
    def refused(exc: BaseException) -> None:
        QMessageBox.information(window, translate("MainWindow", "Mark filed on paper"),
                                str(exc))
    window.ctx.ops.read(lambda s: officers_of_statement(s, sid), ask, refused)


class ReceiptDialog(QDialog):
    """A filing's receipt, ready: print it on any printer or save it as a PDF."""

    def __init__(self, ctx: AppContext, submission_id: int, data: bytes, pages: int,
                 parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QPushButton

        super().__init__(parent)
        self.ctx, self.data, self.pages = ctx, data, pages
        self.submission_id = submission_id
        self.job: Any = None
        self.setWindowTitle(self.tr("Receipt (proof of filing)"))
        self.setAccessibleName(self.tr("Receipt"))
        about = (self.tr("The receipt of submission {id} ({pages} page): the filing "
                         "officer, filing ID, date and time, the file's SHA-256 and every "
                         "attempt. It is rebuilt from the data file, the same each time.")
                 if pages == 1 else
                 self.tr("The receipt of submission {id} ({pages} pages): the filing "
                         "officer, filing ID, date and time, the file's SHA-256 and every "
                         "attempt. It is rebuilt from the data file, the same each time."))
        self.info = QLabel(about.format(id=submission_id, pages=pages))
        self.info.setWordWrap(True)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 64)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.clicked.connect(self.print_receipt)
        save = QPushButton(self.tr("Save as PDF..."))
        save.clicked.connect(self.ask_save)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(save, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(buttons)

    def ask_save(self) -> None:
        """Choose a file and save the receipt there."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save receipt"), f"receipt-{self.submission_id}.pdf",
            self.tr("PDF files") + " (*.pdf)")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> None:
        """Write the PDF (off the GUI thread) and say where."""
        from calaccess_desktop.fileio import write_atomically

        data = self.data
        saved = self.tr("Saved the receipt to {path}.").format(path=path)
        not_saved = self.tr("Not saved: {error}")
        self.ctx.ops.read(lambda _s: write_atomically(data, path),
                          lambda _r: self.info.setText(saved),
                          lambda exc: self.info.setText(not_saved.format(error=exc)),
                          owner=self)

    def print_receipt(self) -> None:
        """The system print dialog, then print the receipt."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from calaccess_desktop.ui.controllers.print_job import PrintJob, setup_printer

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, (612.0, 792.0),
                      self.tr("Receipt {id}").format(id=self.submission_id))
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        self.job = PrintJob(self.data, printer, parent=self)
        sent = self.tr("Sent {n} page(s) to the printer.")
        not_printed = self.tr("Not printed: {error}")
        self.job.finished.connect(lambda n: self.info.setText(sent.format(n=n)))
        self.job.failed.connect(lambda why: self.info.setText(not_printed.format(error=why)))
        self.job.start()


def show_receipt(parent: Any, ctx: AppContext, row: Any) -> None:
    """The outbox's "Print receipt...": the receipt of the selected accepted filing."""
    from PySide6.QtWidgets import QMessageBox

    from calaccess_desktop.services.receipts import receipt_pdf

    if row is None or row.state != "accepted":
        QMessageBox.information(parent, translate("ReceiptDialog", "Receipt"),
                                translate("ReceiptDialog", "Select an accepted filing: a "
                                          "receipt is made once the filing officer accepts a "
                                          "statement, or once it is marked filed on paper."))
        return
    sub_id = row.id

    def show(result: tuple[bytes, int]) -> None:
        ReceiptDialog(ctx, sub_id, result[0], result[1], parent).exec()

    def refused(exc: BaseException) -> None:
        QMessageBox.information(parent, translate("ReceiptDialog", "Receipt"), str(exc))
    ctx.ops.read(lambda s: receipt_pdf(s, sub_id), show, refused)


def save_packet(window: Any, path: str | None = None) -> None:
    """Statement > Filing packet...: where and how to deliver the open statement, then the
    statement ready to sign, as one PDF (drawn in the background)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from calaccess_desktop.services.filing_packet import write_packet

    sid = window.editor.statement_id
    if sid is None:
        window.statusBar().showMessage(
            translate("MainWindow", "Open the statement to file on paper first."), 5000)
        return
    if path is None:
        path, _ = QFileDialog.getSaveFileName(
            window, translate("MainWindow", "Save the filing packet"),
            f"filing-packet-{sid}.pdf", translate("MainWindow", "PDF files") + " (*.pdf)")
        if not path:
            return
    store, target = window.ctx.store, path
    drawing = translate("MainWindow", "Drawing the filing packet...")

    def work(task: Any) -> int:
        task.progress(0, 0, drawing)
        return write_packet(store, sid, target)

    def done(pages: int) -> None:
        window.statusBar().showMessage(
            translate("MainWindow", "Saved the filing packet ({pages} pages) to {path}: the "
                      "delivery instructions, then the statement to sign.").format(
                pages=pages, path=target), 12000)

    def refused(exc: BaseException) -> None:
        QMessageBox.information(window, translate("MainWindow", "Filing packet"), str(exc))
    window.ctx.ops.task(translate("MainWindow", "Filing packet"), work, done, refused)
