"""``practice-server --flavor cars``: a practice CARS on this computer (loopback only).

What is public of CARS (efile-notes §CARS) and nothing more, with PROVISIONAL paths:

- ``POST /{tenant}/oauth2/v2.0/token``: the client-credentials grant (form fields
  ``grant_type=client_credentials``, ``client_id``, ``client_secret``, ``scope``). The
  first secret used for a client becomes its secret (kept as a salted hash), so a
  mistyped one later is ``invalid_client``. Tokens last ``token_lifetime`` seconds.
- ``POST /cars/v1/filings``: one JSON document (``document.py``) with a bearer token
  and ``X-Vendor-Reference``; stored once per reference (a repeat answers with the
  first submission, ``duplicate``). ``GET /cars/v1/filings/{id}`` and
  ``GET /cars/v1/filings?vendorReference=`` answer its stages.
- The stages, in order: schema validation (``document.schema_problems``, and the
  records must rebuild the file ``source.sha256`` names), authentication (the bearer
  token's client), initial validation (the filer, the filing amended and the
  amendment's number: the judge's "filing context" findings) and processing (the
  other findings of ``efile/judge.py``, as the SOS judges a .CAL file). Filing IDs
  come from the same practice numbering (``CA-9000001`` upward).

Faults: the practice server's own (``efile/faults.py``: ``500``, ``503=S``, ``drop``,
``lost``, ``hang=S``, ``slow=S``, ``processing``, ``chaos=P``) and CARS's:
``schema`` (the next submission is held to another schema version), ``system`` (the
next submission ends in ``SystemError``), ``expire`` (the next API request's token is
refused with 401, as an expired or revoked one is), each with ``*N``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets as pysecrets
import sqlite3
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from calaccess_desktop.efile import practice_server as base
from calaccess_desktop.efile.cars import document
from calaccess_desktop.efile.cars.client import (
    ACCEPTED_OUTCOME,
    API,
    BUSINESS,
    HDR_REFERENCE,
    INITIAL,
    SCHEMA,
    SYSTEM,
)
from calaccess_desktop.efile.faults import Faults
from calaccess_desktop.efile.practice_store import PracticeStore, pacific_now
from calaccess_desktop.efile.protocol import ACCEPTED, MAX_UPLOAD, is_loopback
from calaccess_desktop.errors import UsageError

CARS_FAULTS = ("schema", "system", "expire")
TOKEN_LIFETIME = 3600
CONTEXT_FIELDS = frozenset({"Filer_ID", "Report_Num", "Form_Type"})  # initial validation
STAGES = ("SchemaValidation", "Authentication", "InitialValidation", "Processing")
SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS cars_clients (
    client_id TEXT PRIMARY KEY, tenant_id TEXT NOT NULL, salt BLOB NOT NULL,
    secret_hash BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS cars_submissions (
    submission_id TEXT PRIMARY KEY, client_id TEXT NOT NULL, reference TEXT NOT NULL,
    filer_id TEXT NOT NULL, sha256 TEXT NOT NULL, received_at TEXT NOT NULL,
    answer TEXT NOT NULL, UNIQUE (client_id, reference)
);
"""


def split_faults(spec: str) -> tuple[str, dict[str, int]]:
    """(the practice server's own faults, CARS's faults with their counts)."""
    own: list[str] = []
    cars: dict[str, int] = {}
    for item in (p.strip() for p in spec.split(",")):
        if not item:
            continue
        name, _, count = item.partition("*")
        if name.strip() in CARS_FAULTS:
            if count and not (count.isascii() and count.isdigit() and 1 <= int(count) <= 10**6):
                raise UsageError(f"--faults: {item!r}: the count after * must be a whole "
                                 "number from 1 to 1000000")
            cars[name.strip()] = cars.get(name.strip(), 0) + (int(count) if count else 1)
        else:
            own.append(item)
    return ",".join(own), cars


class CarsFaults:
    """CARS's own planned faults (counts), safe across threads."""

    def __init__(self, plan: dict[str, int]) -> None:
        self._plan = dict(plan)
        self._lock = threading.Lock()

    def take(self, kind: str) -> bool:
        with self._lock:
            left = self._plan.get(kind, 0)
            if left <= 0:
                return False
            self._plan[kind] = left - 1
            return True

    def describe(self) -> str:
        return ",".join(f"{k}*{n}" for k, n in self._plan.items() if n > 0)


