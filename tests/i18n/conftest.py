"""Translation fixtures: the window in Spanish on a real SQLite file (demo data)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from calaccess_desktop.services.demo import create_demo  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui import i18n  # noqa: E402
from calaccess_desktop.ui.main_window import MainWindow  # noqa: E402

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def spanish(qapp) -> Iterator[None]:
    """Spanish installed as Settings would at start-up; English again afterwards."""
    assert i18n.install("es", qapp) == "es"
    yield
    assert i18n.install("en", qapp) == "en"


@pytest.fixture
def make_window(qtbot, db_path: Path, tmp_path: Path) -> Iterator[WindowFactory]:
    """Main windows on the test data file (synchronous), closed at the end."""
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    opened: list[tuple[MainWindow, Store]] = []

    def factory() -> MainWindow:
        store = Store.open(db_path)
        window = MainWindow(store, synchronous=True, settings=settings, restore=False)
        qtbot.addWidget(window)
        window.resize(1400, 900)
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
