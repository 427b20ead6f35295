"""``late-reports STATEMENT [--json] [--add TRAN_ID]``: the Forms 497/496 a statement's
entries call for; ``--add`` lists a contribution on the committee's draft Form 497."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy import select

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.db.orm import Record
from calaccess_desktop.services.editing import EditError


def run(args: argparse.Namespace) -> int:
    """Print what is owed, or add one contribution to a Form 497."""
    from calaccess_desktop.services.late_reports import (
        is_independent_expenditure,
        late_reports_owed,
        report_late_contribution,
        report_late_expenditure,
    )

    store = open_store(args)
    try:
        if args.add:
            with store.transaction() as session:
                record_id = session.scalars(select(Record.id).where(
                    Record.statement_id == args.statement,
                    Record.tran_id == args.add)).first()
                if record_id is None:
                    raise EditError(f"statement {args.statement} has no entry {args.add}")
                expenditure = is_independent_expenditure(session, record_id)
                line = (report_late_expenditure if expenditure
                        else report_late_contribution)(session, record_id)
            form = "Form 496" if expenditure else "Form 497"
            started = f"a new {form}" if line.created else f"the draft {form}"
            print(f"listed {args.add} on {started} (statement {line.statement_id})")
            return EXIT_OK
        with store.read() as session:
            owed = late_reports_owed(session, args.statement)
    finally:
        store.close()
    if args.json:
        print(json.dumps([f.as_dict() for f in owed], indent=1))
    elif not owed:
        print("No late reports are owed for this statement's entries.")
    else:
        for f in owed:
            print(f.render())
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "late-reports", run,
                    "Forms 497/496 a statement's entries call for (--add lists one on a 497)")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--add", metavar="TRAN_ID",
                   help="list this contribution on the committee's draft Form 497 (an independent "
                        "expenditure on its draft Form 496)")
    return p
