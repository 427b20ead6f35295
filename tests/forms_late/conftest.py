"""The window fixtures of tests/gui, for this folder's GUI tests."""

from tests.gui.conftest import make_window, settings  # noqa: F401
