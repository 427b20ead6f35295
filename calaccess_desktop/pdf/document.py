"""A prepared document: its parts, page count known up front, rendered page by page.

``prepare(snapshot, summary)`` paginates everything (no drawing) so "Page x of y" is
right on the first page; ``Document.render`` draws all pages (or only the first
``max_pages`` for a quick preview), reporting progress and honouring a cancel event.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import threading
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from calaccess_desktop import PRODUCT
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.gc_pause import gc_paused  # noqa: F401  (pdf.gc_paused, one home)
from calaccess_desktop.pdf import fonts, frame, text
from calaccess_desktop.pdf.frame import DocInfo

Progress = Callable[[int, int], None]
FILED = frozenset({"filed", "amended"})  # 'amended': filed, later superseded
# Marked ready to file, or frozen in the outbox: printed for signing and paper filing.
READY = frozenset({"ready", "queued"})
READY_LABEL = "READY TO FILE - NOT YET FILED"


class RenderCancelled(Exception):
    """Rendering stopped because the cancel event was set."""


class UnsupportedForm(ValueError):
    """There is no printed layout for this form yet."""


class Part(Protocol):
    """A run of pages drawn by one layout (cover, summary page, a schedule)."""

    @property
    def key(self) -> str: ...

    def page_count(self) -> int: ...

    def draw(self, c: Any, k: int, number: int, total: int) -> None: ...


@dataclass
class SinglePage:
    """A part of exactly one page, drawn by ``draw(c, number, total)``."""

    draw_page: Callable[[Any, int, int], None]
    key: str = ""

    def page_count(self) -> int:
        """Always one page."""
        return 1

    def draw(self, c: Any, k: int, number: int, total: int) -> None:
        """Draw the page."""
        self.draw_page(c, number, total)


class Document:
    """A statement laid out into pages, ready to render."""

    def __init__(self, parts: Sequence[Part], info: DocInfo, title: str,
                 file_name: str = "statement.pdf") -> None:
        self.parts = list(parts)
        self.info = info
        self.title = title
        self.file_name = file_name  # what "Save PDF as" suggests
        self._index = [(p, k) for p in self.parts for k in range(p.page_count())]
        self.total_pages = len(self._index)

    def sections(self) -> dict[str, int]:
        """First page number of each part by key: ``cover``, ``cover2``, ``summary``,
        schedule letters ``A``..``I`` (``B1``, ``B2``), ``P1``/``P2`` on a Form 497."""
        out: dict[str, int] = {}
        for n, (part, _k) in enumerate(self._index, start=1):
            out.setdefault(part.key, n)
        return out

    def render(self, *, max_pages: int | None = None, progress: Progress | None = None,
               cancel: threading.Event | None = None) -> bytes:
        """The PDF bytes of the first ``max_pages`` pages (all by default)."""
        from reportlab import rl_config
        from reportlab.pdfgen import canvas

        fonts.register()
        rl_config.useA85 = 0  # binary (compressed) streams: ASCII85 costs time and bytes
        count = self.total_pages if max_pages is None else min(max_pages, self.total_pages)
        buf = io.BytesIO()
        # invariant=0: the creation date in the metadata is now (local time with its
        # offset; SOURCE_DATE_EPOCH still fixes it for reproducible builds).
        c = canvas.Canvas(buf, pagesize=(frame.PAGE_W, frame.PAGE_H), pageCompression=1,
                          invariant=0, initialFontName=fonts.COND)
        c.setTitle(self.title)
        c.setAuthor(self.info.filer_name)
        c.setSubject(" | ".join(self.info.status))
        c.setCreator(PRODUCT)
        for n in range(count):
            if cancel is not None and cancel.is_set():
                raise RenderCancelled(f"stopped after {n} of {count} pages")
            part, k = self._index[n]
            part.draw(c, k, n + 1, self.total_pages)
            c.showPage()
            if progress is not None:
                progress(n + 1, count)
        c.save()
        return buf.getvalue()

    def render_first_page(self) -> bytes:
        """Only page 1 (it already says "Page 1 of N"), for a fast preview."""
        return self.render(max_pages=1)


def filed_on(when: dt.datetime | None) -> str:
    """A filing time as California local date and time (MM/DD/YYYY HH:MM PT).
    The store keeps UTC; SQLite returns it without a time zone."""
    if when is None:
        return ""
    aware = when if when.tzinfo else when.replace(tzinfo=dt.UTC)
    try:
        from zoneinfo import ZoneInfo

        return aware.astimezone(ZoneInfo("America/Los_Angeles")).strftime("%m/%d/%Y %H:%M PT")
    except Exception:  # no time zone database on this machine: show UTC
        return aware.strftime("%m/%d/%Y %H:%M UTC")


def state_words(status: str, filing_id: str = "") -> str:
    """How a statement in this status prints, in plain words (for the print command)."""
    if status in FILED:
        return f"filed, Filing ID {filing_id or 'unknown'}"
    if status in READY:
        return ("ready to file: printed without the DRAFT mark, for signing and paper "
                "filing")
    return ("a draft: every page is marked DRAFT - NOT FILED (mark it ready to file in "
            "the window to print it for signing)")


def status_lines(snap: StatementSnapshot) -> tuple[bool, tuple[str, ...]]:
    """(draft?, lines) for the status strip: DRAFT, ready to file, filing ID and date,
    amendment. Only a draft carries the watermark."""
    lines = []
    draft = snap.status not in FILED | READY
    if snap.status in READY:
        lines.append(READY_LABEL + ("  (waiting in the outbox)" if snap.status == "queued"
                                    else "  (for signing and paper filing)"))
    elif draft:
        lines.append(f"{frame.WATERMARK}  (status: {snap.status})")
    else:
        lines.append(f"FILED - Filing ID {snap.filing_id or 'unknown'} - "
                     f"filed {filed_on(snap.filed_at) or 'date unknown'}")
        if snap.status == "amended":
            lines.append("Superseded by a later amendment")
    if snap.report_num > 0:
        original = snap.original_filing_id or "(original not yet filed)"
        lines.append(f"AMENDMENT No. {snap.report_num} - amends Filing ID {original}")
    return draft, tuple(lines)


def _safe(words: str) -> str:
    """Letters, digits and hyphens only (accents dropped), for a file name."""
    ascii_text = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")


def file_name(snap: StatementSnapshot) -> str:
    """The suggested PDF name: committee, form and period, e.g.
    ``Smith-for-Council_F460_2026-07-01_to_2026-09-19.pdf`` (safe characters only)."""
    committee = _safe(snap.committee.name)[:60].strip("-") or "statement"
    parts = [committee, _safe(snap.form_type) or "statement"]
    start, end = snap.period_from, snap.period_through
    if start and end:
        parts.append(f"{start.isoformat()}_to_{end.isoformat()}")
    elif end or start:
        parts.append((end or start).isoformat())  # type: ignore[union-attr]
    elif snap.election_date:
        parts.append(f"election-{snap.election_date.isoformat()}")
    if snap.report_num > 0:
        parts.append(f"amendment-{snap.report_num}")
    return "_".join(parts) + ".pdf"


def doc_info(snap: StatementSnapshot, form_number: str, form_name: str,
             period: tuple[tuple[str, str], ...], period_title: str) -> DocInfo:
    """What every page of the statement's document shows."""
    draft, lines = status_lines(snap)
    cover = snap.cover
    name = text.person(cover.get("Filer_NamL"), cover.get("Filer_NamF"),
                       cover.get("Filer_NamT"), cover.get("Filer_NamS"))
    return DocInfo(
        form_number=form_number, form_name=form_name,
        filer_name=name or snap.committee.name,
        filer_id=cover.get("Filer_ID") or snap.committee.filer_id,
        period=period, period_title=period_title, status=lines, draft=draft,
    )
