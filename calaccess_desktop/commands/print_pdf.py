"""``print STATEMENT -o FILE.pdf``: the statement as a PDF to review, sign and file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store, row_id


def run(args: argparse.Namespace) -> int:
    """Render the statement and write the PDF (nothing is written on error)."""
    from calaccess_desktop.fileio import output_target
    from calaccess_desktop.pdf import UnsupportedForm
    from calaccess_desktop.services.printing import print_statement, printed_state

    output_target(args.output)  # a folder, FIFO or device is refused before any work
    store = open_store(args)
    try:
        pages = print_statement(store, args.statement, args.output)
        state = printed_state(store, args.statement)
    except UnsupportedForm as exc:
        print(f"error: statement {args.statement}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        store.close()
    print(f"wrote {args.output} ({pages} page{'s' if pages != 1 else ''}); the statement is "
          f"{state}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "print", run, "write a statement as a PDF to review, sign and file")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    return p
