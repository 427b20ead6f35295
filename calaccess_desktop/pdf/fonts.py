"""The DejaVu Sans fonts shipped in ``pdf/fonts/`` (package data), registered once.

Every PDF embeds (subsets of) these fonts, so a statement prints the same on any
machine. See ``fonts/LICENSE`` (Bitstream Vera license, DejaVu changes public domain).
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "fonts"

SANS_BOLD = "DejaVuSans-Bold"  # titles
COND = "DejaVuSansCondensed"  # labels and values
COND_BOLD = "DejaVuSansCondensed-Bold"
_FILES = {name: f"{name}.ttf" for name in (SANS_BOLD, COND, COND_BOLD)}

_lock = threading.Lock()
_done = False


def register() -> None:
    """Register the fonts with reportlab (idempotent, thread-safe)."""
    global _done
    if _done:
        return
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    with _lock:
        if _done:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, file in _FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        _done = True


@cache
def max_advance(font: str) -> float:
    """The widest printable ASCII glyph of a font, in em (for quick "surely fits" checks)."""
    from reportlab.pdfbase import pdfmetrics

    register()
    return max(pdfmetrics.stringWidth(chr(c), font, 1000) for c in range(32, 127)) / 1000.0
