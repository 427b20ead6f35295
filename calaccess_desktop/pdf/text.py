"""Text for printed forms: dates, names, addresses, money, and fitting text to a width."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.domain.money import cents_or_none, format_display
from calaccess_desktop.pdf import fonts


def date(text: str) -> str:
    """A CAL date (CCYYMMDD) as MM/DD/YYYY; other text unchanged."""
    if len(text) == 8 and text.isdigit():
        return f"{text[4:6]}/{text[6:8]}/{text[:4]}"
    return text


def day(value: dt.date | None) -> str:
    """A date as MM/DD/YYYY ('' for None)."""
    return value.strftime("%m/%d/%Y") if value else ""


cents = cents_or_none  # a CAL amount in cents (None when blank or malformed)


def money(text: str) -> str:
    """A CAL amount for people (``1,234.50``); blank stays blank, malformed text is shown.
    Same result as ``format_display(parse_cal_amount(text))``, without the regex."""
    if not text:
        return ""
    whole, dot, frac = text.partition(".")
    neg = whole.startswith("-")
    digits = whole[1:] if neg else whole
    if (digits.isdigit() and digits.isascii() and len(digits) <= 12 and len(frac) <= 2
            and (not dot or (frac.isdigit() and frac.isascii()))):
        number = int(digits)
        frac = frac.ljust(2, "0")
        sign = "-" if neg and (number or frac != "00") else ""
        return f"{sign}{number:,}.{frac}"
    value = cents(text)
    return text if value is None else format_display(value)


def person(last: str, first: str = "", title: str = "", suffix: str = "") -> str:
    """``Last, Title First Suffix`` for people; just the name for organisations."""
    rest = " ".join(p for p in (title, first, suffix) if p)
    return f"{last}, {rest}" if rest and last else (last or rest)


def city_line(city: str, state: str, zip4: str) -> str:
    """``City, ST ZIP`` (missing parts left out)."""
    tail = " ".join(p for p in (state, zip4) if p)
    return f"{city}, {tail}" if city and tail else (city or tail)


def street(adr1: str, adr2: str) -> str:
    """Street lines joined on one line."""
    return f"{adr1}, {adr2}" if adr1 and adr2 else (adr1 or adr2)


class Fitter:
    """Measures and breaks text into lines no wider than a width, for one font and size."""

    def __init__(self, font: str, size: float) -> None:
        from reportlab.pdfbase import pdfmetrics

        fonts.register()
        self.font, self.size = font, size
        face = pdfmetrics.getFont(font).face
        self._widths, self._default = face.charWidths, face.defaultWidth
        self._ascii = [self._widths.get(i, self._default) for i in range(128)]
        self._k = 0.001 * size
        self._em = fonts.max_advance(font) * size
        self._counts: dict[tuple[str, float], int] = {}

    def width(self, text: str) -> float:
        """Width of text in points (the same sum reportlab makes, only faster)."""
        if text.isascii():
            return sum(map(self._ascii.__getitem__, text.encode())) * self._k
        get, default = self._widths.get, self._default
        return sum(get(ord(ch), default) for ch in text) * self._k

    def safe_chars(self, width: float) -> int:
        """How many ASCII characters surely fit in ``width``."""
        return int(width // self._em)

    def lines(self, text: str, width: float, safe: int = -1) -> list[str]:
        """``text`` wrapped at spaces (long words split) to fit ``width``."""
        if safe < 0:
            safe = self.safe_chars(width)
        if (len(text) <= safe and text.isascii()) or self.width(text) <= width:
            return [text]
        out: list[str] = []
        line = ""
        for word in text.split():
            candidate = f"{line} {word}" if line else word
            if self.width(candidate) <= width:
                line = candidate
                continue
            if line:
                out.append(line)
            line = word
            while self.width(line) > width and len(line) > 1:
                cut = self._cut(line, width)
                out.append(line[:cut])
                line = line[cut:]
        if line or not out:
            out.append(line)
        return out

    def count(self, text: str, width: float, safe: int = -1) -> int:
        """How many lines ``lines(text, width)`` gives (remembered: values repeat)."""
        key = (text, width)
        n = self._counts.get(key)
        if n is None:
            if len(self._counts) > 200_000:
                self._counts.clear()
            n = self._counts[key] = len(self.lines(text, width, safe))
        return n

    def _cut(self, word: str, width: float) -> int:
        n = max(1, self.safe_chars(width))
        while n < len(word) and self.width(word[: n + 1]) <= width:
            n += 1
        return n

    def clip(self, text: str, width: float) -> str:
        """``text`` shortened with an ellipsis to fit ``width`` (for fixed boxes)."""
        if self.width(text) <= width:
            return text
        while text and self.width(text + "…") > width:
            text = text[:-1]
        return text + "…"
