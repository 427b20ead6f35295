"""Print preview: the first page at once, the rest as the full PDF is drawn.

``load_document`` lays the statement out on the database worker and draws only page 1
(``render(max_pages=1)``, already "Page 1 of N"); the preview shows it right away.
The whole file is then drawn on the CPU worker with progress and a Stop button,
written to a temporary file, and replaces page 1 in the view: later pages appear.
Pages are rendered by PDFium (pypdfium2) into QImages; printing paints them onto
the printer (``print_job``). Ctrl+F finds text in the pages (``preview_find``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.forms.spec import FormSpec
from calaccess_desktop.scratch import discard, scratch_dir
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.controllers.preview_find import FindBar
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.ops import Cancelled, Task
from calaccess_desktop.ui.pdf_raster import OpenedPdf, close_pdf, open_pdf, pdf_worker
from calaccess_desktop.ui.widgets.page_view import FIT_PAGE, FIT_WIDTH, ZOOMS, PageView

if TYPE_CHECKING:
    from calaccess_desktop.pdf import Document
    from calaccess_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

# Pages every printed form may have besides its parts (the parts' names are the form's:
# ``Part.title``).
SECTION_NAMES = {
    "cover": QT_TRANSLATE_NOOP("PreviewDialog", "Cover page"),
    "cover2": QT_TRANSLATE_NOOP("PreviewDialog", "Cover page, part 2"),
    "CVR2": QT_TRANSLATE_NOOP("PreviewDialog", "Cover page continued"),
    "summary": QT_TRANSLATE_NOOP("PreviewDialog", "Summary page"),
    "TEXT": QT_TRANSLATE_NOOP("PreviewDialog", "Memo text"),
}


def section_name(key: str, spec: FormSpec | None = None) -> str:
    """What the 'Go to' list calls a part of the document: the cover, summary and memo
    pages by their names, a part of the form by its title in the form's spec."""
    if key in SECTION_NAMES:
        return translate("PreviewDialog", SECTION_NAMES[key])
    parts = spec.parts if spec is not None else ()
    part = next((p for p in parts if key in (p.key, p.rec_type)), None)
    return part.title if part is not None else translate("PreviewDialog", "Part {key}").format(
        key=key)


def show_print_preview(window: MainWindow, then: Any = None) -> None:
    """Lay out the open statement, show page 1, then draw the rest in the background."""
    from calaccess_desktop.services.printing import load_document

    sid = window.editor.statement_id
    if sid is None:
        return
    store = window.ctx.store
    title = window.editor.title.text()
    laying = translate("MainWindow", "Laying out the pages...")  # words made here, not
    drawing = translate("MainWindow", "Drawing the first page...")  # in the worker

    def work(task: Task) -> tuple[Document, bytes]:
        task.progress(0, 0, laying)
        doc = load_document(store, sid)
        task.progress(0, 0, drawing)
        return doc, doc.render(max_pages=1)

    def done(result: tuple[Document, bytes]) -> None:
        old = getattr(window, "preview", None)
        if old is not None:
            old.close()
        doc, first = result
        dialog = PreviewDialog(window.ctx, doc, first, title, sid, window)
        window.preview = dialog  # type: ignore[attr-defined]
        dialog.show()
        dialog.start()
        if then is not None:
            then(dialog)

    window.ctx.ops.task(translate("MainWindow", "Print preview"), work, done)


