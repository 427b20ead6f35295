"""The practice filing server: the protocol of docs/EFILE.md over real HTTP.

It keeps its filings in its own SQLite file, judges each upload as the SOS does
(``efile/judge.py``), assigns filing IDs (``CA-9000001`` upward, so they are
never mistaken for real ones) and can be told to misbehave (``efile/faults.py``).
A filer's first password is remembered (as a salted hash); a different one later
is refused, so users can see what a mistyped password looks like.

Only ``/practice/...`` (loopback clients only) is not part of the protocol: the
list of filings and the fault plan, for tests and trainers.

Hostile clients get answers, never tracebacks: a bad Content-Length is 400, 411 or
413, a silent or half-sent request times out (``timeout`` seconds without a byte;
TLS handshakes happen in the worker, under the same timeout), a request that trickles
in must still arrive whole within ``request_deadline`` seconds, and at most
``max_connections`` connections are served at once (more get 503 and are closed),
so the number of threads stays bounded. An unexpected failure answers 500 and its
details go to a crash report file in the user's log folder (``boundary``), named in
the log.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import logging
import socket
import sqlite3
import ssl
import sys
import threading
import time
from collections.abc import Callable
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
from calaccess_desktop.errors import UsageError, UserError

log = logging.getLogger(__name__)
DEFAULT_TIMEOUT = 20.0  # seconds a connection may stay silent before it is closed
REQUEST_DEADLINE = 120.0  # seconds in which a whole request (headers and body) must arrive
MAX_CONNECTIONS = 64  # connections served at once (one thread each)
MAX_FAULTS_BODY = 64 * 1024
MAX_AMENDMENT = 999


class PracticeServerError(UserError):
    """The practice server cannot start; the message says why in plain words."""


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 200 else text[:200] + "..."


_CONTROL = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


class _DeadlineReader(socket.SocketIO):
    """A connection's reading side: each read waits at most the idle timeout, and all of
    them together end at the request's deadline (a client that trickles bytes in)."""

    def __init__(self, sock: socket.socket, idle: float, deadline: float) -> None:
        super().__init__(sock, "rb")
        self.sock, self.idle, self.deadline = sock, idle, time.monotonic() + deadline

    def readinto(self, b: Any) -> int | None:
        left = self.deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the request took longer than its deadline")
        self.sock.settimeout(min(self.idle, left))
        return super().readinto(b)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "calaccess-practice/1"

    def setup(self) -> None:
        super().setup()
        self.rfile.close()  # the plain reader; the socket stays open for ours
        self.rfile = io.BufferedReader(_DeadlineReader(
            self.connection, self.server.idle_timeout, self.server.request_deadline))

    def log_message(self, format: str, *args: Any) -> None:
        """One request log line; control characters a client sent are shown escaped."""
        log.info("%s %s", self.client_address[0], (format % args).translate(_CONTROL))

    # --- plumbing -------------------------------------------------------------
    def _send(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
              ) -> None:
        delay = self.server.faults.delay()
        if delay:
            self.server.stopping.wait(delay)
        self.connection.settimeout(self.server.idle_timeout)  # reading may have shortened it
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

    def _garbled(self, status: int, data: bytes, media: str) -> None:
        """An answer cut off half-way (its Content-Length says so), then closed."""
        cut = data[:max(1, len(data) // 2)]
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(cut)))
        self.end_headers()
        self.wfile.write(cut)
        self.close_connection = True

    def _drop(self) -> None:
        """Close the connection without any answer."""
        self.close_connection = True
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass

    def _guard(self, route: Callable[[], None]) -> None:
        """Run a route; a client that stalls or leaves, or an unexpected failure, ends in
        a short log line (and a crash report file), never a traceback."""
        who = self.client_address[0]
        try:
            route()
        except TimeoutError:
            log.info("%s: the request did not arrive in time; connection closed", who)
            self.close_connection = True
            self._try_error(408, "timeout", "the request did not arrive in time")
        except (ConnectionError, ssl.SSLError):
            log.info("%s: the client went away before the answer", who)
            self.close_connection = True
        except sqlite3.Error as exc:
            log.warning("%s: the practice server's file could not be used (%s)", who,
                        _short(exc))
            self.close_connection = True
            self._try_error(503, "store_busy", "the practice server could not use its file; "
                            "try again later", {"Retry-After": "5"})
        except Exception:
            report = self.server.crash_report(f"{self.command} {self.path}")
            log.error("%s: internal problem answering %s %s; details in %s", who,
                      self.command, urlsplit(self.path).path, report)
            self.close_connection = True
            self._try_error(500, "internal", "the practice server hit an internal problem; "
                            "nothing more was done with this request")

    def _try_error(self, status: int, code: str, message: str,
                   headers: dict[str, str] | None = None) -> None:
        with contextlib.suppress(OSError):
            self._error(status, code, message, headers)

    def _body(self, limit: int) -> bytes | None:
        """The request's body by its Content-Length, or None after answering 400, 411 or
        413. A body shorter than announced is 400; one that stalls times out."""
        values = self.headers.get_all("Content-Length") or []
        if not values:
            self._error(411, "length_required", "send the body with a Content-Length header")
            return None
        text = values[0].strip()
        if len({v.strip() for v in values}) > 1:
            self._error(400, "bad_length", "the request has two different Content-Length "
                        "headers")
            return None
        if not (text.isascii() and text.isdigit()):
            self._error(400, "bad_length", "the Content-Length header must be the body's size "
                        f"in bytes, in digits 0-9 (it was {text[:40]!r})")
            return None
        if len(text) > 15 or int(text) > limit:
            self._error(413, "too_large", f"the body is larger than the {limit} bytes "
                        "accepted here")
            return None
        size = int(text)
        data = self.rfile.read(size) if size else b""
        if len(data) != size:
            self.close_connection = True
            self._error(400, "incomplete", f"the request ended after {len(data)} of the "
                        f"{size} bytes its Content-Length announced; send it again")
            return None
        return data

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

    def send_error(self, code: int, message: str | None = None,
                   explain: str | None = None) -> None:
        """The answer to a request that could not be read (a garbled request line, an
        address too long, headers too many): JSON like every other answer, not the
        standard library's HTML page; the connection is closed after it."""
        self.log_error("code %d, message %s", code, message)
        words = message or self.responses.get(code, ("error",))[0]
        data = json.dumps({"error": f"http_{code}", "message": words}).encode()
        self.close_connection = True
        if getattr(self, "request_version", "HTTP/0.9") == "HTTP/0.9":
            self.request_version = "HTTP/1.0"  # a status line and headers even for garbage
        with contextlib.suppress(OSError):
            self.send_response(code, message)
            self.send_header("Content-Type", "application/json")
            self.send_header("Connection", "close")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            if self.command != "HEAD" and code >= 200 and code not in (204, 304):
                self.wfile.write(data)

    # --- routes ---------------------------------------------------------------
    def do_GET(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def _not_allowed(self) -> None:
        """PUT, DELETE, PATCH, HEAD, OPTIONS: 405 naming the methods this server takes (the
        connection closes after it: a HEAD answer's body would be left unread)."""
        self.close_connection = True
        self._guard(lambda: self._error(
            405, "method_not_allowed", f"{self.command} is not answered here; use GET or "
            "POST", {"Allow": "GET, POST"}))

    do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _not_allowed

    def _get(self) -> None:
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

    def _post(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/practice/faults" and self._local():
            data = self._body(MAX_FAULTS_BODY)
            if data is None:
                return
            try:
                self.server.faults.replace(data.decode("utf-8"))
            except UnicodeDecodeError:
                self._error(400, "bad_faults", "the fault plan must be plain text (UTF-8), "
                            "such as 503*2,drop")
                return
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
        if fault is not None and fault.kind == "unknown":
            self._error(404, "not_found", f"there is no job {job_id} for filer {filer_id} "
                        "(practice fault)")
            return
        self._send(200, doc(row, status=PROCESSING if fault else None))

    def _upload(self) -> None:
        data = self._body(MAX_UPLOAD)
        if data is None:
            return
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
            f"{HDR_AMENDMENT} must be the amendment number, 001 to {MAX_AMENDMENT} in digits "
            f"(it was {amendment[:20]!r})" if amendment and not _amendment_ok(amendment) else
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
        if fault is not None and fault.kind == "garbled":
            self._garbled(202, json.dumps(body).encode(), "application/json")
            return
        self._send(200 if duplicate else 202, body)


def _amendment_ok(text: str) -> bool:
    return len(text) <= 3 and text.isascii() and text.isdigit() and int(text) <= MAX_AMENDMENT


def _busy_answer() -> bytes:
    body = json.dumps({"error": "overloaded", "message": "too many connections at once; "
                       "try again in a few seconds"}).encode()
    head = ("HTTP/1.0 503 Service Unavailable\r\nContent-Type: application/json\r\n"
            f"Retry-After: 5\r\nConnection: close\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


BUSY_ANSWER = _busy_answer()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 128  # the listen backlog: a burst of clients is accepted at once

    def __init__(self, address: tuple[str, int], store: Any, faults: Faults, *,
                 idle_timeout: float, max_connections: int,
                 tls: ssl.SSLContext | None, request_deadline: float = REQUEST_DEADLINE,
                 handler: type[BaseHTTPRequestHandler] | None = None, options: Any = None
                 ) -> None:
        self.store = store
        self.faults = faults
        self.stopping = threading.Event()
        self.idle_timeout = idle_timeout
        self.request_deadline = request_deadline
        self.tls = tls
        self.slots = threading.BoundedSemaphore(max_connections)
        self.handler = handler or _Handler
        self.options = options  # a flavor's own settings (NetFile: signers, duplicates)
        super().__init__(address, self.handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        """One thread per connection, at most ``max_connections`` at once."""
        if not self.slots.acquire(blocking=False):
            log.warning("%s: too many connections at once; asked to come back later",
                        client_address[0])
            self._refuse(request)
            return
        try:
            threading.Thread(target=self._serve, args=(request, client_address),
                             name="practice-connection", daemon=True).start()
        except RuntimeError:
            self.slots.release()
            self.shutdown_request(request)

    def _serve(self, request: Any, client_address: Any) -> None:
        try:
            self.process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def _refuse(self, request: socket.socket) -> None:
        try:
            if self.tls is None:
                request.setblocking(False)
                request.send(BUSY_ANSWER)
        except OSError:
            pass
        self.shutdown_request(request)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Serve one connection under the idle timeout (TLS handshake included)."""
        request.settimeout(self.idle_timeout)
        if self.tls is None:
            self.handler(request, client_address, self)
            return
        try:
            wrapped = self.tls.wrap_socket(request, server_side=True)
        except (OSError, ValueError) as exc:
            log.info("%s: no TLS connection (%s)", client_address[0], _short(exc))
            return
        try:
            self.handler(wrapped, client_address, self)
        finally:
            self.shutdown_request(wrapped)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A connection that failed outside a route: one log line, no traceback."""
        exc = sys.exc_info()[1]
        if isinstance(exc, OSError | ValueError):  # a client that went away or misspoke
            log.info("%s: connection ended (%s)", client_address[0], _short(exc))
            return
        report = self.crash_report(f"connection from {client_address[0]}")
        log.error("%s: internal problem; details in %s", client_address[0], report)

    def crash_report(self, what: str) -> str:
        """Write the current exception to a crash report in the user's log folder (the
        boundary's); its path, or why there is none."""
        from calaccess_desktop.boundary import write_crash_report

        exc = sys.exc_info()[1]
        if exc is None:
            return "(no crash report: no error)"
        try:
            return str(write_crash_report(exc, ["practice-server", what]))
        except OSError as err:
            return f"(no crash report: {err.strerror or err})"


class PracticeServer:
    """A practice server on a host and port (0: any free port), run in a thread or
    in the foreground. A flavor (``efile/netfile/server.py``) gives its own handler,
    store and options."""

    handler: type[BaseHTTPRequestHandler] = _Handler
    options: Any = None

    def __init__(self, data_dir: Path, *, host: str = "127.0.0.1", port: int = 0,
                 faults: str = "", seed: int | None = None, tls_cert: Path | None = None,
                 tls_key: Path | None = None, timeout: float = DEFAULT_TIMEOUT,
                 max_connections: int = MAX_CONNECTIONS,
                 request_deadline: float = REQUEST_DEADLINE) -> None:
        """Raises ``UsageError`` for a bad fault plan or options, ``PracticeStoreError``
        for the data folder or file, ``PracticeServerError`` for TLS files or the port."""
        try:
            self.faults = Faults(faults, seed)
        except ValueError as exc:
            raise UsageError(f"--faults: {exc}") from None
        tls = _tls_context(tls_cert, tls_key)
        self.store = self.make_store(Path(data_dir))
        try:
            self._httpd = _Server((host, port), self.store, self.faults, idle_timeout=timeout,
                                  max_connections=max_connections, tls=tls,
                                  request_deadline=request_deadline, handler=self.handler,
                                  options=self.options)
        except OverflowError:
            raise UsageError(f"--port {port}: a port is a number from 0 to 65535") from None
        except OSError as exc:
            raise PracticeServerError(_listen_problem(host, port, exc)) from None
        self.scheme = "http" if tls is None else "https"
        self._thread: threading.Thread | None = None

    def make_store(self, data_dir: Path) -> Any:
        """The flavor's own file in ``data_dir``."""
        return PracticeStore(data_dir / "practice-filings.sqlite")

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


def _tls_context(cert: Path | None, key: Path | None) -> ssl.SSLContext | None:
    """The server's TLS context, or None for plain http; each file problem in words."""
    if cert is None:
        if key is not None:
            raise UsageError("--tls-key needs --tls-cert (the certificate it belongs to)")
        return None
    for what, path in (("certificate", cert), ("private key", key)):
        if path is None:
            continue
        if not path.exists():
            raise PracticeServerError(f"the TLS {what} file {path} does not exist")
        if not path.is_file():
            raise PracticeServerError(f"the TLS {what} {path} is not a file")
        try:
            with path.open("rb") as f:
                f.read(1)
        except OSError as exc:
            raise PracticeServerError(f"the TLS {what} file {path} cannot be read "
                                      f"({exc.strerror or exc})") from None
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        ctx.load_cert_chain(cert, key)
    except ssl.SSLError:
        both = f"{cert} and {key}" if key is not None else str(cert)
        raise PracticeServerError(
            f"the TLS certificate and key ({both}) cannot be used: they must be PEM files, "
            "and the key must belong to the certificate (and have no passphrase)") from None
    except OSError as exc:
        raise PracticeServerError(f"the TLS files cannot be read ({exc.strerror or exc})"
                                  ) from None
    return ctx


def _listen_problem(host: str, port: int, exc: OSError) -> str:
    """Why the server cannot listen, in words."""
    import errno

    where = f"{host}:{port}"
    if exc.errno == errno.EADDRINUSE:
        return (f"cannot listen on {where}: another program already uses port {port}; "
                "stop it or give another --port (0 picks a free one)")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return f"cannot listen on {where}: ports below 1024 need administrator rights"
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return f"cannot listen on {where}: {host} is not an address of this computer"
    return f"cannot listen on {where} ({exc.strerror or exc})"
