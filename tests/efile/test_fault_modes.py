"""Every fault mode of the practice server: each submission ends accepted exactly once on
the server, nothing is lost, and the attempt log tells what happened."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.efile.transport import HttpTransport, Transport
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FAST, accepted_filings, server_jobs, upload_starts


def transports(read_timeout: float = 5.0) -> Callable[[str, str], Transport]:
    made: dict[str, Transport] = {}

    def get(_protocol: str, url: str) -> Transport:
        if url not in made:
            made[url] = HttpTransport(url, connect_timeout=2, read_timeout=read_timeout)
        return made[url]

    return get


def file_one(store: Store, server: PracticeServer, creds: Credentials, statement_id: int = 1,
             read_timeout: float = 5.0) -> tuple[filing.SendReport, str]:
    with store.transaction() as session:
        sub_id = filing.queue_statement(session, statement_id, server_url=server.url)
    rep = filing.send(store, sub_id, creds, policy=FAST, transport_for=transports(read_timeout),
                      sleep=lambda s: time.sleep(min(s, 0.05)))
    with store.read() as session:
        log = filing.attempt_log(session, sub_id)
    return rep, log


def assert_filed_once(store: Store, server: PracticeServer, rep: filing.SendReport) -> None:
    row = rep.submission
    assert row.state == "accepted", rep.note
    jobs = server_jobs(server)
    assert len(jobs) == 1, "the server holds exactly one copy of the submission"
    assert [j["filing_number"] for j in accepted_filings(server)] == [int(row.filing_id[3:])]
    with store.read() as session:
        stmt = session.get(filing.Statement, row.statement_id)
        assert stmt is not None
        assert (stmt.status, stmt.filing_id, stmt.locked) == ("filed", row.filing_id, True)
        sub = session.get(filing.Submission, row.id)
        assert sub is not None
        assert jobs[0]["idempotency_key"] == sub.idempotency_key
        assert jobs[0]["sha256"] == sub.sha256 and jobs[0]["data"] == sub.cal_bytes


def test_no_fault(demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert upload_starts(log) == 1
    assert "ACCEPTED as filing CA-9000001" in log


def test_500_before_storing_is_checked_then_sent_again(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("500")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "[HTTP 500]" in log
    assert "the server has no filing with this submission's key" in log
    assert upload_starts(log) == 2


def test_503_overload_waits_and_retries(demo: Store, practice: PracticeServer,
                                        creds: Credentials) -> None:
    practice.faults.replace("503*3")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert log.count("[HTTP 503]") == 3
    assert "could not ask the server" in log


def test_connection_dropped_after_upload_is_not_sent_twice(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("drop")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "no clear answer: the server closed the connection without answering" in log
    assert "the server already has this submission as job" in log
    assert upload_starts(log) == 1


def test_accepted_but_answer_lost_is_found_by_key(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("lost")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "HTTP 504" in log and "the server already has this submission" in log
    assert upload_starts(log) == 1


def test_answer_too_slow_times_out_then_found_by_key(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("hang=1.5")
    rep, log = file_one(demo, practice, creds, read_timeout=0.4)
    assert_filed_once(demo, practice, rep)
    assert "the server did not answer in time" in log
    assert upload_starts(log) == 1


def test_slow_answers_still_file_once(demo: Store, practice: PracticeServer,
                                      creds: Credentials) -> None:
    practice.faults.replace("slow=0.2")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert upload_starts(log) == 1


def test_job_still_processing_is_polled_until_final(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("processing*4")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "is still being processed" in log


def test_every_fault_in_one_run(demo: Store, practice: PracticeServer,
                                creds: Credentials) -> None:
    practice.faults.replace("500,drop,503,lost,processing*2")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "HTTP 500" in log and "HTTP 503" in log


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_chaos_files_each_statement_exactly_once(
        demo: Store, practice: PracticeServer, creds: Credentials, seed: int) -> None:
    practice.faults.replace("chaos=0.5", seed)
    keys = []
    for sid in (1, 2, 3):
        with demo.transaction() as session:
            sub = session.get(filing.Submission, filing.queue_statement(
                session, sid, server_url=practice.url))
            assert sub is not None
            keys.append(sub.idempotency_key)
    for _ in range(10):
        reports = filing.process_outbox(demo, lambda _f: creds, due_only=False, policy=FAST,
                                        transport_for=transports(), sleep=lambda _s: None)
        if all(r.finished for r in reports):
            break
    with demo.read() as session:
        rows = filing.list_submissions(session)
        logs = "".join(filing.attempt_log(session, r.id) for r in rows)
    assert sorted(r.state for r in rows) == ["accepted"] * 3
    assert "no clear answer" in logs or "could not ask the server" in logs  # chaos did strike
    jobs = server_jobs(practice)
    assert sorted(j["idempotency_key"] for j in jobs) == sorted(keys)
    assert len(accepted_filings(practice)) == 3


def test_a_garbled_answer_is_checked_by_key_not_sent_again(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("garbled")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "not readable (not JSON)" in log and upload_starts(log) == 1


def test_an_unknown_job_is_found_again_by_key(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    practice.faults.replace("unknown")
    rep, log = file_one(demo, practice, creds)
    assert_filed_once(demo, practice, rep)
    assert "the server does not know job" in log and upload_starts(log) == 1
