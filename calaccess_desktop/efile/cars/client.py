"""``CarsTransport``: the outbox's ``Transport`` over the CARS vendor API (PROVISIONAL
paths and answer shape: the SOS has published neither).

- ``upload``: ``POST {url}/cars/v1/filings`` with one JSON document
  (``document.to_document`` of the frozen .CAL bytes) and the submission's key as
  ``X-Vendor-Reference``; the answer names the submission (``submissionId``).
- ``job``: ``GET {url}/cars/v1/filings/{submissionId}``: its stages and outcome.
- ``lookup``: ``GET {url}/cars/v1/filings?vendorReference=KEY`` (the practice server
  answers it; whether CARS will is not known, so an unclear upload is asked about by
  the key first, as the outbox always does).

Every request carries a bearer token (``token.TokenSource``); a 401 gets one new
token and one repeat (a refused token means nothing was stored). Outcomes, each with
the failing stage's errors (error, kind, remedy) in plain words:

=====================================  ==========  =====================================
CARS outcome                           job status  words
=====================================  ==========  =====================================
``Accepted``                           accepted    filed, with its filing ID
``RejectedAtSchemaValidation``         rejected    the document did not fit the schema
``RejectedAtInitialValidation``        rejected    the filing's context (filer, amendment)
``RejectedForBusinessRuleViolation``   rejected    the statement breaks a filing rule
``SystemError``                        rejected    CARS failed: nothing was filed
anything else                          processing  still going through the stages
=====================================  ==========  =====================================
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from calaccess_desktop.efile.cars import document
from calaccess_desktop.efile.cars.token import TokenSource
from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    PROCESSING,
    REJECTED,
    Credentials,
    JobStatus,
    Message,
    Upload,
    check_endpoint,
    normalize_filing_id,
)
from calaccess_desktop.efile.transport import (
    Answer,
    RefusedError,
    UnclearError,
    request,
)
from calaccess_desktop.errors import UserError

API = "/cars/v1"
HDR_REFERENCE = "X-Vendor-Reference"
ACCEPTED_OUTCOME = "Accepted"
SCHEMA, INITIAL, BUSINESS, SYSTEM = ("RejectedAtSchemaValidation", "RejectedAtInitialValidation",
                                     "RejectedForBusinessRuleViolation", "SystemError")


@dataclass(frozen=True)
class Outcome:
    """How the app says a CARS outcome."""

    summary: str
    kind: str


OUTCOMES = {
    ACCEPTED_OUTCOME: Outcome("Filing accepted", "accepted"),
    SCHEMA: Outcome("Rejected: the filing document did not fit the SOS's schema (the app's "
                    "CARS document is provisional; an update of the app is needed)",
                    "schema rejection"),
    INITIAL: Outcome("Rejected at initial validation: the filer or the filing it amends "
                     "is not what CARS has on file", "initial validation rejection"),
    BUSINESS: Outcome("Rejected for a business-rule violation: the statement breaks a "
                      "filing rule (fix it, then file it again)", "business-rule rejection"),
    SYSTEM: Outcome("CARS had a system error while processing the filing; nothing was "
                    "filed (file it again later)", "system error"),
}
KIND_WORDS = {"Schema": "schema", "Authentication": "sign-in",
              "InitialValidation": "initial validation", "BusinessRule": "filing rule",
              "System": "system"}


def _error_message(err: dict[str, Any], stage: str, level: str = "error") -> Message:
    """One stage error as a server message: what, its kind, and the remedy."""
    what = str(err.get("error") or "no details given").strip().rstrip(".")
    kind = KIND_WORDS.get(str(err.get("kind", "")), str(err.get("kind") or stage))
    remedy = str(err.get("remedy") or "").strip().rstrip(".")
    text = f"{what} ({kind})" + (f"; what to do: {remedy}" if remedy else "")
    loc = err.get("location") if isinstance(err.get("location"), dict) else {}
    assert isinstance(loc, dict)
    return Message(level, _int(loc.get("line")), str(loc.get("recordType", "")),
                   _int(loc.get("field")), text, str(loc.get("fieldName", "")))


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def job_status(doc: dict[str, Any], http_status: int = 0, answer: str = "") -> JobStatus:
    """A CARS submission answer as the outbox's ``JobStatus`` (ValueError if it is none)."""
    sub_id, outcome = doc.get("submissionId"), doc.get("status")
    if not isinstance(sub_id, str) or not sub_id or not isinstance(outcome, str):
        raise ValueError("the answer is not a CARS submission (submissionId and status "
                         "missing)")
    words = OUTCOMES.get(outcome)
    status = PROCESSING if words is None else ACCEPTED if outcome == ACCEPTED_OUTCOME \
        else REJECTED
    messages: list[Message] = []
    stages = doc.get("stages") if isinstance(doc.get("stages"), list) else []
    assert isinstance(stages, list)
    for stage in stages:
        if isinstance(stage, dict) and isinstance(stage.get("errors"), list):
            messages += [_error_message(e, str(stage.get("stage", "")))
                         for e in stage["errors"] if isinstance(e, dict)]
    warnings = doc.get("warnings") if isinstance(doc.get("warnings"), list) else []
    assert isinstance(warnings, list)
    messages += [_error_message(w, "", "warning") for w in warnings if isinstance(w, dict)]
    summary = words.summary if words else f"Being processed by CARS ({outcome})"
    if status == ACCEPTED and messages:
        summary = "Filing accepted, but with warnings"
    filing_id = str(doc.get("filingId") or "")
    return JobStatus(
        job_id=sub_id, status=status, idempotency_key=str(doc.get("vendorReference", "")),
        sha256=str(doc.get("sha256", "")), received_at=str(doc.get("receivedAt", "")),
        filing_id=normalize_filing_id(filing_id) if status == ACCEPTED else "",
        filed_at=str(doc.get("filedAt") or "") if status == ACCEPTED else "",
        report_num=_int(doc.get("amendmentNumber")), summary=summary,
        messages=tuple(messages), duplicate=bool(doc.get("duplicate", False)),
        http_status=http_status, answer=answer)


