"""The PDF engine: reportlab on a bare canvas (no DB, no Qt, no form of its own).

Each form lays itself out with this engine (``forms/<form>/print_*.py``, reached through
``FormSpec.printer``); ``services.printing.prepare`` picks the form's printer. Usage::

    doc = printing.prepare(snapshot, summary)  # paginate; doc.total_pages is known
    first = doc.render(max_pages=1)            # fast preview: "Page 1 of N"
    data = doc.render(progress=cb, cancel=event)
"""

from __future__ import annotations

from calaccess_desktop.pdf.document import (
    Document,
    Progress,
    RenderCancelled,
    UnsupportedForm,
    file_name,
    gc_paused,
)

__all__ = ["Document", "Progress", "RenderCancelled", "UnsupportedForm", "file_name",
           "gc_paused", "warm_up"]


def warm_up() -> None:
    """Import reportlab and load the fonts now (about 0.2 s), e.g. in the background at
    start-up, so the first preview does not pay for it."""
    from reportlab.pdfgen import canvas  # noqa: F401

    from calaccess_desktop.pdf import sections  # noqa: F401
    from calaccess_desktop.pdf.fonts import register

    register()
