"""``import FILE.cal`` (also ``import-cal``): a statement holding every record of the file;
``import FOLDER`` or ``import FILE FILE...``: a committee's history of earlier statements,
in date order, each file on its own, with a report at the end."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, checked, open_store
from calaccess_desktop.services.history_import import (
    FileOutcome,
    import_history,
    problem_lines,
)
from calaccess_desktop.services.importer import import_file


def run(args: argparse.Namespace) -> int:
    """One file: import it and print the new statement's id last. Several files or a
    folder: import each, say what became of it, and end with the counts."""
    paths: list[str] = args.files
    if len(paths) == 1 and not Path(paths[0]).is_dir() and not args.filed:
        return _one(args, paths[0])
    return _history(args, paths)


def _one(args: argparse.Namespace, path: str) -> int:
    store = open_store(args, create=True)
    try:
        result = import_file(store, path)
    except CalFormatError as exc:
        print(str(exc), file=sys.stderr)
        count = len(exc.problems) + exc.more
        print(f"{path}: {count} problem{'s' if count != 1 else ''} found; nothing was "
              "imported and the data file is unchanged.", file=sys.stderr)
        return EXIT_INPUT
    finally:
        store.close()
    for problem in result.warnings:
        print(problem.render(path), file=sys.stderr)
    print(f"imported {result.records} records into committee {result.committee_id}")
    print(result.statement_id)
    return EXIT_OK


def _history(args: argparse.Namespace, paths: list[str]) -> int:
    store = open_store(args, create=True)
    try:
        report = import_history(store, paths, filed=not args.drafts, each=_say)
    finally:
        store.close()
    print(report.summary())
    return EXIT_INPUT if report.count("failed") else EXIT_OK


def _say(outcome: FileOutcome) -> None:
    """One file's line as soon as it is done (its problems and warnings on stderr)."""
    name = outcome.path.name
    for warning in outcome.warnings:
        print(warning, file=sys.stderr)
    if outcome.outcome == "imported":
        print(f"imported {name}: {outcome.why}, {outcome.records} records", flush=True)
    elif outcome.outcome == "skipped":
        print(f"skipped {name}: {outcome.why}", flush=True)
    else:
        print(f"failed {name}: {outcome.why.rstrip('.')}; nothing of it was imported", flush=True)
        for line in problem_lines(outcome)[1:]:
            print(f"  {line}", file=sys.stderr)


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command (``import``, also called ``import-cal``)."""
    help_text = ("import a .CAL file as a new statement, or a committee's earlier statements "
                 "(several files or a folder of them, in date order)")
    p: argparse.ArgumentParser = sub.add_parser("import", aliases=["import-cal"],
                                                help=help_text, description=help_text)
    p.set_defaults(run=checked(run))
    p.add_argument("files", nargs="+", metavar="FILE.cal|FOLDER")
    how = p.add_mutually_exclusive_group()
    how.add_argument("--drafts", action="store_true",
                   help="with several files or a folder: keep the statements as drafts "
                   "(by default they are filed statements, as earlier statements are)")
    how.add_argument("--filed", action="store_true",
                   help="one file that was filed already: import it as part of the history "
                   "(skipped when it is already there)")
    return p