class PreviewDialog(QDialog):
    """The statement's pages, a page count, 'Go to', Find, zoom, Print and Save."""

    def __init__(self, ctx: AppContext, doc: Document, first: bytes, title: str,
                 statement_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.doc = doc
        self.title = title
        self.pages = doc.total_pages
        self.sections = doc.sections()
        self.data: bytes | None = None
        self.scratch = scratch_dir("print")  # removed on close (unless a viewer has it)
        self.path = self.scratch / f"statement-{statement_id}.pdf"
        self.shown_outside = False
        self.loads: list[int] = []  # page counts of the PDFs shown, in order
        self.task: Task | None = None
        self.job: Any = None
        self.closed = False
        self.drawing = False
        self._pdfs: list[OpenedPdf] = []
        self.setWindowTitle(self.tr("Print preview - {title}").format(title=title))
        self.setAccessibleName(self.tr("Print preview"))
        self.view = PageView(self, synchronous=ctx.ops.synchronous)
        self.view.page_changed.connect(self._page_changed)
        self.view.zoom_changed.connect(self._zoom_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addWidget(self.view, 1)
        layout.addLayout(self._progress_bar())
        layout.addLayout(self._buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self, self.print_pages)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_as)
        em = self.fontMetrics().horizontalAdvance("0")
        self.resize(em * 110, self.fontMetrics().height() * 52)
        screen = (parent or self).screen().availableGeometry()
        if screen.isValid():  # on a 1280x800 screen too, the buttons stay on the screen
            self.resize(min(self.width(), screen.width() * 95 // 100),
                        min(self.height(), screen.height() * 92 // 100))
        self._page_changed(0)
        self._show_pdf(first)

    # ------------------------------------------------------------------ widgets

    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.prev_button = QPushButton(self.tr("< Previous"))
        self.prev_button.setAccessibleName(self.tr("Previous page"))
        self.prev_button.clicked.connect(lambda: self.view.go_to(self.view.current_page() - 1))
        self.page_label = QLabel()
        self.page_label.setAccessibleName(self.tr("Page number"))
        self.next_button = QPushButton(self.tr("Next >"))
        self.next_button.setAccessibleName(self.tr("Next page"))
        self.next_button.clicked.connect(lambda: self.view.go_to(self.view.current_page() + 1))
        self.jump = QComboBox()
        self.jump.setAccessibleName(self.tr("Go to a part of the statement"))
        self.jump.setToolTip(self.tr("Jump to the cover page, the summary or a schedule"))
        spec = spec_for(f"F{self.doc.info.form_number}")
        for key, page in sorted(self.sections.items(), key=lambda kv: kv[1]):
            self.jump.addItem(self.tr("{part} (page {page})").format(
                part=section_name(key, spec), page=page), page)
        self.jump.setMaximumWidth(self.jump.sizeHint().width())  # it grows up to its text
        self.jump.setSizeAdjustPolicy(  # and shrinks for Find beside it; the list is wide
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.jump.setMinimumContentsLength(16)
        self.jump.activated.connect(lambda i: self.view.go_to(int(self.jump.itemData(i)) - 1))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(self.tr("Zoom"))
        self.zoom.addItem(self.tr("Fit width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), FIT_PAGE)
        for z in ZOOMS:
            self.zoom.addItem(f"{round(z * 100)}%", z)
        self.zoom.activated.connect(lambda i: self.view.set_zoom(self.zoom.itemData(i)))
        smaller = QPushButton("-")
        smaller.setAccessibleName(self.tr("Zoom out"))
        smaller.setToolTip(self.tr("Zoom out (Ctrl+minus)"))
        smaller.clicked.connect(lambda: self.view.step_zoom(-1))
        bigger = QPushButton("+")
        bigger.setAccessibleName(self.tr("Zoom in"))
        bigger.setToolTip(self.tr("Zoom in (Ctrl+plus, or Ctrl and the mouse wheel)"))
        bigger.clicked.connect(lambda: self.view.step_zoom(1))
        for b in (smaller, bigger):
            b.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 5)
        row.addWidget(self.prev_button)
        row.addWidget(self.page_label)
        row.addWidget(self.next_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Go to:")))
        row.addWidget(self.jump, 10)
        row.addStretch(1)
        self.finder = FindBar(self.view, self, synchronous=self.ctx.ops.synchronous)
        row.addWidget(self.finder)
        row.addSpacing(8)
        row.addWidget(smaller)
        row.addWidget(self.zoom)
        row.addWidget(bigger)
        return row

    def _progress_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.info = QLabel()
        self.info.setAccessibleName(self.tr("Preview status"))
        self.info.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setAccessibleName(self.tr("Drawing the pages"))
        self.bar.setRange(0, max(self.pages, 1))
        self.bar.setFormat(self.tr("Drawing page %v of %m"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAccessibleName(self.tr("Stop drawing the pages"))
        self.stop_button.clicked.connect(self.stop)
        self.again_button = QPushButton(self.tr("Draw all pages"))
        self.again_button.clicked.connect(self.start)
        self.again_button.setVisible(False)
        row.addWidget(self.info, 1)
        row.addWidget(self.bar, 1)
        row.addWidget(self.stop_button)
        row.addWidget(self.again_button)
        return row

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print..."))
        self.print_button.setToolTip(self.tr("Print the statement (Ctrl+P)"))
        self.print_button.clicked.connect(self.print_pages)
        self.save_button = QPushButton(self.tr("Save PDF as..."))
        self.save_button.setToolTip(self.tr("Save the statement as a PDF file (Ctrl+S)"))
        self.save_button.clicked.connect(lambda: self.save_as())
        self.open_button = QPushButton(self.tr("Open in PDF viewer"))
        self.open_button.clicked.connect(self.open_external)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(False)
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        return row

    # ------------------------------------------------------------------ the PDF

    def start(self) -> None:
        """Draw every page in the background (progress and Stop below the pages)."""
        if self.drawing or self.data is not None:
            return
        doc, path = self.doc, self.path
        self.again_button.setVisible(False)
        self.stop_button.setVisible(True)
        self.bar.setVisible(True)
        self.bar.setValue(0)
        self.info.setText((self.tr("{n} page. Page 1 is shown; the others are being drawn.")
                           if self.pages == 1 else
                           self.tr("{n} pages. Page 1 is shown; the others are being "
                                   "drawn.")).format(n=self.pages))

        page_words = self.tr("Drawing page {done} of {total}...")  # made here, not in the worker

        def work(task: Task) -> bytes:
            from calaccess_desktop.pdf import RenderCancelled
            from calaccess_desktop.services.printing import write_pdf

            try:
                data = doc.render(cancel=task.cancel, progress=lambda done, total:
                                  task.progress(done, total, page_words.format(
                                      done=done, total=total)))
            except RenderCancelled:
                raise Cancelled from None  # Stop: not a failure
            write_pdf(data, path)
            return data

        self.drawing = True
        task = self.ctx.ops.task(self.tr("Drawing the pages"), work, self._drawn, self._failed,
                                 cpu=True, dialog=False, on_progress=self._progress,
                                 on_cancel=self._stopped)
        if self.drawing:  # still running (a synchronous runner has finished already)
            self.task = task

    def stop(self) -> None:
        """Stop drawing (the first page stays)."""
        if self.task is not None:
            self.task.cancel.set()

    def _progress(self, done: int, total: int, _text: str) -> None:
        if self.drawing and total:
            self.bar.setRange(0, total)
            self.bar.setValue(done)

    def _drawn(self, data: bytes) -> None:
        self.drawing = False
        self.task = None
        self.data = data
        if self.closed:
            if not self.shown_outside:
                discard(self.scratch)  # finished drawing after the window closed
            return
        self.bar.setVisible(False)
        self.stop_button.setVisible(False)
        for b in (self.print_button, self.save_button, self.open_button):
            b.setEnabled(True)
        self.info.setText((self.tr("{n} page, ready to print or save.") if self.pages == 1
                           else self.tr("{n} pages, ready to print or save.")).format(
                               n=self.pages))
        self._show_pdf(data)

    def _stopped(self) -> None:
        self.drawing = False
        self.task = None
        if self.closed:
            if not self.shown_outside:
                discard(self.scratch)
            return
        self.bar.setVisible(False)
        self.stop_button.setVisible(False)
        self.again_button.setVisible(True)
        self.info.setText(self.tr("Stopped: only page 1 is shown. Draw all pages to see, "
                                  "print or save the whole statement."))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled) or type(exc).__name__ == "RenderCancelled":
            self._stopped()
            return
        self._stopped()
        self.info.setText(self.tr("The pages could not be drawn: {why}").format(why=exc))

    def _show_pdf(self, data: bytes) -> None:
        pdf_worker().submit(lambda: open_pdf(data), self._opened,
                            lambda exc: self.info.setText(
                                self.tr("The preview cannot be shown: {why}").format(why=exc)),
                            owner=self, wait=self.ctx.ops.synchronous)

    def _opened(self, pdf: OpenedPdf) -> None:
        if self.closed:
            pdf_worker().call(close_pdf, pdf)
            return
        self._pdfs.append(pdf)
        self.loads.append(pdf.count)
        self.view.set_document(pdf, self.pages, keep=True)
        self._page_changed(self.view.current_page())
        self.finder.set_document(pdf, self.pages)  # before the old PDF is closed
        for old in self._pdfs[:-1]:  # the first page alone is no longer needed
            pdf_worker().call(close_pdf, old)
        del self._pdfs[:-1]

    # ------------------------------------------------------------------ navigation

    def _page_changed(self, page: int) -> None:
        self.page_label.setText(self.tr("Page {page} of {n}").format(
            page=page + 1, n=self.pages))
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < self.pages)
        starts = [self.jump.itemData(i) for i in range(self.jump.count())]
        current = max((i for i, p in enumerate(starts) if p <= page + 1), default=0)
        self.jump.setCurrentIndex(current)

    def go_to_section(self, key: str) -> bool:
        """Show the first page of a part ('summary', 'A' ...); False if it has none."""
        page = self.sections.get(key)
        if page is None:
            return False
        self.view.go_to(page - 1)
        return True

    def _zoom_changed(self, zoom: float) -> None:
        data = self.view.fit if self.view.fit is not None else self.view.zoom
        index = self.zoom.findData(data)
        if index >= 0:
            self.zoom.setCurrentIndex(index)

    # ------------------------------------------------------------------ output

    def suggested_path(self) -> str:
        """Where "Save PDF as" starts: the documents folder, a name with the committee,
        form and period."""
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / self.doc.file_name) if folder else self.doc.file_name

    def save_as(self, target: str | None = None) -> bool:
        """Save the PDF where the user wants it."""
        from calaccess_desktop.services.printing import write_pdf

        if self.data is None:
            return False
        if target is None:
            target, _f = QFileDialog.getSaveFileName(
                self, self.tr("Save the statement as PDF"), self.suggested_path(),
                self.tr("PDF files (*.pdf)"))
        if not target:
            return False
        try:
            write_pdf(self.data, target)
        except OSError as exc:
            self.info.setText(self.tr("Not saved: {why}").format(why=exc))
            return False
        self.info.setText(self.tr("Saved as {path}.").format(path=target))
        return True

    def open_external(self) -> None:
        """Open the PDF in the system viewer."""
        self.shown_outside = True  # the viewer reads the file: it goes when the app exits
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def print_pages(self) -> None:
        """The system print dialog, then print on the chosen printer."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        from calaccess_desktop.ui.controllers.print_job import setup_printer

        if self.data is None or self.job is not None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        setup_printer(printer, self.view.sizes[0], self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: Any, *, dpi: int | None = None) -> Any:
        """Print on a printer that is set up (no dialog); returns the PrintJob."""
        from calaccess_desktop.ui.controllers.print_job import PrintJob

        assert self.data is not None
        job = PrintJob(self.data, printer, dpi=dpi, parent=self)
        self.job = job
        self.print_button.setEnabled(False)

        def progress(done: int, total: int) -> None:
            self.info.setText(self.tr("Printing page {done} of {total}...").format(
                done=done, total=total))

        def finished(count: int) -> None:
            self.job = None
            self.print_button.setEnabled(True)
            self.info.setText((self.tr("Sent {n} page to the printer.") if count == 1 else
                               self.tr("Sent {n} pages to the printer.")).format(n=count))

        def failed(why: str) -> None:
            self.job = None
            self.print_button.setEnabled(True)
            self.info.setText(why)

        job.progress.connect(progress)
        job.finished.connect(finished)
        job.failed.connect(failed)
        job.start()
        return job

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.stop()
        if self.job is not None:
            self.job.cancel()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """Esc or Close: stop drawing and forget the pages."""
        self.stop()
        self.finder.cancel()
        self.closed = True
        self.view.pdf = None
        self.view.images.clear()
        for pdf in self._pdfs:
            pdf_worker().call(close_pdf, pdf)
        self._pdfs.clear()
        if not self.shown_outside and not self.drawing:
            discard(self.scratch)  # no statement left on disk for the next person
        super().done(result)
