"""Start the desktop application (no command given)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from calaccess_desktop.errors import UsageError, UserError


def _no_display() -> bool:
    """Whether Qt would find no screen (Linux without X11 or Wayland): it aborts then."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    """Import Qt only now, so every other command stays headless."""
    if args.screenshot is not None and not args.screenshot.strip():
        raise UsageError("--screenshot needs the name of a .png file to write, for example "
                         "--screenshot window.png")
    if args.screenshot:  # a folder or FIFO refused before any work (a FIFO would block)
        from calaccess_desktop.fileio import output_target

        output_target(args.screenshot)
    if args.open_file is not None and not Path(args.open_file).is_file():
        raise UserError(f"{args.open_file}: there is no such file to open (a .CAL file).")
    if _no_display():
        if not args.screenshot:
            raise UserError("There is no screen to show the window on (no desktop session "
                            "was found). Start calaccess-desktop from your desktop, or use "
                            "its commands: calaccess-desktop --help")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen
    from calaccess_desktop.ui.app import run

    return run(db=args.db, screenshot=args.screenshot, statement=args.statement,
               counter=args.counter, open_file=args.open_file)
