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
import json
import logging
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from calaccess_desktop.efile.faults import Faults
from calaccess_desktop.efile.practice_store import PracticeStore, doc
from calaccess_desktop.efile.protocol import (
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
    is_loopback,
    sha256_hex,
)

log = logging.getLogger(__name__)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "calaccess-practice/1"

    def log_message(self, format: str, *args: Any) -> None:
        log.info("%s %s", self.client_address[0], format % args)

    # --- plumbing -------------------------------------------------------------
    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
              ) -> None:
        delay = self.server.faults.delay()
        if delay:
            self.server.stopping.wait(delay)
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
            self.server.stopping.wait(fault.value)
        body = doc(row, status=PROCESSING, duplicate=duplicate)
        self._send(200 if duplicate else 202, body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], store: PracticeStore, faults: Faults) -> None:
        self.store = store
        self.faults = faults
        self.stopping = threading.Event()
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer is normal here (faults, killed clients)."""
        log.warning("request from %s ended with an error", client_address[0], exc_info=True)


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
        """Stop serving (cutting any planned waits short) and close the socket."""
        self._httpd.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
