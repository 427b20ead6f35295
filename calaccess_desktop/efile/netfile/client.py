"""``NetFileTransport``: the outbox's transport for NetFile's vendor e-filing API.

- ``upload``: ``POST v11/SubmitEfile`` (a JSON body: vendor ID and PIN, filer ID and
  password, reply e-mail, the superseded (original) filing ID and amendment sequence,
  the signers' IDs and PINs, the .CAL bytes in base64). When the server has no v11 (a
  404: nothing was stored) it falls back to the 1.0 form post (no sequence, no signers).
- ``job``: ``GET CheckJobStatus/{id}`` (0 waiting, 1 complete, -1 failed, -2 unknown),
  then, when complete, ``GET EfilingResult/{id}`` (1 pending signature verification,
  2 accepted, 3 rejected) with the filing ID, date and the validation report.
- ``lookup``: NetFile has no idempotency key, so nothing can be looked up
  (``can_lookup`` False): the outbox holds an unclear upload for the treasurer.

Answers are XML read by ``answers`` (DTDs and entities refused). A 5xx, 408, 429, a
timeout, a dropped connection or an unreadable answer is unclear; any other 4xx, or
``accepted`` false, is refused (nothing was stored).
"""

from __future__ import annotations

import base64
import json
import logging
from typing import Any
from urllib.parse import quote

from calaccess_desktop.efile.netfile import answers
from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    PENDING_SIGNATURE,
    PROCESSING,
    REJECTED,
    Credentials,
    JobStatus,
    Upload,
    check_endpoint,
)
from calaccess_desktop.efile.transport import (
    JobLostError,
    RefusedError,
    UnclearError,
    request,
)

log = logging.getLogger(__name__)
API_PATH = "/filer/vendor/api"
VERSIONS = ("v11", "v10")
RESULTS = {1: PENDING_SIGNATURE, 2: ACCEPTED, 3: REJECTED}
SUMMARIES = {PENDING_SIGNATURE: "Filing received, pending signature verification",
             ACCEPTED: "Filing accepted", REJECTED: "Filing rejected"}


