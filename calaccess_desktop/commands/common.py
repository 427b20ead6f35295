"""Helpers shared by commands: opening the store and reporting errors plainly."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.db.upgrade import StoreError
from calaccess_desktop.services.editing import EditError
from calaccess_desktop.services.snapshots import NotFound
from calaccess_desktop.services.store import Store

EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2


def open_store(args: argparse.Namespace) -> Store:
    """The store named by --db (or the default file)."""
    return Store.open(getattr(args, "db", None))


def guarded(run: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """Turn expected failures into a plain message and exit status 1 (never a traceback)."""

    def wrapper(args: argparse.Namespace) -> int:
        try:
            return run(args)
        except CalFormatError as exc:
            print(str(exc), file=sys.stderr)
        except (StoreError, EditError, NotFound) as exc:
            print(f"error: {exc}", file=sys.stderr)
        except OSError as exc:
            print(f"error: {exc.filename or ''}: {exc.strerror}", file=sys.stderr)
        return EXIT_INPUT

    return wrapper


def add_command(sub: Any, name: str, run: Callable[[argparse.Namespace], int],
                help_text: str) -> argparse.ArgumentParser:
    """Register a subcommand whose handler is guarded."""
    parser: argparse.ArgumentParser = sub.add_parser(name, help=help_text, description=help_text)
    parser.set_defaults(run=guarded(run))
    return parser
