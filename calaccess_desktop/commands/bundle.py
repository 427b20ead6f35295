"""``bundle COMMITTEE -o FILE``: everything about one committee in one hand-off file."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.services.bundle import write_bundle


def run(args: argparse.Namespace) -> int:
    """Write the bundle."""
    store = open_store(args)
    try:
        made = write_bundle(store, args.committee, args.output)
    finally:
        store.close()
    c = made.counts
    print(f"wrote {args.output}: committee {made.committee} with {c['statements']} statements, "
          f"{c['records']} entries, {c['contacts']} contacts, {c['submissions']} filings "
          f"({len(made.data):,} bytes)")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "bundle", run, "write a hand-off bundle of one committee (for the "
                    "next treasurer): profile, contacts, statements, filings")
    p.add_argument("committee", metavar="COMMITTEE",
                   help="the committee's number, filer ID or name (see `list`)")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    return p
