"""How uploads reach a filing server: one small interface, one HTTP adapter.

A future CARS API is another class with the same three methods. Errors come in
two kinds that the outbox treats differently:

- ``UnclearError``: no answer, a timeout, a dropped connection or a 5xx. The server
  may or may not have stored the upload; the outbox asks before sending again.
- ``RefusedError``: a 4xx answer. The server did not take the request (wrong
  password, malformed upload); sending the same thing again will not help.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass, replace
from typing import Any, Protocol

from calaccess_desktop.efile.protocol import (
    CAL_MEDIA_TYPE,
    HDR_AMENDMENT,
    HDR_AMENDS,
    HDR_KEY,
    HDR_PIN,
    HDR_SHA256,
    HDR_VENDOR,
    PREFIX,
    Credentials,
    JobStatus,
    Upload,
    check_endpoint,
)

log = logging.getLogger(__name__)
ANSWER_LIMIT = 4000  # characters of an answer kept in the attempt log
MAX_ANSWER = 16 * 1024 * 1024  # bytes of an answer read at most (a job with many messages)


class TransportError(Exception):
    """A request did not give a usable answer. ``sent`` is False only when the request
    certainly never left this computer (no connection could be made)."""

    def __init__(self, message: str, *, http_status: int | None = None, answer: str = "",
                 retry_after: float | None = None, sent: bool = True,
                 auth_refused: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.auth_refused = auth_refused
        self.http_status = http_status
        self.answer = answer
        self.retry_after = retry_after
        self.sent = sent


class UnclearError(TransportError):
    """The server may have acted on the request; ask it before repeating an upload."""


class RefusedError(TransportError):
    """The server answered and did not take the request."""


class JobLostError(RefusedError):
    """The server answered that it does not know the job (or could not process it)."""


class Transport(Protocol):
    """What the outbox needs from a filing service.

    ``can_lookup`` says whether ``lookup`` can find an upload whose answer was lost. A
    service without an idempotency key (NetFile) says False: after an unclear upload the
    outbox then holds the submission for the treasurer instead of ever sending it again
    on its own."""

    url: str
    can_lookup: bool

    def upload(self, upload: Upload, creds: Credentials) -> JobStatus:
        """Send the bytes; the answer names the job (possibly already final)."""
        ...

    def job(self, job_id: str, creds: Credentials) -> JobStatus:
        """The current status of a job."""
        ...

    def lookup(self, idempotency_key: str, creds: Credentials) -> JobStatus | None:
        """The job the server made for this key, or None when it has none."""
        ...


def redact(text: str, secrets: tuple[str, ...]) -> str:
    """The text with every secret (and its base64 forms) blotted out."""
    for s in secrets:
        if not s:
            continue
        b64 = base64.b64encode(s.encode()).decode()
        text = text.replace(b64, "[hidden]").replace(b64.rstrip("="), "[hidden]")
        text = text.replace(s, "[hidden]")
    return text


class HttpTransport:
    """The protocol of docs/EFILE.md over HTTPS (plain HTTP only on loopback).

    TLS certificates are always verified; ``ca_bundle`` may name extra trusted
    certificates (a practice server with its own certificate)."""

    can_lookup = True  # GET /v1/filings?idempotency_key=

    def __init__(self, url: str, *, connect_timeout: float = 10.0, read_timeout: float = 90.0,
                 ca_bundle: str | None = None) -> None:
        import requests

        self.url = check_endpoint(url)
        self._requests = requests
        self._session = requests.Session()
        self._session.trust_env = False  # no proxies or .netrc credentials from the environment
        self._verify: bool | str = ca_bundle or True
        self._timeout = (connect_timeout, read_timeout)

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def upload(self, upload: Upload, creds: Credentials) -> JobStatus:
        """POST /v1/filings with the exact bytes."""
        headers = {
            "Content-Type": CAL_MEDIA_TYPE,
            HDR_KEY: upload.idempotency_key,
            HDR_VENDOR: creds.vendor_id,
            HDR_SHA256: upload.sha256,
        }
        if creds.vendor_pin:
            headers[HDR_PIN] = creds.vendor_pin
        if upload.amendment_number or upload.amends_filing_id:
            headers[HDR_AMENDS] = upload.amends_filing_id
            headers[HDR_AMENDMENT] = f"{upload.amendment_number:03d}"
        return self._job(*self._call("POST", "/filings", creds, data=upload.data,
                                     headers=headers))

    def job(self, job_id: str, creds: Credentials) -> JobStatus:
        """GET /v1/jobs/ID."""
        return self._job(*self._call("GET", f"/jobs/{job_id}", creds))

    def lookup(self, idempotency_key: str, creds: Credentials) -> JobStatus | None:
        """GET /v1/filings?idempotency_key=KEY."""
        doc, status, text = self._call("GET", "/filings", creds,
                                       params={"idempotency_key": idempotency_key})
        jobs = doc.get("jobs")
        if not isinstance(jobs, list) or not all(isinstance(j, dict) for j in jobs):
            raise UnclearError("the server's answer to a lookup has no job list",
                          http_status=status, answer=text)
        return self._job(jobs[0], status, text) if jobs else None

    def _job(self, doc: dict[str, Any], status: int, text: str) -> JobStatus:
        try:
            job = JobStatus.from_json(doc)
        except ValueError as exc:
            raise UnclearError(str(exc), http_status=status, answer=text) from None
        return replace(job, http_status=status, answer=text)

    def _call(self, method: str, path: str, creds: Credentials,
              **kwargs: Any) -> tuple[dict[str, Any], int, str]:
        got = request(self._session, method, f"{self.url}{PREFIX}{path}", creds.secrets(),
                      timeout=self._timeout, verify=self._verify,
                      auth=(creds.filer_id, creds.password), **kwargs)
        log.info("%s %s -> HTTP %s", method, path, got.status)
        doc = _json(got.full)
        status, text = got.status, got.text
        if status >= 500 or status in (408, 429):
            raise UnclearError(f"the server answered HTTP {status} ({_detail(doc, got.reason)})",
                          http_status=status, answer=text, retry_after=got.retry_after)
        if status >= 300:
            raise RefusedError(_detail(doc, f"HTTP {status} {got.reason}"), http_status=status,
                          answer=text, auth_refused=status == 401)
        if doc is None:
            raise UnclearError("the server's answer is not readable (not JSON)",
                          http_status=status, answer=text)
        return doc, status, text


@dataclass(frozen=True)
class Answer:
    """An HTTP answer: status, reason, the whole text, the text as logged (short, secrets
    blotted out) and its Retry-After."""

    status: int
    reason: str
    full: str
    text: str
    retry_after: float | None


def request(session: Any, method: str, url: str, secrets: tuple[str, ...], *,
            timeout: tuple[float, float], verify: bool | str, **kwargs: Any) -> Answer:
    """One HTTP request; a failure to get any answer is an ``UnclearError`` in words
    (``sent`` False when no connection was made). Never follows redirects."""
    import requests as req

    try:
        resp = session.request(method, url, timeout=timeout, verify=verify,
                               allow_redirects=False, stream=True, **kwargs)
        try:
            body = _read_limited(resp)
        finally:
            resp.close()
    except req.exceptions.SSLError as exc:
        raise UnclearError(f"the server's certificate could not be verified ({_reason(exc)})",
                           sent=False) from None
    except req.exceptions.ConnectTimeout:
        raise UnclearError("the server did not accept a connection in time",
                           sent=False) from None
    except req.exceptions.Timeout:
        raise UnclearError("the server did not answer in time") from None
    except req.exceptions.ConnectionError as exc:
        raise UnclearError(_connection_failure(exc), sent=not _no_connection(exc)) from None
    except req.exceptions.RequestException as exc:
        raise UnclearError(f"the request failed ({_reason(exc)})") from None
    if body is None:
        raise UnclearError(f"the server's answer is larger than {MAX_ANSWER} bytes; it "
                           "was not read", http_status=resp.status_code)
    full = body.decode(resp.encoding or "utf-8", errors="replace")
    return Answer(resp.status_code, str(resp.reason or ""), full,
                  redact(_short(full), secrets),
                  _retry_after(resp.headers.get("Retry-After")))


def _read_limited(resp: Any) -> bytes | None:
    """The answer's body, or None when it is larger than MAX_ANSWER."""
    chunks, size = [], 0
    for chunk in resp.iter_content(chunk_size=64 * 1024):
        size += len(chunk)
        if size > MAX_ANSWER:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _short(text: str) -> str:
    return text if len(text) <= ANSWER_LIMIT else text[:ANSWER_LIMIT] + " [...]"


