"""``demo [--all-forms]``: a sample committee with two Form 460s and a Form 497; with
``--all-forms``, also the committees and statements of every other form the app knows."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.services.demo import create_demo


def _all_forms(args: argparse.Namespace) -> int:
    from calaccess_desktop.forms.registry import form
    from calaccess_desktop.services.demo_forms import create_all_forms

    store = open_store(args, create=True)
    try:
        with store.transaction() as session:
            result = create_all_forms(session)
    finally:
        store.close()
    c = result.committees
    print("created demo committees:")
    for cid, role in ((c.candidate_committee, "candidate committee"), (c.pac, "PAC"),
                      (c.small_committee, "small committee"),
                      (c.candidate, "candidate with no committee"),
                      (c.major_donor, "major donor")):
        print(f"  {cid:>4}  {result.names.get(cid, '')} ({role})")
    print("created demo statements:")
    for code, ids in result.statements.items():
        if ids:
            spec = form(code)
            name = spec.short_name if spec else f"Form {code.removeprefix('F')}"
            print(f"  {name}: statement{'s' if len(ids) > 1 else ''} "
                  f"{', '.join(map(str, ids))}")
    print(f"data file: {store.shown}")
    return EXIT_OK


def run(args: argparse.Namespace) -> int:
    """Create the demo data and say where it is."""
    if args.all_forms:
        return _all_forms(args)
    store = open_store(args, create=True)
    try:
        with store.transaction() as session:
            cid, statements = create_demo(session)
    finally:
        store.close()
    print(f"created demo committee {cid} with statements {', '.join(map(str, statements))}")
    print(f"data file: {store.shown}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "demo", run, "create a realistic sample committee to explore")
    p.add_argument("--all-forms", action="store_true",
                   help="also create committees and statements of every form the app knows "
                        "(a PAC, a small committee, a candidate, a major donor)")
    return p
