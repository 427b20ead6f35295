"""``submit --server`` with an address that cannot be a filing server (a broken IPv6
bracket, a port out of range or not a number, spaces, a name with '%') is refused in
plain words before the statement is frozen: no crash report, nothing in the outbox."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from calaccess_desktop.efile.protocol import EndpointError, check_endpoint


@pytest.mark.parametrize(("url", "said"), [
    ("https://[::1", "is not a web address (https://name or https://name:port"),
    ("https://sos.example:99999", "the port a number from 1 to 65535"),
    ("https://sos.example:abc", "the port a number from 1 to 65535"),
    ("https://sos.example:0", "the port must be a number from 1 to 65535"),
    ("https://sos .example", "contains spaces or control characters"),
    ("https://sos.example/\x00", "contains spaces or control characters"),
    ("https://%zz", "'%zz' is not a computer's name or address"),
])
def test_an_address_that_cannot_be_a_server_is_refused(url: str, said: str) -> None:
    with pytest.raises(EndpointError, match=said.replace("(", r"\(").replace(")", r"\)")):
        check_endpoint(url)


def test_good_addresses_still_pass() -> None:
    assert check_endpoint(" https://efile.sos.ca.gov/ ") == "https://efile.sos.ca.gov"
    assert check_endpoint("http://[::1]:8765") == "http://[::1]:8765"
    assert check_endpoint("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"


def test_submit_to_a_broken_address_freezes_nothing(tmp_path: Path) -> None:
    env = {**os.environ, "CALACCESS_CONFIG_DIR": str(tmp_path / "config"),
           "CALACCESS_LOG_DIR": str(tmp_path / "logs"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    db = str(tmp_path / "data.sqlite")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "calaccess_desktop", *args], env=env,
                              input="pw\n", capture_output=True, text=True, timeout=120)

    assert cli("demo", "--db", db).returncode == 0
    for url in ("https://[::1", "https://sos.example:99999"):
        done = cli("submit", "1", "--server", url, "--password-stdin", "--db", db)
        assert done.returncode == 1
        assert "is not a web address" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "logs").exists() or not list((tmp_path / "logs").glob("crash-*"))
    listed = cli("outbox", "--json", "--db", db)
    assert json.loads(listed.stdout) == []
