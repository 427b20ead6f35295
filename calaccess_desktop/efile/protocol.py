"""The filing protocol of docs/EFILE.md as values: credentials, uploads, job answers.

Both sides use these: the HTTP transport (client) and the practice server.
"""

from __future__ import annotations

import hashlib
import ipaddress
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

PROTOCOL_VERSION = 1
PREFIX = "/v1"
HDR_KEY = "Idempotency-Key"
HDR_VENDOR = "X-Vendor-Id"
HDR_PIN = "X-Vendor-Pin"
HDR_AMENDS = "X-Amends-Filing-Id"
HDR_AMENDMENT = "X-Amendment-Number"
HDR_SHA256 = "X-Content-SHA256"
CAL_MEDIA_TYPE = "text/plain; charset=utf-8"
MAX_UPLOAD = 50 * 1024 * 1024
KEY_PATTERN = re.compile(r"\A[A-Za-z0-9_-]{8,64}\Z")

PROCESSING, ACCEPTED, REJECTED = "processing", "accepted", "rejected"
# Received, but not filed until the signers verify their signatures (NetFile agencies).
PENDING_SIGNATURE = "pending_signature"
JOB_STATUSES = frozenset({PROCESSING, ACCEPTED, REJECTED, PENDING_SIGNATURE})
CONTEXT = "filing context"  # Message.record of a rejection that is not about a field


class EndpointError(ValueError):
    """The filing server address is not allowed; the message says why."""


def check_endpoint(url: str) -> str:
    """The URL without a trailing slash, if it may receive filings: https anywhere,
    plain http only on this computer (the practice server)."""
    shown = url if len(url) <= 80 else url[:80] + "..."
    if any(c.isspace() or not c.isprintable() for c in url.strip()):
        raise EndpointError(f"{shown!r} is not a web address: it contains spaces or control "
                            "characters")
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise EndpointError(f"{shown!r} is not a web address (https://name or "
                            "https://name:port, the port a number from 1 to 65535)") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{shown!r} is not a web address (https://...)")
    if port == 0:
        raise EndpointError(f"{shown!r}: the port must be a number from 1 to 65535")
    if not all(c.isalnum() or c in "-._:" for c in parts.hostname):
        raise EndpointError(f"{shown!r}: {parts.hostname!r} is not a computer's name or "
                            "address")
    if parts.username or parts.password:
        raise EndpointError("the server address must not contain a user name or password")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise EndpointError(
            f"{url}: plain http is allowed only for a practice server on this computer "
            "(127.0.0.1); a filing server must use https"
        )
    return url.strip().rstrip("/")


def is_loopback(host: str) -> bool:
    """True for localhost, 127.0.0.0/8 and ::1."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def normalize_filing_id(text: str) -> str:
    """``CA-2700001`` for ``2700001``, ``ca-2700001`` or ``CA-2700001``; '' for ''."""
    text = text.strip().upper()
    if not text:
        return ""
    return text if text.startswith("CA-") else f"CA-{text}"


def sha256_hex(data: bytes) -> str:
    """Hex SHA-256 of the bytes."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Signer:
    """One signer an agency asks for (NetFile): their signer ID and PIN (never shown)."""

    signer_id: str
    pin: str = field(repr=False)


@dataclass(frozen=True)
class Credentials:
    """Who files: the filer's ID and e-filing password, the vendor's ID and PIN, and the
    signers' IDs and PINs where the agency requires them.
    The secrets never appear in ``repr`` (so never in a log line by accident)."""

    filer_id: str
    password: str = field(repr=False)
    vendor_id: str = ""
    vendor_pin: str = field(default="", repr=False)
    signers: tuple[Signer, ...] = ()

    def secrets(self) -> tuple[str, ...]:
        """The values that must never be stored or logged (with the Basic-auth pair)."""
        pair = f"{self.filer_id}:{self.password}"
        pins = tuple(s.pin for s in self.signers)
        return tuple(s for s in (pair, self.password, self.vendor_pin, *pins) if s)


@dataclass(frozen=True)
class Upload:
    """One upload: the frozen .CAL bytes and what travels with them."""

    data: bytes
    idempotency_key: str
    amends_filing_id: str = ""
    amendment_number: int = 0
    email: str = ""  # where the agency sends its answer (NetFile's reply e-mail)

    @property
    def sha256(self) -> str:
        """Hash of the bytes (sent so the server can check what arrived)."""
        return sha256_hex(self.data)


@dataclass(frozen=True)
class Message:
    """One validation message of the server: level, line in the file, record, field, text."""

    level: str
    line: int
    record: str
    field: int
    text: str
    field_name: str = ""

    def to_json(self) -> dict[str, Any]:
        """The wire form."""
        return {"level": self.level, "line": self.line, "record": self.record,
                "field": self.field, "field_name": self.field_name, "text": self.text}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> Message:
        """Read the wire form (lenient: missing keys become blanks)."""
        return cls(str(doc.get("level", "error")), _int(doc.get("line")),
                   str(doc.get("record", "")), _int(doc.get("field")),
                   str(doc.get("text", "")), str(doc.get("field_name", "")))

    def plain(self) -> str:
        """In plain words: where, then what."""
        kind = "Error" if self.level == "error" else "Warning"
        if self.record == CONTEXT:
            return f"{kind} (filing context{', ' + self.field_name if self.field_name else ''})" \
                f": {self.text}"
        where = []
        if self.line:
            where.append(f"line {self.line}")
        if self.record:
            where.append(f"record {self.record}")
        if self.field:
            where.append(f"field #{self.field} {self.field_name}".rstrip())
        prefix = f"{kind} ({', '.join(where)})" if where else kind
        return f"{prefix}: {self.text}"


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError, OverflowError):
        return 0


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


