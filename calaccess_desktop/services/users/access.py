"""The one check of who may do what: ``require(session, capability)``.

A data file with no users asks nothing (everyone may do everything, as before users
existed). Once it has users, every change needs a logged-in user, and the user's role
as stored now (not as it was at login) decides.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from calaccess_desktop.errors import UserError
from calaccess_desktop.services.users.accounts import find_user, has_users
from calaccess_desktop.services.users.actor import Actor, actor_of
from calaccess_desktop.services.users.roles import DOING, WHO_MAY, may, role_words

LOGIN_HINT = ("On the command line add --user NAME (the password is read from "
              "CALACCESS_PASSWORD or asked for); in the window, log in at the start")


class LoginNeeded(UserError):
    """The data file has users and nobody is logged in; nothing was changed."""


class NotAllowed(UserError):
    """The user's role does not allow the action; nothing was changed."""


def current(session: Session) -> Actor:
    """Who acts, with the role stored now (a user removed since login has none)."""
    actor = actor_of(session)
    if not actor.logged_in:
        return actor
    user = find_user(session, actor.name)
    return Actor(actor.name, user.role) if user is not None else Actor(actor.name)


def refusal(actor: Actor, capability: str) -> str | None:
    """Why ``actor`` may not do ``capability`` (None when they may), in words."""
    if may(actor.role, capability):
        return None
    return (f"{actor.name} is {role_words(actor.role)}: {role_words(actor.role)} may not "
            f"{DOING[capability]}; only {WHO_MAY[capability]} may. Nothing was changed.")


def require(session: Session, capability: str) -> Actor:
    """The actor, if they may do ``capability``; LoginNeeded or NotAllowed otherwise."""
    actor = actor_of(session)
    if not has_users(session):
        return actor
    if not actor.logged_in:
        raise LoginNeeded(f"This data file has users: log in to {DOING[capability]}. "
                          f"{LOGIN_HINT}. Nothing was changed.")
    now = current(session)
    if not now.logged_in:
        raise LoginNeeded(f"{actor.name} is no longer a user of this data file: log in "
                          f"as another user. {LOGIN_HINT}. Nothing was changed.")
    why = refusal(now, capability)
    if why is not None:
        raise NotAllowed(why)
    return now
