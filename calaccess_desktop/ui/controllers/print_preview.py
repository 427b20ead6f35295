"""Print preview: the statement is drawn to PDF off the GUI thread (progress, cancel),
then shown with QtPdf when it is installed, or handed to the system PDF viewer."""

from __future__ import annotations

import importlib.util
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow


def qtpdf_available() -> bool:
    """Whether this PySide6 has QtPdf and QtPdfWidgets (not in every wheel)."""
    return all(importlib.util.find_spec(m) is not None
               for m in ("PySide6.QtPdf", "PySide6.QtPdfWidgets"))


def show_print_preview(window: MainWindow, then: Any = None) -> None:
    """Render the open statement and show it."""
    from calaccess_desktop.services.printing import print_statement

    sid = window.editor.statement_id
    if sid is None:
        return
    folder = Path(tempfile.mkdtemp(prefix="calaccess-print-"))
    path = folder / f"statement-{sid}.pdf"
    store = window.ctx.store

    def work(task: Task) -> int:
        task.progress(0, 0, "Preparing the pages...")
        return print_statement(store, sid, path, cancel=task.cancel,
                               progress=lambda done, total: task.progress(
                                   done, total, f"Drawing page {done} of {total}..."))

    def done(pages: int) -> None:
        dialog = PreviewDialog(path, pages, window.editor.title.text(), window)
        window.preview = dialog  # type: ignore[attr-defined]
        dialog.show()
        if then is not None:
            then(dialog)

    def failed(exc: BaseException) -> None:
        if type(exc).__name__ == "RenderCancelled":
            return
        window.ctx.ops.show_error(exc)

    window.ctx.ops.task("Printing", work, done, failed)


class PreviewDialog(QDialog):
    """The PDF of the statement, with Print and Save buttons."""

    def __init__(self, path: Path, pages: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.pages = pages
        self.setWindowTitle(f"Print preview - {title}")
        self.setAccessibleName("Print preview")
        layout = QVBoxLayout(self)
        self.info = QLabel(f"{title}: {pages} page{'s' if pages != 1 else ''}.")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.document: Any = None
        if qtpdf_available():
            from PySide6.QtPdf import QPdfDocument
            from PySide6.QtPdfWidgets import QPdfView

            self.document = QPdfDocument(self)
            self.document.load(str(path))
            view = QPdfView(self)
            view.setDocument(self.document)
            view.setPageMode(QPdfView.PageMode.MultiPage)
            view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            view.setAccessibleName("Statement pages")
            layout.addWidget(view, 1)
        else:
            note = QLabel("The statement is ready as a PDF file. Open it in your PDF viewer to "
                          "look at it and print it, or save a copy.")
            note.setWordWrap(True)
            layout.addWidget(note)
        row = QHBoxLayout()
        if self.document is not None:
            self.print_button = QPushButton("Print...")
            self.print_button.clicked.connect(self.print_pages)
            row.addWidget(self.print_button)
        open_button = QPushButton("Open in PDF viewer")
        open_button.clicked.connect(self.open_external)
        save = QPushButton("Save a copy...")
        save.clicked.connect(self.save_copy)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        for b in (open_button, save):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 110,
                    self.fontMetrics().height() * (50 if self.document is not None else 10))

    def open_external(self) -> None:
        """Open the PDF in the system viewer (which can print it)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def save_copy(self, target: str | None = None) -> None:
        """Save the PDF where the user wants it."""
        if target is None:
            target, _f = QFileDialog.getSaveFileName(self, "Save the statement as PDF",
                                                     self.path.name, "PDF files (*.pdf)")
        if target:
            Path(target).write_bytes(self.path.read_bytes())
            self.info.setText(f"Saved a copy as {target}.")

    def print_pages(self) -> None:
        """Print through the system print dialog (QtPdf renders each page)."""
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        painter = QPainter(printer)
        try:
            rect = painter.viewport()
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                image = self.document.render(page, QSize(rect.width(), rect.height()))
                painter.drawImage(rect, image)
        finally:
            painter.end()