class NetFileTransport:
    """NetFile's vendor API v1.1 (1.0 as fallback) over HTTPS (plain HTTP on loopback)."""

    can_lookup = False  # no idempotency key: the job id is the only handle

    def __init__(self, url: str, *, connect_timeout: float = 10.0, read_timeout: float = 90.0,
                 ca_bundle: str | None = None) -> None:
        import requests

        base = check_endpoint(url)
        self.url = base[: -len(API_PATH)] if base.endswith(API_PATH) else base
        self._session = requests.Session()
        self._session.trust_env = False
        self._verify: bool | str = ca_bundle or True
        self._timeout = (connect_timeout, read_timeout)
        self.version = VERSIONS[0]

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def upload(self, upload: Upload, creds: Credentials) -> JobStatus:
        """SubmitEfile; the answer names the job (never final)."""
        encoded = base64.b64encode(upload.data).decode("ascii")
        if self.version == "v11":
            body = {
                "VendorId": creds.vendor_id, "VendorPin": creds.vendor_pin,
                "FilerId": creds.filer_id, "FilerPassword": creds.password,
                "Email": upload.email, "SupercededFilingId": upload.amends_filing_id,
                "AmendmentSequence": upload.amendment_number or None,
                "Signatures": [{"SignerId": s.signer_id, "SignerPin": s.pin}
                               for s in creds.signers],
                "Base64EncodedEfile": encoded,
            }
            got = self._post("v11", creds, data=json.dumps(body).encode(),
                             headers={"Content-Type": "application/json"})
            if got is None:  # no v11 here: nothing was stored, use 1.0
                log.info("no NetFile API v11 at %s; using v10", self.url)
                self.version = "v10"
        if self.version == "v10":
            form = {"VendorId": creds.vendor_id, "VendorPIN": creds.vendor_pin,
                    "FilerId": creds.filer_id, "FilerPassword": creds.password,
                    "Email": upload.email, "SupercededFilingId": upload.amends_filing_id,
                    "Base64EncodedEfile": encoded}
            got = self._post("v10", creds, data=form)
            if got is None:
                raise RefusedError("this server has no NetFile vendor API (neither version "
                                   "1.1 nor 1.0 answered at /filer/vendor/api/)",
                                   http_status=404)
        assert got is not None
        root, status, text = got
        accepted = answers.child(root, "accepted").lower() == "true"
        job_id = answers.child(root, "job_id")
        if not accepted:
            said = answers.child(root, "error_message") or "no reason given"
            auth = "vendor" not in said.lower() and "password" in said.lower()
            raise RefusedError(f"the agency did not take the filing for processing: "
                               f"{said[:300]}", http_status=status, answer=text,
                               auth_refused=auth)
        if not job_id or len(job_id) > 64 or not job_id.replace("-", "").isalnum():
            raise UnclearError("the answer says the filing was taken but names no usable job "
                               "id", http_status=status, answer=text)
        return JobStatus(job_id, PROCESSING, sha256=upload.sha256,
                         summary="Filing received, being processed", http_status=status,
                         answer=text)

    def job(self, job_id: str, creds: Credentials) -> JobStatus:
        """CheckJobStatus, then EfilingResult once the job is complete."""
        root, status, text = self._get("CheckJobStatus", job_id, creds)
        code = answers.number(root, "job_status_code")
        detail = answers.child(root, "job_status_detail")[:100]
        if code == 0:
            return JobStatus(job_id, PROCESSING, summary="Filing being processed",
                             http_status=status, answer=text)
        if code == -2:
            raise JobLostError(f"the agency does not know job {job_id}", http_status=status,
                               answer=text)
        if code == -1:
            raise JobLostError(f"the agency says processing job {job_id} failed"
                               + (f" ({detail})" if detail else ""), http_status=status,
                               answer=text)
        if code != 1:
            raise UnclearError(f"the answer about job {job_id} has no job status this app "
                               "knows", http_status=status, answer=text)
        root, status, text = self._get("EfilingResult", job_id, creds)
        result = RESULTS.get(answers.number(root, "status") or 0)
        if result is None:
            raise UnclearError(f"the agency has no result yet for job {job_id}",
                               http_status=status, answer=text)
        messages = answers.report_messages(answers.child(root, "validation_content"))
        filing_id = answers.child(root, "filing_id")[:40] if result != REJECTED else ""
        if result == ACCEPTED and not filing_id:
            raise UnclearError(f"the agency says job {job_id} was accepted but gives no "
                               "filing ID", http_status=status, answer=text)
        return JobStatus(job_id, result, filing_id=filing_id,
                         filed_at=answers.filing_date(answers.child(root, "filing_date")),
                         summary=SUMMARIES[result], messages=tuple(messages),
                         http_status=status, answer=text)

    def lookup(self, idempotency_key: str, creds: Credentials) -> JobStatus | None:
        """NetFile cannot be asked by a key of ours: the outbox never calls this."""
        raise RefusedError("NetFile's vendor API cannot look up a filing by the app's key")

    # --- plumbing -------------------------------------------------------------
    def _post(self, version: str, creds: Credentials, **kwargs: Any
              ) -> tuple[Any, int, str] | None:
        """POST SubmitEfile; None on a 404 (no such version here: nothing stored)."""
        return self._call("POST", f"{API_PATH}/{version}/SubmitEfile", creds, **kwargs)

    def _get(self, method: str, job_id: str, creds: Credentials) -> tuple[Any, int, str]:
        for version in (self.version, *(v for v in VERSIONS if v != self.version)):
            got = self._call("GET", f"{API_PATH}/{version}/{method}/{quote(job_id, safe='')}",
                             creds)
            if got is not None:
                self.version = version
                return got
        raise JobLostError(f"this server has no NetFile vendor API to ask about job {job_id}",
                           http_status=404)

    def _call(self, method: str, path: str, creds: Credentials, **kwargs: Any
              ) -> tuple[Any, int, str] | None:
        got = request(self._session, method, f"{self.url}{path}", creds.secrets(),
                      timeout=self._timeout, verify=self._verify, **kwargs)
        log.info("%s %s -> HTTP %s", method, path.rsplit("/", 1)[0], got.status)
        status, text = got.status, got.text
        if status >= 500 or status in (408, 429):
            raise UnclearError(f"the server answered HTTP {status} ({got.reason})",
                               http_status=status, answer=text, retry_after=got.retry_after)
        if status == 404:
            return None
        if status >= 300:
            raise RefusedError(f"HTTP {status} {got.reason}", http_status=status, answer=text,
                               auth_refused=status in (401, 403))
        try:
            return answers.parse(got.full), status, text
        except answers.AnswerError as exc:
            raise UnclearError(str(exc), http_status=status, answer=text) from None
