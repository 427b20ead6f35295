"""``terminate COMMITTEE --on YYYY-MM-DD [--json]``: the committee's terminating Form
410, an amendment carrying the termination date (``services/registration.terminate``)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import Any

from calaccess_desktop.commands.amend_410 import as_json, changes_lines
from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date like 2026-12-31 "
                                         "(year-month-day)") from None


def run(args: argparse.Namespace) -> int:
    """Make the terminating Form 410."""
    from calaccess_desktop.services.filing_calendar import find_committee
    from calaccess_desktop.services.registration import terminate

    store = open_store(args)
    try:
        with store.transaction() as session:
            committee = find_committee(session, args.committee)
            cid, name = committee.id, committee.name
            done = terminate(session, cid, args.on)
    finally:
        store.close()
    if args.json:
        print(json.dumps(as_json(cid, done), indent=1))
        return EXIT_OK
    made = (f"The draft Form 410 of {name} (statement {done.statement_id}) now terminates "
            "the committee" if done.draft else
            f"Made the terminating Form 410 of {name}: statement {done.statement_id}, "
            f"amendment {done.report_num} of statement {done.compared} (a draft)")
    lines = [f"{made}, termination date {args.on:%m/%d/%Y}."]
    if done.changes:
        lines += ["It also lists what changed in the profile:", *changes_lines(done)]
    lines.append("Before filing it, file the committee's last campaign statement (a Form "
                 "460 marked termination); the treasurer signs the 410 again. Check it: "
                 f"calaccess-desktop validate {done.statement_id}")
    print("\n".join(lines))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "terminate", run,
                    "terminate a committee: its Form 410 with the termination date")
    p.add_argument("committee", metavar="COMMITTEE",
                   help="the committee's number (list shows them), ID number or name")
    p.add_argument("--on", required=True, type=_day, metavar="YYYY-MM-DD",
                   help="the day the committee terminates")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
