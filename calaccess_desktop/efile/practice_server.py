"""The practice filing server: the protocol of docs/EFILE.md over real HTTP.

It keeps its filings in its own SQLite file, judges each upload as the SOS does
(``efile/judge.py``), assigns filing IDs (``CA-9000001`` upward, so they are
never mistaken for real ones) and can be told to misbehave (``efile/faults.py``).
A filer's first password is remembered (as a salted hash); a different one later
is refused, so users can see what a mistyped password looks like.

Only ``/practice/...`` (loopback clients only) is not part of the protocol: the
list of filings and the fault plan, for tests and trainers.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import os
import socket
import sqlite3
import ssl
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from calaccess_desktop.efile.faults import Faults
from calaccess_desktop.efile.judge import Original, judge
from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    HDR_AMENDMENT,
    HDR_AMENDS,
    HDR_KEY,
    HDR_SHA256,
    HDR_VENDOR,
    KEY_PATTERN,
    MAX_UPLOAD,
    PREFIX,
    PROCESSING,
    PROTOCOL_VERSION,
    REJECTED,
    is_loopback,
    normalize_filing_id,
    sha256_hex,
)

log = logging.getLogger(__name__)
FIRST_FILING_NUMBER = 9000001
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS filers (
    filer_id TEXT PRIMARY KEY, salt BLOB NOT NULL, pw_hash BLOB NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    job_id TEXT PRIMARY KEY, filer_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, vendor_id TEXT NOT NULL,
    received_at TEXT NOT NULL, status TEXT NOT NULL, filing_number INTEGER UNIQUE,
    filed_at TEXT, form_type TEXT NOT NULL DEFAULT '', report_num INTEGER NOT NULL DEFAULT 0,
    amends_filing_id TEXT NOT NULL DEFAULT '', original_filing_id TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '', messages TEXT NOT NULL DEFAULT '[]',
    UNIQUE (filer_id, idempotency_key)
);
"""


def pacific_now() -> dt.datetime:
    """Now in California (UTC when the time zone data is missing)."""
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("America/Los_Angeles")).replace(microsecond=0)
    except Exception:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)


class PracticeStore:
    """The server's own SQLite file."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.lock = threading.RLock()
        con = sqlite3.connect(self.path)
        try:
            con.executescript(SCHEMA)
            con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '1')")
            con.commit()
        finally:
            con.close()

    @contextmanager
    def connect(self) -> Iterator[sqlite3.Connection]:
        """A connection in one transaction, committed on success."""
        con = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        con.row_factory = sqlite3.Row
        try:
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("BEGIN IMMEDIATE")
            try:
                yield con
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("COMMIT")
        finally:
            con.close()

    def check_password(self, filer_id: str, password: str) -> bool:
        """True for the filer's password; the first password seen becomes it."""
        with self.lock, self.connect() as con:
            row = con.execute("SELECT salt, pw_hash FROM filers WHERE filer_id = ?",
                              (filer_id,)).fetchone()
            if row is None:
                salt = os.urandom(16)
                con.execute("INSERT INTO filers VALUES (?, ?, ?, ?)",
                            (filer_id, salt, _hash(password, salt), pacific_now().isoformat()))
                return True
            return hmac.compare_digest(_hash(password, row["salt"]), row["pw_hash"])

    def by_key(self, con: sqlite3.Connection, filer_id: str, key: str) -> sqlite3.Row | None:
        """The job this filer made with this idempotency key."""
        row: sqlite3.Row | None = con.execute(
            "SELECT * FROM jobs WHERE filer_id = ? AND idempotency_key = ?", (filer_id, key)
        ).fetchone()
        return row

    def job(self, job_id: str) -> sqlite3.Row | None:
        """A job by id."""
        with self.connect() as con:
            row: sqlite3.Row | None = con.execute(
                "SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            return row

    def find_original(self, con: sqlite3.Connection, filing_id: str) -> Original | None:
        """An accepted filing and the highest accepted amendment of its group."""
        number = _number(filing_id)
        row = con.execute("SELECT * FROM jobs WHERE filing_number = ? AND status = ?",
                          (number, ACCEPTED)).fetchone()
        if row is None:
            return None
        highest = con.execute(
            "SELECT max(report_num) FROM jobs WHERE original_filing_id = ? AND status = ?",
            (_fid(row["filing_number"]), ACCEPTED)).fetchone()[0]
        return Original(_fid(row["filing_number"]), row["filer_id"], row["form_type"],
                        row["report_num"], int(highest or 0), row["original_filing_id"])

    def receive(self, *, filer_id: str, key: str, data: bytes, vendor_id: str, amends: str,
                amendment: int | None) -> tuple[sqlite3.Row, bool]:
        """Store and judge an upload (once per key); returns (job row, was it a duplicate)."""
        with self.lock, self.connect() as con:
            old = self.by_key(con, filer_id, key)
            if old is not None:
                return old, True
            verdict = judge(data, filer_id=filer_id, amends_filing_id=amends,
                            amendment_number=amendment,
                            find_original=lambda fid: self.find_original(con, fid))
            now = pacific_now().isoformat()
            number = None
            if verdict.accepted:
                top = con.execute("SELECT max(filing_number) FROM jobs").fetchone()[0]
                number = max(int(top or 0) + 1, FIRST_FILING_NUMBER)
            job_id = uuid.uuid4().hex
            original = verdict.original_filing_id or (_fid(number) if number else "")
            con.execute(
                "INSERT INTO jobs (job_id, filer_id, idempotency_key, sha256, size, data, "
                "vendor_id, received_at, status, filing_number, filed_at, form_type, report_num,"
                " amends_filing_id, original_filing_id, summary, messages) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job_id, filer_id, key, sha256_hex(data), len(data), data, vendor_id, now,
                 ACCEPTED if verdict.accepted else REJECTED, number, now if number else None,
                 verdict.form_type, verdict.report_num, normalize_filing_id(amends),
                 original if verdict.accepted else "", verdict.summary,
                 json.dumps([m.to_json() for m in verdict.messages])),
            )
            row = self.by_key(con, filer_id, key)
            assert row is not None
            return row, False

    def listing(self) -> list[dict[str, Any]]:
        """Every job, newest first, without the bytes."""
        with self.connect() as con:
            rows = con.execute("SELECT * FROM jobs ORDER BY received_at DESC, rowid DESC")
            return [doc(r) | {"filer_id": r["filer_id"], "vendor_id": r["vendor_id"],
                              "size": r["size"]} for r in rows]


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 20000)


