"""The acceptance run on the real command line: the demo committee, given the Practice
City Clerk (NetFile agency PRAC) as its filing officer, files its Form 460 to
``practice-server --flavor netfile`` over loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.efile_netfile.helpers import FILER, PASSWORD, PIN, SIGNER


def run(db: Path, config: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "calaccess_desktop", *args, "--db", str(db)],
                          input=stdin, capture_output=True, text=True, timeout=180,
                          env={**os.environ, "CALACCESS_CONFIG_DIR": str(config)})
    return done.returncode, done.stdout + done.stderr


@pytest.fixture
def server_url(tmp_path: Path) -> Iterator[str]:
    """``practice-server --flavor netfile --signers-required PRAC`` in its own process."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "calaccess_desktop", "practice-server", "--flavor", "netfile",
         "--port", "0", "--data", str(tmp_path / "agency"), "--signers-required", "PRAC"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert "NetFile vendor API at /filer/vendor/api/v11/ and /v10/" in first
    try:
        yield first.split(" at ", 1)[1].split()[0]
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_the_demo_committee_files_with_a_netfile_city(
        tmp_path: Path, server_url: str) -> None:
    db, config = tmp_path / "data.sqlite", tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps({
        "version": 1, "retry_base_seconds": 0.05, "retry_max_seconds": 0.2,
        "poll_first_seconds": 0.05}))
    assert run(db, config, "demo")[0] == 0
    code, out = run(db, config, "set-officer", "1", "PRAC")
    assert code == 0, out
    secrets = f"{PASSWORD}\n{PIN}\n"
    code, out = run(db, config, "submit", "1", "--server", server_url, "--filer-id", FILER,
                    "--signer", SIGNER, "--password-stdin", stdin=secrets)
    assert code == 0, out
    assert "It goes to Practice City Clerk (netfile" in out
    assert "Accepted: statement 1 was filed as PRAC-90000001" in out
    code, out = run(db, config, "submit", "1", "--server", server_url, "--password-stdin",
                    stdin=secrets)
    assert code == 1 and "already filed as PRAC-90000001; amend it" in out
    assert run(db, config, "amend", "1", "--reason", "Corrected a loan")[0] == 0
    code, out = run(db, config, "submit", "4", "--server", server_url, "--password-stdin",
                    stdin=secrets)  # the filer ID and signer are remembered
    assert code == 0 and "Accepted: statement 4 was filed as PRAC-90000002" in out, out
    filings = requests.get(f"{server_url}/practice/filings", timeout=10).json()["jobs"]
    assert [(j["filing_id"], j["superseded"], j["sequence"], j["signer_ids"])
            for j in reversed(filings)] == [
        ("PRAC-90000001", "", None, [SIGNER]), ("PRAC-90000002", "PRAC-90000001", 1, [SIGNER])]
    code, out = run(db, config, "outbox", "--log", "2")
    assert "amendment 1 of filing PRAC-90000001" in out
    assert "waiting for the signers" in out or "not filed until each signer verifies" in out
