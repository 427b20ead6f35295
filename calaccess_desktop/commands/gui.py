"""Start the desktop application (no command given)."""

from __future__ import annotations

import argparse


def run_gui(args: argparse.Namespace) -> int:
    """Import Qt only now, so every other command stays headless."""
    from calaccess_desktop.ui.app import run

    return run(db=args.db, screenshot=args.screenshot, statement=args.statement)