class CarsTransport:
    """The CARS vendor API as a ``Transport`` (the filer's own password is not used:
    CARS credentials belong to the vendor)."""

    # PROVISIONAL: the practice CARS finds a submission by its vendor reference; if the
    # real API cannot, this becomes False and the outbox holds an unclear upload for
    # the treasurer instead of asking.
    can_lookup = True

    def __init__(self, url: str, tokens: TokenSource, *, connect_timeout: float = 10.0,
                 read_timeout: float = 90.0, ca_bundle: str | None = None) -> None:
        import requests

        self.url = check_endpoint(url)
        self.tokens = tokens
        self._session = requests.Session()
        self._session.trust_env = False
        self._verify: bool | str = ca_bundle or True
        self._timeout = (connect_timeout, read_timeout)

    def close(self) -> None:
        """Release the connection pool."""
        self._session.close()

    def upload(self, upload: Upload, creds: Credentials) -> JobStatus:
        """Submit the document of the frozen bytes."""
        try:
            doc = document.to_document(upload.data)
        except document.DocumentError as exc:
            raise RefusedError(str(exc), sent=False) from None
        if upload.amends_filing_id:
            doc = document.with_amendment(doc, upload.amends_filing_id)
        body = json.dumps(doc).encode()
        headers = {"Content-Type": document.MEDIA_TYPE, HDR_REFERENCE: upload.idempotency_key,
                   "X-Content-SHA256": upload.sha256}
        return self._job(*self._call("POST", "/filings", data=body, headers=headers))

    def job(self, job_id: str, creds: Credentials) -> JobStatus:
        """The submission's stages and outcome."""
        return self._job(*self._call("GET", f"/filings/{job_id}"))

    def lookup(self, idempotency_key: str, creds: Credentials) -> JobStatus | None:
        """The submission made with this key, or None."""
        doc, status, text = self._call("GET", "/filings",
                                       params={"vendorReference": idempotency_key})
        found = doc.get("filings")
        if not isinstance(found, list) or not all(isinstance(f, dict) for f in found):
            raise UnclearError("CARS's answer to a lookup has no list of filings",
                               http_status=status, answer=text)
        return self._job(found[0], status, text) if found else None

    def _job(self, doc: dict[str, Any], status: int, text: str) -> JobStatus:
        try:
            return job_status(doc, status, text)
        except ValueError as exc:
            raise UnclearError(str(exc), http_status=status, answer=text) from None

    def _call(self, method: str, path: str, **kwargs: Any) -> tuple[dict[str, Any], int, str]:
        token = self.tokens.token()
        answer = self._send(method, path, token, **kwargs)
        if answer.status == 401:  # the token was refused: nothing was stored; one new token
            answer = self._send(method, path, self.tokens.refresh(token), **kwargs)
        status, reason, full, text = answer.status, answer.reason, answer.full, answer.text
        doc = _json(full)
        message = str(doc.get("message")) if doc and isinstance(doc.get("message"), str) \
            else reason
        if status >= 500 or status in (408, 429):
            raise UnclearError(f"CARS answered HTTP {status} ({message})", http_status=status,
                               answer=text, retry_after=answer.retry_after)
        if status == 401:  # no http_status: it is not the filer's password that failed
            raise RefusedError("CARS refused this app's sign-in token twice (HTTP 401); "
                               "check the CARS client ID and secret saved in the keyring",
                               answer=text)
        if status >= 300:
            raise RefusedError(message, http_status=status, answer=text)
        if doc is None:
            raise UnclearError("CARS's answer is not readable (not JSON)", http_status=status,
                               answer=text)
        return doc, status, text

    def _send(self, method: str, path: str, token: str, **kwargs: Any) -> Answer:
        headers = {**kwargs.pop("headers", {}), "Authorization": f"Bearer {token}"}
        return request(self._session, method, f"{self.url}{API}{path}",
                       self.tokens.client.secrets() + (token,), timeout=self._timeout,
                       verify=self._verify, headers=headers, **kwargs)




