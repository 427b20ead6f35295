"""The window fixtures (a main window on a real SQLite file, synchronous ops)."""

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
