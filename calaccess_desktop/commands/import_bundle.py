"""``import-bundle FILE [--preview] [--keep-newer]``: what the hand-off bundle adds or
changes, then the import (one transaction, after a backup)."""

from __future__ import annotations

import argparse
import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.db.engine import sqlite_file
from calaccess_desktop.services.bundle import import_bundle
from calaccess_desktop.services.bundle.importing import load
from calaccess_desktop.services.store import Store


@contextlib.contextmanager
def _store(args: argparse.Namespace) -> Iterator[Store]:
    """The data file (made if it is not there), or for a preview of a file not made yet,
    an empty one that is thrown away: a preview writes nothing."""
    from calaccess_desktop.services.store import default_db_path

    location = Path(str(getattr(args, "db", None) or default_db_path()))
    with tempfile.TemporaryDirectory(prefix="calaccess-preview-") as tmp:
        fresh = args.preview and sqlite_file(location) is not None and not location.exists()
        store = Store.open(Path(tmp) / "empty.sqlite") if fresh else open_store(args,
                                                                              create=True)
        try:
            yield store
        finally:
            store.close()


def run(args: argparse.Namespace) -> int:
    """Show the plan; import unless ``--preview``."""
    rows = load(args.file)  # a bundle that cannot be used: refused before the data file
    with _store(args) as store:
        plan = import_bundle(store, args.file, preview=args.preview,
                             keep_newer=args.keep_newer, rows=rows)
    print(f"{args.file}:" + (" would import" if args.preview else " imported"))
    print("\n".join(plan.words()))
    if args.preview:
        print("Nothing was changed (preview).")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "import-bundle", run, "import a hand-off bundle (see `bundle`); "
                    "shows what it adds or changes")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--preview", action="store_true",
                   help="only show what would be added or changed; write nothing")
    p.add_argument("--keep-newer", action="store_true",
                   help="import the rest when your data file holds newer versions of some "
                   "statements (those are kept as they are)")
    return p
