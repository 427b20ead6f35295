"""``backups [--json] [--now]``: the backups of the data file, newest first, with what
each holds (committees, statements, last change); ``--now`` takes one first."""

from __future__ import annotations

import argparse
import json
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command
from calaccess_desktop.db.engine import is_server, shown_url
from calaccess_desktop.services.backups import BackupInfo, list_backups, take


def _location(args: argparse.Namespace) -> str:
    from calaccess_desktop.services.store import default_db_path

    return str(getattr(args, "db", None) or default_db_path())


def as_json(info: BackupInfo) -> dict[str, Any]:
    """One backup as a JSON object."""
    c = info.contents
    return {"path": str(info.path), "taken": info.taken.isoformat(timespec="seconds"),
            "why": info.why, "size": info.size,
            "committees": c.committees if c else None,
            "statements": c.statements if c else None,
            "records": c.records if c else None,
            "last_change": c.last_change.isoformat(timespec="seconds")
            if c and c.last_change else None,
            "problem": info.problem}


def as_line(info: BackupInfo) -> str:
    """One backup in words."""
    c = info.contents
    held = (f"{c.committees} committee{'s' if c.committees != 1 else ''}, {c.statements} "
            f"statement{'s' if c.statements != 1 else ''}, last change "
            f"{c.last_change.astimezone().strftime('%Y-%m-%d %H:%M') if c.last_change else '-'}"
            if c else info.problem)
    return (f"{info.taken:%Y-%m-%d %H:%M:%S}  {info.why:<34} {held}\n"
            f"    {info.path} ({info.size:,} bytes)")


def run(args: argparse.Namespace) -> int:
    """List the backups."""
    location = _location(args)
    if args.now:
        from calaccess_desktop.services.store import Store

        Store.open(location, create=False).close()  # a missing or damaged file says so
        made = take(location, "manual")
        if not args.json:
            print(f"backed up {shown_url(location)} to {made} (checked)")
    found = list_backups(location)
    if args.json:
        print(json.dumps({"data_file": shown_url(location), "backups": [as_json(b) for b in found]},
                         indent=1))
        return EXIT_OK
    shown = shown_url(location)
    if not found:
        print(f"No backups of {shown} yet. A database on a server is backed up by hand: "
              "`calaccess-desktop backups --now` saves one with pg_dump (or, without "
              "pg_dump, as a logical copy into a data file); its administrator's own "
              "backups come first." if is_server(location) else
              f"No backups of {shown} yet. They are made on their own while the app is "
              "open and before imports, amendments and restores; `calaccess-desktop "
              "backups --now` makes one now.")
        return EXIT_OK
    print(f"Backups of {shown} (newest first; a pg_dump archive is restored with "
          "pg_restore, a logical copy opens as a data file with --db):" if is_server(location)
          else f"Backups of {shown} (newest first; restore one with `calaccess-desktop "
          "restore BACKUP --preview`):")
    for info in found:
        print(as_line(info))
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "backups", run, "list the backups of the data file and what each "
                    "holds")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--now", action="store_true", help="take a backup first")
    return p
