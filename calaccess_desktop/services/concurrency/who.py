"""Who is acting, and in which window or command: the key of one person's undo history.

The person is the store's logged-in user, else the computer's user name
(``users.actor.actor_of``, shared with the audit trail). The undo session is one per
opened store (a window, a command), or a new one when a counter's next visitor starts
(``new_undo_session``); a session may carry its own in ``session.info``.
"""

from __future__ import annotations

import uuid
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.services.users.actor import actor_of

UNDO_SESSION_KEY = "undo_session"  # Session.info key: this session's own undo session id

_SESSIONS: weakref.WeakKeyDictionary[Any, str] = weakref.WeakKeyDictionary()


@dataclass(frozen=True, slots=True)
class Who:
    """One person in one window or command."""

    actor: str
    session_id: str


def _engine(session: Session) -> Any:
    bind = session.get_bind()
    return getattr(bind, "engine", bind)


def new_undo_session(store: Any) -> str:
    """Start a fresh undo history for every later session of ``store`` (the previous
    one's actions are no longer offered by Undo or Redo); returns its id."""
    key = uuid.uuid4().hex
    _SESSIONS[store.engine] = key
    return key


def undo_session_of(session: Session) -> str:
    """The undo session this database session belongs to (made on first use)."""
    own = session.info.get(UNDO_SESSION_KEY)
    if isinstance(own, str) and own:
        return own
    engine = _engine(session)
    key = _SESSIONS.get(engine)
    if key is None:
        key = _SESSIONS[engine] = uuid.uuid4().hex
    return key


def who_of(session: Session) -> Who:
    """The person and undo session a change in ``session`` is made by."""
    return Who(actor_of(session).name[:100], undo_session_of(session))