class _Plan(Faults):
    """The practice server's faults and CARS's, described together."""

    def __init__(self, spec: str, seed: int | None, cars: CarsFaults) -> None:
        super().__init__(spec, seed)
        self.cars = cars

    def describe(self) -> str:
        return ",".join(p for p in (super().describe(), self.cars.describe()) if p)


def _stage(name: str, status: str, errors: list[dict[str, Any]] | None = None
           ) -> dict[str, Any]:
    return {"stage": name, "status": status, "errors": errors or []}


def _stages(failed_at: str, errors: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every stage: passed before ``failed_at``, failed there, not run after."""
    out, seen = [], False
    for name in STAGES:
        if name == failed_at:
            out.append(_stage(name, "Failed", errors))
            seen = True
        else:
            out.append(_stage(name, "NotRun" if seen else "Passed"))
    return out


def _err(text: str, kind: str, remedy: str, msg: dict[str, Any] | None = None
         ) -> dict[str, Any]:
    out: dict[str, Any] = {"error": text, "kind": kind, "remedy": remedy}
    if msg:
        out["location"] = {"line": msg.get("line", 0), "recordType": msg.get("record", ""),
                           "field": msg.get("field", 0), "fieldName": msg.get("field_name", "")}
    return out


class CarsStore:
    """Clients and submissions in the practice server's file; filings through
    ``PracticeStore`` (the judge and the practice filing IDs)."""

    def __init__(self, store: PracticeStore) -> None:
        self.store = store
        con = sqlite3.connect(store.path)
        try:
            con.executescript(SCHEMA_SQL)
        finally:
            con.close()

    def check_client(self, tenant: str, client_id: str, secret: str) -> bool:
        """True for the client's secret; the first secret seen becomes it."""
        with self.store.lock, self.store.connect() as con:
            row = con.execute("SELECT * FROM cars_clients WHERE client_id = ?",
                              (client_id,)).fetchone()
            if row is None:
                salt = os.urandom(16)
                con.execute("INSERT INTO cars_clients VALUES (?, ?, ?, ?)",
                            (client_id, tenant, salt, _hash(secret, salt)))
                return True
            return row["tenant_id"] == tenant and hmac.compare_digest(
                _hash(secret, row["salt"]), row["secret_hash"])

    def by_reference(self, client_id: str, reference: str) -> dict[str, Any] | None:
        with self.store.connect() as con:
            row = con.execute("SELECT answer FROM cars_submissions WHERE client_id = ? AND "
                              "reference = ?", (client_id, reference)).fetchone()
        return json.loads(row["answer"]) if row else None

    def by_id(self, client_id: str, submission_id: str) -> dict[str, Any] | None:
        with self.store.connect() as con:
            row = con.execute("SELECT answer FROM cars_submissions WHERE client_id = ? AND "
                              "submission_id = ?", (client_id, submission_id)).fetchone()
        return json.loads(row["answer"]) if row else None

    def submit(self, client_id: str, reference: str, doc: Any, *, schema_version: str,
               system_error: bool) -> tuple[dict[str, Any], bool]:
        """Store and judge a submission (once per reference): (answer, duplicate)."""
        with self.store.lock:
            old = self.by_reference(client_id, reference)
            if old is not None:
                return old, True
            answer = self._judge(client_id, reference, doc, schema_version, system_error)
            with self.store.connect() as con:
                con.execute("INSERT INTO cars_submissions VALUES (?, ?, ?, ?, ?, ?, ?)",
                            (answer["submissionId"], client_id, reference, answer["filerId"],
                             answer["sha256"], answer["receivedAt"], json.dumps(answer)))
            return answer, False

    def _judge(self, client_id: str, reference: str, doc: Any, schema_version: str,
               system_error: bool) -> dict[str, Any]:
        now = pacific_now().isoformat()
        ok_doc = isinstance(doc, dict)
        answer: dict[str, Any] = {
            "submissionId": uuid.uuid4().hex, "vendorReference": reference,
            "receivedAt": now, "filerId": str(doc.get("filerId", "")) if ok_doc else "",
            "sha256": "", "filingId": "", "filedAt": "", "warnings": [],
            "amendmentNumber": 0,
        }
        problems = document.schema_problems(doc, schema_version)
        data = b""
        if not problems:
            assert isinstance(doc, dict)
            data = document.to_cal(doc)
            answer["sha256"] = hashlib.sha256(data).hexdigest()
            answer["amendmentNumber"] = doc["amendment"]["number"]
            if answer["sha256"] != doc["source"]["sha256"]:
                problems = ["the records do not rebuild the file whose SHA-256 source.sha256 "
                            "names"]
        if problems:
            errors = [_err(p, "Schema", "send a document of the schema this service takes "
                           "(update the filing software)") for p in problems]
            return {**answer, "status": SCHEMA, "stages": _stages("SchemaValidation", errors)}
        if system_error:
            err = _err("an internal failure stopped the processing of this filing", "System",
                       "nothing was filed; submit the filing again later")
            return {**answer, "status": SYSTEM, "stages": _stages("Processing", [err])}
        assert isinstance(doc, dict)
        amendment = doc["amendment"]
        row, _dup = self.store.receive(
            filer_id=answer["filerId"], key=f"cars-{reference}"[:64], data=data,
            vendor_id=client_id, amends=str(amendment.get("originalFilingId", "")),
            amendment=amendment["number"] or None)
        messages = json.loads(row["messages"])
        if row["status"] == ACCEPTED:
            answer["filingId"] = f"CA-{row['filing_number']}"
            answer["filedAt"] = row["filed_at"]
            answer["warnings"] = [_err(m["text"], "BusinessRule", "", m) for m in messages]
            return {**answer, "status": ACCEPTED_OUTCOME,
                    "stages": [_stage(s, "Passed") for s in STAGES]}
        errors = [m for m in messages if m.get("level") == "error"]
        context = [m for m in errors if m.get("field_name") in CONTEXT_FIELDS]
        if context:
            errs = [_err(m["text"], "InitialValidation", "check the filer ID and the filing "
                         "this amends, then submit again", m) for m in context]
            return {**answer, "status": INITIAL, "stages": _stages("InitialValidation", errs)}
        errs = [_err(m["text"], "BusinessRule", "correct the statement, then file it again",
                     m) for m in errors]
        return {**answer, "status": BUSINESS, "stages": _stages("Processing", errs)}


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, 20000)


