"""A page writer for letter-like pages: headings, paragraphs, label/value rows and a
wrapped table, top to bottom, with a new page when one is full."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from calaccess_desktop.pdf import fonts
from calaccess_desktop.pdf.fonts import COND, COND_BOLD, SANS_BOLD
from calaccess_desktop.pdf.frame import PAGE_H, PAGE_W
from calaccess_desktop.pdf.text import Fitter

LEFT, RIGHT = 54.0, PAGE_W - 54.0
TOP, BOTTOM = PAGE_H - 54.0, 60.0
LABEL_W = 130.0


class Flow:
    """Draws downwards on a reportlab canvas; ``on_new_page(c)`` draws the furniture
    of every page (footer), and ``pages`` counts them."""

    def __init__(self, c: Any, on_page_end: Callable[[Any, int], None] | None = None) -> None:
        fonts.register()
        self.c = c
        self.y = TOP
        self.pages = 1
        self.on_page_end = on_page_end

    def room(self, height: float) -> None:
        """Start a new page unless ``height`` points still fit on this one."""
        if self.y - height < BOTTOM:
            self.page_break()

    def page_break(self) -> None:
        """End this page and start the next."""
        if self.on_page_end is not None:
            self.on_page_end(self.c, self.pages)
        self.c.showPage()
        self.pages += 1
        self.y = TOP

    def finish(self) -> None:
        """End the last page."""
        if self.on_page_end is not None:
            self.on_page_end(self.c, self.pages)
        self.c.showPage()

    def title(self, text: str, size: float = 18) -> None:
        self.room(size + 8)
        self.c.setFont(SANS_BOLD, size)
        self.c.drawString(LEFT, self.y - size, text)
        self.y -= size + 10

    def heading(self, text: str, size: float = 11.5) -> None:
        self.room(size * 3)
        self.y -= 6
        self.c.setFont(SANS_BOLD, size)
        self.c.drawString(LEFT, self.y - size, text)
        self.y -= size + 4
        self.c.setLineWidth(0.6)
        self.c.line(LEFT, self.y, RIGHT, self.y)
        self.y -= 6

    def para(self, text: str, size: float = 10, bold: bool = False, indent: float = 0,
             gray: float = 0.0) -> None:
        font = COND_BOLD if bold else COND
        lines = Fitter(font, size).lines(text, RIGHT - LEFT - indent)
        lead = size * 1.3
        self.c.setFillGray(gray)
        for line in lines:
            self.room(lead)
            self.c.setFont(font, size)
            self.c.drawString(LEFT + indent, self.y - size, line)
            self.y -= lead
        self.c.setFillGray(0)
        self.y -= 3

    def row(self, label: str, value: str | Sequence[str], size: float = 10,
            bold: bool = False) -> None:
        """A label on the left, the value (one or more lines, wrapped) on the right."""
        values = [value] if isinstance(value, str) else list(value)
        fit = Fitter(COND_BOLD if bold else COND, size)
        lines = [w for v in values for w in fit.lines(v or "-", RIGHT - LEFT - LABEL_W)]
        lead = size * 1.3
        self.room(lead * min(len(lines), 3))
        self.c.setFillGray(0.35)
        self.c.setFont(COND, size - 1)
        self.c.drawString(LEFT, self.y - size, label)
        self.c.setFillGray(0)
        for line in lines:
            self.room(lead)
            self.c.setFont(COND_BOLD if bold else COND, size)
            self.c.drawString(LEFT + LABEL_W, self.y - size, line)
            self.y -= lead
        self.y -= 2

    def table(self, widths: Sequence[float], head: Sequence[str],
              rows: Sequence[Sequence[str]], size: float = 8) -> None:
        """Columns of ``widths`` points (the last one wraps), a header repeated on
        each page."""
        lead = size * 1.25
        fit = Fitter(COND, size)

        def header() -> None:
            self.c.setFont(COND_BOLD, size)
            x = LEFT
            for w, h in zip(widths, head, strict=True):
                self.c.drawString(x, self.y - size, h)
                x += w
            self.y -= lead + 2
            self.c.setLineWidth(0.4)
            self.c.line(LEFT, self.y + 2, RIGHT, self.y + 2)

        self.room(lead * 3)
        header()
        last = RIGHT - LEFT - sum(widths[:-1])
        for cells in rows:
            wrapped = fit.lines(cells[-1], last - 4)
            if self.y - lead * len(wrapped) < BOTTOM:
                self.page_break()
                header()
            x = LEFT
            self.c.setFont(COND, size)
            for w, cell in zip(widths[:-1], cells[:-1], strict=True):
                self.c.drawString(x, self.y - size, fit.clip(cell, w - 4))
                x += w
            for line in wrapped:
                self.c.drawString(x, self.y - size, line)
                self.y -= lead
            self.y -= 2
