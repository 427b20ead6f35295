"""Paper and e-mail filing, the filing packet and the receipts: real SQLite files, the
real CLI, real PDFs read back with pdftotext (and drawn with pdftoppm)."""

from __future__ import annotations

import datetime as dt
import hashlib
import subprocess
from pathlib import Path

import pytest

from calaccess_desktop.db.orm import Statement, Submission
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services import filing
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.editing import create_statement
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.filing_packet import PacketError, packet_facts, write_packet
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.paper_filing import PaperFilingError, mark_filed
from calaccess_desktop.services.receipts import (
    NoReceipt,
    accepted_submission,
    receipt_pdf,
    write_receipt,
)
from calaccess_desktop.services.statement_list import STATUS_WORDS
from calaccess_desktop.services.store import Store
from calaccess_desktop.settings import Settings
from tests.efile.helpers import FAST, FILER, PASSWORD
from tests.trust.data_file_support import assert_refused, make_demo, run_cli


def pdf_text(path: Path) -> str:
    """The PDF's text (pdftotext, layout kept)."""
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True)
    return done.stdout


def pages_drawn(path: Path, out: Path) -> list[Path]:
    """Every page drawn as PNG (pdftoppm): the PDF renders."""
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(out / "page")], check=True)
    return sorted(out.glob("page*.png"))


@pytest.fixture
def demo(store: Store) -> Store:
    with store.transaction() as s:
        create_demo(s)
        set_officers(s, 1, ["PRAC-CO"])
    return store


def test_mark_filed_on_paper_locks_files_and_keeps_the_exact_bytes(demo: Store) -> None:
    expected = export_statement(demo, 1)
    with demo.transaction() as s:
        mark = mark_filed(s, 1, on=dt.date(2026, 7, 30), how="personal", filing_id="PC-0042")
    with demo.read() as s:
        stmt = s.get(Statement, 1)
        sub = s.get(Submission, mark.submission_id)
        assert stmt is not None and sub is not None
        assert (stmt.status, stmt.locked, stmt.filing_id) == ("filed", True, "PC-0042")
        assert sub.cal_bytes == expected and sub.sha256 == hashlib.sha256(expected).hexdigest()
        assert (sub.protocol, sub.state, sub.officer) == ("paper", "accepted", "PRAC-CO")
        assert sub.options["how"] == "personal"
        assert sub.options["officer_name"] == "Practice County Registrar of Voters"
        # the outbox never sends it: it is not runnable, and listed as accepted
        assert mark.submission_id not in filing.runnable(s, due_only=False,
                                                          include_failed=True)
        assert filing.list_submissions(s, statement_id=1)[0].state == "accepted"
    assert STATUS_WORDS["filed"].lower().startswith("filed")


def test_mark_filed_refusals_are_in_words(demo: Store, tmp_path: Path) -> None:
    with demo.transaction() as s:
        with pytest.raises(PaperFilingError, match="future"):
            mark_filed(s, 1, on=dt.date.today() + dt.timedelta(days=1), how="mail")
        with pytest.raises(PaperFilingError, match="not one of"):
            mark_filed(s, 1, on=dt.date(2026, 7, 30), how="pigeon")
        with pytest.raises(PaperFilingError, match="does not file with"):
            mark_filed(s, 1, on=dt.date(2026, 7, 30), how="mail", officer_code="SFO")
    server = PracticeServer(tmp_path / "srv").start()
    try:
        with demo.transaction() as s:
            sub = filing.queue_statement(s, 2, server_url=server.url)
        with demo.transaction() as s, pytest.raises(PaperFilingError, match="outbox"):
            mark_filed(s, 2, on=dt.date(2026, 9, 24), how="overnight")
        with demo.transaction() as s:
            filing.withdraw(s, sub)
        with demo.transaction() as s:
            mark_filed(s, 2, on=dt.date(2026, 9, 24), how="overnight")
        with demo.transaction() as s, pytest.raises(PaperFilingError, match="already filed"):
            mark_filed(s, 2, on=dt.date(2026, 9, 24), how="overnight")
    finally:
        server.stop()


