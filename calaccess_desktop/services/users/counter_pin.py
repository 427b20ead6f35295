"""The staff PIN of a public counter: what the idle lock's "Continue" asks for.

A counter locks after some minutes without use; whoever comes next must not pick up the
last visitor's work. So Continue needs the staff PIN, or, on a data file with users, the
password of the user signed in at the counter (staff need not share a PIN then). Without
either, the lock offers only Next visitor. The PIN lives in the data file, only as its
argon2id hash (``meta`` key ``counter_pin``), so every counter on the same file or
server shares it; an administrator sets it (anyone, on a file without users), and
changing or removing it in the window needs the current PIN. Wrong tries slow down
(``Tries``); the PIN is never logged or shown.
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Meta
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.users.accounts import LoginFailed, has_users, verify
from calaccess_desktop.services.users.roles import USERS

META_KEY = "counter_pin"
PIN_MIN = 4
PIN_MAX = 64

_HASHER = PasswordHasher()


class PinProblem(UserError):
    """A PIN that cannot be used, or a wrong current PIN; nothing was changed."""


@dataclass(frozen=True, slots=True)
class Unlocking:
    """What unlocks the counter: the staff PIN (when set) and, on a data file with
    users, the password of the user signed in here."""

    pin_set: bool
    has_users: bool

    @property
    def possible(self) -> bool:
        """Whether Continue can be offered at all."""
        return self.pin_set or self.has_users


def check_pin(pin: str) -> str:
    """The PIN, if it may be used (never shown in the message)."""
    if len(pin) < PIN_MIN:
        raise PinProblem(f"A staff PIN needs at least {PIN_MIN} digits or letters.")
    if len(pin) > PIN_MAX:
        raise PinProblem(f"A staff PIN has at most {PIN_MAX} characters.")
    if any(unicodedata.category(c)[0] == "C" for c in pin):
        raise PinProblem("A staff PIN cannot hold line breaks, tabs or control characters.")
    return pin


def _stored(session: Session) -> str | None:
    return session.scalar(select(Meta.value).where(Meta.key == META_KEY))


def unlocking(session: Session) -> Unlocking:
    """What unlocks the counter of this data file."""
    return Unlocking(_stored(session) is not None, has_users(session))


def _matches(stored: str | None, typed: str) -> bool:
    if stored is None or not typed or len(typed) > 4 * PIN_MAX:
        return False
    try:
        return bool(_HASHER.verify(stored, typed))
    except (VerificationError, InvalidHashError):
        return False


def unlocks(session: Session, typed: str, *, user: str = "") -> bool:
    """Whether ``typed`` is the staff PIN, or the password of ``user`` (the user signed
    in at the counter, on a data file with users)."""
    if _matches(_stored(session), typed):
        return True
    if user and has_users(session):
        try:
            verify(session, user, typed)
        except LoginFailed:
            return False
        return True
    return False


def _allowed(session: Session, current: str | None, check_current: bool) -> None:
    from calaccess_desktop.services.users.access import require

    require(session, USERS)  # an administrator, once the data file has users
    stored = _stored(session)
    if check_current and stored is not None and not _matches(stored, current or ""):
        raise PinProblem("That is not the current staff PIN, so the PIN was not changed.")


def set_pin(session: Session, pin: str, *, current: str | None = None,
            check_current: bool = True) -> None:
    """Set (or change) the staff PIN; only its hash is stored. Changing a PIN needs the
    current one (``check_current`` False: the command line, where an administrator
    replaces a forgotten one)."""
    from calaccess_desktop.services.audit import trail

    _allowed(session, current, check_current)
    hashed = _HASHER.hash(check_pin(pin))
    had = _stored(session) is not None
    session.execute(delete(Meta).where(Meta.key == META_KEY))
    session.add(Meta(key=META_KEY, value=hashed))
    trail.note(session, "Changed the counter's staff PIN" if had
               else "Set the counter's staff PIN", kind="users", capability=USERS)


def clear_pin(session: Session, *, current: str | None = None,
              check_current: bool = True) -> bool:
    """Remove the staff PIN (then only Next visitor is offered at the lock, unless users
    sign in); False when none was set."""
    from calaccess_desktop.services.audit import trail

    if _stored(session) is None:
        return False
    _allowed(session, current, check_current)
    session.execute(delete(Meta).where(Meta.key == META_KEY))
    trail.note(session, "Removed the counter's staff PIN", kind="users", capability=USERS)
    return True


@dataclass
class Tries:
    """Wrong tries at the lock: the first ``free`` cost nothing, then each one more
    makes the next wait twice as long (2 s, 4 s, 8 s ... at most ``longest``)."""

    free: int = 3
    first_wait: float = 2.0
    longest: float = 300.0
    clock: Callable[[], float] = field(default=time.monotonic)
    wrong: int = 0
    not_before: float = 0.0

    def wait_left(self) -> float:
        """Seconds until the next try is taken (0: now)."""
        return max(0.0, self.not_before - self.clock())

    def failed(self) -> float:
        """Count a wrong try; returns the seconds the next one must wait."""
        self.wrong += 1
        if self.wrong < self.free:
            return 0.0
        wait = min(self.longest, self.first_wait * 2 ** (self.wrong - self.free))
        self.not_before = self.clock() + wait
        return wait

    def succeeded(self) -> None:
        """The right PIN: the count starts again."""
        self.wrong, self.not_before = 0, 0.0
