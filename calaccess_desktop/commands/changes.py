"""``changes STATEMENT [--json]``: what an amendment changes from the version it amends."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.domain.changes import FieldChange
from calaccess_desktop.domain.money import format_cal_amount, format_display
from calaccess_desktop.forms.f460.labels import SUMMARY_LINES
from calaccess_desktop.services.amendments import AmendmentChanges, changes_since_filed, who


def _field(change: FieldChange) -> dict[str, Any]:
    return {"number": change.number, "field": change.name, "before": change.before,
            "after": change.after}


def as_json(changes: AmendmentChanges) -> dict[str, Any]:
    """The changes as plain data (amounts as decimal strings)."""
    def money(cents: int | None) -> str | None:
        return None if cents is None else format_cal_amount(cents)

    return {
        "statement": changes.statement_id,
        "amends": changes.amends_id,
        "cover": [_field(c) for c in changes.cover],
        "records": [{"change": c.kind, "rec_type": c.record.rec_type,
                     "form_type": c.record.form_type, "tran_id": c.record.tran_id,
                     "who": who(c.record), "fields": [_field(f) for f in c.fields]}
                    for c in changes.records],
        "lines": {line: {"a": [money(a0), money(a1)], "b": [money(b0), money(b1)]}
                  for line, a0, a1, b0, b1 in changes.lines},
    }


def _text(c: FieldChange) -> str:
    return f"{c.name} {c.before or '(blank)'!s} -> {c.after or '(blank)'!s}"


def render_text(changes: AmendmentChanges) -> str:
    """The changes for people, one line each."""
    filed = f", filing {changes.amends_filing_id}" if changes.amends_filing_id else ""
    version = ("the original statement" if changes.amends_report_num == 0
               else f"amendment {changes.amends_report_num}")
    out = [f"Statement {changes.statement_id} compared with the version it amends "
           f"(statement {changes.amends_id}, {version}{filed})."]
    if changes.nothing:
        out.append("Nothing changes: this amendment would file exactly what was filed.")
        return "\n".join(out)
    if changes.cover:
        out += ["", "Cover page:"] + [f"  {_text(c)}" for c in changes.cover]
    if changes.records:
        out += ["", f"Records: {changes.count('added')} added, {changes.count('changed')} "
                f"changed, {changes.count('removed')} removed"]
        for c in changes.records:
            name = who(c.record)
            head = f"  {c.kind:<8}{c.key}" + (f"  {name}" if name else "")
            details = "; ".join(_text(f) for f in c.fields)
            out.append(f"{head}: {details}" if details else head)
    if changes.lines:
        out += ["", "Summary page, column A:"]
        for line, a0, a1, _b0, _b1 in changes.lines:
            out.append(f"  {line:<4}{SUMMARY_LINES.get(line, ''):<42}"
                       f"{format_display(a0):>14} -> {format_display(a1)}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    """Print the changes."""
    store = open_store(args)
    try:
        with store.read() as session:
            changes = changes_since_filed(session, args.statement)
    finally:
        store.close()
    print(json.dumps(as_json(changes), indent=1) if args.json else render_text(changes))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "changes", run,
                    "show what an amendment changes from the version it amends")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