class _CarsHandler(base._Handler):
    server: _CarsServer

    def _get(self) -> None:
        url = urlsplit(self.path)
        if url.path.startswith("/practice/"):
            self._practice_get(url.path)
        elif url.path == f"{API}/health":
            self._send(200, {"status": "ok", "server": "calaccess-desktop practice CARS"})
        elif url.path == f"{API}/filings":
            self._api(lambda client: self._find(client, parse_qs(url.query).get(
                "vendorReference", [""])[0]))
        elif url.path.startswith(f"{API}/filings/"):
            sub_id = url.path[len(f"{API}/filings/"):]
            self._api(lambda client: self._poll(client, sub_id))
        else:
            self._error(404, "not_found", f"no such address {url.path}")

    def _post(self) -> None:
        url = urlsplit(self.path)
        parts = url.path.strip("/").split("/")
        if len(parts) == 4 and parts[1:] == ["oauth2", "v2.0", "token"]:
            self._token(parts[0])
        elif url.path == f"{API}/filings":
            self._submit()
        elif url.path == "/practice/faults" and self._local():
            self._error(400, "not_here", "the CARS practice server's faults are set at start "
                        "(--faults)")
        else:
            self._error(404, "not_found", f"no such address {url.path}")

    def _token(self, tenant: str) -> None:
        data = self._body(64 * 1024)
        if data is None:
            return
        form = {k: v[0] for k, v in parse_qs(data.decode("utf-8", "replace")).items()}
        if form.get("grant_type") != "client_credentials":
            self._send(400, {"error": "unsupported_grant_type",
                             "error_description": "only client_credentials is supported"})
            return
        client, secret = form.get("client_id", ""), form.get("client_secret", "")
        if not client or not secret or not self.server.cars.check_client(tenant, client,
                                                                         secret):
            self._send(401, {"error": "invalid_client",
                             "error_description": "the client ID or secret is not correct"})
            return
        token = pysecrets.token_urlsafe(32)
        life = self.server.token_lifetime
        with self.server.token_lock:
            self.server.tokens[token] = (client, time.monotonic() + life)
            self.server.grants += 1
        self._send(200, {"token_type": "Bearer", "expires_in": life, "access_token": token})

    def _client(self) -> str | None:
        """The bearer token's client, or None after answering 401."""
        kind, _, token = self.headers.get("Authorization", "").partition(" ")
        with self.server.token_lock:
            held = self.server.tokens.get(token) if kind.lower() == "bearer" else None
        expired = held is None or held[1] <= time.monotonic()
        if not expired and self.server.cars_faults.take("expire"):
            expired = True
            with self.server.token_lock:
                self.server.tokens.pop(token, None)
        if expired or held is None:
            self._send(401, {"error": "invalid_token", "message": "the bearer token is "
                             "missing, expired or revoked; get a new one"},
                       {"WWW-Authenticate": 'Bearer error="invalid_token"'})
            return None
        return held[0]

    def _api(self, then: Any) -> None:
        if self._request_fault():
            return
        client = self._client()
        if client is not None:
            then(client)

    def _find(self, client: str, reference: str) -> None:
        found = self.server.cars.by_reference(client, reference)
        self._send(200, {"filings": [found] if found else []})

    def _poll(self, client: str, sub_id: str) -> None:
        found = self.server.cars.by_id(client, sub_id)
        if found is None:
            self._error(404, "not_found", f"there is no submission {sub_id[:80]}")
            return
        if self.server.faults.take("poll") is not None:
            found = {**found, "status": "Processing", "filingId": "", "filedAt": ""}
        self._send(200, found)

    def _submit(self) -> None:
        data = self._body(MAX_UPLOAD)
        if data is None or self._request_fault():
            return
        client = self._client()
        if client is None:
            return
        reference = self.headers.get(HDR_REFERENCE, "").strip()
        if not 8 <= len(reference) <= 64 or not reference.isascii():
            self._error(400, "bad_request", f"an {HDR_REFERENCE} of 8 to 64 characters is "
                        "required")
            return
        try:
            doc = json.loads(data)
        except (ValueError, RecursionError):
            self._error(400, "bad_request", "the body is not a JSON document")
            return
        plan = self.server.cars_faults
        schema_fault = plan.take("schema")
        answer, duplicate = self.server.cars.submit(
            client, reference, doc,
            schema_version="another-schema-version" if schema_fault else document.SCHEMA_VERSION,
            system_error=not schema_fault and plan.take("system"))
        fault = self.server.faults.take("stored")
        if fault is not None and fault.kind == "drop":
            self._drop()
            return
        if fault is not None and fault.kind == "lost":
            self._error(504, "gateway_timeout", "CARS did not answer in time (practice fault: "
                        "the submission was stored)")
            return
        if fault is not None and fault.kind == "hang":
            self.server.stopping.wait(fault.value)
        shown = {**answer, "status": "Received", "filingId": "", "filedAt": "",
                 "stages": [], "warnings": [], "duplicate": duplicate}
        self._send(200 if duplicate else 202, shown)


