"""``receipt STATEMENT -o FILE.pdf [--submission N]``: the proof of filing of a statement's
accepted filing (e-filed or marked filed on paper), rebuilt from the data file."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id


def run(args: argparse.Namespace) -> int:
    """Write the receipt PDF."""
    from calaccess_desktop.fileio import output_target
    from calaccess_desktop.services.receipts import write_receipt

    output_target(args.output)
    store = open_store(args)
    try:
        sub_id, pages = write_receipt(store, args.statement, args.output,
                                      submission_id=args.submission)
    finally:
        store.close()
    print(f"wrote {args.output} ({pages} page{'s' if pages != 1 else ''}): the receipt of "
          f"submission {sub_id}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "receipt", run, "write the proof of filing of a filed statement")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--submission", type=row_id("submission"), metavar="N",
                   help="a particular accepted submission (default: the latest)")
    return p
