"""``practice-server --flavor netfile``: NetFile's vendor e-filing API on this computer.

It serves ``/filer/vendor/api/v11/`` (JSON body) and ``/v10/`` (form post):
``POST SubmitEfile``, ``GET CheckJobStatus/{jobId}``, ``GET EfilingResult/{jobId}``,
answering XML as NetFile does. Like NetFile it has no idempotency key: every
SubmitEfile makes a job, so a client that sends twice is seen sending twice. A second
copy of a statement already on file is rejected ("DUPLICATE_FILING") unless the
server is asked to file duplicates (``allow_duplicates``, for tests that count jobs).

Agencies named in ``signers_required`` (the filer ID's prefix, ``ABC`` of
``ABC-123456``) need each signer's ID and PIN; their filings are "pending signature
verification" until the signers verify (after ``pending_polls`` result polls, or
``POST /practice/verify/{jobId}``). The faults of ``efile/faults.py`` apply (500/503
before storing; drop, lost, hang, garbled after storing; processing and unknown on
a status check). ``/practice/...`` answers only this computer.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape

from calaccess_desktop.efile.netfile.store import (
    ACCEPTED,
    PENDING,
    NetFileStore,
    Options,
    Submitted,
    encoded_report,
    filing_id,
)
from calaccess_desktop.efile.practice_server import PracticeServer, _Handler
from calaccess_desktop.efile.protocol import MAX_UPLOAD

API = "/filer/vendor/api/"
MAX_BODY = MAX_UPLOAD * 4 // 3 + 64 * 1024  # base64 grows the file by a third
DATE_FORMAT = "%m/%d/%Y %H:%M:%S"


class _NetFileHandler(_Handler):
    server_version = "calaccess-practice-netfile/1"

    def _xml(self, status: int, kind: str, fields: dict[str, str]) -> None:
        body = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in fields.items())
        text = (f'<?xml version="1.0" encoding="utf-8"?>\n<response agency="NetFile" '
                f'type="{kind}" version="1.1">{body}</response>')
        self._raw(status, text.encode(), "application/xml; charset=utf-8")

    def _raw(self, status: int, data: bytes, media: str) -> None:
        delay = self.server.faults.delay()
        if delay:
            self.server.stopping.wait(delay)
        self.connection.settimeout(self.server.idle_timeout)
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _route(self) -> tuple[str, str, str] | None:
        """(version, method, argument) of an API path, else None after a 404."""
        path = urlsplit(self.path).path
        if path.startswith(API):
            version, _, rest = path[len(API):].partition("/")
            method, _, arg = rest.partition("/")
            if version in self.server.options.versions:
                return version, method, arg
        self._error(404, "not_found", f"no such address {path}")
        return None

    def _get(self) -> None:
        path = urlsplit(self.path).path
        if path.startswith("/practice/"):
            self._practice_get(path)
            return
        route = self._route()
        if route is None:
            return
        _version, method, job_id = route
        if method == "CheckJobStatus":
            self._status(job_id)
        elif method == "EfilingResult":
            self._result(job_id)
        else:
            self._error(404, "not_found", f"no such method {method}")

    def _post(self) -> None:
        path = urlsplit(self.path).path
        if path == "/practice/faults" or not path.startswith(("/practice/", API)):
            super()._post()
            return
        if path.startswith("/practice/verify/"):
            if self._local() and self._body(1024) is not None:
                done = self.server.store.verify_signatures(path.rsplit("/", 1)[1])
                self._send(200 if done else 404, {"verified": done})
            return
        route = self._route()
        if route is None:
            return
        version, method, _arg = route
        if method != "SubmitEfile":
            self._error(404, "not_found", f"no such method {method}")
            return
        data = self._body(MAX_BODY)
        if data is None or self._request_fault():
            return
        sub = self._submitted(version, data)
        if isinstance(sub, str):
            self._xml(200, "APISubmitEfileResponse", {"accepted": "false",
                                                      "error_message": sub})
            return
        row = self.server.store.receive(sub)
        fault = self.server.faults.take("stored")
        kind = fault.kind if fault is not None else ""
        if kind == "drop":
            self._drop()
            return
        if kind == "lost":
            self._error(504, "gateway_timeout", "the filing service did not answer in time "
                        "(practice fault: the filing was stored)")
            return
        if kind == "hang" and fault is not None:
            self.server.stopping.wait(fault.value)
        if kind == "garbled":
            self._garbled(200, b'<?xml version="1.0"?><response><accepted>true</accep',
                          "application/xml")
            return
        self._xml(200, "APISubmitEfileResponse", {"accepted": "true",
                                                  "job_id": row["job_id"]})

    def _submitted(self, version: str, data: bytes) -> Submitted | str:
        """The request's fields, or what is wrong with it (an ``error_message``)."""
        fields = _fields(version, data, self.headers.get("Content-Type", ""))
        if isinstance(fields, str):
            return fields

        def get(name: str) -> str:
            value = fields.get(name.lower())
            return value.strip() if isinstance(value, str) else ""

        vendor, filer = get("VendorId"), get("FilerId")
        if not vendor:
            return "VendorId is required."
        if not self.server.store.vendor_ok(vendor, get("VendorPin")):
            return "The vendor ID or vendor PIN is not correct."
        if not filer or len(filer) > 40:
            return "FilerId is required."
        try:
            cal = base64.b64decode(get("Base64EncodedEfile"), validate=True)
        except (binascii.Error, ValueError):
            return "Base64EncodedEfile is not base64 text."
        if not cal:
            return "Base64EncodedEfile is empty."
        sequence = fields.get("amendmentsequence")
        if sequence is not None and not (isinstance(sequence, int) and 0 <= sequence <= 999):
            return "AmendmentSequence must be a whole number from 0 to 999."
        signers = fields.get("signatures") or []
        if not isinstance(signers, list) or not all(isinstance(s, dict) for s in signers):
            return "Signatures must be a list of {SignerId, SignerPin}."
        pairs = [(str(s.get("SignerId") or "")[:40], str(s.get("SignerPin") or ""))
                 for s in signers[:10]]
        return Submitted(filer, get("FilerPassword"), vendor, get("VendorPin"), get("Email"),
                         get("SupercededFilingId"), sequence or None, pairs, cal, version)

    def _status(self, job_id: str) -> None:
        if self._request_fault():
            return
        row = self.server.store.job(job_id, check=True)
        fault = self.server.faults.take("poll")
        if row is None or (fault is not None and fault.kind == "unknown"):
            code, word = "-2", "unknown job id"
        elif (fault is not None) or row["checks"] <= self.server.options.waiting_checks:
            code, word = "0", "waiting"
        else:
            code, word = "1", "complete"
        self._xml(200, "APIJobStatusResponse", {"job_status_code": code,
                                                "job_status_detail": word})

    def _result(self, job_id: str) -> None:
        if self._request_fault():
            return
        row = self.server.store.job(job_id, result=True)
        if row is None:
            self._xml(200, "APIEfilingResultResponse", {"status": "0"})
            return
        fields = {"status": str(row["result"])}
        if row["result"] in (PENDING, ACCEPTED):
            fields["filing_date"] = _netfile_date(row["received_at"])
            fields["filing_id"] = filing_id(row)
        fields["validation_content"] = encoded_report(row)
        self._xml(200, "APIEfilingResultResponse", fields)


