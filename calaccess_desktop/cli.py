"""Command line: ``calaccess-desktop [COMMAND] [--db PATH]``; no command starts the GUI.

Each command lives in ``calaccess_desktop/commands/<name>.py`` and drives the same
services the GUI uses. Exit status: 0 success, 1 input has errors, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from calaccess_desktop import __version__, commands


def command_modules() -> list[str]:
    """Every module in ``commands/`` that defines ``register`` (one per command)."""
    return sorted(
        m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_")
    )


def _db_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--db", metavar="PATH", default=default,
        help="data file or database URL (default: the file in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    parser = argparse.ArgumentParser(
        prog="calaccess-desktop",
        description="Prepare, check, print and e-file California campaign statements.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, None)
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--statement", type=int, metavar="ID",
                        help="with --screenshot: the statement to show")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules():
        module = importlib.import_module(f"calaccess_desktop.commands.{name}")
        if not hasattr(module, "register"):
            continue
        cmd = module.register(sub)
        _db_option(cmd, argparse.SUPPRESS)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    if args.command is None:
        from calaccess_desktop.commands.gui import run_gui

        return run_gui(args)
    return int(args.run(args))


if __name__ == "__main__":
    sys.exit(main())
