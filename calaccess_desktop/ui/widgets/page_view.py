"""A scrollable, zoomable view of PDF pages, rendered lazily by PDFium.

Only the pages on screen (and the next one) are rendered, on the PDFium thread, at
the current zoom and the screen's pixel ratio; a few are kept. Pages the document
does not have yet (the full render is still running) show a placeholder that says
so, and appear when :meth:`PageView.set_document` gives the complete file.
Search matches (:meth:`PageView.set_highlights`) are painted over the pages.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence

from PySide6.QtCore import QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from calaccess_desktop.ui.pdf_find import Match, Rect
from calaccess_desktop.ui.pdf_raster import OpenedPdf, pdf_worker, render_page

GAP = 12  # pixels between pages and around them
KEEP = 10  # rendered pages kept in memory
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
FIT_WIDTH, FIT_PAGE = "width", "page"
# Search matches are multiplied onto the page like a highlighter pen: paper takes the
# colour, the text stays dark.
MARK = QColor(255, 232, 110)  # a search match: yellow
MARK_CURRENT = QColor(255, 165, 70)  # the match the find bar is on: orange
MARK_PAD = 1.0  # points around a match's tight glyph box


class PageView(QAbstractScrollArea):
    """Pages one under the other; Ctrl+wheel or Ctrl+plus/minus zoom."""

    page_changed = Signal(int)  # the page at the top of the view (0-based)
    zoom_changed = Signal(float)  # the zoom factor (1.0 = actual size)

    def __init__(self, parent: QWidget | None = None, *, synchronous: bool = False) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.setAccessibleName(self.tr("Statement pages"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setStyleSheet("background: #7f868c;")
        self.pdf: OpenedPdf | None = None
        self.total = 0
        self.sizes: list[tuple[float, float]] = []
        self.fit: str | None = FIT_WIDTH
        self.zoom = 1.0
        self.images: OrderedDict[int, tuple[float, QImage]] = OrderedDict()
        self._asked: set[tuple[int, int, float]] = set()
        self._tops: list[int] = []
        self._current = 0
        self._marks: dict[int, list[tuple[Rect, bool]]] = {}
        self._fill = QTimer(self)
        self._fill.setSingleShot(True)
        self._fill.setInterval(0)
        self._fill.timeout.connect(self._request_visible)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)

    # ------------------------------------------------------------------ content

    def set_document(self, pdf: OpenedPdf, total: int | None = None, *,
                     keep: bool = False) -> None:
        """Show ``pdf``; ``total`` pages are expected (more than ``pdf`` has while the
        rest is still being drawn). ``keep``: the pages already rendered are the same
        (the first page, then the whole file) and stay."""
        self.pdf = pdf
        if not keep:
            self.images.clear()
        self.total = max(total or 0, pdf.count)
        first = pdf.sizes[0] if pdf.sizes else (612.0, 792.0)
        self.sizes = [pdf.sizes[i] if i < pdf.count else first for i in range(self.total)]
        self._asked.clear()
        self._layout()

    def available(self, page: int) -> bool:
        """Whether the document holds this page yet."""
        return self.pdf is not None and page < self.pdf.count

    def image(self, page: int) -> QImage | None:
        """The rendered image of a page (for tests), if it is rendered."""
        entry = self.images.get(page)
        return entry[1] if entry is not None else None

    def current_page(self) -> int:
        """The page at the top of the view (0-based)."""
        return self._current

    # ------------------------------------------------------------------ zoom

    def scale(self) -> float:
        """Screen pixels (logical) per point at the current zoom."""
        if not self.sizes:
            return self.zoom * self.logicalDpiX() / 72.0
        width = max(w for w, _h in self.sizes)
        height = max(h for _w, h in self.sizes)
        room_w = max(self.viewport().width() - 2 * GAP, 50)
        room_h = max(self.viewport().height() - 2 * GAP, 50)
        if self.fit == FIT_WIDTH:
            return room_w / width
        if self.fit == FIT_PAGE:
            return min(room_w / width, room_h / height)
        return self.zoom * self.logicalDpiX() / 72.0

    def set_zoom(self, zoom: float | str) -> None:
        """A factor (1.0 = actual size) or FIT_WIDTH / FIT_PAGE."""
        page = self._current
        if isinstance(zoom, str):
            self.fit = zoom
        else:
            self.fit = None
            self.zoom = max(0.25, min(zoom, 4.0))
        self._layout()
        self.go_to(page)
        self.zoom_changed.emit(self.effective_zoom())

    def effective_zoom(self) -> float:
        """The zoom factor now shown (also when fitting)."""
        return self.scale() * 72.0 / max(self.logicalDpiX(), 1)

    def step_zoom(self, step: int) -> None:
        """The next bigger (1) or smaller (-1) zoom step."""
        now = self.effective_zoom()
        if step > 0:
            self.set_zoom(next((z for z in ZOOMS if z > now + 0.01), ZOOMS[-1]))
        else:
            self.set_zoom(next((z for z in reversed(ZOOMS) if z < now - 0.01), ZOOMS[0]))

    # ------------------------------------------------------------------ navigation

    def go_to(self, page: int) -> None:
        """Scroll so the page's top is at the top of the view."""
        if not self._tops:
            return
        page = max(0, min(page, self.total - 1))
        self.verticalScrollBar().setValue(self._tops[page] - GAP)
        self._set_current(page)

    def page_rect(self, page: int) -> QRect:
        """Where a page is drawn, in viewport coordinates."""
        s = self.scale()
        w, h = self.sizes[page]
        width, height = round(w * s), round(h * s)
        x = max(GAP, (self.viewport().width() - width) // 2) - self.horizontalScrollBar().value()
        y = self._tops[page] - self.verticalScrollBar().value()
        return QRect(x, y, width, height)

    def _layout(self) -> None:
        s = self.scale()
        tops, y = [], GAP
        for _w, h in self.sizes:
            tops.append(y)
            y += round(h * s) + GAP
        self._tops = tops
        widest = round(max((w for w, _h in self.sizes), default=0) * s) + 2 * GAP
        bar = self.verticalScrollBar()
        bar.setRange(0, max(0, y - self.viewport().height()))
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(max(20, self.viewport().height() // 12))
        hbar = self.horizontalScrollBar()
        hbar.setRange(0, max(0, widest - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())
        self._scrolled()
        self.viewport().update()

    def _scrolled(self, *_args: object) -> None:
        if self._tops:
            top = self.verticalScrollBar().value() + self.viewport().height() // 3
            self._set_current(max(0, bisect_right(self._tops, top) - 1))
        self._fill.start()
        self.viewport().update()

    def _set_current(self, page: int) -> None:
        if page != self._current:
            self._current = page
            self.page_changed.emit(page)

    def visible_pages(self) -> list[int]:
        """Pages at least partly on screen."""
        if not self._tops:
            return []
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        last = max(first, bisect_right(self._tops, bottom) - 1)
        return list(range(first, min(last, self.total - 1) + 1))

    # ------------------------------------------------------------------ search matches

    def set_highlights(self, matches: Sequence[Match], current: int | None = None) -> None:
        """Paint ``matches`` over their pages, ``matches[current]`` stronger; none: clear."""
        marks: dict[int, list[tuple[Rect, bool]]] = {}
        for i, match in enumerate(matches):
            marks.setdefault(match.page, []).extend((r, i == current) for r in match.rects)
        self._marks = marks
        self.viewport().update()

    def highlight_rects(self, page: int) -> list[tuple[QRectF, bool]]:
        """Where the matches on a page are painted (viewport coordinates), and whether
        each is the current one."""
        return [(self.point_rect(page, r), cur) for r, cur in self._marks.get(page, [])]

    def point_rect(self, page: int, rect: Rect) -> QRectF:
        """A rectangle in PDF points (origin at the page's bottom-left corner) on the
        page as drawn now, in viewport coordinates."""
        shown = self.page_rect(page)
        w, h = self.sizes[page]
        sx, sy = shown.width() / w, shown.height() / h  # exactly how the image is stretched
        left, bottom, right, top = rect
        left, bottom, right, top = (left - MARK_PAD, bottom - MARK_PAD, right + MARK_PAD,
                                    top + MARK_PAD)
        return QRectF(shown.x() + left * sx, shown.y() + (h - top) * sy,
                      (right - left) * sx, (top - bottom) * sy)

    def reveal(self, page: int, rect: Rect) -> None:
        """Scroll so a rectangle on a page is in view: the page's top at the top if that
        shows it, else the rectangle a third down."""
        if not self._tops or not 0 <= page < self.total:
            return
        area = self.point_rect(page, rect).toAlignedRect()
        room = self.viewport().rect()
        bar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        if area.top() < 0 or area.bottom() > room.bottom():
            top = self._tops[page] - GAP
            if area.bottom() + bar.value() - top > room.bottom():
                top = bar.value() + area.top() - room.height() // 3
            bar.setValue(top)
        if area.left() < 0 or area.right() > room.right():
            hbar.setValue(hbar.value() + area.center().x() - room.width() // 2)
        self._set_current(page)

    # ------------------------------------------------------------------ rendering

    def _request_visible(self) -> None:
        pdf = self.pdf
        if pdf is None:
            return
        pages = self.visible_pages()
        if pages and pages[-1] + 1 < self.total:
            pages.append(pages[-1] + 1)  # the next page, before it is scrolled to
        ratio = self.devicePixelRatioF()
        scale = round(self.scale() * ratio, 4)
        for page in pages:
            have = self.images.get(page)
            key = (id(pdf), page, scale)
            if not self.available(page) or key in self._asked or (
                    have is not None and have[0] == scale):
                continue
            self._asked.add(key)
            self._render(pdf, page, scale, key)

    def _render(self, pdf: OpenedPdf, page: int, scale: float,
                key: tuple[int, int, float]) -> None:
        def done(image: QImage) -> None:
            self._rendered(key, page, scale, image)

        def failed(_exc: BaseException) -> None:
            self._asked.discard(key)

        pdf_worker().submit(lambda: render_page(pdf, page, scale), done, failed, owner=self,
                            wait=self.synchronous)

    def _rendered(self, key: tuple[int, int, float], page: int, scale: float,
                  image: QImage) -> None:
        self._asked.discard(key)
        if self.pdf is None or id(self.pdf) != key[0]:
            return
        image.setDevicePixelRatio(self.devicePixelRatioF())
        self.images[page] = (scale, image)
        self.images.move_to_end(page)
        visible = set(self.visible_pages())
        while len(self.images) > KEEP:
            far = max(self.images, key=lambda p: (p not in visible, abs(p - self._current)))
            del self.images[far]
        self.viewport().update()

    # ------------------------------------------------------------------ Qt events

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        missing = False
        for page in self.visible_pages():
            rect = self.page_rect(page)
            painter.fillRect(rect.translated(3, 3), QColor(0, 0, 0, 60))
            painter.fillRect(rect, Qt.GlobalColor.white)
            entry = self.images.get(page)
            if entry is not None:
                painter.drawImage(QRectF(rect), entry[1])
            else:
                missing = True
                painter.setPen(QColor("#555555"))
                words = (f"Drawing page {page + 1} of {self.total}..."
                         if not self.available(page) else f"Page {page + 1}")
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, words)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
            for area, current in self.highlight_rects(page):
                painter.fillRect(area, MARK_CURRENT if current else MARK)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        painter.end()
        if missing:
            self._fill.start()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        page = self._current
        self._layout()
        if self.fit is not None and self._tops:
            self.go_to(page)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.step_zoom(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        bar = self.verticalScrollBar()
        if not self._tops:
            super().keyPressEvent(event)
            return
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.step_zoom(1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.step_zoom(-1)
        elif key == Qt.Key.Key_PageDown:
            self.go_to(self._current + 1)
        elif key == Qt.Key.Key_PageUp:
            self.go_to(self._current - 1 if bar.value() <= self._tops[self._current] - GAP
                       else self._current)
        elif key == Qt.Key.Key_Home:
            self.go_to(0)
        elif key == Qt.Key.Key_End:
            self.go_to(self.total - 1)
        elif key == Qt.Key.Key_Down:
            bar.setValue(bar.value() + bar.singleStep())
        elif key == Qt.Key.Key_Up:
            bar.setValue(bar.value() - bar.singleStep())
        else:
            super().keyPressEvent(event)

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().update()
