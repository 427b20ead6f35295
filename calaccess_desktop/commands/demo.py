"""``demo``: a sample committee with two Form 460s and a Form 497."""

from __future__ import annotations

import argparse
from typing import Any

from calaccess_desktop.commands.common import EXIT_OK, add_command, open_store
from calaccess_desktop.services.demo import create_demo


def run(args: argparse.Namespace) -> int:
    """Create the demo data and say where it is."""
    store = open_store(args, create=True)
    try:
        with store.transaction() as session:
            cid, statements = create_demo(session)
    finally:
        store.close()
    print(f"created demo committee {cid} with statements {', '.join(map(str, statements))}")
    print(f"data file: {store.location}")
    return EXIT_OK


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    return add_command(sub, "demo", run, "create a realistic sample committee to explore")
