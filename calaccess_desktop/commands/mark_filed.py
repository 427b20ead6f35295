"""``mark-filed STATEMENT --on YYYY-MM-DD --how personal|mail|overnight|email
[--filing-id ID] [--officer CODE]``: record that a statement was filed on paper or by
e-mail. It is then filed and locked, with a receipt (``receipt``)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id

WAYS = ("personal", "mail", "overnight", "email")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date like 2026-10-22 "
                                         "(year-month-day)") from None


def run(args: argparse.Namespace) -> int:
    """Mark the statement filed."""
    from calaccess_desktop.services.paper_filing import HOW_WORDS, mark_filed

    store = open_store(args)
    try:
        with store.transaction() as session:
            mark = mark_filed(session, args.statement, on=args.on, how=args.how,
                              filing_id=args.filing_id or "", officer_code=args.officer)
    finally:
        store.close()
    ident = f", filing ID {mark.filing_id}" if mark.filing_id else ""
    print(f"statement {mark.statement_id} marked filed with {mark.officer} by "
          f"{HOW_WORDS[mark.how]} on {mark.on:%m/%d/%Y}{ident}; print its receipt with: "
          f"calaccess-desktop receipt {mark.statement_id} -o receipt.pdf")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "mark-filed", run,
                    "record that a statement was filed on paper or by e-mail")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--on", required=True, type=_day, metavar="YYYY-MM-DD",
                   help="the day it was delivered, mailed (postmark) or e-mailed")
    p.add_argument("--how", required=True, choices=WAYS,
                   help="personal delivery, mail, guaranteed overnight delivery or e-mail")
    p.add_argument("--filing-id", metavar="ID", help="the ID the filing officer gave, if any")
    p.add_argument("--officer", metavar="CODE",
                   help="which of the committee's filing officers (default: the first that "
                   "takes paper or e-mail)")
    return p
