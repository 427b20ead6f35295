"""CARS through the app's own paths: ``submit --protocol cars`` over loopback, the client
secret from the keyring only (never in the data file, settings or log), and a real
CARS address refused in words when no secret is saved."""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from calaccess_desktop.cli import main
from calaccess_desktop.efile.cars.client import NoClientSecretError, configured
from calaccess_desktop.efile.cars.secret import load_client_secret, save_client_secret
from calaccess_desktop.efile.cars.server import CarsPracticeServer
from calaccess_desktop.services.store import Store
from tests.efile.helpers import accepted_filings

TENANT, CLIENT = "tenant-cli", "app-cli"
SECRET = "Cl13nt-S3cret-for-the-cli!"


@pytest.fixture
def weak_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A plain-file keyring, allowed by the settings (practice machines and tests only)."""
    before = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    config = tmp_path / "config"
    config.mkdir()
    settings = config / "settings.json"
    settings.write_text(json.dumps({"version": 1, "allow_weak_keyring": True,
                                    "retry_base_seconds": 0.05, "poll_first_seconds": 0.05}))
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(config))
    monkeypatch.setenv("CALACCESS_CARS_TENANT", TENANT)
    monkeypatch.setenv("CALACCESS_CARS_CLIENT", CLIENT)
    yield settings
    keyring.set_keyring(before)


def test_submit_protocol_cars_files_once_with_the_secret_only_in_the_keyring(
        demo: Store, db_path: Path, tmp_path: Path, weak_keyring: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    save_client_secret(TENANT, CLIENT, SECRET, allow_weak=True)
    assert load_client_secret(TENANT, CLIENT, allow_weak=True) == SECRET
    server = CarsPracticeServer(tmp_path / "cars", faults="lost").start()
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file)
    root = logging.getLogger()
    root.addHandler(handler)
    old = root.level
    root.setLevel(logging.DEBUG)
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("unused-by-cars\n"))
    try:
        args = ["submit", "1", "--server", server.url, "--protocol", "cars", "--db",
                str(db_path), "--password-stdin"]
        assert main(args) == 0
        assert main(["outbox", "--log", "1", "--db", str(db_path)]) == 0
    finally:
        root.removeHandler(handler)
        root.setLevel(old)
        handler.close()
        server.stop()
    out = capsys.readouterr().out
    assert "Accepted" in out and "CA-9000001" in out
    assert "already has this submission" in out  # the lost answer was asked about, not resent
    assert len(accepted_filings(server)) == 1
    demo.close()
    con = sqlite3.connect(db_path)
    stored = repr(con.execute("SELECT * FROM submissions").fetchall())
    stored += repr(con.execute("SELECT * FROM submission_events").fetchall())
    con.close()
    places = [stored.encode(), weak_keyring.read_bytes(), log_file.read_bytes(),
              *(p.read_bytes() for p in db_path.parent.glob(f"{db_path.name}*"))]
    leaks = [SECRET.encode(), base64.b64encode(SECRET.encode()), SECRET.encode().hex().encode()]
    for place in places:
        for leak in leaks:
            assert leak not in place


def test_a_real_cars_address_without_a_saved_secret_is_refused_in_words(
        weak_keyring: Path) -> None:
    with pytest.raises(NoClientSecretError) as caught:
        configured("https://cars.example.gov")
    text = str(caught.value)
    assert "keyring set" in text and f"cars-client:{TENANT}:{CLIENT}" in text