class _CarsServer(base._Server):
    def __init__(self, *args: Any, cars: CarsStore, cars_faults: CarsFaults,
                 token_lifetime: int, **kwargs: Any) -> None:
        self.cars = cars
        self.cars_faults = cars_faults
        self.token_lifetime = token_lifetime
        self.tokens: dict[str, tuple[str, float]] = {}
        self.token_lock = threading.Lock()
        self.grants = 0
        super().__init__(*args, **kwargs)

    def finish_request(self, request: Any, client_address: Any) -> None:
        """Serve one connection (plain http on loopback) under the idle timeout."""
        request.settimeout(self.idle_timeout)
        _CarsHandler(request, client_address, self)


class CarsPracticeServer(base.PracticeServer):
    """A practice CARS on a loopback host and port (0: any free port)."""

    def __init__(self, data_dir: Path, *, host: str = "127.0.0.1", port: int = 0,
                 faults: str = "", seed: int | None = None,
                 timeout: float = base.DEFAULT_TIMEOUT,
                 token_lifetime: int = TOKEN_LIFETIME, **_ignored: Any) -> None:
        if not is_loopback(host):
            raise UsageError("the practice CARS listens only on this computer (127.0.0.1)")
        own, plan = split_faults(faults)
        self.cars_faults = CarsFaults(plan)
        try:
            self.faults = _Plan(own, seed, self.cars_faults)
        except ValueError as exc:
            raise UsageError(f"--faults: {exc}") from None
        self.store = PracticeStore(Path(data_dir) / "practice-cars.sqlite")
        self.cars = CarsStore(self.store)
        try:
            self._httpd = _CarsServer(
                (host, port), self.store, self.faults, idle_timeout=timeout,
                max_connections=base.MAX_CONNECTIONS, tls=None, cars=self.cars,
                cars_faults=self.cars_faults, token_lifetime=token_lifetime)
        except OverflowError:
            raise UsageError(f"--port {port}: a port is a number from 0 to 65535") from None
        except OSError as exc:
            raise base.PracticeServerError(base._listen_problem(host, port, exc)) from None
        self.scheme = "http"
        self._thread = None

    @property
    def grants(self) -> int:
        """Tokens granted so far."""
        httpd = self._httpd
        assert isinstance(httpd, _CarsServer)
        return httpd.grants

