"""Audit and role fixtures: the demo committee on a real data file with three users, a
practice server on loopback, an empty settings folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import accounts

PASSWORDS = {"Admin": "admin-password-42", "Pat": "pat-preparer-pw", "Lee": "lee-treasurer-pw"}
ROLES = {"Admin": "administrator", "Pat": "preparer", "Lee": "treasurer"}


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
    """The demo committee (filer 1449876, three draft statements), no users yet."""
    with store.transaction() as session:
        create_demo(session)
    return store


@pytest.fixture
def office(demo: Store) -> Store:
    """The demo data file with an administrator, a preparer (Pat) and a treasurer (Lee);
    nobody logged in on this store."""
    with demo.transaction() as session:
        for name in ("Admin", "Pat", "Lee"):
            accounts.add_user(session, name, ROLES[name], PASSWORDS[name])
    return demo
