"""Drawing pieces the registration forms (410, 470, 501) share: check-box rows, wrapped
text in a box, and the verification block with signature lines. Built on the pdf engine
(``pdf.frame``, ``pdf.text``) only."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import X0, X1, label, value


def boxes(c: Any, y: float, items: Sequence[tuple[str, bool]], h: float = 16,
          width: float = 0) -> float:
    """A row of check boxes with their words; returns the y below the row."""
    c.rect(X0, y - h, X1 - X0, h)
    step = width or (X1 - X0 - 8) / max(1, len(items))
    x = X0 + 6
    for words, checked in items:
        frame.checkbox(c, x, y - h + 5, checked)
        value(c, x + 10, y - h + 5.5, words, 7.8)
        x += step
    return y - h


def paragraph(c: Any, y: float, words: str, size: float = 7.2, pad: float = 5) -> float:
    """Text wrapped across the page inside a box; returns the y below it."""
    lines = text.Fitter(COND, size).lines(words, X1 - X0 - 2 * pad)
    h = pad * 2 + len(lines) * (size + 1.8)
    c.rect(X0, y - h, X1 - X0, h)
    yy = y - pad - size
    for line in lines:
        value(c, X0 + pad, yy, line, size)
        yy -= size + 1.8
    return y - h


def signature(c: Any, y: float, who: str, name: str, date: str, place: str = "") -> float:
    """One signature line: executed on (date, place), signature, typed name."""
    h = 30.0
    c.rect(X0, y - h, X1 - X0, h)
    base = y - h + 12
    label(c, X0 + 5, base + 1, "Executed on", 6.2)
    c.line(X0 + 42, base, X0 + 112, base)
    value(c, X0 + 44, base + 2, date, 8)
    label(c, X0 + 116, base + 1, "at", 6.2)
    c.line(X0 + 126, base, X0 + 210, base)
    value(c, X0 + 128, base + 2, text.Fitter(COND, 8).clip(place, 80), 8)
    label(c, X0 + 216, base + 1, "By", 6.2)
    c.line(X0 + 228, base, X0 + 400, base)
    label(c, X0 + 228, base - 8, f"Signature of {who}", 5.6)
    c.line(X0 + 408, base, X1 - 6, base)
    value(c, X0 + 410, base + 2, text.Fitter(COND, 8).clip(name, X1 - X0 - 420), 8)
    label(c, X0 + 408, base - 8, "Name (typed)", 5.6)
    return y - h


def verification(c: Any, y: float, words: str = frame.VERIFICATION) -> float:
    """The verification text in a box."""
    return paragraph(c, y, words)


def signers(records: Sequence[Any]) -> dict[str, tuple[str, str, str]]:
    """CVR3 signers by role: role -> (name, date MM/DD/YYYY, place)."""
    out: dict[str, tuple[str, str, str]] = {}
    for r in records:
        if r.rec_type == "CVR3":
            out.setdefault(r.get("Entity_Cd").upper(), (
                text.person(r.get("Sig_NamL"), r.get("Sig_NamF")),
                text.date(r.get("Sig_Date")), r.get("Sig_Loc")))
    return out
