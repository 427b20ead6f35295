"""``users counter-pin``: the staff PIN of the counter lock from the command line (only
its hash kept; an administrator's login once the file has users; refusals in words)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import accounts
from calaccess_desktop.services.users.counter_pin import unlocking, unlocks
from tests.users.test_cli import cli


def test_the_staff_pin_from_the_command_line(store: Store, db_path: Path,
                                             capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", str(db_path))
    code, out, _ = cli(capsys, monkeypatch, "users", "counter-pin", "--pin-stdin", *db,
                       stdin="1357-pin\n")
    assert code == 0 and "staff PIN is set" in out and "1357-pin" not in out
    with store.read() as s:
        assert unlocking(s).pin_set and unlocks(s, "1357-pin")
    code, _, err = cli(capsys, monkeypatch, "users", "counter-pin", "--pin-stdin", *db,
                       stdin="12\n")
    assert code == 1 and "at least 4" in err
    code, _, err = cli(capsys, monkeypatch, "users", "counter-pin", *db)  # no terminal
    assert code == 1 and "--pin-stdin" in err
    code, out, _ = cli(capsys, monkeypatch, "users", "counter-pin", "--clear", *db)
    assert code == 0 and "removed" in out
    code, out, _ = cli(capsys, monkeypatch, "users", "counter-pin", "--clear", *db)
    assert code == 0 and "No staff PIN was set" in out
    with store.transaction() as s:
        accounts.add_user(s, "Ada", "administrator", "ada-admin-words")
    code, _, err = cli(capsys, monkeypatch, "users", "counter-pin", "--pin-stdin", *db,
                       stdin="2468-pin\n")
    assert code == 1 and "log in" in err
    code, out, _ = cli(capsys, monkeypatch, "users", "counter-pin", "--pin-stdin",
                       "--user", "Ada", *db, stdin="2468-pin\n", password="ada-admin-words")
    assert code == 0
    with store.read() as s:
        assert unlocks(s, "2468-pin")
