"""``import-sheet FILE --statement ID [--schedule A|C|E|B|contacts] [--preview] [--skip-bad]
[--json]``: contributions, payments, loans or contacts from a CSV or XLSX file."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from calaccess_desktop.commands.common import (
    EXIT_INPUT,
    EXIT_OK,
    add_command,
    open_store,
    row_id,
)
from calaccess_desktop.errors import UsageError


def _apply_maps(mapping: Any, pairs: list[str]) -> None:
    """``--map "HEADER=TARGET"``: say what a column holds (TARGET 'none': not read)."""
    from calaccess_desktop.services.sheets.columns import TARGETS, header_words

    for pair in pairs:
        header, sep, target = pair.partition("=")
        target = target.strip().lower()
        if not sep:
            raise UsageError(f"--map {pair!r}: write it as HEADER=WHAT, e.g. 'Gift=amount'")
        found = [i for i, h in enumerate(mapping.headers)
                 if header_words(h) == header_words(header)]
        if not found:
            raise UsageError(f"--map {pair!r}: the file has no column {header.strip()!r}")
        if target not in TARGETS and target != "none":
            raise UsageError(f"--map {pair!r}: {target!r} is not something a column holds; "
                             f"use one of {', '.join(TARGETS)} or none")
        mapping.set(found[0], "" if target == "none" else target)
        mapping.source = "given with --map"


def run(args: argparse.Namespace) -> int:
    """Preview or import the file; exit 1 when rows have problems (and nothing imported
    without --skip-bad)."""
    from calaccess_desktop.gc_pause import gc_paused

    with gc_paused():  # a million cells and rows, none in a cycle: nothing to collect
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from calaccess_desktop.errors import UserError
    from calaccess_desktop.fileio import WriteError, output_target
    from calaccess_desktop.services import sheets
    from calaccess_desktop.services.sheets.columns import schedule
    from calaccess_desktop.services.sheets.importing import rejected_path, write_rejected
    from calaccess_desktop.services.sheets.mapping import mapping_for
    from calaccess_desktop.services.sheets.preview import summary

    sched = schedule(args.schedule)  # a wrong schedule is refused before any file is read
    table = sheets.read_sheet(args.file)
    store = open_store(args)
    try:
        with store.read() as session:
            mapping = mapping_for(session, table.headers, sched)
            _apply_maps(mapping, args.map or [])
            preview = sheets.prepare(session, int(args.statement), table, sched.code, mapping)
        counts = summary(preview)
        problems = preview.problems()
        doc: dict[str, Any] = {
            "file": args.file, "statement": int(args.statement), "schedule": sched.code,
            "header_row": table.header_row, "mapping_source": mapping.source,
            "columns": [{"header": h, "target": t} for h, t in zip(
                mapping.headers, mapping.columns, strict=True)],
            **counts,
            "problems": [{"row": p.row, "column": p.column, "message": p.message}
                         for p in problems],
            "outside_period": preview.outside_period(),
            "near_matches": [{"row": r.row, "contacts": [
                {"id": n.contact_id, "words": n.words} for n in r.near]}
                for r in preview.rows if r.near],
        }
        if args.preview:
            _say_preview(args, preview, doc)
            return EXIT_INPUT if problems else EXIT_OK
        if problems and not args.skip_bad:
            _say(args, doc, [p.render(args.file) for p in problems] + [
                f"{args.file}: {counts['problem']} row(s) with problems; nothing was "
                "imported and the data file is unchanged. Fix them, or use --skip-bad to "
                "import the good rows (the others go to "
                f"{args.file}.rejected.csv)."], error=True)
            return EXIT_INPUT
        rejected = None
        if problems:  # the bad rows are written where they go before anything is imported
            bad = [r for r in preview.rows if r.status == "problem"]
            try:
                output_target(rejected_path(args.file))
                rejected = write_rejected(preview, bad)
            except WriteError as exc:
                raise UserError(f"{exc} The rows with problems go to that file, so nothing "
                                "was imported; move it out of the way and try again.") from exc
        try:
            result = sheets.run_import(store, preview, skip_bad=args.skip_bad)
        except BaseException:
            if rejected is not None:  # nothing was imported: no list of rows left out
                rejected.unlink(missing_ok=True)
            raise
    finally:
        store.close()
    doc.update(imported=result.added, contacts_added=result.contacts_added,
               rejected_file=str(rejected) if rejected else None)
    lines = []
    if not result.added and result.rejected:
        lines.append(f"nothing new was found in {args.file}: {result.already} row(s) were "
                     f"imported before and {len(result.rejected)} have problems; the data "
                     "file is unchanged.")
    elif not result.added:
        lines.append(f"nothing new was found in {args.file}: its {result.already} row(s) "
                     "were imported before; the data file is unchanged.")
    else:
        lines.append(f"imported {result.added} row(s) into statement {result.statement_id} "
                     f"({result.contacts_added} new contact(s)); Edit > Undo in the window "
                     f"takes back the whole import ('{result.label}')")
        if result.already:
            lines.append(f"{result.already} row(s) were imported before and were left out")
    if rejected is not None and not args.json:
        for row in result.rejected:
            for problem in row.problems:
                print(problem.render(args.file), file=sys.stderr)
    if rejected is not None:
        lines.append(f"{len(result.rejected)} row(s) with problems were not imported; they "
                     f"are in {rejected} with what is wrong")
    _say(args, doc, lines)
    return EXIT_OK  # the bad rows were to be skipped, and were


def _say_preview(args: argparse.Namespace, preview: Any, doc: dict[str, Any]) -> None:
    if args.json:
        print(json.dumps(doc, indent=1))
        return
    print(f"{args.file}: headers on row {preview.table.header_row}; columns "
          f"({preview.mapping.source}):")
    for line in preview.mapping.lines():
        print(f"  {line}")
    for problem in preview.problems():
        print(problem.render(args.file))
    for row in preview.rows:
        if row.near:
            who = "; ".join(f"{n.words} (contact {n.contact_id})" for n in row.near)
            print(f"  row {row.row}: may be a contact entered before: {who}")
    outside = preview.outside_period()
    if outside:
        shown = ", ".join(str(n) for n in outside[:10]) + (", ..." if len(outside) > 10 else "")
        print(f"  {len(outside)} row(s) are dated outside the statement's period (rows "
              f"{shown}): they belong on another statement, and its check will say so")
    extra = [f"{doc['already']} imported before", f"{doc['problem']} with problems"]
    if doc["ignored"]:
        extra.append(f"{doc['ignored']} totals line(s) ignored")
    print(f"{doc['new']} row(s) would be imported ({', '.join(extra)}); nothing was written.")


def _say(args: argparse.Namespace, doc: dict[str, Any], lines: list[str], *,
         error: bool = False) -> None:
    if args.json:
        print(json.dumps(doc, indent=1))
        return
    for line in lines:
        print(line, file=sys.stderr if error else sys.stdout)


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "import-sheet", run,
                    "import contributions, payments, loans or contacts from a CSV or XLSX "
                    "file into a statement")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--statement", required=True, type=row_id("statement"), metavar="ID",
                   help="the statement the entries go on (its committee gets the contacts)")
    p.add_argument("--schedule", default="A", metavar="A|C|E|B|contacts",
                   help="A contributions (default), C nonmonetary contributions, "
                        "E payments, B loans, contacts: contacts only")
    p.add_argument("--preview", action="store_true",
                   help="show every row's problems and what would be imported; write nothing")
    p.add_argument("--skip-bad", action="store_true",
                   help="import the good rows; write the others to FILE.rejected.csv")
    p.add_argument("--map", action="append", metavar="HEADER=WHAT",
                   help="say what a column holds (e.g. 'Gift=amount'; WHAT 'none' skips it)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
