"""Users of a data file: add, list, change a role, remove, and check a password.

Passwords are hashed with argon2id (argon2-cffi's defaults); only the hash is stored,
and no message or log line ever holds a password. The first user must be an
administrator, and the last administrator cannot be removed or demoted, so someone
can always manage the users.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import User
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.users.actor import Actor
from calaccess_desktop.services.users.roles import ROLES

NAME_MAX = 64
PASSWORD_MIN = 8
PASSWORD_MAX = 1024  # longer is refused in words (argon2 would take it, but nobody types it)

_HASHER = PasswordHasher()


@functools.cache
def _dummy() -> str:
    """A hash of nothing anyone types: an unknown name costs the same time as a wrong
    password (made on first use, not at every command's start)."""
    return _HASHER.hash("not a password: makes an unknown name take as long as a wrong one")


class UserProblem(UserError):
    """A user name, role or password that cannot be used; the message says why."""


class LoginFailed(UserError):
    """Unknown user or wrong password (said the same way for both)."""


@dataclass(frozen=True, slots=True)
class UserRow:
    """A user as listed (never the hash)."""

    name: str
    role: str
    created_at: dt.datetime
    created_by: str


def name_key(name: str) -> str:
    """The name as it is matched: case-folded, Unicode-normalised, trimmed."""
    return unicodedata.normalize("NFKC", name).strip().casefold()


def check_name(name: str) -> str:
    """The name trimmed, or UserProblem saying what is wrong with it."""
    clean = unicodedata.normalize("NFKC", name).strip()
    if not clean:
        raise UserProblem("A user needs a name (for example: pat).")
    if len(clean) > NAME_MAX:
        raise UserProblem(f"A user name has at most {NAME_MAX} characters; this one has "
                          f"{len(clean):,}.")
    if any(unicodedata.category(c)[0] in "CZ" and c != " " for c in clean):
        raise UserProblem("A user name cannot hold control characters, tabs or line breaks.")
    return clean


def check_role(role: str) -> str:
    """The role in lower case, or UserProblem naming the three."""
    clean = role.strip().lower()
    if clean not in ROLES:
        raise UserProblem(f"{role[:40]!r} is not a role; the roles are preparer (enters and "
                          "prints), treasurer (also files and amends) and administrator "
                          "(manages users).")
    return clean


def check_password(password: str) -> str:
    """The password, if it may be used (never shown in the message)."""
    if len(password) < PASSWORD_MIN:
        raise UserProblem(f"A password needs at least {PASSWORD_MIN} characters.")
    if len(password) > PASSWORD_MAX:
        raise UserProblem(f"A password has at most {PASSWORD_MAX} characters.")
    if "\n" in password or "\r" in password or "\0" in password:
        raise UserProblem("A password cannot hold line breaks or NUL characters.")
    return password


def has_users(session: Session) -> bool:
    """Whether the data file has users (then every change needs a login)."""
    return session.scalar(_ANY_USER) is not None


_ANY_USER = select(User.id).limit(1)  # built once: every change asks it


def find_user(session: Session, name: str) -> User | None:
    """The user of that name (any case), or None."""
    return session.scalar(select(User).where(User.name_key == name_key(name)))


def _existing(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise UserProblem(f"There is no user {name[:NAME_MAX]!r} in this data file "
                          "(calaccess-desktop users list shows them).")
    return user


def _administrators(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)
                              .where(User.role == "administrator")) or 0)


def add_user(session: Session, name: str, role: str, password: str, *,
             created_by: str = "") -> UserRow:
    """Add a user with a role and a password (stored as its argon2 hash)."""
    clean, role = check_name(name), check_role(role)
    check_password(password)
    if find_user(session, clean) is not None:
        raise UserProblem(f"There is already a user {clean!r} in this data file.")
    if not has_users(session) and role != "administrator":
        raise UserProblem("The first user must be an administrator (--role administrator), "
                          "so that someone can add and remove users; then add the treasurer "
                          "and the preparers.")
    user = User(name=clean, name_key=name_key(clean), role=role,
                password_hash=_HASHER.hash(password), created_by=created_by[:100])
    session.add(user)
    session.flush()
    return _row(user)


def set_role(session: Session, name: str, role: str) -> tuple[str, str]:
    """Change a user's role; returns (old role, new role)."""
    user, role = _existing(session, name), check_role(role)
    old = user.role
    if old == "administrator" and role != "administrator" and _administrators(session) == 1:
        raise UserProblem(f"{user.name} is the only administrator: make another user an "
                          "administrator first, so that someone can still manage users.")
    user.role = role
    return old, role


def remove_user(session: Session, name: str) -> UserRow:
    """Remove a user (their past changes stay in the audit trail under their name)."""
    user = _existing(session, name)
    if user.role == "administrator" and _administrators(session) == 1 and \
            session.scalar(select(func.count()).select_from(User)) != 1:
        raise UserProblem(f"{user.name} is the only administrator: make another user an "
                          "administrator first, so that someone can still manage users.")
    row = _row(user)
    session.delete(user)
    return row


def set_password(session: Session, name: str, password: str) -> None:
    """Give a user a new password."""
    user = _existing(session, name)
    user.password_hash = _HASHER.hash(check_password(password))


def list_users(session: Session) -> list[UserRow]:
    """Every user, by name."""
    return [_row(u) for u in session.scalars(select(User).order_by(User.name_key))]


def verify(session: Session, name: str, password: str) -> Actor:
    """The user, if the password is theirs; LoginFailed (same words for an unknown name
    and a wrong password) otherwise. A hash made with older settings is renewed."""
    user = find_user(session, name) if name.strip() and len(name) <= 4 * NAME_MAX else None
    try:
        _HASHER.verify(user.password_hash if user else _dummy(), password)
    except (VerificationError, InvalidHashError):
        user = None
    if user is None:
        raise LoginFailed(f"Not logged in: there is no user {name.strip()[:NAME_MAX]!r} "
                          "with that password in this data file. Check the name and the "
                          "password (an administrator can set a new one).")
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
    return Actor(user.name, user.role)


def _row(user: User) -> UserRow:
    return UserRow(user.name, user.role, user.created_at, user.created_by)
