"""services/updates against a real release feed served over loopback HTTP: newer, same,
older, garbage, too big, redirected, missing and unreachable feeds; the quiet days
before a filing deadline (the one filing calendar); off unless turned on."""

from __future__ import annotations

import datetime as dt
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from calaccess_desktop import __version__
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services import updates
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store

MAJOR, MINOR, PATCH = (int(p) for p in __version__.split("."))
NEWER = f"{MAJOR}.{MINOR + 1}.0"
OLDER = f"{MAJOR}.{MINOR}.{PATCH - 1}" if PATCH else f"{MAJOR - 1}.9.9" if MAJOR else "0.0.0"


def feed(version: str, **more: object) -> bytes:
    return json.dumps({"feed": 1, "version": version, **more}).encode()


ROUTES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "/newer.json": (200, feed(NEWER, released="2027-01-20", notes="Faster import.",
                              url="https://example.org/releases/v9"), {}),
    "/same.json": (200, feed(__version__), {}),
    "/older.json": (200, feed(OLDER), {}),
    "/garbage": (200, b"\x00\xff<html>not json", {}),
    "/list.json": (200, b"[1, 2, 3]", {}),
    "/schema2.json": (200, json.dumps({"feed": 2, "version": NEWER}).encode(), {}),
    "/noversion.json": (200, json.dumps({"feed": 1, "version": "soon"}).encode(), {}),
    "/deep.json": (200, b"[" * 20_000 + b"]" * 20_000, {}),
    "/big.json": (200, b" " * (updates.MAX_FEED + 1) + feed(NEWER), {}),
    "/redirect": (302, b"", {"Location": "/newer.json"}),
    "/loop": (302, b"", {"Location": "/loop"}),
    "/away": (302, b"", {"Location": "http://example.org/feed.json"}),
    "/javascript-url.json": (200, feed(NEWER, url="javascript:alert(1)"), {}),
}


