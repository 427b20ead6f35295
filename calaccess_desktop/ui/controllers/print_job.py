"""Printing a PDF on a ``QPrinter`` without QtPdf.

Each page is rendered by PDFium on its own thread at the printer's resolution (at
most ``PRINT_DPI``), then painted onto the printer on the GUI thread, one page at
a time: the next page is rendering while this one is painted, only two page images
exist at once, and the window stays responsive between pages.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSizeF, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from calaccess_desktop.ui.pdf_raster import (
    OpenedPdf,
    close_pdf,
    open_pdf,
    pdf_worker,
    render_page,
)

PRINT_DPI = 300  # sharp on paper; more only costs memory and time


class PrintError(Exception):
    """The printer could not print (the message says why)."""


def setup_printer(printer: QPrinter, size: tuple[float, float], title: str) -> None:
    """Paper size and orientation of the document's first page, and the job name."""
    w, h = size
    printer.setPageSize(QPageSize(QSizeF(min(w, h), max(w, h)), QPageSize.Unit.Point, "",
                                  QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait if h >= w
                               else QPageLayout.Orientation.Landscape)
    printer.setDocName(title)


def chosen_pages(printer: QPrinter, count: int) -> list[int]:
    """The pages (0-based) the print dialog asked for: all, or a range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def paint_page(painter: QPainter, image: QImage) -> None:
    """Draw a page image as large as the printable area allows, centred, undistorted."""
    area = painter.window()
    size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
    target = QRect(area.x() + (area.width() - size.width()) // 2,
                   area.y() + (area.height() - size.height()) // 2,
                   size.width(), size.height())
    painter.drawImage(target, image)


class PrintJob(QObject):
    """Prints PDF bytes on a printer that is set up already (dialog accepted)."""

    progress = Signal(int, int)  # pages printed, pages to print
    finished = Signal(int)  # pages printed
    failed = Signal(str)

    def __init__(self, data: bytes, printer: QPrinter, *, dpi: int | None = None,
                 pages: list[int] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.printer = printer
        self.dpi = min(printer.resolution(), dpi or PRINT_DPI)
        self.pages = pages
        self.painter = QPainter()
        self.pdf: OpenedPdf | None = None
        self.printed = 0
        self.cancelled = False
        self.done = False
        self.error = ""

    def start(self) -> None:
        """Open the PDF (PDFium thread), then print page after page."""
        pdf_worker().submit(lambda: open_pdf(self.data), self._opened, self._error,
                            owner=self)

    def run(self) -> int:
        """Print everything now and return the page count (blocks the caller; the
        pages are still rendered on the PDFium thread)."""
        worker = pdf_worker()
        if self._begin(worker.call(open_pdf, self.data).result()):
            while not self.done:
                page = self._page(self.printed)
                self._paint(worker.call(render_page, self.pdf, page, self.dpi / 72.0).result())
        if self.error:
            raise PrintError(self.error)
        return self.printed

    def cancel(self) -> None:
        """Stop after the page being painted; the printer discards the job."""
        self.cancelled = True

    # ------------------------------------------------------------------ steps

    def _page(self, n: int) -> int:
        assert self.pages is not None
        return self.pages[n]

    def _begin(self, pdf: OpenedPdf) -> bool:
        self.pdf = pdf
        if self.pages is None:
            self.pages = chosen_pages(self.printer, pdf.count)
        self.pages = [p for p in self.pages if 0 <= p < pdf.count]
        if not self.pages:
            self._fail("there are no pages to print")
            return False
        if not self.painter.begin(self.printer):
            self._fail("the printer could not be started (is it connected and on?)")
            return False
        return True

    def _opened(self, pdf: OpenedPdf) -> None:
        if self._begin(pdf):
            self._request(0)

    def _request(self, n: int) -> None:
        pdf, scale = self.pdf, self.dpi / 72.0
        page = self._page(n)
        pdf_worker().submit(lambda: render_page(pdf, page, scale),  # type: ignore[arg-type]
                            self._arrived, self._error, owner=self)

    def _arrived(self, image: QImage) -> None:
        if self.done:
            return
        if self.cancelled:
            self.printer.abort()
            self._finish()
            self.failed.emit("Printing was cancelled.")
            return
        assert self.pages is not None
        if self.printed + 1 < len(self.pages):
            self._request(self.printed + 1)  # renders while this page is painted
        self._paint(image)
        if self.done:
            self.finished.emit(self.printed)

    def _paint(self, image: QImage) -> None:
        assert self.pages is not None
        if self.printed and not self.printer.newPage():
            self._fail("the printer refused a new page")
            return
        paint_page(self.painter, image)
        self.printed += 1
        self.progress.emit(self.printed, len(self.pages))
        if self.printed == len(self.pages):
            self._finish()

    def _finish(self) -> None:
        self.done = True
        if self.painter.isActive():
            self.painter.end()
        pdf, self.pdf = self.pdf, None
        if pdf is not None:
            pdf_worker().call(close_pdf, pdf)

    def _error(self, exc: BaseException) -> None:
        self._fail(str(exc) or type(exc).__name__)

    def _fail(self, why: str) -> None:
        if self.done:
            return
        if self.painter.isActive():
            self.printer.abort()
        self._finish()
        self.error = f"Not printed: {why}."
        self.failed.emit(self.error)
