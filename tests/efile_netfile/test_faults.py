"""Every fault of the NetFile practice server: no statement is ever filed twice. The
server files duplicates here, so a second upload would show as a second job.

NetFile has no idempotency key: after an unclear upload (a 5xx, a dropped or garbled
answer, a timeout) the outbox holds the submission and the treasurer answers after
looking on the agency's site (here: the practice server's own list of filings)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile_netfile.helpers import FAST, PIN, filed, jobs, log_of, queue, send, uploads


def treasurer_checks(store: Store, server: NetFilePracticeServer, sub_id: int) -> str:
    """What the treasurer does with a held submission: look for it on the agency's site
    (by its file's hash) and answer. Returns the answer given."""
    with store.read() as session:
        digest = session.get(filing.Submission, sub_id).sha256  # type: ignore[union-attr]
    found = [j for j in filed(server) if j["sha256"] == digest]
    with store.transaction() as session:
        if found:
            filing.held_received(session, sub_id, f"PRAC-{found[0]['filing_number']}",
                                 dt.date.today())
            return "received"
        filing.held_not_received(session, sub_id)
        return "not received"


@pytest.mark.parametrize("fault", ["drop", "lost", "garbled", "500", "503=0.1"])
def test_an_unclear_upload_is_held_never_sent_again(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials, fault: str) -> None:
    netfile.faults.replace(fault)
    sub = queue(city, netfile, 1)
    rep = send(city, sub, creds)
    assert rep.submission.state == "held", rep.note
    assert rep.submission.state_label == "held: check the agency's site, then answer"
    assert "Until then it is not sent again" in rep.submission.last_error
    stored = fault in ("drop", "lost", "garbled")
    assert len(jobs(netfile)) == (1 if stored else 0)
    # Running the outbox again sends nothing: it waits for the treasurer.
    again = send(city, sub, creds)
    assert again.submission.state == "held" and len(jobs(netfile)) == (1 if stored else 0)
    with city.read() as session:
        assert sub not in filing.runnable(session, due_only=False, include_failed=True)
    with city.transaction() as session:  # filing the statement again finds the held one
        assert filing.queue_statement(session, 1, server_url=netfile.url) == sub
    answer = treasurer_checks(city, netfile, sub)
    assert answer == ("received" if stored else "not received")
    final = send(city, sub, creds).submission
    assert final.state == "accepted"
    assert len(jobs(netfile)) == 1 and len(filed(netfile)) == 1
    log = log_of(city, sub)
    assert uploads(log) == (1 if stored else 2)
    assert "this server cannot be asked whether it has the filing, so it is not sent again" \
        in log
    assert ("confirmed by the treasurer, not by the server" in log) == stored


def test_an_answer_too_slow_is_held(city: Store, netfile: NetFilePracticeServer,
                                    creds: Credentials) -> None:
    netfile.faults.replace("hang=1.5")
    sub = queue(city, netfile, 1)
    rep = send(city, sub, creds, read_timeout=0.4)
    assert rep.submission.state == "held"
    assert "the server did not answer in time" in log_of(city, sub)
    end = time.monotonic() + 30  # the agency may still be judging it (a busy machine)
    while not filed(netfile) and time.monotonic() < end:
        time.sleep(0.05)
    assert treasurer_checks(city, netfile, sub) == "received"
    assert len(jobs(netfile)) == 1


@pytest.mark.parametrize("fault", ["processing*3", "slow=0.2"])
def test_faults_after_the_job_is_known_are_polled_through(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials, fault: str) -> None:
    netfile.faults.replace(fault)
    sub = queue(city, netfile, 1)
    rep = send(city, sub, creds)
    assert rep.submission.state == "accepted", rep.note
    assert len(jobs(netfile)) == 1 and uploads(log_of(city, sub)) == 1


def test_an_unknown_job_is_held_not_sent_again(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    netfile.faults.replace("unknown")
    sub = queue(city, netfile, 1)
    rep = send(city, sub, creds)
    assert rep.submission.state == "held"
    assert "the agency does not know job" in log_of(city, sub)
    assert treasurer_checks(city, netfile, sub) == "received"
    assert len(jobs(netfile)) == 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_chaos_never_files_a_statement_twice(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials, seed: int) -> None:
    netfile.faults.replace("chaos=0.5", seed)
    subs = [queue(city, netfile, sid) for sid in (1, 2, 3)]
    answers = []
    for _ in range(12):
        filing.process_outbox(city, lambda _f: creds, due_only=False,
                                        policy=FAST,
                                        transport_for=filing.http_transports(2.0, 5.0),
                                        sleep=lambda _s: None, pin_for=lambda _s: PIN)
        with city.read() as session:
            rows = filing.list_submissions(session)
        for row in rows:
            if row.state == "held":
                answers.append(treasurer_checks(city, netfile, row.id))
        if all(r.state == "accepted" for r in rows):
            break
    with city.read() as session:
        rows = filing.list_submissions(session)
        digests = sorted(session.get(filing.Submission, s).sha256 for s in subs)  # type: ignore[union-attr]
    assert sorted(r.state for r in rows) == ["accepted"] * 3
    on_server = sorted(j["sha256"] for j in jobs(netfile))
    assert on_server == digests, "each statement reached the agency exactly once"
    assert len(filed(netfile)) == 3
    assert answers, "chaos did strike"


def test_the_statement_list_says_a_held_statement_waits_on_the_treasurer(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    from calaccess_desktop.services.statement_list import list_statement_items

    netfile.faults.replace("drop")
    sub = queue(city, netfile, 1)
    assert send(city, sub, creds).submission.state == "held"
    with city.read() as session:
        (item,) = [i for i in list_statement_items(session, 1) if i.id == 1]
    assert item.status == "held"
    assert item.status_words == "Held: check the filing officer's site"
    treasurer_checks(city, netfile, sub)
    send(city, sub, creds)
    with city.read() as session:
        (item,) = [i for i in list_statement_items(session, 1) if i.id == 1]
    assert item.status_words == "Filed"