def _json(text: str) -> dict[str, Any] | None:
    try:
        doc = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


PRACTICE_TENANT = "practice-tenant"
PRACTICE_CLIENT = "calaccess-desktop-practice"
PRACTICE_SECRET = "practice-only-secret"  # what a practice CARS on this computer is given


class NoClientSecretError(UserError):
    """No CARS client secret is saved in the keyring (the message says how to save one)."""


def configured(url: str, connect_timeout: float = 10.0, read_timeout: float = 90.0
               ) -> CarsTransport:
    """A CarsTransport for ``url`` with this app's CARS registration: tenant and client
    IDs from ``CALACCESS_CARS_TENANT`` / ``CALACCESS_CARS_CLIENT`` (practice values by
    default), the sign-in service from ``CALACCESS_CARS_AUTHORITY`` (default: ``url``
    itself, as the practice server has one), the secret from the keyring. Only a
    practice server on this computer may be used without a saved secret."""
    from calaccess_desktop.efile.cars.secret import load_client_secret
    from calaccess_desktop.efile.cars.token import ClientCredentials, TokenSource, token_url
    from calaccess_desktop.efile.protocol import is_loopback
    from calaccess_desktop.secrets import SecretsUnavailableError
    from calaccess_desktop.settings import load_or_defaults

    tenant = os.environ.get("CALACCESS_CARS_TENANT", PRACTICE_TENANT).strip()
    client = os.environ.get("CALACCESS_CARS_CLIENT", PRACTICE_CLIENT).strip()
    authority = os.environ.get("CALACCESS_CARS_AUTHORITY", "").strip() or url
    settings, _why = load_or_defaults()
    try:
        secret = load_client_secret(tenant, client, allow_weak=settings.allow_weak_keyring)
        why = "no CARS client secret is saved in the keyring"
    except SecretsUnavailableError as exc:
        secret, why = None, str(exc)
    if secret is None:
        host = urlsplit(url).hostname or ""
        if not is_loopback(host):
            raise NoClientSecretError(
                f"CARS cannot be used yet: {why}. Save the secret the CARS team issued with "
                f"`keyring set \"calaccess-desktop e-filing\" cars-client:{tenant.lower()}:"
                f"{client.lower()}` (it is never kept anywhere else).")
        secret = PRACTICE_SECRET
    tokens = TokenSource(token_url(authority, tenant),
                         ClientCredentials(tenant, client, secret),
                         timeout=(connect_timeout, read_timeout))
    return CarsTransport(url, tokens, connect_timeout=connect_timeout,
                         read_timeout=read_timeout)
