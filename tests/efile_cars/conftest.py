"""CARS fixtures: a practice CARS on 127.0.0.1 and the demo store (``tests/efile``'s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.cars.client import CarsTransport
from calaccess_desktop.efile.cars.server import CarsPracticeServer
from calaccess_desktop.efile.cars.token import ClientCredentials, TokenSource, token_url
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store

TENANT, CLIENT, SECRET = "tenant-7", "vendor-app-1", "cl1ent-s3cret-value"
FILER = "1449876"


@pytest.fixture
def cars(tmp_path: Path) -> Iterator[CarsPracticeServer]:
    """A practice CARS in a thread on an ephemeral loopback port."""
    server = CarsPracticeServer(tmp_path / "cars").start()
    yield server
    server.stop()


def transport(server: CarsPracticeServer, secret: str = SECRET) -> CarsTransport:
    """A CARS transport for the server with the test client's credentials."""
    tokens = TokenSource(token_url(server.url, TENANT), ClientCredentials(TENANT, CLIENT, secret))
    return CarsTransport(server.url, tokens)


@pytest.fixture
def demo(store: Store) -> Store:
    """The store with the demo committee (filer 1449876) and its statements."""
    with store.transaction() as session:
        create_demo(session)
    return store


@pytest.fixture
def creds() -> Credentials:
    """What the outbox hands a transport (CARS does not use the filer's password)."""
    return Credentials(FILER, "", "CALDESK", "")
