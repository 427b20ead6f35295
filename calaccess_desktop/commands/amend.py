"""``amend STATEMENT --reason TEXT``: a draft amending a filed statement (same entries and
Tran_IDs, the next amendment number); prints the new statement's id last."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.services.editing import amend_statement


def run(args: argparse.Namespace) -> int:
    """Create the amendment."""
    store = open_store(args)
    try:
        with store.transaction() as session:
            new_id = amend_statement(session, args.statement, args.reason)
    finally:
        store.close()
    print(f"amendment of statement {args.statement} created; see what it changes with: "
          f"calaccess-desktop changes {new_id}")
    print(new_id)
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "amend", run, "start an amendment of a filed statement")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--reason", required=True,
                   help="why it is amended (printed on the cover page)")
    return p
