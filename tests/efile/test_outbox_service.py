"""Freezing a statement, the outbox's rules, and the protocol at the HTTP level."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from calaccess_desktop.db.orm import Statement, Submission
from calaccess_desktop.efile.outbox import BusyError
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials, EndpointError, Upload
from calaccess_desktop.efile.transport import HttpTransport, RefusedError, UnclearError
from calaccess_desktop.services import filing
from calaccess_desktop.services.editing import StatementLocked, add_transaction
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.undo import undo, undo_status
from tests.efile.helpers import FAST, FILER, PASSWORD, accepted_filings, server_jobs


def test_filing_freezes_the_exact_bytes_and_locks_the_statement(
        demo: Store, practice: PracticeServer) -> None:
    expected = export_statement(demo, 1)
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    with demo.transaction() as session:
        sub = session.get(Submission, sub_id)
        stmt = session.get(Statement, 1)
        assert sub is not None and stmt is not None
        assert sub.cal_bytes == expected
        assert sub.sha256 == hashlib.sha256(expected).hexdigest()
        assert (stmt.status, stmt.locked, sub.state) == ("queued", True, "queued")
        with pytest.raises(StatementLocked):
            add_transaction(session, 1, "RCPT", "A", {"Ctrib_NamL": "Late", "Amount": "5.00"})
        # the filing cannot be undone: the statement's undo history is gone
        assert all(e.statement_id != 1 for e in session.query(filing.UndoEntry))
    with demo.transaction() as session:
        before = undo_status(session).undo_label
        undo(session)
    with demo.read() as session:
        assert session.get(Statement, 1).status == "queued"  # type: ignore[union-attr]
    assert before is None or "statement 1" not in before


def test_filing_twice_gives_the_same_submission(demo: Store, practice: PracticeServer) -> None:
    with demo.transaction() as session:
        first = filing.queue_statement(session, 1, server_url=practice.url)
    with demo.transaction() as session:
        assert filing.queue_statement(session, 1, server_url=practice.url) == first
        assert len(filing.list_submissions(session)) == 1


def test_a_filed_statement_cannot_be_filed_again(demo: Store, practice: PracticeServer,
                                                 creds: Credentials) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    with demo.transaction() as session, pytest.raises(filing.FilingError,
                                                      match="already filed as CA-9000001"):
        filing.queue_statement(session, 1, server_url=practice.url)


def test_plain_http_beyond_this_computer_is_refused(demo: Store) -> None:
    with demo.transaction() as session, pytest.raises(filing.FilingError, match="https"):
        filing.queue_statement(session, 1, server_url="http://efile.example.org")
    with pytest.raises(EndpointError):
        HttpTransport("http://10.0.0.5:8765")


def test_withdraw_before_sending_unlocks(demo: Store, practice: PracticeServer) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    with demo.transaction() as session:
        filing.withdraw(session, sub_id)
        stmt = session.get(Statement, 1)
        assert stmt is not None and (stmt.status, stmt.locked) == ("draft", False)
        assert filing.runnable(session, due_only=False, include_failed=True) == []


def test_withdraw_is_refused_once_it_may_be_on_the_server(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("503*100")
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    rep = filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    assert rep.submission.state == "queued" and rep.retry_in is not None
    assert rep.submission.next_attempt_at is not None
    with demo.transaction() as session, pytest.raises(filing.FilingError, match="may already"):
        filing.withdraw(session, sub_id)


def test_offline_leaves_it_queued_with_an_honest_log(demo: Store, creds: Credentials) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url="http://127.0.0.1:9")
    # Its next try a minute on (the rounds' own waits are skipped): however slow the
    # machine, it is not due yet when the test looks.
    patient = dataclasses.replace(FAST, base_delay=60.0, max_delay=600.0)
    rep = filing.send(demo, sub_id, creds, policy=patient, sleep=lambda _s: None)
    assert rep.submission.state == "queued"
    with demo.read() as session:
        log = filing.attempt_log(session, sub_id)
        assert filing.runnable(session, due_only=True) == []  # waits for its next try
        assert filing.runnable(session, due_only=False) == [sub_id]
    assert "not sent: the server could not be reached (connection refused)" in log
    assert " lookup " not in log and "next try after" in log
    assert rep.submission.state_label == "waiting to send"
    with demo.transaction() as session:  # it never reached a server: it may be taken back
        filing.withdraw(session, sub_id)


def test_amendment_waits_for_the_earlier_one(demo: Store, practice: PracticeServer,
                                             creds: Credentials) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    with demo.transaction() as session:
        a1 = filing.amend(session, 1, "first fix")
        s1 = filing.queue_statement(session, a1, server_url=practice.url)
        fake = Submission(statement_id=a1, filer_id=FILER, form_type="F460", report_num=2,
                          amends_filing_id="CA-9000001", idempotency_key="k" * 32,
                          server_url=practice.url, cal_bytes=b"x", sha256="0" * 64,
                          state="queued")
        session.add(fake)
        session.flush()
        s2 = fake.id
    rep = filing.send(demo, s2, creds, policy=FAST, sleep=lambda _s: None)
    assert rep.note.startswith("waiting: amendment 001") and rep.submission.attempts == 0
    with demo.read() as session:
        assert filing.runnable(session, due_only=False) == [s1, s2]  # lower numbers first


def transport(practice: PracticeServer) -> HttpTransport:
    return HttpTransport(practice.url, connect_timeout=2, read_timeout=5)


def test_the_server_files_a_key_once_and_refuses_a_reused_key(
        practice: PracticeServer, creds: Credentials) -> None:
    t = transport(practice)
    data = b"HDR,CAL,CA,2.01,x,1,\r\n"
    first = t.upload(Upload(data, "key-000001"), creds)
    again = t.upload(Upload(data, "key-000001"), creds)
    assert again.job_id == first.job_id and again.duplicate and again.http_status == 200
    assert len(server_jobs(practice)) == 1
    with pytest.raises(RefusedError, match="already used for a different file") as exc:
        t.upload(Upload(data + b"CVR\r\n", "key-000001"), creds)
    assert exc.value.http_status == 409
    found = t.lookup("key-000001", creds)
    assert found is not None and found.job_id == first.job_id and found.status == "rejected"
    assert t.lookup("key-unknown", creds) is None


def test_wrong_password_and_damaged_uploads_are_refused(
        practice: PracticeServer, creds: Credentials) -> None:
    t = transport(practice)
    t.upload(Upload(b"x", "key-000002"), creds)  # the first password becomes the filer's
    with pytest.raises(RefusedError, match="password for filer 1449876 is not correct") as exc:
        t.upload(Upload(b"x", "key-000003"), Credentials(FILER, "nope", "CALDESK"))
    assert exc.value.http_status == 401
    resp = requests.post(f"{practice.url}/v1/filings", data=b"abc", auth=(FILER, PASSWORD),
                         headers={"Idempotency-Key": "key-000004", "X-Vendor-Id": "V",
                                  "X-Content-SHA256": "0" * 64}, timeout=5)
    assert resp.status_code == 400 and "arrived damaged" in resp.json()["message"]
    assert len(server_jobs(practice)) == 1


def test_a_job_of_another_filer_is_not_shown(practice: PracticeServer,
                                             creds: Credentials) -> None:
    t = transport(practice)
    job = t.upload(Upload(b"x", "key-000005"), creds)
    other = Credentials("7654321", "other-pw", "CALDESK")
    with pytest.raises(RefusedError) as exc:
        t.job(job.job_id, other)
    assert exc.value.http_status == 404
    assert t.lookup("key-000005", other) is None


def test_practice_endpoints_list_filings_and_set_faults(practice: PracticeServer,
                                                       creds: Credentials) -> None:
    transport(practice).upload(Upload(b"x", "key-000006"), creds)
    listing = requests.get(f"{practice.url}/practice/filings", timeout=5).json()["jobs"]
    assert [j["idempotency_key"] for j in listing] == ["key-000006"]
    assert "password" not in str(listing)
    resp = requests.post(f"{practice.url}/practice/faults", data="503*2,drop", timeout=5)
    assert resp.json()["faults"] == "503=1*2,drop*1"
    bad = requests.post(f"{practice.url}/practice/faults", data="explode", timeout=5)
    assert bad.status_code == 400 and "unknown fault" in bad.json()["message"]
    health = requests.get(f"{practice.url}/v1/health", timeout=5).json()
    assert health["status"] == "ok" and health["protocol"] == 1


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_tls_certificates_are_verified(tmp_path: Path, tls_files: tuple[Path, Path],
                                       creds: Credentials) -> None:
    cert, key = tls_files
    server = PracticeServer(tmp_path / "tls", tls_cert=cert, tls_key=key).start()
    try:
        assert server.url.startswith("https://127.0.0.1:")
        with pytest.raises(UnclearError, match="certificate could not be verified"):
            HttpTransport(server.url).upload(Upload(b"x", "key-000007"), creds)
        assert server_jobs(server) == []
        trusted = HttpTransport(server.url, ca_bundle=str(cert))
        assert trusted.upload(Upload(b"x", "key-000007"), creds).status == "processing"
        assert len(server_jobs(server)) == 1 and accepted_filings(server) == []
    finally:
        server.stop()


def test_a_submission_held_by_a_live_process_is_left_alone(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url=practice.url)
    repo = filing.StoreRepo(demo)
    repo.claim(sub_id, f"{socket.gethostname()}|{os.getpid()}|other", 600)  # alive: this one
    with pytest.raises(BusyError, match="being sent by another program"):
        filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    reports = filing.process_outbox(demo, lambda _f: creds, due_only=False, policy=FAST)
    assert "being sent by another program" in reports[0].note
    assert server_jobs(practice) == []

    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    repo.release(sub_id, f"{socket.gethostname()}|{os.getpid()}|other")
    repo.claim(sub_id, f"{socket.gethostname()}|{gone.pid}|dead", 600)  # its process is gone
    rep = filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    assert rep.submission.state == "accepted" and len(server_jobs(practice)) == 1
