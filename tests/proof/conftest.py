"""The GUI fixtures of ``tests/gui`` (a main window on a real SQLite file)."""

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
