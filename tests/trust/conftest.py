"""Trust tests reuse the GUI fixtures: a main window on a real SQLite file, the demo."""

from __future__ import annotations

from tests.gui.conftest import demo_ids, make_window, settings  # noqa: F401
