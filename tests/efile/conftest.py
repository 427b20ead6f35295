"""E-filing fixtures: a real practice server on 127.0.0.1, a demo store, fast retries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FILER, PASSWORD


@pytest.fixture
def practice(tmp_path: Path) -> Iterator[PracticeServer]:
    """A practice server in a thread on an ephemeral loopback port."""
    server = PracticeServer(tmp_path / "server").start()
    yield server
    server.stop()


@pytest.fixture
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty settings folder (CALACCESS_CONFIG_DIR)."""
    folder = tmp_path / "config"
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def demo(store: Store) -> Store:
    """The store with the demo committee (filer 1449876) and its three draft statements."""
    with store.transaction() as session:
        create_demo(session)
    return store


@pytest.fixture
def creds() -> Credentials:
    """The demo filer's credentials."""
    return Credentials(FILER, PASSWORD, "CALDESK", "")
