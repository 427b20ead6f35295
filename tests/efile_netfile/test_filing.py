"""The demo committee files with a NetFile city over real HTTP on loopback: accepted once
with the filing ID, never twice, amendments carry the original's ID and sequence,
rejections read in the app's words, signers and the 1.0 fallback."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
import requests

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.efile.netfile.client import NetFileTransport
from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.netfile.store import Options
from calaccess_desktop.efile.protocol import Credentials, Upload
from calaccess_desktop.services import filing
from calaccess_desktop.services.filing.wording import in_app_words
from calaccess_desktop.services.store import Store
from tests.efile_netfile.helpers import (
    FILER,
    SIGNER,
    filed,
    jobs,
    log_of,
    queue,
    send,
    uploads,
)


def test_files_once_with_the_filing_id_and_never_again(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    sub = queue(city, netfile, 1)
    rep = send(city, sub, creds)
    row = rep.submission
    assert row.state == "accepted" and row.filing_id.startswith("PRAC-9")
    [job] = jobs(netfile)
    assert job["filer_id"] == FILER and job["result"] == 2 and job["api_version"] == "v11"
    assert job["email"] == "treasurer@example.org" and job["superseded"] == ""
    with city.read() as session:
        stmt = session.get(filing.Statement, 1)
        sub_row = session.get(filing.Submission, sub)
        assert stmt is not None and sub_row is not None
        assert (stmt.status, stmt.filing_id) == ("filed", row.filing_id)
        assert sub_row.protocol == "netfile" and sub_row.officer == "PRAC"
        assert job["data"] == sub_row.cal_bytes  # the exact frozen bytes, base64 on the wire
    assert uploads(log_of(city, sub)) == 1
    # Filing again: refused before anything is sent; the server still has one job.
    with city.transaction() as session, pytest.raises(filing.FilingError, match="already filed"):
        filing.queue_statement(session, 1, server_url=netfile.url)
    again = send(city, sub, creds)
    assert again.submission.state == "accepted" and len(jobs(netfile)) == 1


def test_amendments_carry_the_original_filing_id_and_sequence(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    original = send(city, queue(city, netfile, 1), creds).submission.filing_id
    with city.transaction() as session:
        first = filing.amend(session, 1, "Corrected a loan")
    rep1 = send(city, queue(city, netfile, first), creds)
    assert rep1.submission.state == "accepted", rep1.note
    with city.transaction() as session:
        second = filing.amend(session, first, "Corrected it again")
    rep2 = send(city, queue(city, netfile, second), creds)
    assert rep2.submission.state == "accepted", rep2.note
    got = [(j["superseded"], j["sequence"], j["report_num"]) for j in jobs(netfile)]
    assert got == [("", None, 0), (original, 1, 1), (original, 2, 2)]
    assert len(filed(netfile)) == 3
    with city.read() as session:
        assert [session.get(filing.Statement, i).status  # type: ignore[union-attr]
                for i in (1, first, second)] == ["amended", "amended", "filed"]


def test_a_wrong_password_is_rejected_in_plain_words(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    send(city, queue(city, netfile, 1), creds)  # the first password becomes the filer's
    wrong = dataclasses.replace(creds, password="typo")
    rep = send(city, queue(city, netfile, 2), wrong)
    assert rep.submission.state == "rejected"
    with city.read() as session:
        words = [f.text for f in filing.server_findings_detail(session, rep.submission.id)
                 if f.is_error]
        log = filing.attempt_log(session, rep.submission.id)
        assert session.get(filing.Statement, 2).status == "rejected"  # type: ignore[union-attr]
    assert words == ["Error: The agency did not accept the filer ID and e-filing password. "
                     "Check both (the agency's filer ID looks like ABC-123456), then reopen the "
                     "statement and send it again. The agency said: Invalid password for filer "
                     "PRAC-123456."]
    assert "filing context, FILER_CREDENTIALS" in log
    assert "typo" not in log and creds.password not in log


def test_an_amendment_out_of_sequence_is_a_filing_context_rejection(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    send(city, queue(city, netfile, 1), creds)
    with city.transaction() as session:
        first = filing.amend(session, 1, "Corrected a loan")
        session.get(filing.Statement, first).original_filing_id = "PRAC-12"  # type: ignore[union-attr]
    rep = send(city, queue(city, netfile, first), creds)
    assert rep.submission.state == "rejected"
    with city.read() as session:
        [words] = [f.text for f in filing.server_findings_detail(session, rep.submission.id)
                    if f.is_error]
    assert words.startswith("Error: The agency has no filing with the ID this amendment names "
                            "as the original.")
    assert "Superseded filing PRAC-12 was not found" in words


def test_a_validation_report_reads_in_the_app_words(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials) -> None:
    sub = queue(city, netfile, 1)
    with city.read() as session:
        data = filing.submission_data(session, sub)
    lines = data.decode().split("\r\n")
    cover = lines[1].split(",")
    names = [f.name for f in CalRecord(cover).fields]
    cover[names.index("Filer_NamL")] = ""  # the committee's name (required) left out
    broken = "\r\n".join([lines[0], ",".join(cover), *lines[2:]]).encode()
    transport = NetFileTransport(netfile.url, connect_timeout=2, read_timeout=5)
    job = transport.upload(Upload(broken, "unused-key"), creds)
    while (status := transport.job(job.job_id, creds)).status == "processing":
        pass
    assert status.status == "rejected" and status.filing_id == ""
    findings = in_app_words(status.messages, broken)
    errors = [f.text for f in findings if f.is_error]
    assert errors and errors[0].startswith("Error on the cover page: ")
    assert "Filer_NamL" not in errors[0] and "name" in errors[0].lower()


def test_signers_verify_before_it_is_filed(city: Store, signing: NetFilePracticeServer,
                                           creds: Credentials) -> None:
    sub = queue(city, signing, 1, signers=(SIGNER,))
    rep = send(city, sub, creds)
    row = rep.submission
    assert row.state == "awaiting_signatures" and row.filing_id == ""
    assert row.state_label == "received, waiting for the signers to verify their signatures"
    assert "ask them to verify their signature" in row.last_error
    [job] = jobs(signing)
    assert job["signer_ids"] == [SIGNER] and job["result"] == 1
    answer = requests.post(f"{signing.url}/practice/verify/{job['job_id']}", data=b"",
                           timeout=5)
    assert answer.json() == {"verified": True}
    done = send(city, sub, creds).submission
    assert done.state == "accepted" and done.filing_id == f"PRAC-{job['filing_number']}"
    assert len(jobs(signing)) == 1 and uploads(log_of(city, sub)) == 1


def test_an_agency_requiring_signers_rejects_a_filing_without_them(
        signing: NetFilePracticeServer, city: Store, creds: Credentials) -> None:
    with city.read() as session:
        from calaccess_desktop.services.exporter import export_snapshot
        from calaccess_desktop.services.snapshots import build_snapshot

        data = export_snapshot(build_snapshot(session, 1), target="statement 1")
    transport = NetFileTransport(signing.url, connect_timeout=2, read_timeout=5)
    bare = dataclasses.replace(creds, signers=())
    job = transport.upload(Upload(data, "unused-key"), bare)
    while (status := transport.job(job.job_id, bare)).status == "processing":
        pass
    assert status.status == "rejected"
    assert [m.field_name for m in status.messages if m.level == "error"] == [
        "SIGNATURES_REQUIRED"]
    # The app does not even queue it without a signer for this agency.
    with city.transaction() as session, pytest.raises(filing.FilingError, match="signer ID"):
        filing.destination_for(session, 1, default_url="", server_url=signing.url,
                               filer_id=FILER, signer_ids=())


def test_version_1_0_is_used_when_the_server_has_no_1_1(
        tmp_path: Path, city: Store, creds: Credentials) -> None:
    server = NetFilePracticeServer(tmp_path / "old", netfile=Options(
        versions=("v10",), allow_duplicates=True)).start()
    try:
        rep = send(city, queue(city, server, 1), creds)
        assert rep.submission.state == "accepted", rep.note
        [job] = jobs(server)
        assert job["api_version"] == "v10" and job["sequence"] is None
        assert base64.b64encode(job["data"])  # the file arrived whole
        fresh = NetFileTransport(server.url, connect_timeout=2, read_timeout=5)  # a new run
        assert fresh.job(job["job_id"], creds).status == "accepted"
        assert fresh.version == "v10"
    finally:
        server.stop()


def test_a_second_copy_is_refused_by_default(tmp_path: Path, city: Store,
                                             creds: Credentials) -> None:
    server = NetFilePracticeServer(tmp_path / "plain").start()
    try:
        sub = queue(city, server, 1)
        with city.read() as session:
            data = filing.submission_data(session, sub)
        send(city, sub, creds)
        transport = NetFileTransport(server.url, connect_timeout=2, read_timeout=5)
        job = transport.upload(Upload(data, "unused-key"), creds)
        while (status := transport.job(job.job_id, creds)).status == "processing":
            pass
        assert status.status == "rejected"
        assert [m.field_name for m in status.messages if m.level == "error"] == [
            "DUPLICATE_FILING"]
        assert len(filed(server)) == 1
    finally:
        server.stop()
