"""``summary STATEMENT [--json]``: the summary page and schedule subtotals."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.money import format_display
from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES, SUMMARY_LINES
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.services.snapshots import NotFound
from calaccess_desktop.services.summaries import summary_json, summary_of

SUMMARY_FORMS = ("F460", "F450")


def render_text(title: str, summary: Summary) -> str:
    """The summary page as aligned text."""
    out = [title, "", f"{'Line':<5}{'':42}{'Column A':>16}{'Column B':>16}"]
    for line, (a, b) in summary.lines.items():
        col_b = format_display(b) if b is not None else ""
        out.append(f"{line:<5}{SUMMARY_LINES[line]:<42}{format_display(a):>16}{col_b:>16}")
    for letter, lines in summary.schedules.items():
        out.append("")
        out.append(f"Schedule {letter} summary")
        for line, cents in lines.items():
            out.append(f"  {line:<3}{SCHEDULE_LINES[letter][line]:<58}{format_display(cents):>16}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Print the summary."""
    store = open_store(args)
    try:
        with store.read() as session:
            stmt = session.get(Statement, args.statement)
            if stmt is None:
                raise NotFound(f"There is no statement {args.statement}.")
            if stmt.form_type not in SUMMARY_FORMS:
                print(f"error: statement {args.statement} is a Form {stmt.form_type[1:]}, "
                      "which has no summary page (Forms 460 and 450 do)", file=sys.stderr)
                return EXIT_INPUT
            summary = summary_of(session, args.statement)
            title = (f"{stmt.committee.name} - {stmt.form_type} "
                     f"{stmt.period_from} to {stmt.period_through}")
    finally:
        store.close()
    if args.json:
        print(json.dumps(summary_json(summary), indent=1))
    else:
        print(render_text(title, summary))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "summary", run, "print a statement's summary page")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
