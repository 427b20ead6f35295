"""Page furniture shared by every printed form: geometry, header band, status strip,
footer, "Page x of y" and the DRAFT watermark.

The header of a continuation page is the same on every page of a schedule, so it
is drawn once into a PDF form XObject and placed on each page (fast, small files).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from calaccess_desktop import PRODUCT
from calaccess_desktop.pdf import text
from calaccess_desktop.pdf.fonts import COND, COND_BOLD, SANS_BOLD

PAGE_W, PAGE_H = 612.0, 792.0  # US Letter, portrait
X0, X1 = 28.0, 584.0
WIDTH = X1 - X0
TOP = 770.0
HEAD_H = 54.0  # title / period / form number row
NAME_H = 22.0  # name of filer / I.D. number row
STRIP_H = 12.0  # document state (draft, filed, amendment)
CONTENT_TOP = TOP - HEAD_H - NAME_H - STRIP_H - 4
FOOT_Y = 24.0
CONTENT_BOTTOM = 46.0

PERIOD_X = X0 + 300.0
FORM_X = X0 + 456.0
ID_X = X0 + 400.0

ROW = 22.0  # a row of labelled boxes on a cover page
LINE_W = 0.6
GRAY = 0.35  # label colour
WATERMARK = "DRAFT - NOT FILED"


@dataclass(frozen=True)
class DocInfo:
    """What every page of one document shows."""

    form_number: str  # "460"
    form_name: str  # footer: "FPPC Form 460"
    filer_name: str
    filer_id: str
    period: tuple[tuple[str, str], ...]  # (label, value) lines of the period box
    period_title: str  # "Statement covers period"
    status: tuple[str, ...]  # lines of the status strip
    draft: bool  # watermark every page


def label(c: Any, x: float, y: float, s: str, size: float = 5.6) -> None:
    """A small grey form label."""
    c.setFillGray(GRAY)
    c.setFont(COND, size)
    c.drawString(x, y, s)
    c.setFillGray(0)


def value(c: Any, x: float, y: float, s: str, size: float = 8.5, bold: bool = False) -> None:
    """A filled-in value."""
    c.setFont(COND_BOLD if bold else COND, size)
    c.drawString(x, y, s)


def checkbox(c: Any, x: float, y: float, checked: bool, size: float = 6.5) -> None:
    """A square check box with its lower-left corner at (x, y)."""
    c.setLineWidth(0.5)
    c.rect(x, y, size, size)
    if checked:
        c.setLineWidth(1.1)
        c.line(x + 1.2, y + size * 0.5, x + size * 0.42, y + 1.1)
        c.line(x + size * 0.42, y + 1.1, x + size - 0.9, y + size - 0.8)
        c.setLineWidth(LINE_W)


def draw_header(c: Any, info: DocInfo, title: str, subtitle: str, note: str = "") -> None:
    """Title block, period box, form number box, filer name/ID row and status strip."""
    c.setLineWidth(LINE_W)
    y_name = TOP - HEAD_H
    c.rect(X0, y_name - NAME_H, WIDTH, HEAD_H + NAME_H)
    c.line(X0, y_name, X1, y_name)
    c.line(PERIOD_X, y_name, PERIOD_X, TOP)
    c.line(FORM_X, y_name, FORM_X, TOP)
    c.line(ID_X, y_name - NAME_H, ID_X, y_name)
    c.setFont(SANS_BOLD, 13 if len(title) < 28 else 11)
    c.drawString(X0 + 6, TOP - 17, title)
    from calaccess_desktop.pdf.text import Fitter

    lines = Fitter(SANS_BOLD, 8.5).lines(subtitle, PERIOD_X - X0 - 12)
    size = 8.5 if len(lines) == 1 else 7.2
    if len(lines) > 1:
        lines = Fitter(SANS_BOLD, size).lines(subtitle, PERIOD_X - X0 - 12)
    c.setFont(SANS_BOLD, size)
    for k, line in enumerate(lines[:2]):
        c.drawString(X0 + 6, TOP - 30 - k * 9, line)
    if note and len(lines) == 1:
        label(c, X0 + 6, TOP - 42, note, 6)
    label(c, PERIOD_X + 5, TOP - 9, info.period_title, 6)
    y = TOP - 23
    for name, val in info.period:
        label(c, PERIOD_X + 5, y, name, 6)
        value(c, PERIOD_X + 48, y, val, 9, bold=True)
        y -= 13
    mid = (FORM_X + X1) / 2
    c.setFont(COND_BOLD, 6.5)
    c.drawCentredString(mid, TOP - 9, "CALIFORNIA FORM")
    c.setFont(SANS_BOLD, 22)
    c.drawCentredString(mid, TOP - 33, info.form_number)
    label(c, X0 + 4, y_name - 7, "NAME OF FILER")
    value(c, X0 + 4, y_name - 18, info.filer_name, 9, bold=True)
    label(c, ID_X + 4, y_name - 7, "I.D. NUMBER")
    value(c, ID_X + 4, y_name - 18, info.filer_id or "Not Yet Received", 9, bold=True)
    draw_status(c, info, y_name - NAME_H - STRIP_H)


def draw_status(c: Any, info: DocInfo, y: float) -> None:
    """The document-state strip: DRAFT, filing ID and date, amendment."""
    c.setFillGray(0.86 if info.draft else 0.93)
    c.rect(X0, y, WIDTH, STRIP_H, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont(COND_BOLD, 7)
    c.drawString(X0 + 4, y + 3.5, "   |   ".join(info.status))


def draw_page_number(c: Any, number: int, total: int) -> None:
    """``Page x of y`` in the form number box."""
    c.setFont(COND_BOLD, 8)
    c.drawCentredString((FORM_X + X1) / 2, TOP - HEAD_H + 6, f"Page {number} of {total}")


def draw_footer(c: Any, info: DocInfo, legend: tuple[str, ...] = ()) -> None:
    """Footer: the legend lines of a schedule and the form name."""
    y = FOOT_Y + 8 + 7 * len(legend)
    for line in legend:
        y -= 7
        label(c, X0, y, line, 5.8)
    c.setLineWidth(0.4)
    c.line(X0, FOOT_Y + 6, X1, FOOT_Y + 6)
    label(c, X0, FOOT_Y, info.form_name, 6)
    c.setFont(COND, 6)
    c.drawRightString(X1, FOOT_Y, f"Prepared with {PRODUCT}; figures to the cent")


# Stroke letters for the watermark, in a box one unit high: (advance, strokes); a
# stroke is a list of points, "E" marks an ellipse (x, y, w, h). Drawn as paths, not
# text, so text extraction of the page content is not disturbed.
_GLYPHS: dict[str, tuple[float, list[list[tuple[float, ...]]]]] = {
    "D": (0.72, [[(0, 0), (0, 1), (0.3, 1), (0.62, 1, 0.72, 0.8, 0.72, 0.5),
                  (0.72, 0.2, 0.62, 0, 0.3, 0), (0, 0)]]),
    "R": (0.68, [[(0, 0), (0, 1), (0.36, 1), (0.7, 1, 0.7, 0.5, 0.36, 0.5), (0, 0.5)],
                 [(0.34, 0.5), (0.68, 0)]]),
    "A": (0.72, [[(0, 0), (0.36, 1), (0.72, 0)], [(0.13, 0.36), (0.59, 0.36)]]),
    "F": (0.58, [[(0, 0), (0, 1), (0.58, 1)], [(0, 0.52), (0.48, 0.52)]]),
    "T": (0.64, [[(0, 1), (0.64, 1)], [(0.32, 1), (0.32, 0)]]),
    "-": (0.36, [[(0, 0.45), (0.36, 0.45)]]),
    "N": (0.68, [[(0, 0), (0, 1), (0.68, 0), (0.68, 1)]]),
    "O": (0.76, [[(0.0, 0.0, 0.76, 1.0, 0)]]),
    "I": (0.0, [[(0, 0), (0, 1)]]),
    "L": (0.52, [[(0, 1), (0, 0), (0.52, 0)]]),
    "E": (0.58, [[(0.58, 1), (0, 1), (0, 0), (0.58, 0)], [(0, 0.52), (0.5, 0.52)]]),
    " ": (0.3, []),
}
_GAP = 0.24


def _stroke_text(c: Any, s: str) -> float:
    """Draw ``s`` with the stroke letters at the origin; returns its width in units."""
    p = c.beginPath()
    x = 0.0
    for ch in s:
        advance, strokes = _GLYPHS[ch]
        for stroke in strokes:
            if len(stroke[0]) == 5:
                ex, ey, w, h, _ = stroke[0]
                p.ellipse(x + ex, ey, w, h)
                continue
            p.moveTo(x + stroke[0][0], stroke[0][1])
            for pt in stroke[1:]:
                if len(pt) == 6:
                    p.curveTo(x + pt[0], pt[1], x + pt[2], pt[3], x + pt[4], pt[5])
                else:
                    p.lineTo(x + pt[0], pt[1])
        x += advance + _GAP
    c.drawPath(p, stroke=1, fill=0)
    return x - _GAP


def _width(s: str) -> float:
    return sum(_GLYPHS[ch][0] + _GAP for ch in s) - _GAP


def watermark(c: Any) -> None:
    """Place the DRAFT watermark (drawn once per document as a form XObject)."""
    def draw(c: Any) -> None:
        height = 54.0
        c.saveState()
        c.setStrokeGray(0.82)
        c.translate(PAGE_W / 2, PAGE_H / 2 - 10)
        c.rotate(54)
        c.scale(height, height)
        c.translate(-_width(WATERMARK) / 2, -0.5)
        c.setLineWidth(0.13)
        c.setLineCap(1)
        c.setLineJoin(1)
        _stroke_text(c, WATERMARK)
        c.restoreState()

    form_once(c, "cd_watermark", draw)


def form_once(c: Any, name: str, draw: Any) -> None:
    """Draw ``draw(c)`` into a form XObject the first time, then place it."""
    made: set[str] = c.__dict__.setdefault("_cd_forms", set())
    if name not in made:
        c.beginForm(name)
        draw(c)
        c.endForm()
        made.add(name)
    c.doForm(name)


# The verification every signer of a campaign statement makes (Forms 460, 497, ...).
VERIFICATION = (
    "I have used all reasonable diligence in preparing and reviewing this statement and to the "
    "best of my knowledge the information contained herein and in the attached schedules is "
    "true and complete. I certify under penalty of perjury under the laws of the State of "
    "California that the foregoing is true and correct."
)


def title_bar(c: Any, y: float, title: str, note: str = "") -> float:
    """A grey bar naming a part of a cover page; returns the y below it."""
    c.setFillGray(0.9)
    c.rect(X0, y - 12, X1 - X0, 12, stroke=1, fill=1)
    c.setFillGray(0)
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(X0 + 4, y - 9, title)
    if note:
        c.setFont(COND, 6.2)
        c.drawString(X0 + 10 + c.stringWidth(title, SANS_BOLD, 7.5), y - 9, note)
    return y - 12


def cells(c: Any, y: float, boxes: Sequence[tuple[float, str, str]], h: float = ROW) -> float:
    """A row of labelled boxes: (width, label, value); the last one takes what is left."""
    x = X0
    for i, (w, lab, val) in enumerate(boxes):
        width = (X1 - x) if i == len(boxes) - 1 else w
        c.rect(x, y - h, width, h)
        label(c, x + 3, y - 6.5, lab)
        if val:
            fit = text.Fitter(COND, 8.5).clip(val, width - 6)
            value(c, x + 3, y - h + 4.5, fit)
        x += width
    return y - h


def address(c: Any, y: float, first: str, adr: str, city: str, st: str, zip4: str,
             phone: str) -> float:
    """The address row of a cover page (street, city, state, ZIP code, phone)."""
    return cells(c, y, [(236, first, adr), (120, "CITY", city), (36, "STATE", st),
                         (70, "ZIP CODE", zip4), (0, "AREA CODE/PHONE", phone)])
