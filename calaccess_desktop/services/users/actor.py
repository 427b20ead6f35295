"""Who is acting: the logged-in user of a store, else the computer's user name.

A store's actor is set once at login (``act_as``); every session of that store then acts
for them (``actor_of``). A data file with no users has no login: the actor is the
operating system's user name, as before users existed.
"""

from __future__ import annotations

import dataclasses
import getpass
import weakref
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

ACTOR_KEY = "actor"  # Session.info key: an Actor for this one session (tests, services)


@dataclass(frozen=True, slots=True)
class Actor:
    """A person acting. ``role`` is "" when the data file has no users (no login)."""

    name: str
    role: str = ""

    @property
    def logged_in(self) -> bool:
        """Whether this is a user who logged in (not the computer's user name)."""
        return bool(self.role)

    def words(self) -> str:
        """'Pat (treasurer)', or the plain name without a login."""
        return f"{self.name} ({self.role})" if self.role else self.name


def os_actor() -> Actor:
    """The computer's user name (no login)."""
    try:
        name = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or password database
        name = ""
    return Actor((name or "unknown user")[:100])


_ACTORS: weakref.WeakKeyDictionary[Any, Actor] = weakref.WeakKeyDictionary()


def act_as(store: Any, actor: Actor | None) -> None:
    """Every later session of ``store`` acts for ``actor`` (None: the computer's user)."""
    if actor is None:
        _ACTORS.pop(store.engine, None)
    else:
        _ACTORS[store.engine] = actor
    who = getattr(store, "who", None)  # the store's own idea of who (undo per user)
    if dataclasses.is_dataclass(who) and not isinstance(who, type) and hasattr(who, "actor"):
        store.who = dataclasses.replace(who, actor=(actor or os_actor()).name)


def store_actor(store: Any) -> Actor:
    """Who the store's sessions act for."""
    return _ACTORS.get(store.engine) or os_actor()


def actor_of(session: Session) -> Actor:
    """Who this session acts for: its own actor, else its store's, else the computer's
    user name."""
    own = session.info.get(ACTOR_KEY)
    if isinstance(own, Actor):
        return own
    bind = session.get_bind()
    engine = getattr(bind, "engine", bind)
    return _ACTORS.get(engine) or os_actor()
