"""The window fixtures (main windows on a real data file, synchronous ops)."""

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
