"""The GUI fixtures (a main window on a real data file) for the filing-officer tests."""

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
