"""``packet STATEMENT -o FILE.pdf [--officer CODE]``: the filing packet for an officer
without e-filing: where and how to deliver it, the deadline and the delivery rules,
then the statement ready for signing."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id


def run(args: argparse.Namespace) -> int:
    """Write the packet."""
    from calaccess_desktop.fileio import output_target
    from calaccess_desktop.services.filing_packet import write_packet

    output_target(args.output)
    store = open_store(args)
    try:
        pages = write_packet(store, args.statement, args.output, args.officer)
    finally:
        store.close()
    print(f"wrote {args.output} ({pages} pages): the delivery instructions, then the "
          "statement to sign")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "packet", run,
                    "write the filing packet of a statement filed on paper or by e-mail")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    p.add_argument("--officer", metavar="CODE",
                   help="which of the committee's filing officers (default: the first that "
                   "takes paper or e-mail)")
    return p
