"""``restore BACKUP [--preview]``: what restoring the backup changes (committees and
statements added, removed, changed), then the restore; the current file is kept as a
backup first."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command
from calaccess_desktop.services.backups.restore import plan_restore, restore


def run(args: argparse.Namespace) -> int:
    """Show the changes; restore unless ``--preview``."""
    from calaccess_desktop.services.store import default_db_path

    location = str(getattr(args, "db", None) or default_db_path())
    if args.preview:
        plan = plan_restore(location, args.backup)
        print(f"Restoring {plan.backup} over {plan.data_file} would change:")
        print("\n".join(plan.lines()))
        print("Nothing was changed (preview).")
        return EXIT_OK
    _may_restore(args)
    done = restore(location, args.backup, forget_filings=args.forget_filings)
    print("\n".join(done.plan.lines()))
    if done.kept is not None:
        print(f"The data file as it was is kept in {done.kept}.")
    print(f"Restored {done.plan.backup} into {done.plan.data_file}.")
    return EXIT_OK


def _may_restore(args: argparse.Namespace) -> None:
    """When the data file has users, only a treasurer or an administrator (logged in
    with --user) restores over it: the restore replaces its filings and its users. A file
    that cannot be opened (damaged, missing) has nobody to ask."""
    from calaccess_desktop.commands.common import open_store
    from calaccess_desktop.db.health import StoreError
    from calaccess_desktop.services.users.access import require
    from calaccess_desktop.services.users.roles import RESTORE

    try:
        store = open_store(args)
    except StoreError:
        return
    try:
        with store.read() as session:
            require(session, RESTORE)
    except StoreError:  # its users cannot be read: the file is damaged
        return
    finally:
        store.close()


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "restore", run, "restore a backup over the data file (see "
                    "`backups`); the current file is kept as a backup first")
    p.add_argument("backup", metavar="BACKUP", help="the backup file (from `backups`)")
    p.add_argument("--preview", action="store_true",
                   help="only show what would change; write nothing")
    p.add_argument("--forget-filings", action="store_true",
                   help="restore a backup taken before filings the data file knows (the "
                        "restored file will not know them: file amendments, never again "
                        "the originals)")
    return p
