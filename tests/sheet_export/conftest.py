"""The GUI fixtures (a main window on a real data file with the demo committee)."""

from tests.gui.conftest import demo_ids, make_window, settings

__all__ = ["demo_ids", "make_window", "settings"]
