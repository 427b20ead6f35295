"""``export STATEMENT -o FILE.cal``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.fileio import output_target, write_atomically
from calaccess_desktop.services.exporter import export_statement


def run(args: argparse.Namespace) -> int:
    """Write the statement; nothing is written when a value does not fit the format."""
    output_target(args.output)  # a folder, FIFO or device is refused before any work
    store = open_store(args)
    try:
        data = export_statement(store, args.statement, target=args.output)
    finally:
        store.close()
    out = Path(args.output)
    write_atomically(data, out)
    lines = data.count(b"\n")
    print(f"wrote {out} ({lines} records)")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "export", run, "write a statement as a .CAL file")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("-o", "--output", required=True, metavar="FILE.cal")
    return p
