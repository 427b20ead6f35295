"""The app's side of the protocol over real HTTP: a rejected filing with hundreds of
messages is read whole (its answer used to be cut at 4,000 characters and then taken
for "not JSON", so the outbox polled for ever), and a server's odd answers (nested
beyond reason, numbers out of range, a list that is not a list, an endless body) end in
an unclear outcome in plain words, never a crash."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from calaccess_desktop.efile import transport as transport_mod
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials, Upload
from calaccess_desktop.efile.transport import HttpTransport, UnclearError

CREDS = Credentials("1449876", "pw-for-tests", "CALDESK")


def test_a_rejection_with_many_messages_is_read_whole(tmp_path: Path) -> None:
    server = PracticeServer(tmp_path / "server").start()
    try:
        data = b"HDR,CAL,2.01\r\n" + b"".join(b"RCPT,A,X%d,bad,\xff\r\n" % i for i in range(200))
        http = HttpTransport(server.url)
        job = http.job(http.upload(Upload(data, "key-12345678"), CREDS).job_id, CREDS)
        assert job.status == "rejected"
        stored = json.loads(server.store.job(job.job_id)["messages"])  # type: ignore[index]
        assert len(stored) >= 200 and len(job.messages) == len(stored)
        assert len(job.answer) <= transport_mod.ANSWER_LIMIT + 6  # the log keeps a short copy
    finally:
        server.stop()


class _Odd(BaseHTTPRequestHandler):
    body: bytes = b""

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)


@pytest.fixture
def odd() -> Iterator[tuple[str, type[_Odd]]]:
    handler = type("Handler", (_Odd,), {})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", handler
    httpd.shutdown()
    httpd.server_close()


def test_odd_answers_are_unclear_not_crashes(odd: tuple[str, type[_Odd]],
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    url, handler = odd
    http = HttpTransport(url)
    handler.body = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(UnclearError, match="not readable"):
        http.job("j1", CREDS)
    handler.body = json.dumps({"job_id": "j1", "status": "rejected", "messages": 5,
                               "report_num": 1e308 * 10}).encode()  # Infinity
    job = http.job("j1", CREDS)
    assert (job.status, job.messages, job.report_num) == ("rejected", (), 0)
    handler.body = json.dumps({"job_id": "j1", "status": "rejected", "messages": [
        {"level": "error", "line": "²", "field": [1], "text": "bad"}]}).encode()
    [msg] = http.job("j1", CREDS).messages
    assert (msg.line, msg.field, msg.text) == (0, 0, "bad")
    monkeypatch.setattr(transport_mod, "MAX_ANSWER", 1000)
    handler.body = b" " * 5000 + b"{}"
    with pytest.raises(UnclearError, match="larger than 1000 bytes"):
        http.job("j1", CREDS)
