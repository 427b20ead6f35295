"""Logging in to a store: from the window's dialog or the command line.

Command line: ``--user NAME`` (or the CALACCESS_USER environment variable) names the
user; the password comes from CALACCESS_PASSWORD, else it is asked for (not echoed).
A data file with no users needs neither.
"""

from __future__ import annotations

import getpass
import os
import sys
from typing import Any

from calaccess_desktop.services.users.accounts import LoginFailed, has_users, verify
from calaccess_desktop.services.users.actor import Actor, act_as

USER_ENV = "CALACCESS_USER"
PASSWORD_ENV = "CALACCESS_PASSWORD"


NO_USERS = ("This data file has no users, so nobody logs in: leave out --user "
            "(calaccess-desktop users add NAME --role administrator sets up the first "
            "user).")


def login(store: Any, name: str, password: str) -> Actor:
    """Check the password and make the store act for the user (LoginFailed otherwise)."""
    with store.transaction() as session:
        if not has_users(session):
            raise LoginFailed(NO_USERS)
        actor = verify(session, name, password)
    act_as(store, actor)
    return actor


def store_has_users(store: Any) -> bool:
    """Whether the store's data file has users (so the window asks for a login)."""
    with store.read() as session:
        return has_users(session)


def ask_password(name: str) -> str:
    """The password from CALACCESS_PASSWORD, else typed at a prompt (not echoed)."""
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not sys.stdin or not sys.stdin.isatty():
        raise LoginFailed(f"The password of {name[:64]!r} is needed: set CALACCESS_PASSWORD "
                          "or run the command in a terminal to type it.")
    return getpass.getpass(f"Password for {name[:64]}: ")


def login_from_cli(store: Any, user: str | None) -> Actor | None:
    """Log in as ``user`` (else CALACCESS_USER) when one is named; None when nobody is
    (then a data file with users refuses every change in words)."""
    name = user if user is not None else os.environ.get(USER_ENV)
    if not name:
        return None
    if not store_has_users(store):  # said before any password is asked for
        if user is None:
            return None  # CALACCESS_USER is only a default: a file without users ignores it
        raise LoginFailed(NO_USERS)
    return login(store, name, ask_password(name))
