"""``backup -o FILE``: a checked copy of the data file (open it to restore); a server's
database is saved with pg_dump, or as a logical copy into a data file (said which)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store
from calaccess_desktop.services.backup import BackupError, backup_store


def run(args: argparse.Namespace) -> int:
    """Write the copy."""
    store = open_store(args)
    try:
        result = backup_store(store, args.output)
    except BackupError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    finally:
        store.close()
    print(f"backed up {store.shown} to {result.path} ({result.size:,} bytes; {result.how}; "
          "checked)")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "backup", run, "copy the data file (checked) to FILE")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    return p
