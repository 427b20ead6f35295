"""The three roles and what each may do.

preparer: enters and prints; treasurer: also files and amends; administrator: also manages
the users (and enters and prints). Only a treasurer sends a filing. Restoring a backup
over the data file (which replaces its filings and its users) takes a treasurer or an
administrator.
"""

from __future__ import annotations

ROLES = ("preparer", "treasurer", "administrator")

ENTER, PRINT, FILE, AMEND, USERS = "enter", "print", "file", "amend", "users"
RESTORE = "restore"

MAY: dict[str, frozenset[str]] = {
    "preparer": frozenset({ENTER, PRINT}),
    "treasurer": frozenset({ENTER, PRINT, FILE, AMEND, RESTORE}),
    "administrator": frozenset({ENTER, PRINT, USERS, RESTORE}),
}

# What each capability is, in words (for a refusal: "A preparer may not file ...").
DOING = {ENTER: "change entries", PRINT: "print", FILE: "file a statement",
         AMEND: "amend a filed statement", USERS: "manage users",
         RESTORE: "restore a backup over the data file"}

WHO_MAY = {ENTER: "any user", PRINT: "any user", FILE: "a treasurer", AMEND: "a treasurer",
           USERS: "an administrator", RESTORE: "a treasurer or an administrator"}


def may(role: str, capability: str) -> bool:
    """Whether ``role`` may do ``capability``."""
    return capability in MAY.get(role, frozenset())


def role_words(role: str) -> str:
    """'a preparer', 'an administrator'."""
    return f"{'an' if role[:1] in 'aeiou' else 'a'} {role}"
