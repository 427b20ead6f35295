"""Find text in PDF pages with PDFium's text API (PDFium thread only, see ``pdf_worker``).

A match is the page index and the rectangles PDFium gives for the matched characters
(one per line it spans), in PDF points with the origin at the bottom-left corner of
the page as it is shown: crop box offset and page rotation already applied, so
``y`` only has to be flipped against the page height to draw it on the page image.
Searching ignores case.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from calaccess_desktop.ui.pdf_raster import OpenedPdf

Rect = tuple[float, float, float, float]  # left, bottom, right, top (points)


class Match(NamedTuple):
    """One occurrence of the searched text."""

    page: int  # 0-based
    rects: list[Rect]


def find_text(pdf: OpenedPdf, text: str, pages: Iterable[int],
              cancel: threading.Event | None = None) -> list[Match]:
    """Every occurrence of ``text`` on ``pages``, in page and reading order; stops early
    (with what it has) once ``cancel`` is set."""
    found: list[Match] = []
    if not text:
        return found
    for index in pages:
        if cancel is not None and cancel.is_set():
            break
        found.extend(search_page(pdf, index, text))
    return found


def search_page(pdf: OpenedPdf, index: int, text: str) -> list[Match]:
    """The occurrences of ``text`` on one page."""
    page = pdf.handle[index]
    try:
        shown = _to_shown(page)
        textpage = page.get_textpage()
        try:
            searcher = textpage.search(text, match_case=False)
            found = []
            while (hit := searcher.get_next()) is not None:
                start, count = hit
                rects = [shown(textpage.get_rect(i))
                         for i in range(textpage.count_rects(start, count))]
                if rects:
                    found.append(Match(index, rects))
            searcher.close()
            return found
        finally:
            textpage.close()
    finally:
        page.close()


def _to_shown(page: Any) -> Any:
    """A function turning a rectangle in page space into one on the page as shown."""
    left, bottom, right, top = page.get_cropbox()
    w, h = right - left, top - bottom
    rotation = page.get_rotation()

    def shown(rect: Rect) -> Rect:
        x0, y0, x1, y1 = rect[0] - left, rect[1] - bottom, rect[2] - left, rect[3] - bottom
        if rotation == 90:  # shown turned clockwise: (x, y) -> (y, w - x)
            x0, y0, x1, y1 = y0, w - x1, y1, w - x0
        elif rotation == 180:
            x0, y0, x1, y1 = w - x1, h - y1, w - x0, h - y0
        elif rotation == 270:  # (x, y) -> (h - y, x)
            x0, y0, x1, y1 = h - y1, x0, h - y0, x1
        return (x0, y0, x1, y1)

    return shown