@dataclass(frozen=True)
class JobStatus:
    """The server's answer about one upload."""

    job_id: str
    status: str
    idempotency_key: str = ""
    sha256: str = ""
    received_at: str = ""
    filing_id: str = ""
    filed_at: str = ""
    report_num: int = 0
    summary: str = ""
    messages: tuple[Message, ...] = ()
    duplicate: bool = False
    # Not part of the wire form: how the answer arrived (for the attempt log).
    http_status: int = field(default=0, compare=False)
    answer: str = field(default="", repr=False, compare=False)

    @property
    def final(self) -> bool:
        """Accepted or rejected: nothing more will change."""
        return self.status in (ACCEPTED, REJECTED)

    def to_json(self) -> dict[str, Any]:
        """The wire form."""
        return {"job_id": self.job_id, "status": self.status,
                "idempotency_key": self.idempotency_key, "sha256": self.sha256,
                "received_at": self.received_at, "filing_id": self.filing_id,
                "filed_at": self.filed_at, "report_num": self.report_num,
                "summary": self.summary, "duplicate": self.duplicate,
                "messages": [m.to_json() for m in self.messages]}

    @classmethod
    def from_json(cls, doc: dict[str, Any]) -> JobStatus:
        """Read the wire form; ValueError when it is not a job answer."""
        job_id, status = doc.get("job_id"), doc.get("status")
        if not isinstance(job_id, str) or not job_id or status not in JOB_STATUSES:
            raise ValueError("the answer is not a job status (job_id and status missing)")
        return cls(
            job_id=job_id, status=str(status),
            idempotency_key=str(doc.get("idempotency_key", "")),
            sha256=str(doc.get("sha256", "")), received_at=str(doc.get("received_at", "")),
            filing_id=normalize_filing_id(str(doc.get("filing_id") or "")),
            filed_at=str(doc.get("filed_at") or ""), report_num=_int(doc.get("report_num")),
            summary=str(doc.get("summary", "")), duplicate=bool(doc.get("duplicate", False)),
            messages=tuple(Message.from_json(m) for m in _list(doc.get("messages"))
                           if isinstance(m, dict)),
        )
