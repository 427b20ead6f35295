"""``import FILE.cal``: a statement holding every record of the file."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store
from calaccess_desktop.services.importer import import_file


def run(args: argparse.Namespace) -> int:
    """Import and print the new statement's id last."""
    store = open_store(args, create=True)
    try:
        result = import_file(store, args.file)
    except CalFormatError as exc:
        print(str(exc), file=sys.stderr)
        count = len(exc.problems) + exc.more
        print(f"{args.file}: {count} problem{'s' if count != 1 else ''} found; nothing was "
              "imported and the data file is unchanged.", file=sys.stderr)
        return EXIT_INPUT
    finally:
        store.close()
    for problem in result.warnings:
        print(problem.render(args.file), file=sys.stderr)
    print(f"imported {result.records} records into committee {result.committee_id}")
    print(result.statement_id)
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "import", run, "import a .CAL file as a new statement")
    p.add_argument("file", metavar="FILE.cal")
    return p
