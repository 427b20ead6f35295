"""``list [--json]``: committees and their statements, with each one's due date (from
the filing calendar, ``forms.calendar``; null when it has none, as an amendment)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from sqlalchemy import select

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.db.health import NoDataFile
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.queries import StatementRow, list_committees
from calaccess_desktop.services.statement_list import due_dates


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def _when(s: StatementRow) -> str:
    """The period ('2026-01-01 to 2026-06-30'), or the election of a late report."""
    if s.period_from or s.period_through:
        return f"{s.period_from or '?'} to {s.period_through or '?'}"
    return f"election {s.election_date}" if s.election_date else "(no period)"


def run(args: argparse.Namespace) -> int:
    """Print the list."""
    try:
        store = open_store(args)
    except NoDataFile as missing:  # a new user's first `list`: nothing to list, say where
        if args.json:
            print(json.dumps({"committees": []}, indent=1))
        else:
            print(f"No committees yet: there is no data file at {missing.path}. "
                  "Try: calaccess-desktop demo")
        return EXIT_OK
    try:
        with store.read() as session:
            rows = list_committees(session)
            due = due_dates(session, session.scalars(select(Statement)))
    finally:
        store.close()
    if args.json:
        doc = {"committees": [
            {"id": c.id, "name": c.name, "filer_id": c.filer_id, "statements": [
                {"id": s.id, "form": s.form, "period_from": _iso(s.period_from),
                 "period_through": _iso(s.period_through), "status": s.status,
                 "amendment": s.amendment, "due": _iso(due.get(s.id))}
                for s in c.statements]}
            for c in rows]}
        print(json.dumps(doc, indent=1))
        return EXIT_OK
    if not rows:
        print("No committees yet. Try: calaccess-desktop demo")
    for c in rows:
        print(f"{c.id:>4}  {c.name}  (ID {c.filer_id or 'not yet assigned'})")
        for s in c.statements:
            amend = f"  amendment {s.amendment}" if s.amendment else ""
            when_due = f"  due {_iso(due.get(s.id))}" if due.get(s.id) else ""
            print(f"      {s.id:>5}  {s.form}  {_when(s)}  {s.status}{amend}{when_due}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "list", run, "list committees and their statements")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
