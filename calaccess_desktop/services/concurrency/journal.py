"""The change journal: one line per stored action, undo or redo, naming the window or
command that made it and the statement it touched.

A window asks ``changes_since(session, token)`` when the store's watch says another
client committed (``Store.watch``: ``PRAGMA data_version`` on a file, LISTEN/NOTIFY on
a server) and refreshes what others changed; its own lines are left out. A write that
leaves no line (a .CAL import, filing) shows as "something changed".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import ChangeJournal
from calaccess_desktop.services.concurrency.who import who_of

KEEP = 5000  # lines kept; older ones are pruned now and then
PRUNE_EVERY = 500


@dataclass(frozen=True)
class Changes:
    """What others changed since a token: the statements (None: a committee's data or
    an unknown place), the people, and the token to ask with next time."""

    token: int
    statement_ids: frozenset[int | None]
    actors: tuple[str, ...]

    @property
    def any(self) -> bool:
        """Whether someone else changed anything."""
        return bool(self.statement_ids)


_JOURNAL: Any = ChangeJournal.__table__
_NOTE = insert(_JOURNAL).returning(_JOURNAL.c.id)  # built once: every action writes one


def note_change(session: Session, statement_id: int | None,
                committee_id: int | None = None) -> None:
    """Write one journal line for the current action (pruning old lines now and then)."""
    who = who_of(session)
    new_id = session.connection().execute(_NOTE, {
        "session_id": who.session_id, "actor": who.actor, "statement_id": statement_id,
        "committee_id": committee_id}).scalar_one()
    if new_id % PRUNE_EVERY == 0:
        session.execute(delete(_JOURNAL).where(_JOURNAL.c.id <= new_id - KEEP))


def current_token(session: Session) -> int:
    """The newest journal line's id (0 when empty): where a window starts listening."""
    return int(session.scalar(select(func.max(ChangeJournal.id))) or 0)


def changes_since(session: Session, token: int) -> Changes:
    """Lines written by other windows or commands after ``token``."""
    mine = who_of(session).session_id
    rows = session.execute(
        select(ChangeJournal.id, ChangeJournal.session_id, ChangeJournal.actor,
               ChangeJournal.statement_id)
        .where(ChangeJournal.id > token).order_by(ChangeJournal.id)).all()
    others = [r for r in rows if r.session_id != mine]
    actors = tuple(dict.fromkeys(r.actor for r in others))
    return Changes(max([token, *(r.id for r in rows)]),
                   frozenset(r.statement_id for r in others), actors)
