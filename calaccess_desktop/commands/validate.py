"""``validate STATEMENT | FILE.cal [--json]``: findings one per line; exit 1 on any error."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import (
    EXIT_INPUT,
    EXIT_OK,
    add_command,
    existing_file,
    open_store,
    statement_number,
)


def run(args: argparse.Namespace) -> int:
    """Validate a stored statement (by id) or a .CAL file (by path) and print findings."""
    from calaccess_desktop.validation.findings import blocking

    target: str = args.target
    number = None if existing_file(target) else statement_number(target)
    if number is not None:
        from calaccess_desktop.services.validation import validate_statement

        store = open_store(args)
        try:
            with store.read() as session:
                findings = validate_statement(session, number)
        finally:
            store.close()
        source = ""
    else:
        from calaccess_desktop.fileio import read_input
        from calaccess_desktop.services.validation import validate_cal_bytes

        findings = validate_cal_bytes(read_input(target), target)
        source = target
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], indent=1))
    else:
        for f in findings:
            print(f.render(source))
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        print(f"{errors} error(s), {warnings} warning(s)"
              + ("; filing is blocked" if errors else ""))
    return EXIT_INPUT if blocking(findings) else EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "validate", run,
                    "check a statement (by id) or a .CAL file; exit 1 when filing is blocked")
    p.add_argument("target", metavar="STATEMENT|FILE.cal")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p
