"""The practice server under hostile requests, over real HTTP on loopback: every bad
Content-Length, amendment header or fault body gets a clean 4xx in plain words, silent
and half-sent connections time out, threads stay bounded, and the server's log (its
stderr) never shows a traceback."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import sha256_hex

AUTH = "Basic " + base64.b64encode(b"1449876:pw-for-tests").decode()


@dataclass
class Running:
    """A practice server in its own process (the real command)."""

    proc: subprocess.Popen[str]
    host: str
    port: int

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def threads(self) -> int:
        """The server process's thread count, from /proc."""
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith("Threads:"):
                return int(line.split()[1])
        raise AssertionError("no thread count")


@pytest.fixture
def running(tmp_path: Path) -> Iterator[Running]:
    """``practice-server --port 0 --timeout 1`` as a subprocess; afterwards its stderr
    (the request log) must hold no traceback."""
    yield from _serve(tmp_path, "1")


@pytest.fixture
def running_4s(tmp_path: Path) -> Iterator[Running]:
    """The same with a 4 s idle timeout: long enough for 50 waiting connections to get
    their threads on a busy machine before the first ones time out."""
    yield from _serve(tmp_path, "4")


def _serve(tmp_path: Path, timeout: str) -> Iterator[Running]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "calaccess_desktop", "practice-server", "--port", "0",
         "--data", str(tmp_path / "server"), "--timeout", timeout],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    first = proc.stdout.readline()
    assert first.startswith("Practice filing server at http://127.0.0.1:"), first
    port = int(first.rsplit(":", 1)[1])
    yield Running(proc, "127.0.0.1", port)
    proc.terminate()
    _out, err = proc.communicate(timeout=10)
    assert "Traceback" not in err, err
    assert "Error:" not in err and "Exception" not in err, err


