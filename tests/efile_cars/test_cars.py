"""The CARS seam over real HTTP on loopback: token grant and refresh, submit then poll,
each outcome in words, no second filing under faults, and the document mapping."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
import requests

from calaccess_desktop.efile.cars import document
from calaccess_desktop.efile.cars.client import CarsTransport
from calaccess_desktop.efile.cars.server import CarsPracticeServer
from calaccess_desktop.efile.cars.token import ClientCredentials, TokenSource, token_url
from calaccess_desktop.efile.protocol import Credentials, Upload
from calaccess_desktop.efile.transport import RefusedError
from calaccess_desktop.services import filing
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FAST, accepted_filings
from tests.efile_cars.conftest import CLIENT, SECRET, TENANT, transport


def _file(store: Store, server: CarsPracticeServer, creds: Credentials, statement: int = 1,
          tr: CarsTransport | None = None) -> filing.SendReport:
    tr = tr or transport(server)
    with store.transaction() as s:
        sub = filing.queue_statement(s, statement, server_url=server.url)
    return filing.send(store, sub, creds, policy=FAST, transport_for=lambda _p, _u: tr)


def test_every_demo_statement_maps_to_a_document_and_back_byte_for_byte(demo: Store) -> None:
    for statement in (1, 2, 3):
        data = export_statement(demo, statement)
        doc = document.to_document(data)
        assert document.schema_problems(doc) == []
        assert doc["source"]["sha256"] == hashlib.sha256(data).hexdigest()
        assert document.to_cal(json.loads(json.dumps(doc))) == data
        assert doc["records"][1]["recordType"] == "CVR" and doc["filerId"] == "1449876"


def test_accepted_once_with_one_token_and_the_cal_hash(demo: Store, cars: CarsPracticeServer,
                                                       creds: Credentials) -> None:
    tr = transport(cars)
    report = _file(demo, cars, creds, 1, tr)
    assert report.submission.state == "accepted"
    assert report.submission.filing_id.startswith("CA-9")
    second = _file(demo, cars, creds, 3, tr)
    assert second.submission.state == "accepted"
    assert tr.tokens.grants == 1 and cars.grants == 1  # the token was cached
    jobs = accepted_filings(cars)
    assert len(jobs) == 2
    assert jobs[0]["sha256"] == report.submission.sha256  # the proof hash is the .CAL hash


def test_an_expired_token_is_refreshed_once(demo: Store, tmp_path: Path,
                                            creds: Credentials) -> None:
    server = CarsPracticeServer(tmp_path / "c", faults="expire").start()
    try:
        tr = transport(server)
        report = _file(demo, server, creds, 1, tr)
        assert report.submission.state == "accepted"
        assert tr.tokens.grants == 2 and len(accepted_filings(server)) == 1
    finally:
        server.stop()


def test_a_token_near_expiry_is_not_used(tmp_path: Path) -> None:
    server = CarsPracticeServer(tmp_path / "c", token_lifetime=2).start()
    try:
        now = [0.0]
        tokens = TokenSource(token_url(server.url, TENANT),
                             ClientCredentials(TENANT, CLIENT, SECRET), clock=lambda: now[0])
        first = tokens.token()
        now[0] = 0.5
        assert tokens.token() == first
        now[0] = 1.2  # within the margin (half of a 2 s life): a new grant
        assert tokens.token() != first and tokens.grants == 2
    finally:
        server.stop()


def test_a_wrong_client_secret_is_refused_in_words_and_never_shown(
        demo: Store, cars: CarsPracticeServer, creds: Credentials) -> None:
    transport(cars).tokens.token()  # the first secret becomes the client's secret
    wrong = "typed-the-wrong-secret"
    report = _file(demo, cars, creds, 1, transport(cars, wrong))
    assert report.submission.state == "failed"
    assert "client secret" in report.note and wrong not in report.note
    assert not report.auth_refused  # the filer's own password is not blamed (nor forgotten)
    with demo.read() as s:
        log = filing.attempt_log(s, report.submission.id)
    assert wrong not in log and SECRET not in log
    assert accepted_filings(cars) == []


def test_a_business_rule_rejection_says_the_rule_and_the_remedy(
        demo: Store, cars: CarsPracticeServer, creds: Credentials) -> None:
    data = export_statement(demo, 1)
    doc = document.to_document(data)
    tr = transport(cars)
    # an amendment of a filing CARS does not have: rejected at initial validation
    job = tr.upload(Upload(data, "ref-initial-0001", "CA-1234567", 0), Credentials("1449876", ""))
    polled = tr.job(job.job_id, Credentials("1449876", ""))
    assert polled.status == "rejected"
    assert polled.summary.startswith("Rejected at initial validation")
    assert all("what to do:" in m.text for m in polled.messages)
    # a record whose required field is empty: a business-rule violation
    rec = next(r for r in doc["records"] if r["recordType"] == "RCPT")
    rec["fields"] = [f for f in rec["fields"] if f["name"] != "Tran_ID"]
    broken = document.to_cal(doc)
    job = tr.upload(Upload(broken, "ref-business-01"), Credentials("1449876", ""))
    polled = tr.job(job.job_id, Credentials("1449876", ""))
    assert polled.status == "rejected"
    assert polled.summary.startswith("Rejected for a business-rule violation")
    assert polled.messages and all(m.level == "error" for m in polled.messages)
    assert "what to do: correct the statement" in polled.messages[0].text


def test_schema_and_system_faults_are_told_apart(demo: Store, tmp_path: Path,
                                                 creds: Credentials) -> None:
    server = CarsPracticeServer(tmp_path / "c", faults="schema,system").start()
    try:
        tr = transport(server)
        data = export_statement(demo, 1)
        answers = []
        for ref in ("ref-schema-0001", "ref-system-0001", "ref-accept-0001"):
            job = tr.upload(Upload(data, ref), creds)
            answers.append(tr.job(job.job_id, creds))
        schema, system, ok = answers
        assert schema.status == "rejected" and "schema" in schema.summary
        assert "schemaVersion" in schema.messages[0].text
        assert system.status == "rejected" and "nothing was filed" in system.summary
        assert ok.status == "accepted" and ok.filing_id.startswith("CA-9")
        assert len(accepted_filings(server)) == 1
    finally:
        server.stop()


@pytest.mark.parametrize("faults", ["drop", "lost", "500,503=0,drop", "processing*3",
                                    "hang=1.5"])
def test_no_second_filing_under_faults(demo: Store, tmp_path: Path, creds: Credentials,
                                       faults: str) -> None:
    server = CarsPracticeServer(tmp_path / "c", faults=faults).start()
    try:
        tokens = TokenSource(token_url(server.url, TENANT),
                             ClientCredentials(TENANT, CLIENT, SECRET), timeout=(2, 1))
        tr = CarsTransport(server.url, tokens, read_timeout=1.0)
        report = _file(demo, server, creds, 1, tr)
        for _ in range(5):
            if report.submission.state == "accepted":
                break
            report = filing.send(demo, report.submission.id, creds, policy=FAST,
                                 transport_for=lambda _p, _u: tr)
        assert report.submission.state == "accepted"
        assert len(accepted_filings(server)) == 1
    finally:
        server.stop()


def test_the_server_refuses_a_request_without_a_token_and_bad_json(
        cars: CarsPracticeServer) -> None:
    r = requests.post(f"{cars.url}/cars/v1/filings", data=b"{}", timeout=5)
    assert r.status_code == 401 and "Bearer" in r.headers["WWW-Authenticate"]
    token = transport(cars).tokens.token()
    r = requests.post(f"{cars.url}/cars/v1/filings", data=b"not json", timeout=5,
                      headers={"Authorization": f"Bearer {token}",
                               "X-Vendor-Reference": "ref-bad-json-1"})
    assert r.status_code == 400
    r = requests.post(f"{cars.url}/{TENANT}/oauth2/v2.0/token", timeout=5,
                      data={"grant_type": "password"})
    assert r.json()["error"] == "unsupported_grant_type"
    with pytest.raises(RefusedError):
        CarsTransport(cars.url, transport(cars, "other").tokens).job("x" * 8, Credentials("1", ""))
