"""Print a statement: the form's own printer (``FormSpec.printer``) lays it out with the
pdf engine; the same document feeds the preview, the printer and ``print -o``."""

from __future__ import annotations

import threading
from pathlib import Path

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.fileio import write_atomically
from calaccess_desktop.forms.registry import printable_forms, spec_for
from calaccess_desktop.pdf.document import (
    Document,
    Progress,
    UnsupportedForm,
    file_name,
    gc_paused,
)
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize


def supported_forms() -> tuple[str, ...]:
    """Form codes that can be printed."""
    return printable_forms()


def prepare(snapshot: StatementSnapshot, summary: object | None = None) -> Document:
    """Lay a statement out into pages (its summary is computed if the form has one and it
    is omitted). Raises ``UnsupportedForm`` for a form the app cannot print."""
    spec = spec_for(snapshot.form_type)
    if spec.printer is None:
        names = ", ".join(spec_for(code).short_name for code in supported_forms())
        raise UnsupportedForm(f"printing a {spec.short_name} is not supported yet "
                              f"(the app prints: {names})")
    if summary is None and spec.summarize is not None:
        summary = spec.summarize(snapshot, {})
    with gc_paused():
        doc: Document = spec.printer(snapshot, summary)
    doc.file_name = file_name(snapshot)
    return doc


def render(snapshot: StatementSnapshot, summary: object | None = None, *,
           max_pages: int | None = None, progress: Progress | None = None,
           cancel: threading.Event | None = None) -> bytes:
    """The statement as PDF bytes (all pages, or the first ``max_pages``)."""
    return prepare(snapshot, summary).render(max_pages=max_pages, progress=progress,
                                             cancel=cancel)


def load_document(store: Store, statement_id: int) -> Document:
    """The statement laid out into pages (snapshot and summary read in one session).
    Raises ``snapshots.NotFound`` or ``pdf.UnsupportedForm``."""
    with store.read() as session:
        snap, summary = summarize(session, statement_id)
    return prepare(snap, summary)


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
