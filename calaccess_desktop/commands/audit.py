"""``audit STATEMENT [--entry TRAN_ID] [--json] [-o FILE]``: who changed what, and when.

Every change of the statement (or of one entry, by its transaction ID, through the
earlier versions an amendment copied it from): when, who (and their role once the data
file has users), the action, and each field before and after. ``-o FILE.pdf`` prints it
to a PDF, ``-o FILE.txt`` (any other name) writes the text.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.errors import UsageError
from calaccess_desktop.services.audit.report import as_text, trail_of

ENTRY_MAX = 20  # a transaction ID's length in the CAL format


def run(args: argparse.Namespace) -> int:
    """Print (or write) the trail."""
    entry = args.entry
    if entry is not None and not 0 < len(entry.strip()) <= ENTRY_MAX:
        raise UsageError(f"--entry takes a transaction ID of 1 to {ENTRY_MAX} characters "
                         "(the entry list shows them, e.g. CD1-12)")
    if args.output:
        from calaccess_desktop.fileio import output_target

        output_target(args.output)  # a folder or FIFO refused before any work
    store = open_store(args)
    try:
        with store.read() as session:
            head, lines = trail_of(session, args.statement, entry)
    finally:
        store.close()
    if args.json:
        text = json.dumps({"heading": head, "actions": [line.as_json() for line in lines]},
                          indent=1, ensure_ascii=False)
    else:
        text = as_text(lines, head)
    if not args.output:
        print(text, end="" if text.endswith("\n") else "\n")
        return EXIT_OK
    from calaccess_desktop.fileio import write_file

    if str(args.output).lower().endswith(".pdf") and not args.json:
        from calaccess_desktop.services.audit.printout import trail_pdf

        written = write_file(args.output, trail_pdf(head, lines))
    else:
        written = write_file(args.output, text.encode("utf-8"))
    print(f"Wrote the audit trail ({len(lines)} action{'s' if len(lines) != 1 else ''}) "
          f"to {written}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "audit", run, "show who changed a statement (or one entry of it), "
                    "when, and each field before and after")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--entry", metavar="TRAN_ID", help="only this entry (its transaction ID)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write to FILE instead (FILE.pdf: a printable PDF)")
    return p
