"""An amendment chain through the outbox: original, amendment 1, amendment 2 accepted; an
out-of-sequence amendment rejected with the server's reason in plain words."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.services import filing
from calaccess_desktop.services.covers import build_cover
from calaccess_desktop.services.editing import update_transaction
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FAST, PASSWORD, accepted_filings, server_jobs


def file_statement(store: Store, server: PracticeServer, creds: Credentials,
                   statement_id: int) -> filing.SendReport:
    with store.transaction() as session:
        sub_id = filing.queue_statement(session, statement_id, server_url=server.url)
    return filing.send(store, sub_id, creds, policy=FAST, sleep=lambda _s: None)


def amend(store: Store, statement_id: int, reason: str) -> int:
    with store.transaction() as session:
        return filing.amend(session, statement_id, reason)


def tran_ids(data: bytes) -> set[str]:
    cal = read_cal(data)
    return {r.get("Tran_ID") for r in cal.records if r.get("Tran_ID")}


def test_original_then_two_amendments_are_accepted(demo: Store, practice: PracticeServer,
                                                   creds: Credentials) -> None:
    original = file_statement(demo, practice, creds, 1)
    assert original.submission.filing_id == "CA-9000001"

    a1 = amend(demo, 1, "Corrected a contributor's employer")
    with demo.transaction() as session:
        rec = session.query(Record).filter_by(statement_id=a1, rec_type="RCPT").first()
        assert rec is not None
        update_transaction(session, rec.id, {"Ctrib_Emp": "Kaiser Permanente"})
    first = file_statement(demo, practice, creds, a1)
    assert first.submission.state == "accepted", first.note
    a2 = amend(demo, a1, "Added a late-reported payment")
    second = file_statement(demo, practice, creds, a2)
    assert second.submission.state == "accepted", second.note

    jobs = {j["report_num"]: j for j in accepted_filings(practice)}
    assert sorted(jobs) == [0, 1, 2]
    # Every amendment points at the original filing, not at the latest amendment.
    assert jobs[1]["amends_filing_id"] == jobs[2]["amends_filing_id"] == "CA-9000001"
    assert (first.submission.amends_filing_id, second.submission.amends_filing_id) == (
        "CA-9000001", "CA-9000001")
    # The same Tran_IDs in every version of the report.
    assert tran_ids(jobs[0]["data"]) == tran_ids(jobs[1]["data"]) == tran_ids(jobs[2]["data"])
    assert b"Kaiser Permanente" in jobs[1]["data"] and b"Kaiser" not in jobs[0]["data"]
    with demo.read() as session:
        statuses = {s.id: (s.status, s.report_num, s.filing_id)
                    for s in session.query(Statement).filter(Statement.id.in_([1, a1, a2]))}
    assert statuses == {1: ("amended", 0, "CA-9000001"), a1: ("amended", 1, "CA-9000002"),
                        a2: ("filed", 2, "CA-9000003")}
    cvr = read_cal(jobs[2]["data"]).cover
    assert cvr is not None and cvr.get("Report_Num") == "002"
    assert cvr.get("AmendExp_1") == "Added a late-reported payment"


def test_out_of_sequence_amendment_is_rejected_in_plain_words(
        demo: Store, db_path: Path, practice: PracticeServer, creds: Credentials,
        config_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    file_statement(demo, practice, creds, 1)
    a1 = amend(demo, 1, "Corrected totals")
    with demo.transaction() as session:  # a number skipped (as another program might do)
        stmt = session.get(Statement, a1)
        assert stmt is not None
        stmt.report_num = 3
        stmt.cover = build_cover(stmt.committee, stmt)
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["submit", str(a1), "--server", practice.url, "--password-stdin",
                 "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 1
    assert "Rejected: the server did not accept statement" in out
    assert ("Error (line 2, record CVR, field #9 Report_Num): Amendment number is 003, but "
            "amendment 001 of "
            "filing CA-9000001 has not been received; amendments must come in sequence") in out
    with demo.read() as session:
        assert session.get(Statement, a1).status == "rejected"  # type: ignore[union-attr]
        [sub] = filing.list_submissions(session, statement_id=a1)
        assert sub.state == "rejected"
        assert any("amendments must come in sequence" in line
                   for line in filing.server_findings(session, sub.id))
    assert len(accepted_filings(practice)) == 1 and len(server_jobs(practice)) == 2


def test_rejected_statement_is_reopened_fixed_and_filed_with_a_new_key(
        demo: Store, practice: PracticeServer, creds: Credentials) -> None:
    with demo.transaction() as session:  # break it: a Cx field the SOS requires on F460
        stmt = session.get(Statement, 1)
        assert stmt is not None
        cover = list(stmt.cover)
        cover[10] = ""  # field #11 Stmt_Type
        stmt.cover = cover
    rejected = file_statement(demo, practice, creds, 1)
    assert rejected.submission.state == "rejected"
    with demo.transaction() as session:
        filing.reopen_rejected(session, 1)
        stmt = session.get(Statement, 1)
        assert stmt is not None and (stmt.status, stmt.locked) == ("draft", False)
        cover = list(stmt.cover)
        cover[10] = "SA"
        stmt.cover = cover
    fixed = file_statement(demo, practice, creds, 1)
    assert fixed.submission.state == "accepted" and fixed.submission.id != rejected.submission.id
    keys = {j["idempotency_key"] for j in server_jobs(practice)}
    assert len(keys) == 2 and len(accepted_filings(practice)) == 1


def test_only_an_accepted_statement_can_be_amended(demo: Store, practice: PracticeServer) -> None:
    with demo.transaction() as session:
        filing.queue_statement(session, 1, server_url=practice.url)
    with demo.transaction() as session, pytest.raises(filing.FilingError,
                                                      match="only an accepted filing"):
        filing.amend(session, 1, "too early")
