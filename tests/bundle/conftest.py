"""The GUI fixtures of tests/gui (a main window on a real file, the demo committee)."""

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
