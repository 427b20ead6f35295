"""Print a stored statement to a PDF file (the same document the preview shows)."""

from __future__ import annotations

import threading
from pathlib import Path

from calaccess_desktop import pdf
from calaccess_desktop.fileio import write_atomically
from calaccess_desktop.pdf.document import Progress
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize


def load_document(store: Store, statement_id: int) -> pdf.Document:
    """The statement laid out into pages (snapshot and summary read in one session).
    Raises ``snapshots.NotFound`` or ``pdf.UnsupportedForm``."""
    with store.read() as session:
        snap, summary = summarize(session, statement_id)
    return pdf.prepare(snap, summary)


def printed_state(store: Store, statement_id: int) -> str:
    """How the statement prints: a draft, ready to file, or filed (plain words)."""
    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.pdf.document import state_words

    with store.read() as session:
        stmt = session.get(Statement, statement_id)
        return state_words(stmt.status, stmt.filing_id) if stmt is not None else ""


write_pdf = write_atomically  # PDF bytes to a file; a partial file never replaces a good one


def print_statement(store: Store, statement_id: int, path: str | Path, *,
                    progress: Progress | None = None,
                    cancel: threading.Event | None = None) -> int:
    """Render the statement to ``path``; returns the number of pages.
    Nothing is written when rendering is cancelled (``pdf.RenderCancelled``)."""
    doc = load_document(store, statement_id)
    write_pdf(doc.render(progress=progress, cancel=cancel), path)
    return doc.total_pages