def raw(port: int, data: bytes, *, close_write: bool = True, wait: float = 5.0) -> bytes:
    """Send raw bytes to the server and return everything it answers."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as s:
        s.sendall(data)
        if close_write:
            s.shutdown(socket.SHUT_WR)
        chunks = []
        while True:
            try:
                chunk = s.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            chunks.append(chunk)
    return b"".join(chunks)


def answer(reply: bytes) -> tuple[int, dict[str, str]]:
    """(HTTP status, JSON body) of a raw reply."""
    head, _, body = reply.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    return status, json.loads(body)


def upload_head(length: str, *, extra: str = "") -> bytes:
    return (f"POST /v1/filings HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\n"
            f"Content-Length: {length}\r\n{extra}\r\n").encode("latin-1")


@pytest.mark.parametrize(("length", "status"), [
    ("²", 400), ("-1", 400), ("abc", 400), ("1e3", 400), ("0x10", 400), (" ", 400),
    ("5" * 5000, 413), ("99999999999", 413), (str(50 * 1024 * 1024 + 1), 413),
])
def test_a_bad_content_length_gets_a_plain_answer(running: Running, length: str,
                                                  status: int) -> None:
    code, body = answer(raw(running.port, upload_head(length) + b"HDR"))
    assert code == status
    assert "Content-Length" in body["message"] or "larger than" in body["message"]
    assert running.proc.poll() is None


def test_a_missing_or_doubled_content_length(running: Running) -> None:
    head = f"POST /v1/filings HTTP/1.1\r\nHost: x\r\nAuthorization: {AUTH}\r\n\r\n"
    code, body = answer(raw(running.port, head.encode()))
    assert code == 411 and "Content-Length" in body["message"]
    code, body = answer(raw(running.port, upload_head("3", extra="Content-Length: 4\r\n")
                            + b"abcd"))
    assert code == 400 and "two different Content-Length" in body["message"]


def test_a_body_shorter_than_announced_is_refused(running: Running) -> None:
    code, body = answer(raw(running.port, upload_head("100") + b"only ten b"))
    assert code == 400
    assert body["message"].startswith("the request ended after 10 of the 100 bytes")


def test_a_body_that_stalls_times_out(running: Running) -> None:
    started = time.monotonic()
    reply = raw(running.port, upload_head("100") + b"only ten b", close_write=False)
    assert time.monotonic() - started < 4  # the server's timeout is 1 s
    code, body = answer(reply)
    assert code == 408 and "did not arrive in time" in body["message"]


def test_a_fault_plan_that_is_not_text_or_not_finite_is_refused(running: Running) -> None:
    url = f"{running.url}/practice/faults"
    bad = requests.post(url, data=b"\xff\xfe\x00slow", timeout=5)
    assert bad.status_code == 400 and "plain text (UTF-8)" in bad.json()["message"]
    for plan in ("slow=inf", "slow=nan", "slow=-1", "hang=1e9", "503=²", "500*²"):
        bad = requests.post(url, data=plan.encode(), timeout=5)
        assert bad.status_code == 400, plan
        assert "is not a" in bad.json()["message"], plan
    assert requests.get(url, timeout=5).json() == {"faults": ""}  # the old plan stands


@pytest.mark.parametrize("value", ["²", "-1", "abc", "1000", "9" * 5000, "1.5"])
def test_a_bad_amendment_number_gets_400(running: Running, value: str) -> None:
    data = b"HDR,CAL,2.01\r\n"
    resp = requests.post(
        f"{running.url}/v1/filings", data=data, timeout=5, auth=("1449876", "pw-for-tests"),
        headers={"Idempotency-Key": "key-123456", "X-Vendor-Id": "CALDESK",
                 "X-Content-SHA256": sha256_hex(data), "X-Amends-Filing-Id": "CA-9000001",
                 "X-Amendment-Number": value.encode("latin-1") if value == "²" else value})
    assert resp.status_code == 400
    assert resp.json()["message"].startswith(
        "X-Amendment-Number must be the amendment number, 001 to 999 in digits")
    jobs = requests.get(f"{running.url}/practice/filings", timeout=5).json()["jobs"]
    assert jobs == []


@pytest.mark.parametrize("plan", ["slow=inf", "slow=nan", "slow=-2", "hang=inf"])
def test_a_fault_plan_that_is_not_finite_is_refused_at_startup(tmp_path: Path,
                                                               plan: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "calaccess_desktop", "practice-server", "--port", "0",
         "--data", str(tmp_path / "s"), "--faults", plan],
        capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    kind = plan.split("=")[0]
    assert done.stderr.startswith(f"error: --faults: fault '{plan}': ")
    assert f"is not a number of seconds from 0 to 3600 (such as {kind}=2.5)" in done.stderr
    assert "Traceback" not in done.stderr


def test_idle_and_half_sent_connections_time_out_and_threads_come_back(
        running_4s: Running) -> None:
    running = running_4s
    base = running.threads()
    socks = []
    for i in range(50):
        s = socket.create_connection(("127.0.0.1", running.port), timeout=10)
        if i % 2:
            s.sendall(b"POST /v1/filings HTTP/1.1\r\nHost: x\r\nContent-Le")  # half a header
        socks.append(s)
    deadline = time.monotonic() + 3
    while running.threads() < base + 40 and time.monotonic() < deadline:
        time.sleep(0.05)
    busy = running.threads()
    assert busy >= base + 40  # each waiting connection holds a thread...
    health = requests.get(f"{running.url}/v1/health", timeout=5)
    assert health.status_code == 200 and health.json()["status"] == "ok"  # ...yet it answers
    deadline = time.monotonic() + 15
    while running.threads() > base + 1 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert running.threads() <= base + 1  # the idle timeout closed every one
    for s in socks:
        s.settimeout(2)
        try:
            rest = s.recv(4096)
        except ConnectionResetError:
            rest = b""
        assert rest == b"" or rest.startswith(b"HTTP/1.0 408")  # closed by the server
        s.close()


def test_connections_beyond_the_limit_are_turned_away_not_threaded(tmp_path: Path) -> None:
    server = PracticeServer(tmp_path / "s", timeout=1.0, max_connections=8).start()
    host, port = server.url.rsplit(":", 1)[0][len("http://"):], int(server.url.rsplit(":", 1)[1])
    base = threading.active_count()
    socks = [socket.create_connection((host, port), timeout=5) for _ in range(30)]
    try:
        time.sleep(0.3)
        assert threading.active_count() <= base + 8
        turned_away = 0
        for s in socks:
            s.settimeout(0.2)
            try:
                data = s.recv(4096)
            except (TimeoutError, ConnectionResetError):
                continue
            if data.startswith(b"HTTP/1.0 503"):
                turned_away += 1
                assert b"too many connections at once" in data
        assert turned_away == 22
        time.sleep(1.5)  # the eight idle ones time out
        assert requests.get(f"{server.url}/v1/health", timeout=5).status_code == 200
    finally:
        for s in socks:
            s.close()
        server.stop()


@pytest.mark.parametrize("stage", ["header", "body"])
def test_a_request_that_trickles_in_is_cut_at_its_deadline(tmp_path: Path, stage: str) -> None:
    server = PracticeServer(tmp_path / "s", timeout=1.0, request_deadline=2.0).start()
    port = int(server.url.rsplit(":", 1)[1])
    head = upload_head("400")
    trickle = head if stage == "header" else b"x" * 400
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
            if stage == "body":
                s.sendall(head)
            started = time.monotonic()
            reply = b""
            for byte in trickle:  # one byte every 0.25 s: never idle for the 1 s timeout
                try:
                    s.sendall(bytes([byte]))
                except OSError:
                    break
                s.settimeout(0.25)
                try:
                    reply = s.recv(4096)
                except TimeoutError:
                    continue
                except ConnectionResetError:
                    break
                break
            took = time.monotonic() - started
        assert 1.8 < took < 8  # cut at the 2 s deadline, not after 400 slow bytes (100 s)
        if stage == "body":
            assert reply.startswith(b"HTTP/1.0 408")
        assert requests.get(f"{server.url}/v1/health", timeout=5).status_code == 200
    finally:
        server.stop()


def test_an_unexpected_failure_answers_500_and_writes_a_crash_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setenv("CALACCESS_LOG_DIR", str(tmp_path / "logs"))
    server = PracticeServer(tmp_path / "s", timeout=1.0).start()
    try:
        def broken(*_a: object, **_k: object) -> None:
            raise RuntimeError("judge exploded")
        monkeypatch.setattr(server.store, "receive", broken)
        data = b"HDR,CAL,2.01\r\n"
        with caplog.at_level("INFO"):
            resp = requests.post(
                f"{server.url}/v1/filings", data=data, timeout=5,
                auth=("1449876", "pw-for-tests"),
                headers={"Idempotency-Key": "key-123456", "X-Vendor-Id": "CALDESK",
                         "X-Content-SHA256": sha256_hex(data)})
        assert resp.status_code == 500
        assert resp.json()["message"].startswith("the practice server hit an internal problem")
        [report] = (tmp_path / "logs").glob("crash-*.txt")  # the user's log folder
        assert "RuntimeError: judge exploded" in report.read_text()
        assert oct(report.stat().st_mode & 0o777) == "0o600"
        logged = [r for r in caplog.records if "internal problem" in r.getMessage()]
        assert logged and str(report) in logged[0].getMessage()
        assert all(r.exc_info is None for r in caplog.records)  # no traceback in the log
    finally:
        server.stop()


def test_control_characters_a_client_sends_are_escaped_in_the_log(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    server = PracticeServer(tmp_path / "s", timeout=1.0).start()
    port = int(server.url.rsplit(":", 1)[1])
    try:
        with caplog.at_level("INFO"):
            reply = raw(port, b"GET /\x1b[2J\x1b]0;pwned\x07 HTTP/1.0\r\n\r\n")
            assert reply.startswith(b"HTTP/1.0 404")
            time.sleep(0.2)
        lines = [r.getMessage() for r in caplog.records if "GET /" in r.getMessage()]
        assert lines and all("\x1b" not in line and "\x07" not in line for line in lines)
        assert any("\\x1b[2J" in line for line in lines)
    finally:
        server.stop()


def test_the_server_file_and_folder_are_private(running: Running, tmp_path: Path) -> None:
    data = b"HDR,CAL,2.01\r\n"
    requests.post(f"{running.url}/v1/filings", data=data, timeout=5,
                  auth=("1449876", "pw-for-tests"),
                  headers={"Idempotency-Key": "key-123456", "X-Vendor-Id": "CALDESK",
                           "X-Content-SHA256": sha256_hex(data)})
    folder = tmp_path / "server"
    assert oct(folder.stat().st_mode & 0o777) == "0o700"
    files = sorted(folder.glob("practice-filings.sqlite*"))  # with any -wal and -shm
    assert [f.name for f in files][0] == "practice-filings.sqlite"
    assert len(requests.get(f"{running.url}/practice/filings", timeout=5).json()["jobs"]) == 1
    for f in files:
        assert oct(f.stat().st_mode & 0o777) == "0o600", f
    assert os.stat(folder).st_uid == os.getuid()
