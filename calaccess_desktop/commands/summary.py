"""``summary STATEMENT [--json]``: the summary page and schedule subtotals."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.domain.money import format_cal_amount, format_display
from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES, SUMMARY_LINES
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.forms.registry import all_forms, spec_for
from calaccess_desktop.services.snapshots import NotFound
from calaccess_desktop.services.summaries import summary_json, summary_of

Rows = list[tuple[str, str, int | None, int | None]]


def _amount(cents: int | None) -> str:
    """An amount right-aligned in its 16 columns, always after a space (an amount too wide
    for the column still stands apart from its neighbour)."""
    return f"{'' if cents is None else ' ' + format_display(cents):>16}"


def render_text(title: str, summary: Summary) -> str:
    """The summary page as aligned text."""
    out = [title, "", f"{'Line':<5}{'':42}{'Column A':>16}{'Column B':>16}"]
    for line, (a, b) in summary.lines.items():
        out.append(f"{line:<5}{SUMMARY_LINES[line]:<42}{_amount(a)}{_amount(b)}")
    for letter, lines in summary.schedules.items():
        out.append("")
        out.append(f"Schedule {letter} summary")
        for line, cents in lines.items():
            out.append(f"  {line:<3}{SCHEDULE_LINES[letter][line]:<58}{_amount(cents)}")
    return "\n".join(out)


def render_rows(title: str, rows: Rows) -> str:
    """A form's own summary lines (forms other than 460) as aligned text."""
    out = [title, "", f"{'Line':<5}{'':58}{'Amount':>16}"]
    for line, words, a, b in rows:
        amounts = "".join(_amount(c) for c in (a, b) if c is not None)
        lines = textwrap.wrap(words, 57) or [""]
        out.append(f"{line:<5}{lines[0]:<58}{amounts}".rstrip())
        out.extend(f"{'':<5}{more}" for more in lines[1:])
    return "\n".join(out)


def rows_json(rows: Rows) -> dict[str, Any]:
    """``{"lines": [{"line": "1", "words": ..., "a": "0.00", "b": null}, ...]}``."""
    def amount(c: int | None) -> str | None:
        return None if c is None else format_cal_amount(c)
    return {"lines": [{"line": line, "words": words, "a": amount(a), "b": amount(b)}
                      for line, words, a, b in rows]}


def _with_summary() -> str:
    return ", ".join(f.short_name for f in all_forms() if f.summarize is not None)


def run(args: argparse.Namespace) -> int:
    """Print the summary."""
    store = open_store(args)
    try:
        with store.read() as session:
            stmt = session.get(Statement, args.statement)
            if stmt is None:
                raise NotFound(f"There is no statement {args.statement}.")
            spec = spec_for(stmt.form_type)
            if spec.summarize is None:
                print(f"error: statement {args.statement} is a {spec.short_name}, which has "
                      f"no summary page ({_with_summary()} have one)", file=sys.stderr)
                return EXIT_INPUT
            summary = summary_of(session, args.statement)
            rows = spec.summary_rows(summary) if spec.summary_rows is not None else None
            title = (f"{stmt.committee.name} - {spec.short_name} "
                     f"{stmt.period_from} to {stmt.period_through}")
    finally:
        store.close()
    if rows is not None:
        print(json.dumps(rows_json(rows), indent=1) if args.json else render_rows(title, rows))
    elif args.json:
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