class _Feed(BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.hits.append(self.path)
        status, body, headers = ROUTES.get(self.path, (404, b"no such file", {}))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    _Feed.hits = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def run(url: str) -> updates.UpdateCheck:
    return updates.check(None, enabled=True, url=url)


def test_a_newer_version_is_announced_with_its_date_notes_and_page(server: str) -> None:
    found = run(server + "/newer.json")
    assert found.newer and found.version == NEWER and found.url == "https://example.org/releases/v9"
    assert found.words == (
        f"calaccess-desktop {NEWER} is available since January 20, 2027 (you have "
        f"{__version__}). Faster import. Nothing changes until you install it yourself. "
        "Download page: https://example.org/releases/v9")


def test_the_same_or_an_older_version_is_not_an_update(server: str) -> None:
    same = run(server + "/same.json")
    assert (same.state, same.version) == ("current", __version__)
    assert same.words == f"calaccess-desktop {__version__} is the newest version."
    assert run(server + "/older.json").state == "current"


@pytest.mark.parametrize(("path", "why"), [
    ("/garbage", "the release feed is not a JSON file"),
    ("/list.json", "the release feed is not a JSON object"),
    ("/schema2.json", "the release feed is not version 1 of the feed format"),
    ("/noversion.json", "the release feed names no version number"),
    ("/deep.json", "the release feed is not a JSON file"),
    ("/big.json", f"the release feed is larger than {updates.MAX_FEED} bytes"),
])
def test_a_garbage_feed_is_said_in_words(server: str, path: str, why: str) -> None:
    found = run(server + path)
    assert found.state == "unreadable" and not found.newer
    assert found.words.startswith(f"Could not check for a newer version: {why}")


def test_a_redirect_is_followed_but_only_a_few_times_and_only_to_safe_addresses(
        server: str) -> None:
    assert run(server + "/redirect").version == NEWER
    assert _Feed.hits == ["/redirect", "/newer.json"]
    loop = run(server + "/loop")
    assert loop.state == "unreachable" and "redirects too often" in loop.words
    assert len(_Feed.hits) == 2 + updates.MAX_REDIRECTS + 1
    away = run(server + "/away")  # plain http to another computer: not fetched
    assert away.state == "unreadable" and "plain http is allowed only" in away.words


def test_a_link_that_is_not_https_is_not_offered(server: str) -> None:
    found = run(server + "/javascript-url.json")
    assert found.newer and found.url == "" and "javascript" not in found.words


def test_a_missing_feed_and_an_unreachable_server_are_said_in_words(server: str) -> None:
    missing = run(server + "/nothing-here.json")
    assert missing.state == "unreachable"
    assert missing.words == ("Could not check for a newer version: 127.0.0.1 answered 404 "
                             "Not Found.")
    gone = run(f"http://127.0.0.1:{closed_port()}/feed.json")
    assert gone.state == "unreachable"
    assert gone.words == ("Could not check for a newer version: this computer could not "
                          "reach 127.0.0.1 (is it online?).")
    bad = run("ftp://example.org/feed")
    assert bad.state == "unreadable" and "is not a web address" in bad.words


def test_a_server_that_does_not_answer_in_time_is_said_in_words(
        server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)  # accepts the connection, never answers
    monkeypatch.setattr(updates, "TIMEOUT", (1.0, 0.3))
    try:
        slow = run(f"http://127.0.0.1:{listener.getsockname()[1]}/feed.json")
    finally:
        listener.close()
    assert slow.state == "unreachable"
    assert slow.words == "Could not check for a newer version: 127.0.0.1 did not answer in time."


def test_off_unless_turned_on_and_then_nothing_is_fetched(server: str) -> None:
    off = updates.check(None, enabled=False, url=server + "/newer.json")
    assert off.state == "off" and _Feed.hits == []


def test_quiet_in_the_last_days_before_a_deadline_not_filed(server: str, store: Store) -> None:
    with store.transaction() as session:
        _cid, ids = create_demo(session)  # a semi-annual 460 due July 31, 2026 (a draft)
    url = server + "/newer.json"
    with store.transaction() as session:
        before = updates.check(session, enabled=True, url=url, today=dt.date(2026, 7, 24))
        assert before.state == "quiet" and _Feed.hits == []
        assert before.words.startswith(
            "Not checking for a newer version while a filing is due within 7 days "
            "(Maria Lopez for City Council 2026: ")
        assert before.words.endswith("due July 31, 2026).")
        on_the_day = updates.check(session, enabled=True, url=url, today=dt.date(2026, 7, 31))
        assert on_the_day.state == "quiet"
        eight_days = updates.check(session, enabled=True, url=url, today=dt.date(2026, 7, 23))
        assert eight_days.newer and _Feed.hits == ["/newer.json"]
        session.get(Statement, ids[0]).status = "filed"
    with store.transaction() as session:  # filed: nothing is due, the notice may come
        assert updates.check(session, enabled=True, url=url, today=dt.date(2026, 7, 24)).newer


def test_the_feed_address_is_one_constant_or_the_environment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(updates.FEED_ENV, raising=False)
    assert updates.feed_url() == updates.FEED_URL
    assert updates.FEED_URL.startswith("https://") and updates.FEED_URL.endswith(".json")
    monkeypatch.setenv(updates.FEED_ENV, "http://127.0.0.1:9/feed.json")
    assert updates.feed_url() == "http://127.0.0.1:9/feed.json"


@pytest.mark.parametrize(("text", "parsed"), [
    ("0.2.0", (0, 2, 0)), (" 1.10.3 ", (1, 10, 3)), ("1.2", None), ("1.2.3rc1", None),
    ("v1.2.3", None), (123, None), (None, None), ("1." * 5000, None),
])
def test_version_numbers(text: object, parsed: tuple[int, int, int] | None) -> None:
    assert updates.parse_version(text) == parsed
