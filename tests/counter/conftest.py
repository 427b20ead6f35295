"""Counter tests: the system's temporary folder is the test's own, so clearing the
scratch folder never touches another program's (or another test run's) files."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder of the test's own for ``scratch``."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def ctx(qtbot, store):
    """An app context on the test's real data file, ops run synchronously."""
    from calaccess_desktop.ui.context import AppContext, Hub, StateKeeper
    from calaccess_desktop.ui.ops import OpRunner

    ops = OpRunner(store, synchronous=True)
    context = AppContext(store, ops, Hub(), StateKeeper(store.location))
    context.state.enabled = False
    yield context
    ops.shutdown()


@pytest.fixture
def window_on(qtbot, db_path, tmp_path):
    """Open a main window on the test's data file (synchronous ops, Qt settings in a
    temporary ini file); closed like a quit at the end."""
    from PySide6.QtCore import QSettings

    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

    opened = []

    def factory(*, counter=None, restore=True, autosend=None):
        store = Store.open(db_path)
        qs = QSettings(str(tmp_path / "qt-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, synchronous=True, settings=qs, restore=restore,
                            counter=counter, autosend=autosend)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        return window

    yield factory
    for window, store in opened:
        window.ctx.ops.shutdown()
        store.close()


TWO_COMMITTEES = ("Alder Street Neighbors", "Birch Valley Schools Committee")


@pytest.fixture
def two_queued(store) -> dict[str, int]:
    """One statement of each of two committees waiting in the outbox (its server is a
    closed port, no password is known): committee name -> id."""
    import datetime as dt

    from calaccess_desktop.services import filing
    from calaccess_desktop.services.editing import create_committee, create_statement

    ids = {}
    with store.transaction() as s:
        for n, name in enumerate(TWO_COMMITTEES):
            cid = create_committee(s, name, filer_id=f"14{n}2345", committee_type="P")
            sid = create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                   period_through=dt.date(2026, 6, 30))
            filing.queue_statement(s, sid, server_url="http://127.0.0.1:9")
            ids[name] = cid
    return ids
