"""PDF pages as QImages with pypdfium2 (PDFium ships inside its wheel; no QtPdf needed).

PDFium is not thread-safe, so every call into it runs on ONE thread of the process
(:func:`pdf_worker`), for the preview and for printing alike. A page is rendered
straight into the memory of a ``QImage`` (RGBX, byte-order independent): no Pillow,
no copy. Results come back to the GUI thread through a queued signal.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage

from calaccess_desktop import boundary
from calaccess_desktop.ui.handoff import run_then_deliver

Size = tuple[float, float]  # width, height in points (1/72 inch)
MAX_PIXELS = 12_000 * 12_000  # a page image is never bigger than this (memory)


@dataclass
class OpenedPdf:
    """A PDF opened by PDFium. ``handle`` may only be used on the PDFium thread."""

    handle: Any
    sizes: list[Size]
    data: bytes = field(repr=False, default=b"")

    @property
    def count(self) -> int:
        """Number of pages."""
        return len(self.sizes)


def open_pdf(data: bytes) -> OpenedPdf:
    """Open PDF bytes and read the page sizes (PDFium thread only)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    sizes = [(float(w), float(h)) for w, h in
             (doc.get_page_size(i) for i in range(len(doc)))]
    return OpenedPdf(doc, sizes, data)


def close_pdf(pdf: OpenedPdf) -> None:
    """Release PDFium's memory for the document (PDFium thread only)."""
    pdf.handle.close()


def render_page(pdf: OpenedPdf, index: int, scale: float) -> QImage:
    """Page ``index`` at ``scale`` pixels per point, on white (PDFium thread only)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    w_pt, h_pt = pdf.sizes[index]
    scale = min(scale, (MAX_PIXELS / max(w_pt * h_pt, 1.0)) ** 0.5)
    page = pdf.handle[index]
    made: list[QImage] = []

    def into_image(width: int, height: int, format: int, rev_byteorder: bool = False) -> Any:
        """PDFium draws into the memory of a new QImage (4 bytes a pixel, RGBX)."""
        image = QImage(width, height, QImage.Format.Format_RGBX8888)
        if image.isNull():
            raise MemoryError(f"no memory for a {width}x{height} page image")
        stride = image.bytesPerLine()
        buffer = (ctypes.c_ubyte * (stride * height)).from_buffer(image.bits())
        made.append(image)
        return pdfium.PdfBitmap.new_native(width, height, format, rev_byteorder,
                                           buffer=buffer, stride=stride)

    try:
        bitmap = page.render(scale=scale, bitmap_maker=into_image,
                             force_bitmap_format=raw.FPDFBitmap_BGRx, rev_byteorder=True,
                             may_draw_forms=False)
        bitmap.close()
        return made[0]
    finally:
        page.close()


def ink(image: QImage) -> int:
    """How many bytes of the image are not white (0: a blank page)."""
    data = bytes(image.constBits())
    return len(data) - data.count(0xFF)


class PdfWorker(QObject):
    """The one thread that calls PDFium; callbacks come back on the GUI thread."""

    _call = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="calaccess-pdfium")
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def call(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        """Run ``fn(*args)`` on the PDFium thread; the caller may wait on the future."""
        return self._pool.submit(fn, *args)

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None] | None = None, *,
               owner: QObject | None = None, wait: bool = False) -> None:
        """Run ``fn()`` on the PDFium thread, then ``on_done(result)`` on the GUI thread
        (skipped when ``owner`` was deleted meanwhile). ``wait=True`` blocks until
        then (synchronous windows: screenshots and tests)."""
        def deliver(result: Any, error: BaseException | None) -> None:
            if owner is not None and not shiboken6.isValid(owner):
                return
            if error is None:
                on_done(result)
            elif on_error is not None:
                on_error(boundary.plain_error(error))  # plain words (crash report if unexpected)

        if wait:
            future = self._pool.submit(_call_and_let_go, [fn])
            try:
                result = future.result()
            except Exception as exc:  # noqa: BLE001 - handed to on_error
                deliver(None, exc)
                return
            deliver(result, None)
            return

        # Every reference the work holds is let go of on the GUI thread (ui/handoff.py).
        run_then_deliver(self._pool, self._call.emit, fn, deliver)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()


def _call_and_let_go(box: list[Callable[[], Any]]) -> Any:
    """Call the one function in ``box``, dropping the worker's reference to it before the
    caller (waiting on the GUI thread) wakes: the caller's is the last (ui/handoff.py)."""
    fn = box.pop()
    try:
        return fn()
    finally:
        del fn


_WORKER: list[PdfWorker] = []


def pdf_worker() -> PdfWorker:
    """The process's PDFium thread (created on first use, from the GUI thread)."""
    if not _WORKER:
        _WORKER.append(PdfWorker())
    return _WORKER[0]
