"""The e-filing password lives in the keyring only: never in the database (or its WAL), the
settings, the logs or the outbox; without a secure keyring it is asked at send time."""

from __future__ import annotations

import base64
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from calaccess_desktop import secrets
from calaccess_desktop.cli import main
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FILER, PASSWORD, accepted_filings


@pytest.fixture
def restore_keyring() -> Iterator[None]:
    before = keyring.get_keyring()
    yield
    keyring.set_keyring(before)


def plaintext_keyring(folder: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "keyring_pass.cfg")
    return backend


def asking(asked: list[str], prompt: str) -> str:
    asked.append(prompt)
    return PASSWORD


def write_settings(folder: Path, **values: Any) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "settings.json"
    path.write_text(json.dumps({"version": 1, "retry_base_seconds": 0.05,
                                "poll_first_seconds": 0.05, **values}))
    return path


def forms_of(secret: str) -> list[bytes]:
    """The secret as it could leak: plain, base64, Basic-auth base64, hex, UTF-16."""
    raw = secret.encode()
    return [raw, base64.b64encode(raw), base64.b64encode(f"{FILER}:{secret}".encode()),
            raw.hex().encode(), secret.encode("utf-16-le")]


def submit(db: Path, url: str, statement: int = 1, *extra: str) -> int:
    return main(["submit", str(statement), "--server", url, "--db", str(db), *extra])


def test_password_appears_nowhere_but_the_keyring(
        demo: Store, db_path: Path, practice: PracticeServer, config_dir: Path, tmp_path: Path,
        restore_keyring: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    settings_file = write_settings(config_dir, allow_weak_keyring=True)
    keyring.set_keyring(plaintext_keyring(tmp_path / "keyring"))
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asking(asked, prompt))
    try:
        practice.faults.replace("drop,503,lost")
        assert submit(db_path, practice.url, 1) == 0
        assert submit(db_path, practice.url, 2) == 0  # the saved password: not asked again
        assert main(["outbox", "--log", "1", "--db", str(db_path)]) == 0
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()
    out = capsys.readouterr()
    assert len(asked) == 1 and "saved in the system keyring" in out.err
    assert secrets.get_password(FILER, allow_weak=True) == PASSWORD
    assert (tmp_path / "keyring" / "keyring_pass.cfg").exists()
    assert len(accepted_filings(practice)) == 2
    assert "POST /v1/filings" in log_file.read_text()  # the log did record the traffic

    demo.close()
    places = {p.name: p.read_bytes() for p in
              [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), settings_file, log_file]
              if p.exists()}
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT * FROM submissions").fetchall()
    rows += con.execute("SELECT * FROM submission_events").fetchall()
    con.close()
    places["outbox rows"] = repr(rows).encode()
    places["printed"] = (out.out + out.err).encode()
    assert len(places) >= 5
    for name, data in places.items():
        for form in forms_of(PASSWORD):
            assert form not in data, f"the password leaked into {name}"


class MemoryKeyring(KeyringBackend):
    """A secure-looking keyring kept in memory."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


def test_without_a_keyring_the_password_is_asked_and_the_reason_given(
        demo: Store, db_path: Path, practice: PracticeServer, config_dir: Path,
        restore_keyring: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())
    asked: list[str] = []
    monkeypatch.setattr("getpass.getpass", lambda prompt: asking(asked, prompt))
    assert submit(db_path, practice.url) == 0
    err = capsys.readouterr().err
    assert asked == [f"E-filing password for filer {FILER}: "]
    assert "no secure keyring is available (no keyring service was found" in err
    assert "saved" not in err.replace("not saved", "")


def test_a_plain_file_keyring_is_not_used_unless_allowed(
        tmp_path: Path, restore_keyring: None) -> None:
    keyring.set_keyring(plaintext_keyring(tmp_path))
    state = secrets.info()
    assert not state.usable and "plain file" in state.why
    with pytest.raises(secrets.SecretsUnavailableError):
        secrets.set_password(FILER, PASSWORD)
    assert not (tmp_path / "keyring_pass.cfg").exists()
    assert secrets.info(allow_weak=True).usable


def test_a_refused_password_is_forgotten(
        demo: Store, db_path: Path, practice: PracticeServer, config_dir: Path,
        restore_keyring: None, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    practice.store.check_password(FILER, PASSWORD)  # the server knows the right one
    secrets.set_password(FILER, "wrong-password")
    assert submit(db_path, practice.url) == 1
    err = capsys.readouterr().err
    assert "is not correct" in err and "removed from the keyring" in err
    assert secrets.get_password(FILER) is None
    monkeypatch.setattr("getpass.getpass", lambda prompt: PASSWORD)
    assert submit(db_path, practice.url) == 0  # the failed submission is retried, same key
    assert len(accepted_filings(practice)) == 1
    assert ring.store[(secrets.SERVICE, f"filer:{FILER}")] == PASSWORD