def test_receipt_of_a_paper_mark_is_rebuilt_exactly(demo: Store, tmp_path: Path) -> None:
    with demo.transaction() as s:
        mark = mark_filed(s, 1, on=dt.date(2026, 7, 30), how="mail", filing_id="PC-0042")
    with demo.read() as s:
        sha = s.get(Submission, mark.submission_id).sha256  # type: ignore[union-attr]
    first, pages = write_receipt(demo, 1, tmp_path / "r1.pdf")
    write_receipt(demo, 1, tmp_path / "r2.pdf")
    assert (tmp_path / "r1.pdf").read_bytes() == (tmp_path / "r2.pdf").read_bytes()
    text = pdf_text(tmp_path / "r1.pdf")
    for words in ("Proof of filing", "Practice County Registrar of Voters", "PC-0042",
                  "07/30/2026", "on paper, by mail", sha[:32], sha[32:],
                  "Every attempt, in order", "FILED with the Practice County Registrar"):
        assert words in text, words
    assert pages == 1 and len(pages_drawn(tmp_path / "r1.pdf", tmp_path)) == 1


def test_receipt_of_an_e_filing_has_the_attempt_log(store: Store, tmp_path: Path) -> None:
    with store.transaction() as s:
        create_demo(s)
    server = PracticeServer(tmp_path / "srv", faults="drop").start()
    try:
        with store.transaction() as s:
            sub_id = filing.queue_statement(s, 3, server_url=server.url)
        creds = filing.credentials(FILER, PASSWORD, Settings())
        report = filing.send(store, sub_id, creds, policy=FAST)
        assert report.submission.state == "accepted"
    finally:
        server.stop()
    with store.read() as s:
        data, _pages = receipt_pdf(s, sub_id)
        again, _ = receipt_pdf(s, sub_id)
    assert data == again
    (tmp_path / "r.pdf").write_bytes(data)
    text = pdf_text(tmp_path / "r.pdf")
    assert report.submission.filing_id in text and "PRACTICE FILING" in text
    assert "closed the connection" in text  # the dropped answer, in words
    assert "already has this submission" in text  # the lookup before any resend
    with store.read() as s, pytest.raises(NoReceipt, match="no accepted filing"):
        accepted_submission(s, 1)


def test_packet_first_page_then_the_statement_ready_to_sign(demo: Store, tmp_path: Path
                                                            ) -> None:
    pages = write_packet(demo, 2, tmp_path / "p.pdf")
    text = pdf_text(tmp_path / "p.pdf")
    first = text.split("\f")[0]
    assert "Filing packet" in first and "Practice County Registrar of Voters" in first
    assert "200 Courthouse Square" in first
    assert "Thursday, September 24, 2026" in first  # the calendar's due date
    assert "mark-filed 2" in first
    statement = text.split("\f")[1]
    assert "READY TO FILE" in statement and "DRAFT" not in statement
    assert "Page 1 of" in statement  # the statement keeps its own page numbers
    assert f"Packet page 1 of {pages}" in first
    assert len(pages_drawn(tmp_path / "p.pdf", tmp_path)) == pages


def test_packet_of_the_second_pre_election_statement_names_its_delivery(
        demo: Store) -> None:
    with demo.transaction() as s:
        sid = create_statement(s, 1, "F460", period_from=dt.date(2026, 9, 20),
                               period_through=dt.date(2026, 10, 17), stmt_type="PE",
                               election_date=dt.date(2026, 11, 3))
    with demo.read() as s:
        facts = packet_facts(s, sid)
    assert "second pre-election" in facts.statement
    assert facts.deadline == "Thursday, October 22, 2026"
    assert "personal delivery, guaranteed overnight delivery" in facts.rules[0]
    assert "Regular mail is not allowed" in facts.deadline_note