def _json(text: str) -> dict[str, Any] | None:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):  # not JSON, or nested beyond reason
        return None
    return doc if isinstance(doc, dict) else None


def _detail(doc: dict[str, Any] | None, default: str) -> str:
    if doc and isinstance(doc.get("message"), str):
        return str(doc["message"])
    return default


def _reason(exc: Exception) -> str:
    text = str(exc.args[0]) if exc.args else type(exc).__name__
    return text if len(text) < 300 else text[:300] + "..."


def _no_connection(exc: Exception) -> bool:
    """True when no connection was made at all (refused, unknown name, unreachable)."""
    from urllib3.exceptions import NewConnectionError

    inner = exc.args[0] if exc.args else None
    return isinstance(getattr(inner, "reason", None), NewConnectionError)


def _connection_failure(exc: Exception) -> str:
    """A failed connection in plain words."""
    text = str(exc)
    if "RemoteDisconnected" in text or "Connection aborted" in text or "reset" in text:
        return "the server closed the connection without answering"
    if "refused" in text.lower():
        return "the server could not be reached (connection refused)"
    if "resolve" in text.lower() or "getaddrinfo" in text or "Name or service" in text:
        return "the server's name could not be found (is this computer online?)"
    if "unreachable" in text.lower():
        return "the network is unreachable (is this computer online?)"
    return f"the connection failed ({_reason(exc)})"


def _retry_after(value: str | None) -> float | None:
    try:
        return max(0.0, float(value)) if value else None
    except ValueError:
        return None
