"""Helpers shared by commands: opening the store, checked number arguments, and
registering a command whose handler runs inside the error boundary."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from calaccess_desktop import boundary
from calaccess_desktop.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, UserError
from calaccess_desktop.services.store import Store

__all__ = ["EXIT_INPUT", "EXIT_OK", "EXIT_USAGE", "add_command", "existing_file", "open_store",
           "row_id", "statement_number", "whole_number"]

ASCII_INTEGER = re.compile(r"[+-]?[0-9]+")
MAX_ROW_ID = 2**63 - 1  # SQLite's largest integer


class NoSuchRow(UserError):
    """A statement or submission number that cannot exist (0, negative, beyond SQLite)."""


class RowId(int):
    """A statement or submission number as typed; ``kind`` names what it numbers."""

    kind = "row"
    text = ""


def _integer(text: str) -> int | None:
    """``text`` as an integer if it is written in plain ASCII digits (no ``²``, no ``1_0``);
    beyond 30 digits, 10**30 with its sign (out of every range; Python refuses to read
    numbers of more than 4,300 digits)."""
    text = text.strip()
    if not ASCII_INTEGER.fullmatch(text):
        return None
    if len(text.lstrip("+-")) > 30:
        return -(10**30) if text.startswith("-") else 10**30
    return int(text)


def _shown(text: str) -> str:
    """A number as typed, shortened when it is very long."""
    return text if len(text) <= 40 else f"{text[:30]}... ({len(text)} characters)"


def row_id(kind: str) -> Callable[[str], RowId]:
    """An argparse type for the number of a ``kind`` (statement, submission)."""

    def parse(text: str) -> RowId:
        value = _integer(text)
        if value is None:
            raise argparse.ArgumentTypeError(
                f"{_shown(text)!r} is not a {kind} number; give its number as digits, e.g. 12 "
                "(calaccess-desktop list and outbox show them)")
        number = RowId(value)
        number.kind, number.text = kind, text.strip()
        return number

    parse.__name__ = f"{kind} number"
    return parse


def whole_number(what: str, low: int, high: int) -> Callable[[str], int]:
    """An argparse type for a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        value = _integer(text)
        if value is None or not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"{_shown(text)!r} is not a {what}; give a whole number from {low} to {high}")
        return value

    parse.__name__ = what
    return parse


def check_row(kind: str, value: int, text: str = "") -> int:
    """``value`` if it can be a row's number; otherwise "There is no KIND N."."""
    if not 1 <= value <= MAX_ROW_ID:
        raise NoSuchRow(f"There is no {kind} {_shown(text or str(value))}.")
    return value


def statement_number(text: str) -> int | None:
    """A statement number typed where a file name may also be given (``validate``):
    the number when ``text`` is plain digits, else None; "There is no statement N."
    for a number no statement can have."""
    value = _integer(text)
    return None if value is None else check_row("statement", value, text.strip())


def existing_file(text: str) -> bool:
    """Whether ``text`` names an existing file (False for a name the system refuses)."""
    try:
        return Path(text).is_file()
    except (OSError, ValueError):
        return False


def check_row_ids(args: argparse.Namespace) -> None:
    """Refuse statement/submission numbers no row can have, before anything is opened."""
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, RowId):
                check_row(item.kind, int(item), item.text)


def open_store(args: argparse.Namespace, *, create: bool = False) -> Store:
    """The store named by --db (or the default file). Only the commands that put something
    in it (``create=True``: demo, import) make a new data file; the others refuse a
    missing one, so a mistyped --db leaves nothing behind. With ``--user NAME`` the
    store acts for that user after their password is checked."""
    store = Store.open(getattr(args, "db", None), create=create)
    from calaccess_desktop.services.users.login import login_from_cli

    try:  # --user NAME (or CALACCESS_USER): every change is then theirs
        login_from_cli(store, getattr(args, "user", None))
    except BaseException:
        store.close()
        raise
    return store


def checked(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """``run`` inside the error boundary, after the number arguments are checked."""

    def with_checks(args: argparse.Namespace) -> int:
        check_row_ids(args)
        return run(args)

    return boundary.guard(with_checks)


def add_command(sub: Any, name: str, run: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
    """Register a subcommand whose handler runs inside the error boundary."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(run=checked(run))
    return parser