def _number(filing_id: str) -> int:
    text = normalize_filing_id(filing_id)[3:]
    return int(text) if text.isdigit() else -1


def _fid(number: int | None) -> str:
    return f"CA-{number}" if number else ""


def doc(row: sqlite3.Row, *, status: str | None = None, duplicate: bool = False
        ) -> dict[str, Any]:
    """The job document of the protocol."""
    status = status or row["status"]
    final = status != PROCESSING
    return {
        "job_id": row["job_id"], "status": status, "idempotency_key": row["idempotency_key"],
        "sha256": row["sha256"], "received_at": row["received_at"],
        "filing_id": _fid(row["filing_number"]) if final else "",
        "filed_at": (row["filed_at"] or "") if final else "",
        "report_num": row["report_num"],
        "original_filing_id": row["original_filing_id"] if final else "",
        "summary": row["summary"] if final else "Filing received, being processed",
        "messages": json.loads(row["messages"]) if final else [],
        "duplicate": duplicate,
    }


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "calaccess-practice/1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        log.info("%s %s", self.client_address[0], format % args)

    # --- plumbing -------------------------------------------------------------
    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
              ) -> None:
        delay = self.server.faults.delay()
        if delay:
            time.sleep(delay)
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, code: str, message: str,
               headers: dict[str, str] | None = None) -> None:
        self._send(status, {"error": code, "message": message}, headers)

    def _drop(self) -> None:
        """Close the connection without any answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _auth(self) -> str | None:
        """The signed-in filer ID, or None after answering 401."""
        header = self.headers.get("Authorization", "")
        try:
            kind, _, token = header.partition(" ")
            filer_id, _, password = base64.b64decode(token).decode().partition(":")
            ok = kind.lower() == "basic" and filer_id and password
        except (ValueError, UnicodeDecodeError):
            ok = False
        if not ok:
            self._error(401, "unauthorized", "sign in with the filer ID and e-filing password",
                        {"WWW-Authenticate": 'Basic realm="filing"'})
            return None
        if not self.server.store.check_password(filer_id, password):
            self._error(401, "unauthorized", f"the e-filing password for filer {filer_id} is "
                        "not correct", {"WWW-Authenticate": 'Basic realm="filing"'})
            return None
        return filer_id

    def _request_fault(self) -> bool:
        fault = self.server.faults.take("request")
        if fault is None:
            return False
        if fault.kind == "500":
            self._error(500, "internal", "internal server error (practice fault)")
        else:
            self._error(503, "overloaded", "the filing service is overloaded; try again later "
                        "(practice fault)", {"Retry-After": f"{fault.value:g}"})
        return True

    # --- routes ---------------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == f"{PREFIX}/health":
            self._send(200, {"status": "ok", "protocol": PROTOCOL_VERSION,
                             "server": "calaccess-desktop practice server"})
        elif url.path.startswith("/practice/"):
            self._practice_get(url.path)
        elif url.path == f"{PREFIX}/filings":
            self._lookup(parse_qs(url.query).get("idempotency_key", [""])[0])
        elif url.path.startswith(f"{PREFIX}/jobs/"):
            self._job(url.path[len(f"{PREFIX}/jobs/"):])
        else:
            self._error(404, "not_found", f"no such address {url.path}")

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/practice/faults" and self._local():
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
            try:
                self.server.faults.replace(body)
            except ValueError as exc:
                self._error(400, "bad_faults", str(exc))
                return
            self._send(200, {"faults": self.server.faults.describe()})
        elif url.path == f"{PREFIX}/filings":
            self._upload()
        else:
            self._error(404, "not_found", f"no such address {url.path}")

    def _local(self) -> bool:
        if is_loopback(self.client_address[0]):
            return True
        self._error(403, "forbidden", "only from this computer")
        return False

    def _practice_get(self, path: str) -> None:
        if not self._local():
            return
        if path == "/practice/filings":
            self._send(200, {"jobs": self.server.store.listing()})
        elif path == "/practice/faults":
            self._send(200, {"faults": self.server.faults.describe()})
        else:
            self._error(404, "not_found", f"no such address {path}")

    def _lookup(self, key: str) -> None:
        if self._request_fault():
            return
        filer_id = self._auth()
        if filer_id is None:
            return
        with self.server.store.connect() as con:
            row = self.server.store.by_key(con, filer_id, key)
        self._send(200, {"jobs": [doc(row)] if row is not None else []})

    def _job(self, job_id: str) -> None:
        if self._request_fault():
            return
        filer_id = self._auth()
        if filer_id is None:
            return
        row = self.server.store.job(job_id)
        if row is None or row["filer_id"] != filer_id:
            self._error(404, "not_found", f"there is no job {job_id} for filer {filer_id}")
            return
        fault = self.server.faults.take("poll")
        self._send(200, doc(row, status=PROCESSING if fault else None))

    def _upload(self) -> None:
        length = self.headers.get("Content-Length")
        if length is None or not length.isdigit():
            self._error(411, "length_required", "send the file with a Content-Length")
            return
        if int(length) > MAX_UPLOAD:
            self._error(413, "too_large", f"the file is larger than {MAX_UPLOAD} bytes")
            return
        data = self.rfile.read(int(length))
        if self._request_fault():
            return
        filer_id = self._auth()
        if filer_id is None:
            return
        key = self.headers.get(HDR_KEY, "")
        vendor = self.headers.get(HDR_VENDOR, "").strip()
        amendment = self.headers.get(HDR_AMENDMENT, "").strip()
        problem = (
            "an Idempotency-Key of 8-64 letters, digits, - or _ is required"
            if not KEY_PATTERN.match(key) else
            f"the {HDR_VENDOR} header (the software vendor's ID) is required"
            if not vendor else
            f"{HDR_AMENDMENT} must be a number" if amendment and not amendment.isdigit() else
            "the file arrived damaged: its SHA-256 does not match "
            f"{HDR_SHA256}" if self.headers.get(HDR_SHA256, "").lower() != sha256_hex(data) else
            ""
        )
        if problem:
            self._error(400, "bad_request", problem)
            return
        row, duplicate = self.server.store.receive(
            filer_id=filer_id, key=key, data=data, vendor_id=vendor,
            amends=self.headers.get(HDR_AMENDS, ""),
            amendment=int(amendment) if amendment else None)
        if duplicate and row["sha256"] != sha256_hex(data):
            self._error(409, "key_reused", "this Idempotency-Key was already used for a "
                        "different file; each submission needs its own key")
            return
        fault = self.server.faults.take("stored")
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind == "lost":
            self._error(504, "gateway_timeout", "the filing service did not answer in time "
                        "(practice fault: the filing was stored)")
            return
        if fault is not None and fault.kind == "hang":
            time.sleep(fault.value)
        body = doc(row, status=PROCESSING, duplicate=duplicate)
        self._send(200 if duplicate else 202, body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], store: PracticeStore, faults: Faults) -> None:
        self.store = store
        self.faults = faults
        super().__init__(address, _Handler)


class PracticeServer:
    """A practice server on a host and port (0: any free port), run in a thread or
    in the foreground."""

    def __init__(self, data_dir: Path, *, host: str = "127.0.0.1", port: int = 0,
                 faults: str = "", seed: int | None = None, tls_cert: Path | None = None,
                 tls_key: Path | None = None) -> None:
        self.store = PracticeStore(Path(data_dir) / "practice-filings.sqlite")
        self.faults = Faults(faults, seed)
        self._httpd = _Server((host, port), self.store, self.faults)
        self.scheme = "http"
        if tls_cert is not None:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(tls_cert, tls_key)
            self._httpd.socket = ctx.wrap_socket(self._httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The base URL clients use."""
        host, port = self._httpd.server_address[:2]
        host = str(host)
        shown = f"[{host}]" if ":" in host else host
        return f"{self.scheme}://{shown}:{port}"

    def start(self) -> PracticeServer:
        """Serve in a background thread."""
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="practice-server",
                                        daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        """Serve in this thread until interrupted."""
        self._httpd.serve_forever()

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
