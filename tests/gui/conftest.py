"""GUI fixtures: a main window on a real SQLite file, synchronous ops, settings in tmp."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from calaccess_desktop.services.demo import create_demo  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.main_window import MainWindow  # noqa: E402

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """QSettings in a temp ini file (never the user's)."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, db_path: Path, settings: QSettings) -> Iterator[WindowFactory]:
    """Open main windows on the test data file; each is closed (like a quit) at the end
    unless the test closed it itself."""
    opened: list[tuple[MainWindow, Store]] = []

    def factory(*, restore: bool = True, synchronous: bool = True) -> MainWindow:
        store = Store.open(db_path)
        window = MainWindow(store, synchronous=synchronous, settings=settings, restore=restore)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window

    yield factory
    for window, store in opened:
        window.ctx.ops.shutdown()
        store.close()


@pytest.fixture
def demo_ids(db_path: Path) -> tuple[int, list[int]]:
    """The demo committee in the test file: (committee id, statement ids)."""
    store = Store.open(db_path)
    with store.transaction() as session:
        ids = create_demo(session)
    store.close()
    return ids
