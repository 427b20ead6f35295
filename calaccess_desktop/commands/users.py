"""``users add|list|remove|set-role|password|counter-pin``: the people who may log in to a
data file, and the staff PIN of a public counter's lock.

A data file with no users asks nobody to log in. The first user must be an administrator;
after that, managing users needs an administrator's login (``--user NAME``, the password
from CALACCESS_PASSWORD or asked for). A new password is typed twice at a prompt, or
read from the first line of standard input with ``--password-stdin``.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.audit import trail
from calaccess_desktop.services.users import accounts
from calaccess_desktop.services.users.access import require
from calaccess_desktop.services.users.roles import ROLES, USERS

HELP = ("manage the users of the data file (roles: preparer enters and prints; treasurer "
        "also files and amends; administrator manages users). Log in with --user NAME; the "
        "password comes from CALACCESS_PASSWORD or is asked for")


def typed_twice(from_stdin: bool, what: str, option: str, prompt: str) -> str:
    """A new secret (``what``: "password", "staff PIN"): standard input's first line when
    ``from_stdin``, else typed twice at a terminal's ``prompt``."""
    if from_stdin:
        line = sys.stdin.readline() if sys.stdin else ""
        return line.removesuffix("\n").removesuffix("\r")
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"Type the new {what} in a terminal, or give it on standard input "
                        f"with {option}.")
    first = getpass.getpass(prompt)
    if getpass.getpass(f"The same {what} again: ") != first:
        raise UserError(f"The two {what}s differ; nothing was changed.")
    return first


def new_password(args: argparse.Namespace) -> str:
    """The new password of ``args.name``."""
    return typed_twice(args.password_stdin, "password", "--password-stdin",
                       f"New password for {args.name[:64]}: ")


def _add(args: argparse.Namespace) -> str:
    password = new_password(args)
    store = open_store(args)
    try:
        with store.transaction() as s:
            actor = require(s, USERS)
            name, role = accounts.check_name(args.name), accounts.check_role(args.role)
            trail.note(s, f"Added user {name} ({role})", kind="users", capability=USERS)
            accounts.add_user(s, name, role, password, created_by=actor.name)
    finally:
        store.close()
    return f"Added user {name} ({role}). Log in with --user {name}."


def _remove(args: argparse.Namespace) -> str:
    store = open_store(args)
    try:
        with store.transaction() as s:
            require(s, USERS)
            gone = accounts.remove_user(s, args.name)
            trail.note(s, f"Removed user {gone.name} ({gone.role})", kind="users",
                       capability=USERS)
            left = accounts.has_users(s)
    finally:
        store.close()
    tail = "" if left else " The data file has no users now: nobody is asked to log in."
    return f"Removed user {gone.name} (their changes stay in the audit trail).{tail}"


def _set_role(args: argparse.Namespace) -> str:
    store = open_store(args)
    try:
        with store.transaction() as s:
            require(s, USERS)
            old, new = accounts.set_role(s, args.name, args.role)
            name = accounts.check_name(args.name)
            trail.note(s, f"Changed the role of {name}: {old} -> {new}", kind="users",
                       capability=USERS)
    finally:
        store.close()
    return f"{name} is now {'an' if new[0] in 'aeiou' else 'a'} {new} (was {old})."


def _password(args: argparse.Namespace) -> str:
    password = new_password(args)
    store = open_store(args)
    try:
        with store.transaction() as s:
            actor = require(s, "enter")
            target = accounts.find_user(s, args.name)
            if target is None or target.name != actor.name:
                require(s, USERS)  # one's own password, or an administrator's work
            accounts.set_password(s, args.name, password)
            trail.note(s, f"Set a new password for {accounts.check_name(args.name)}",
                       kind="users", capability="enter")
    finally:
        store.close()
    return f"The password of {accounts.check_name(args.name)} is changed."


def _list(args: argparse.Namespace) -> str:
    store = open_store(args)
    try:
        with store.read() as s:
            users = accounts.list_users(s)
    finally:
        store.close()
    if args.json:
        return json.dumps([{"name": u.name, "role": u.role,
                            "added": u.created_at.isoformat(timespec="seconds"),
                            "added_by": u.created_by} for u in users], indent=1)
    if not users:
        return ("This data file has no users: nobody is asked to log in. Add the first "
                "(an administrator) with: users add NAME --role administrator")
    width = max(len(u.name) for u in users)
    return "\n".join(f"{u.name:<{width}}  {u.role:<13}  added "
                     f"{u.created_at.astimezone():%Y-%m-%d}"
                     + (f" by {u.created_by}" if u.created_by else "") for u in users)


def _counter_pin(args: argparse.Namespace) -> str:
    from calaccess_desktop.services.users import counter_pin

    pin = None if args.clear else typed_twice(args.pin_stdin, "staff PIN", "--pin-stdin",
                                               "New staff PIN for the counter lock: ")
    store = open_store(args)
    try:
        with store.transaction() as s:
            if pin is None:
                gone = counter_pin.clear_pin(s, check_current=False)
            else:
                counter_pin.set_pin(s, pin, check_current=False)
    finally:
        store.close()
    if pin is not None:
        return ("The counter's staff PIN is set (only its hash is kept in the data file); "
                "the lock's Continue asks for it.")
    return ("The counter's staff PIN is removed: at the lock only Next visitor is offered "
            "(on a data file with users, the signed-in user's password still unlocks)."
            if gone else "No staff PIN was set; nothing was changed.")


ACTIONS = {"add": _add, "remove": _remove, "set-role": _set_role, "password": _password,
           "list": _list, "counter-pin": _counter_pin}


def run(args: argparse.Namespace) -> int:
    """Do the action and say what was done."""
    print(ACTIONS[args.action](args))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command and its actions."""
    p = add_command(sub, "users", run, HELP)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a user with a role",
                             description="Add a user. The first must be an administrator.")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument("--password-stdin", action="store_true",
                     help="read the new password from the first line of standard input")
    ls = actions.add_parser("list", help="list the users and their roles")
    ls.add_argument("--json", action="store_true", help="machine-readable output")
    rm = actions.add_parser("remove", help="remove a user (their changes stay in the trail)")
    rm.add_argument("name", metavar="NAME")
    role = actions.add_parser("set-role", help="change a user's role")
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", metavar="ROLE", choices=ROLES)
    pw = actions.add_parser("password", help="set a new password (your own, or as "
                                             "administrator anyone's)")
    pw.add_argument("name", metavar="NAME")
    pw.add_argument("--password-stdin", action="store_true",
                    help="read the new password from the first line of standard input")
    pin = actions.add_parser(
        "counter-pin", help="set (or replace a forgotten) staff PIN of the counter lock",
        description="Set the staff PIN that the idle lock's Continue asks for in counter "
                    "mode (only its hash is kept, in the data file). Once the data file has "
                    "users, an administrator's login is needed.")
    pin.add_argument("--pin-stdin", action="store_true",
                     help="read the new PIN from the first line of standard input")
    pin.add_argument("--clear", action="store_true", help="remove the staff PIN")
    for parser in (add, ls, rm, role, pw, pin):
        parser.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                            help="data file or database URL")
        parser.add_argument("--user", metavar="NAME", default=argparse.SUPPRESS,
                            help="log in as this user (an administrator, once the data "
                                 "file has users)")
    return p
