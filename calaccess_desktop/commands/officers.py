"""``officers [--find TEXT] [--committee COMMITTEE] [--json]``: the filing officers the app
knows (or one committee's), with how each takes filings and its own rules."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.officers.catalog import all_officers, search
from calaccess_desktop.officers.model import Officer
from calaccess_desktop.officers.words import as_json, describe, how_it_files


def _chosen(args: argparse.Namespace) -> tuple[str, list[Officer]]:
    from calaccess_desktop.services.filing_calendar import find_committee
    from calaccess_desktop.services.officers import officers_of

    store = open_store(args)
    try:
        with store.read() as session:
            committee = find_committee(session, args.committee)
            return committee.name, officers_of(session, committee.id)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """Print the list."""
    title = ""
    if args.committee:
        name, found = _chosen(args)
        title = f"{name} files with:"
    else:
        found = list(search(args.find) if args.find else all_officers())
    if args.json:
        print(json.dumps([as_json(o) for o in found], indent=1))
        return EXIT_OK
    if args.find and len(found) == 1:
        title = "Filing officer:"
    if title:
        print(title)
        for n, o in enumerate(found):
            print(f"\n{'Primary: ' if n == 0 and len(found) > 1 else ''}{o.code}")
            for line in describe(o):
                print("  " + line)
        return EXIT_OK
    if not found:
        shown = args.find if len(args.find) <= 40 else args.find[:37] + "..."
        print(f"No filing officer matches {shown!r}. Give --other NAME to "
              "set-officer for one that is not in the list.")
        return EXIT_OK
    width = max(len(o.code) for o in found)
    for o in found:
        mark = " [practice]" if o.practice else " [example]" if o.example else ""
        print(f"{o.code:<{width}}  {o.name} ({o.jurisdiction}): {how_it_files(o)}{mark}")
    print("\nMore about one: calaccess-desktop officers --find CODE. Choose them with "
          "calaccess-desktop set-officer COMMITTEE CODE [CODE...].")
    print("[example]: the office exists, but its details are our example: check them "
          "with the office.")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "officers", run,
                    "the filing officers (Secretary of State, city and county clerks): how "
                    "each takes filings and its own rules")
    p.add_argument("--find", metavar="TEXT", help="only those whose code, name or place "
                   "holds these words")
    p.add_argument("--committee", metavar="COMMITTEE",
                   help="the officers one committee files with (its number, ID or name)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