def _fields(version: str, data: bytes, media: str) -> dict[str, Any] | str:
    """The request's fields by lower-case name (v11 JSON, v10 form), or what is wrong."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return "The request is not UTF-8 text."
    if version == "v10":
        try:
            form = parse_qs(text, keep_blank_values=True, max_num_fields=20)
        except ValueError:  # more fields than the form has
            return "The form holds more fields than SubmitEfile takes (at most 20)."
        return {k.lower(): v[0] for k, v in form.items()}
    if "json" not in media.lower():
        return "Version 1.1 takes a JSON body (Content-Type: application/json)."
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return "The request body is not JSON."
    if not isinstance(doc, dict):
        return "The request body must be a JSON object."
    return {str(k).lower(): v for k, v in doc.items()}


def _netfile_date(iso: str) -> str:
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(iso).strftime(DATE_FORMAT)
    except ValueError:
        return ""


class NetFilePracticeServer(PracticeServer):
    """The NetFile flavor of the practice server (same options as ``PracticeServer``,
    plus the agency's behaviour, ``netfile.store.Options``)."""

    handler = _NetFileHandler

    def __init__(self, data_dir: Path, *, netfile: Options | None = None,
                 **kwargs: Any) -> None:
        self.options = netfile or Options()
        super().__init__(data_dir, **kwargs)

    def make_store(self, data_dir: Path) -> NetFileStore:
        return NetFileStore(data_dir / "netfile-filings.sqlite", self.options)
