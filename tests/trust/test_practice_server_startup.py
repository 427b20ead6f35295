"""``practice-server`` refuses a --data that is a file or cannot be created, a file that is
not its own, and missing or unusable TLS files: each with its own message and exit
status (never "cannot listen", never a traceback). A TLS client that never finishes its
handshake does not hold up anyone else."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from calaccess_desktop.efile.practice_server import PracticeServer


def serve(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command, which must refuse to start."""
    return subprocess.run([sys.executable, "-m", "calaccess_desktop", "practice-server",
                           "--port", "0", *args], capture_output=True, text=True, timeout=60)


def refused(done: subprocess.CompletedProcess[str], status: int, message: str) -> None:
    assert done.returncode == status, done
    assert done.stderr.startswith("error: "), done.stderr
    assert message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr and "cannot listen" not in done.stderr
    assert done.stdout == ""


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and its key (openssl is a test
    dependency: ./dev installs it)."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_data_naming_a_file(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("my notes")
    refused(serve("--data", str(plain)), 1,
            f"error: {plain} is a file, not a folder; give --data a folder")
    assert plain.read_text() == "my notes"


def test_data_folder_that_cannot_be_created(tmp_path: Path) -> None:
    plain = tmp_path / "notes.txt"
    plain.write_text("my notes")
    refused(serve("--data", str(plain / "server")), 1,
            f"error: {plain} is a file, not a folder")
    refused(serve("--data", "/proc/self/no-such-folder"), 1,
            "error: the folder /proc/self/no-such-folder cannot be created (")


def test_a_file_that_is_not_the_servers_is_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "server"
    folder.mkdir()
    other = folder / "practice-filings.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE photos (id INTEGER)")
    con.commit()
    con.close()
    before = other.read_bytes()
    refused(serve("--data", str(folder)), 1, "is not a practice server's file")
    assert other.read_bytes() == before
    other.write_bytes(b"not a database at all" * 100)
    refused(serve("--data", str(folder)), 1, "it was left as it is")
    assert other.read_bytes() == b"not a database at all" * 100


def test_missing_or_unusable_tls_files(tmp_path: Path, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    data = str(tmp_path / "server")
    missing = tmp_path / "nope.pem"
    refused(serve("--data", data, "--tls-cert", str(missing), "--tls-key", str(key)), 1,
            f"error: the TLS certificate file {missing} does not exist")
    refused(serve("--data", data, "--tls-cert", str(cert), "--tls-key", str(missing)), 1,
            f"error: the TLS private key file {missing} does not exist")
    refused(serve("--data", data, "--tls-cert", str(cert), "--tls-key", str(tmp_path)), 1,
            f"error: the TLS private key {tmp_path} is not a file")
    junk = tmp_path / "junk.pem"
    junk.write_text("-----BEGIN CERTIFICATE-----\nnot really\n")
    refused(serve("--data", data, "--tls-cert", str(junk), "--tls-key", str(key)), 1,
            "cannot be used: they must be PEM files, and the key must belong to the "
            "certificate")
    refused(serve("--data", data, "--tls-key", str(key)), 2,
            "error: --tls-key needs --tls-cert")
    assert not (tmp_path / "server").exists()  # refused before anything was created


def test_a_port_in_use_says_so(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "calaccess_desktop", "practice-server", "--port", str(port),
             "--data", str(tmp_path / "s")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"another program already uses port {port}" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_stalled_tls_handshake_does_not_block_other_clients(
        tmp_path: Path, tls_files: tuple[Path, Path]) -> None:
    cert, key = tls_files
    server = PracticeServer(tmp_path / "tls", tls_cert=cert, tls_key=key, timeout=1.0).start()
    port = int(server.url.rsplit(":", 1)[1])
    try:
        silent = [socket.create_connection(("127.0.0.1", port)) for _ in range(3)]
        time.sleep(0.2)
        started = time.monotonic()
        health = requests.get(f"{server.url}/v1/health", verify=str(cert), timeout=5)
        assert health.status_code == 200 and time.monotonic() - started < 0.9
        for s in silent:
            s.settimeout(3)
            assert s.recv(100) == b""  # closed by the server after its 1 s timeout
            s.close()
    finally:
        server.stop()
