"""Printed statements: PDF renderings of a frozen snapshot with reportlab (no DB, no Qt).

Usage::

    doc = prepare(snapshot, summary)      # paginate; doc.total_pages is known
    first = doc.render(max_pages=1)       # fast preview: "Page 1 of N"
    data = doc.render(progress=cb, cancel=event)

``render(snapshot, summary)`` does both steps in one call.
"""

from __future__ import annotations

import threading

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.pdf.document import (
    Document,
    Progress,
    RenderCancelled,
    UnsupportedForm,
    file_name,
    gc_paused,
)

__all__ = ["Document", "RenderCancelled", "UnsupportedForm", "prepare", "render",
           "render_first_page", "supported_forms", "warm_up"]


def warm_up() -> None:
    """Import reportlab and load the fonts now (about 0.2 s), e.g. in the background at
    start-up, so the first preview does not pay for it."""
    from reportlab.pdfgen import canvas  # noqa: F401

    from calaccess_desktop.pdf import f460, f497  # noqa: F401
    from calaccess_desktop.pdf.fonts import register

    register()


def supported_forms() -> tuple[str, ...]:
    """Form types that can be printed."""
    return ("F460", "F497")


def prepare(snapshot: StatementSnapshot, summary: Summary | None = None) -> Document:
    """Lay a statement out into pages (Form 460 needs its summary; computed if omitted)."""
    form = snapshot.form_type.upper()
    doc: Document | None = None
    if form == "F460":
        from calaccess_desktop.pdf import f460

        with gc_paused():
            doc = f460.build(snapshot, summary)
    elif form == "F497":
        from calaccess_desktop.pdf import f497

        with gc_paused():
            doc = f497.build(snapshot)
    if doc is not None:
        doc.file_name = file_name(snapshot)
        return doc
    raise UnsupportedForm(f"printing a Form {form.removeprefix('F')} is not supported yet "
                          f"(supported: {', '.join(supported_forms())})")


def render(snapshot: StatementSnapshot, summary: Summary | None = None, *,
           max_pages: int | None = None, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> bytes:
    """The statement as PDF bytes (all pages, or the first ``max_pages``)."""
    return prepare(snapshot, summary).render(max_pages=max_pages, progress=progress,
                                             cancel=cancel)


def render_first_page(snapshot: StatementSnapshot, summary: Summary | None = None) -> bytes:
    """Only the first page (already numbered "Page 1 of N"), for a quick preview."""
    return render(snapshot, summary, max_pages=1)
