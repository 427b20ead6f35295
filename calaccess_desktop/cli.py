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
from pathlib import Path

from calaccess_desktop import __version__, boundary, commands
from calaccess_desktop.errors import EXIT_INPUT


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
    parser.add_argument(
        "--user", metavar="NAME", default=default,
        help="log in as this user when the data file has users (the password comes from "
             "CALACCESS_PASSWORD, else it is asked for; default: CALACCESS_USER)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command registered."""
    return _build(None)[0]


def _build(only: str | None) -> tuple[argparse.ArgumentParser, set[str]]:
    """The parser with every command (``only``: just that module's, so that start-up
    imports no other command), and the command names registered."""
    from calaccess_desktop.commands.common import row_id

    parser = argparse.ArgumentParser(
        prog="calaccess-desktop",
        description="Prepare, check, print and e-file California campaign statements.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _db_option(parser, None)
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="render the main window offscreen to a PNG and exit")
    parser.add_argument("--statement", type=row_id("statement"), metavar="ID",
                        help="with --screenshot: the statement to show")
    parser.add_argument("--counter", action="store_true",
                        help="counter mode for a public counter: a clean start screen for "
                             "each visitor, a lock after idle time, nothing of one visitor "
                             "left for the next")
    parser.add_argument("--open", metavar="FILE.cal", dest="open_file",
                        help="start the window and import this .CAL file as a new "
                             "statement, then open it (what double-clicking a .cal file does)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in [only] if only else command_modules():
        module = importlib.import_module(f"calaccess_desktop.commands.{name}")
        if not hasattr(module, "register"):
            continue
        cmd = module.register(sub)
        _db_option(cmd, argparse.SUPPRESS)
    return parser, set(sub.choices)


def _opened_from_file_manager(argv: Sequence[str] | None) -> Sequence[str] | None:
    """A .CAL file given alone (double-clicked in the Finder, or ``calaccess-desktop
    x.cal``) means ``--open x.cal``."""
    given = list(sys.argv[1:] if argv is None else argv)
    if len(given) == 1 and given[0].lower().endswith(".cal") and Path(given[0]).is_file():
        return ["--open", given[0]]
    return argv


def _parser_for(argv: Sequence[str] | None) -> argparse.ArgumentParser:
    """The parser for this command line: when it starts with a command whose module has
    its name (``import-sheet``: ``commands/import_sheet.py``), one with that command only
    (the same options and messages, without importing every other command)."""
    given = list(sys.argv[1:] if argv is None else argv)
    first = given[0] if given else ""
    module = first.replace("-", "_")
    if first[:1] not in ("", "-", "_") and module in command_modules():
        parser, names = _build(module)
        if first in names:
            return parser
    return build_parser()


def _run(argv: Sequence[str] | None) -> int:
    argv = _opened_from_file_manager(argv)
    try:
        args = _parser_for(argv).parse_args(argv)
    except SystemExit as exc:  # argparse: --help, --version or wrong usage (said already)
        if exc.code is None or isinstance(exc.code, int):
            return int(exc.code or 0)
        boundary.say(str(exc.code))
        return EXIT_INPUT
    if args.command is None:
        from calaccess_desktop.commands.common import check_row_ids
        from calaccess_desktop.commands.gui import run_gui

        check_row_ids(args)
        return run_gui(args)
    return int(args.run(args))


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script: every command (and thread) runs inside the error
    boundary, and output the terminal cannot show is escaped instead of failing."""
    boundary.install()
    shown = ["calaccess-desktop", *(sys.argv[1:] if argv is None else argv)]

    def run_and_flush() -> int:
        code = _run(argv)
        sys.stdout.flush()  # a closed pipe fails here, inside the boundary, not at exit
        return code

    return boundary.run(run_and_flush, argv=shown)


if __name__ == "__main__":
    sys.exit(main())
