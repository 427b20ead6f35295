"""Counter mode without the window: what "Next visitor" clears on disk, and a check that
nothing of a committee is left in the files the app keeps for its user.

At a public counter one visitor after another prepares a statement on the same
computer. The data file keeps what each one saved (that is its job); everything else
the app writes for its user must forget the visitor: the session file (where they
were, what they were typing), the scratch folder (print previews) and the settings. The
outbox shows a visitor only their own committee's filings (``visitor_submissions``).
The window's part (what is on screen, Qt's own settings) is
``ui/controllers/counter_mode.py``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop import scratch
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.session_state import state_path

if TYPE_CHECKING:
    from calaccess_desktop.services.filing.views import SubmissionRow


@dataclass(frozen=True)
class Cleared:
    """What ``clear_visitor`` removed."""

    session_files: int
    scratch_entries: int


def clear_visitor(location: str) -> Cleared:
    """Forget the visitor of the data file at ``location``: its session file (and a
    half-written one) and every scratch folder of this user (their print previews)."""
    path = state_path(location)
    removed = 0
    for candidate in (path, path.with_name(path.name + ".tmp")):
        with contextlib.suppress(FileNotFoundError):
            candidate.unlink()
            removed += 1
    mine = len(scratch.live_folders())
    scratch.discard_all()
    swept = scratch.sweep(max_age=-1.0)  # every leftover, whatever its age
    return Cleared(removed, mine + swept)


def visitor_submissions(session: Session, committee_id: int | None) -> list[SubmissionRow]:
    """The outbox at a counter: the submissions of the visitor's committee alone, newest
    first; none before the visitor has chosen one (the office's other committees'
    filings are not theirs to see)."""
    from calaccess_desktop.services.filing import list_submissions

    if committee_id is None:
        return []
    rows = [row for sid in session.scalars(select(Statement.id).where(
                Statement.committee_id == committee_id))
            for row in list_submissions(session, statement_id=sid)]
    return sorted(rows, key=lambda r: r.id, reverse=True)


def traces(needles: Iterable[str], paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Every (file, text) where one of ``needles`` (a committee's name, id, filer ID)
    appears in one of ``paths`` (files, or folders searched through), case-insensitive.
    Empty when nothing is left."""
    words = [n.casefold() for n in needles if n.strip()]
    found: list[tuple[Path, str]] = []
    for path in _files(paths):
        try:
            text = path.read_bytes().decode("utf-8", errors="replace").casefold()
        except OSError:
            continue
        found.extend((path, word) for word in words if word in text)
    return found


def _files(paths: Iterable[Path]) -> Iterable[Path]:
    for path in paths:
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            yield path
