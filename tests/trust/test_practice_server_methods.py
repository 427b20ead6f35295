"""Requests the practice servers (all three flavors) do not take are answered in JSON
with a 4xx, never the standard library's HTML page or a 501: a method other than GET or
POST is 405 naming the ones taken, a request line that cannot be read is 400, an address
too long is 414; the server keeps answering afterwards."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from calaccess_desktop.efile.cars.server import CarsPracticeServer
from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.practice_server import PracticeServer

FLAVORS = {"practice": PracticeServer, "netfile": NetFilePracticeServer,
           "cars": CarsPracticeServer}


@pytest.fixture(params=sorted(FLAVORS))
def server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[PracticeServer]:
    running = FLAVORS[request.param](tmp_path / "server").start()
    try:
        yield running
    finally:
        running.stop()


def _raw(server: PracticeServer, data: bytes) -> bytes:
    host, port = server.url.split("//", 1)[1].split(":")
    with socket.create_connection((host, int(port.split("/")[0])), timeout=10) as s:
        s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        out = b""
        while chunk := s.recv(65536):
            out += chunk
    return out


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH", "OPTIONS"])
def test_a_method_not_taken_is_405_in_json(server: PracticeServer, method: str) -> None:
    answer = requests.request(method, server.url + "/anything", data=b"{}", timeout=10)
    assert answer.status_code == 405
    assert answer.headers["Allow"] == "GET, POST"
    body = answer.json()
    assert body["error"] == "method_not_allowed" and method in body["message"]
    assert requests.get(server.url + "/", timeout=10).status_code < 500  # still answering


def test_head_is_405_without_a_body(server: PracticeServer) -> None:
    answer = requests.head(server.url + "/", timeout=10)
    assert answer.status_code == 405 and answer.headers["Allow"] == "GET, POST"


@pytest.mark.parametrize(("request_line", "status"), [
    (b"GARBAGE\r\n\r\n", 400),
    (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
    (b"GET / HTTP/9.9\r\n\r\n", 505),
])
def test_a_request_that_cannot_be_read_is_answered_in_json(
        server: PracticeServer, request_line: bytes, status: int) -> None:
    answer = _raw(server, request_line)
    head, _sep, body = answer.partition(b"\r\n\r\n")
    assert head.split(b" ", 2)[1] == str(status).encode(), head
    assert b"application/json" in head and b"<html" not in body.lower()
    assert json.loads(body)["error"] == f"http_{status}"
