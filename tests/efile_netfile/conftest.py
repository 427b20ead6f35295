"""NetFile fixtures: the NetFile practice server on 127.0.0.1 (filing duplicates, so a
client that sent twice would show two jobs), the demo committee filing with the
Practice City Clerk (NetFile agency PRAC), fast retries."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.netfile.store import Options
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.store import Store
from tests.efile_netfile.helpers import city_creds


@pytest.fixture
def netfile(tmp_path: Path) -> Iterator[NetFilePracticeServer]:
    """The NetFile practice server; PRAC needs no signers here (see ``signing``)."""
    server = NetFilePracticeServer(tmp_path / "netfile",
                                   netfile=Options(allow_duplicates=True)).start()
    yield server
    server.stop()


@pytest.fixture
def signing(tmp_path: Path) -> Iterator[NetFilePracticeServer]:
    """A NetFile practice server whose agency PRAC requires signers; signers verify only
    when the trainer says so (``POST /practice/verify/JOB``)."""
    server = NetFilePracticeServer(
        tmp_path / "signing", netfile=Options(allow_duplicates=True,
                                              signers_required=frozenset({"PRAC"}),
                                              pending_polls=None)).start()
    yield server
    server.stop()


@pytest.fixture
def city(store: Store) -> Store:
    """The demo committee (statements 1, 2 Form 460, 3 Form 497), filing with PRAC."""
    with store.transaction() as session:
        create_demo(session)
        set_officers(session, 1, ["PRAC"])
    return store


@pytest.fixture
def creds() -> Credentials:
    """The committee's credentials at the practice city, with the treasurer's signer PIN."""
    return city_creds()