def test_packet_refuses_an_e_filing_officer_and_says_what_to_do(store: Store) -> None:
    with store.transaction() as s:
        create_demo(s)
    with store.read() as s, pytest.raises(PacketError, match="submit"):
        packet_facts(s, 1)
    with store.read() as s:
        assert packet_facts(s, 1, "SOS").officer == "Secretary of State"


def test_the_cli_marks_filed_prints_the_receipt_and_the_packet(tmp_path: Path) -> None:
    db = tmp_path / "d.sqlite"
    make_demo(tmp_path, db)
    ran = run_cli(tmp_path, "set-officer", "--db", str(db), "1", "PRAC-EM")
    assert ran.code == 0, ran.err
    ran = run_cli(tmp_path, "packet", "--db", str(db), "1", "-o", str(tmp_path / "p.pdf"))
    assert ran.code == 0, ran.err
    assert "filings@practice-town.example" in pdf_text(tmp_path / "p.pdf")
    ran = run_cli(tmp_path, "receipt", "--db", str(db), "1", "-o", str(tmp_path / "r.pdf"))
    assert_refused(ran, "no accepted filing")
    ran = run_cli(tmp_path, "mark-filed", "--db", str(db), "1", "--on", "2026-07-31",
                  "--how", "email")
    assert ran.code == 0, ran.err
    assert "by e-mail on 07/31/2026" in ran.out
    ran = run_cli(tmp_path, "list", "--db", str(db))
    assert "filed" in ran.out.splitlines()[1]
    ran = run_cli(tmp_path, "receipt", "--db", str(db), "1", "-o", str(tmp_path / "r.pdf"))
    assert ran.code == 0, ran.err
    assert "by e-mail" in pdf_text(tmp_path / "r.pdf")
    ran = run_cli(tmp_path, "mark-filed", "--db", str(db), "2", "--on", "07/31/2026",
                  "--how", "email")
    assert ran.code == 2 and "Traceback" not in ran.err and "year-month-day" in ran.err


def test_a_state_committees_form_497_cannot_be_marked_filed_on_paper(store: Store) -> None:
    with store.transaction() as s:
        create_demo(s)  # files with the Secretary of State
    with store.transaction() as s, pytest.raises(PaperFilingError, match="electronically"):
        mark_filed(s, 3, on=dt.date(2026, 8, 12), how="overnight")
    with store.transaction() as s:
        set_officers(s, 1, ["PRAC-CO"])
    with store.transaction() as s:  # a local committee's paper 497 is fine
        assert mark_filed(s, 3, on=dt.date(2026, 8, 12), how="overnight").how == "overnight"


def test_packet_of_a_late_report_has_the_statement_lists_due_date(store: Store) -> None:
    from calaccess_desktop.forms.filing_calendar import long_day
    from calaccess_desktop.services.statement_list import due_dates

    with store.transaction() as s:
        create_demo(s)
        set_officers(s, 1, ["SOS", "PRAC-EM"])
    with store.read() as s:
        facts = packet_facts(s, 3)
        due = due_dates(s, [s.get(Statement, 3)])[3]  # type: ignore[list-item]
    assert due is not None and facts.deadline.startswith(long_day(due))
    assert facts.officer == "Practice Town Clerk"
    assert facts.deliver_to == ("filings@practice-town.example",)
    assert "regular mail is not allowed" in facts.rules[0]
    assert any("verified digital signature" in step for step in facts.steps)


def test_dates_and_submissions_that_do_not_belong_are_refused(demo: Store, tmp_path: Path
                                                              ) -> None:
    with demo.transaction() as s, pytest.raises(PaperFilingError, match="before the"):
        mark_filed(s, 1, on=dt.date(1, 1, 1), how="mail")
    with demo.transaction() as s:
        sub_id = mark_filed(s, 1, on=dt.date(2026, 7, 31), how="mail").submission_id
    with pytest.raises(NoReceipt, match="not of statement 2"):
        write_receipt(demo, 2, tmp_path / "r.pdf", submission_id=sub_id)
    assert not (tmp_path / "r.pdf").exists()
