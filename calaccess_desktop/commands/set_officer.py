"""``set-officer COMMITTEE CODE [CODE...] [--other NAME --email E --address A]``: choose
where a committee files (the first is where its e-filing goes); ``--state`` goes back to
the Secretary of State alone."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.errors import UsageError


def run(args: argparse.Namespace) -> int:
    """Store the choice and say what it means."""
    from calaccess_desktop.services.filing_calendar import find_committee
    from calaccess_desktop.services.officers import set_officers

    choices: list[Any] = list(args.codes)
    if args.other is not None:
        choices.append({"code": "OTHER", "name": args.other, "email": args.email or "",
                        "address": args.address or "", "jurisdiction": args.jurisdiction or ""})
    elif args.email or args.address or args.jurisdiction:
        raise UsageError("--email, --address and --jurisdiction describe an --other "
                         "filing officer: give --other NAME too.")
    if not choices and not args.state:
        raise UsageError("Give the filing officer's code (calaccess-desktop officers lists "
                         "them), --other NAME, or --state for the Secretary of State alone.")
    if choices and args.state:
        raise UsageError("--state means the Secretary of State alone: give it without codes.")
    store = open_store(args)
    try:
        with store.transaction() as session:
            committee = find_committee(session, args.committee)
            name = committee.name
            officers = set_officers(session, committee.id, choices)
    finally:
        store.close()
    print(f"{name} now files with " + "; ".join(
        f"{o.the_name} ({o.code})" for o in officers) + ".")
    if len(officers) > 1:
        print(f"E-filing goes to {officers[0].the_name}; the others get their copies as "
              "their rules say.")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "set-officer", run,
                    "choose the filing officers a committee files with (the first is "
                    "where e-filing goes)")
    p.add_argument("committee", metavar="COMMITTEE",
                   help="the committee's number (list shows them), ID number or name")
    p.add_argument("codes", metavar="CODE", nargs="*",
                   help="filing officer codes from 'calaccess-desktop officers' (SOS, PRAC ...)")
    p.add_argument("--other", metavar="NAME", help="a filing officer not in the list")
    p.add_argument("--email", metavar="E", help="the other officer's e-mail for filings")
    p.add_argument("--address", metavar="A",
                   help="the other officer's address (separate lines with ';')")
    p.add_argument("--jurisdiction", metavar="PLACE", help="the other officer's city or county")
    p.add_argument("--state", action="store_true",
                   help="file with the Secretary of State alone (the default)")
    return p
