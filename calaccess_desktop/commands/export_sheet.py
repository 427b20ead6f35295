"""``export-sheet STATEMENT -o FILE.csv|FILE.xlsx [--schedule X]``: for the accountant."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.fileio import output_target
from calaccess_desktop.services.sheet_export import export_sheet, sheet_format


def run(args: argparse.Namespace) -> int:
    """Write the sheet; say what it holds."""
    sheet_format(args.output)  # a wrong file name is refused before any work
    output_target(args.output)  # so are a folder, a FIFO and a device
    store = open_store(args)
    try:
        result = export_sheet(store, args.statement, args.output, schedule=args.schedule)
    finally:
        store.close()
    what = ", ".join(result.sheets)
    print(f"wrote {args.output} ({result.rows} entries; {what})")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "export-sheet", run,
                    "write a statement's transactions, or one schedule, as a CSV or XLSX "
                    "spreadsheet for the accountant")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.add_argument("--schedule", metavar="X",
                   help="one schedule (A, B1, C, D, E, F, G, H, I; P1, P2 on a Form 497 ...) "
                   "or 'all' (the default: all transactions, and in XLSX each schedule on "
                   "its own sheet)")
    return p
