"""``delete STATEMENT [--yes]``: delete a draft statement and all its entries.

Asks first (unless ``--yes``); Edit > Undo in the window (Ctrl+Z) brings it back.
Filed statements, statements sent for filing and statements amended by another are
refused in plain words (exit status 1)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from calaccess_desktop.commands.common import (
    EXIT_OK,
    EXIT_USAGE,
    add_command,
    open_store,
    row_id,
)
from calaccess_desktop.services.statements import deletable, delete_statement


def _confirmed(question: str) -> bool | None:
    """The user's answer; None when nobody can answer (no terminal)."""
    if not sys.stdin.isatty():
        return None
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def run(args: argparse.Namespace) -> int:
    """Delete the statement after asking (or at once with --yes)."""
    store = open_store(args)
    try:
        if not args.yes:
            with store.read() as session:
                name = deletable(session, args.statement)
            entries = f"{name.entries} entr{'y' if name.entries == 1 else 'ies'}"
            answer = _confirmed(f"Delete {name.words} (statement {name.id}, {entries})?")
            if answer is None:
                print("error: nothing was deleted: add --yes to delete without being asked",
                      file=sys.stderr)
                return EXIT_USAGE
            if not answer:
                print("Nothing was deleted.")
                return EXIT_OK
        with store.transaction() as session:
            name = delete_statement(session, args.statement)
    finally:
        store.close()
    print(f"Deleted {name.words} (statement {name.id}). To bring it back, choose "
          "Edit > Undo in the window (Ctrl+Z).")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "delete", run, "delete a draft statement and all its entries "
                    "(Edit > Undo in the window brings it back)")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--yes", action="store_true", help="do not ask first")
    return p
