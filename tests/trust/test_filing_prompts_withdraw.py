"""``outbox --withdraw`` names what is wrong: already withdrawn, or finished by the server
(accepted: amend it; rejected: reopen it), never "may already be on the server"."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from tests.efile.helpers import PASSWORD


def test_withdraw_twice_or_after_acceptance(store: Store, db_path: Path, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    with store.transaction() as session:
        create_demo(session)
    db = str(db_path)
    server = PracticeServer(tmp_path / "server").start()
    try:
        assert main(["submit", "3", "--server", server.url, "--queue-only", "--db", db]) == 0
        assert main(["outbox", "--withdraw", "1", "--db", db]) == 0
        capsys.readouterr()
        assert main(["outbox", "--withdraw", "1", "--db", db]) == 1
        assert "submission 1 was already withdrawn; its statement is a draft again" in \
            capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
        assert main(["submit", "3", "--server", server.url, "--password-stdin",
                     "--db", db]) == 0
        capsys.readouterr()
        assert main(["outbox", "--withdraw", "2", "--db", db]) == 1
        assert ("submission 2 is finished (accepted by the server); it cannot be withdrawn "
                "(amend the filing instead)") in capsys.readouterr().err
    finally:
        server.stop()
