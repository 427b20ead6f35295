"""A filing server's findings are shown in the app's words: the schedule, the entry
(transaction ID and who it is about) and the entry form's own field label, with the
server's text kept beside it. Real submissions of the demo to the practice server:
accepted with warnings (Loan_Adr2, Sup_Opp_Cd) and rejected (an empty Stmt_Type)."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Message
from calaccess_desktop.services import filing, profile_fields
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.entry_fields import entry_groups
from calaccess_desktop.services.filing.wording import in_app_words
from calaccess_desktop.services.store import Store
from tests.efile.helpers import PASSWORD, server_jobs


@pytest.fixture
def server(tmp_path: Path) -> Iterator[PracticeServer]:
    s = PracticeServer(tmp_path / "server").start()
    yield s
    s.stop()


@pytest.fixture
def demo_store(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    """The demo committee in a real data file; settings in an empty folder."""
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    with store.transaction() as session:
        create_demo(session)
    return store


def form_label(rec_type: str, form_type: str, name: str) -> str:
    """The label the entry form shows for a field."""
    for group in entry_groups(rec_type, form_type):
        for info in group.fields:
            if info.name == name:
                return info.label
    raise AssertionError(f"{name} is not on the {rec_type} {form_type} entry form")


def sent_record(data: bytes, rec_type: str, form_type: str) -> tuple[int, list[str]]:
    """(line number, values) of the first such record in the bytes the server stored."""
    for number, values in enumerate(csv.reader(io.StringIO(data.decode())), start=1):
        if values[:2] == [rec_type, form_type]:
            return number, values
    raise AssertionError(f"no {rec_type} {form_type} record was sent")


def app_lines(out: str) -> list[str]:
    return [line.strip() for line in out.splitlines()
            if line.startswith("  ") and not line.startswith("    ")]


def test_warnings_of_an_accepted_filing_name_schedule_entry_and_label(
        tmp_path: Path, server: PracticeServer) -> None:
    env = {**os.environ, "CALACCESS_CONFIG_DIR": str(tmp_path / "config"),
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    db = str(tmp_path / "data.sqlite")
    subprocess.run([sys.executable, "-m", "calaccess_desktop", "demo", "--db", db], env=env,
                   check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-m", "calaccess_desktop", "submit", "1", "--server", server.url,
         "--password-stdin", "--db", db], env=env, input=PASSWORD + "\n", capture_output=True,
        text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    [job] = server_jobs(server)
    said = {(m["record"], m["field_name"]) for m in job["messages"]}
    assert {("LOAN B1", "Loan_Adr2"), ("CVR F460", "Sup_Opp_Cd")} <= said  # as the server says

    line, loan = sent_record(job["data"], "LOAN", "B1")
    lender = form_label("LOAN", "B1", "Loan_Adr2")
    ours = app_lines(done.stdout)
    expected = (f"Warning on Schedule B Part 1 (Loans Received), entry {loan[2]} "
                f"({loan[6]} {loan[5]}): {lender} is empty")
    assert any(text.startswith(expected) for text in ours), ours
    support = profile_fields.FIELDS["Sup_Opp_Cd"].label
    assert any(text.startswith(f"Warning on the cover page: {support} is empty")
               for text in ours), ours
    for text in ours:  # the app's words carry no field names or numbers
        assert "field #" not in text and "Loan_Adr2" not in text and "Sup_Opp_Cd" not in text
    assert f"the server said: Warning (line {line}, record LOAN B1, field #11 Loan_Adr2): " \
           in done.stdout  # the server's own words stay available

    log = subprocess.run([sys.executable, "-m", "calaccess_desktop", "outbox", "--log", "1",
                          "--db", db], env=env, capture_output=True, text=True, timeout=120)
    assert log.returncode == 0
    assert expected in log.stdout  # the log says it in the app's words only
    assert "Loan_Adr2" not in log.stdout and "field #" not in log.stdout
    assert "{" not in log.stdout  # no raw server JSON
    raw = subprocess.run([sys.executable, "-m", "calaccess_desktop", "outbox", "--log", "1",
                          "--json", "--db", db], env=env, capture_output=True, text=True,
                         timeout=120)
    said_raw = json.loads(raw.stdout)
    assert any(m["server_said"].startswith(
        f"Warning (line {line}, record LOAN B1, field #11 Loan_Adr2)")
        for m in said_raw["messages"])  # the server's own words, as data
    assert any('"messages"' in e["answer"] for e in said_raw["events"] if e["answer"])


def test_errors_of_a_rejected_filing_in_the_apps_words(
        demo_store: Store, db_path: Path, server: PracticeServer,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with demo_store.transaction() as session:  # a Cx field the SOS requires on F460: rejected
        stmt = session.get(Statement, 1)
        assert stmt is not None
        cover = list(stmt.cover)
        cover[10] = ""  # field #11 Stmt_Type
        stmt.cover = cover
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code = main(["submit", "1", "--server", server.url, "--password-stdin",
                 "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 1 and "Rejected:" in out
    ours = app_lines(out)
    assert ours[0].startswith("Error on the cover page: ")  # errors first
    errors = [t for t in ours if t.startswith("Error")]
    assert len(errors) == 1 and "Stmt_Type" not in errors[0] and "field #" not in errors[0]
    assert errors[0].startswith("Error on the cover page: Type of statement ")  # the check's
    assert "the server said: Error (line 2, record CVR F460, field #11 Stmt_Type)" in out
    with demo_store.read() as session:
        [sub] = filing.list_submissions(session, statement_id=1)
        assert sub.state == "rejected"
        [first] = filing.server_findings_detail(session, sub.id)[:1]
        assert first.is_error and first.text == errors[0] and "Stmt_Type" in first.details


def test_field_numbers_and_names_inside_a_servers_text_become_labels(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url="http://127.0.0.1:9")
        data = filing.submission_data(session, sub_id)
    line, loan = sent_record(data, "LOAN", "B1")
    [found] = in_app_words([Message("warning", line, "LOAN B1", 0,
                                    "field #11 is blank although Loan_City is given")], data)
    assert found.text == (f"Warning on Schedule B Part 1 (Loans Received), entry {loan[2]} "
                          f"({loan[6]} {loan[5]}): “{form_label('LOAN', 'B1', 'Loan_Adr2')}”"
                          f" is blank although “{form_label('LOAN', 'B1', 'Loan_City')}” is "
                          "given.")
    assert found.details == (f"Warning (line {line}, record LOAN B1): field #11 is blank "
                             "although Loan_City is given")
    assert found.tran_id == loan[2]


@pytest.mark.gui
def test_the_outbox_window_shows_the_apps_words_and_the_servers_on_request(
        qtbot, make_window, demo_ids, server: PracticeServer, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from calaccess_desktop.efile.protocol import Credentials
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox
    from tests.efile.helpers import FAST

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    window = make_window(restore=False)
    store = window.ctx.store
    with store.transaction() as session:
        sub_id = filing.queue_statement(session, demo_ids[1][0], server_url=server.url)
    rep = filing.send(store, sub_id, Credentials("1449876", PASSWORD, "CALDESK"),
                      policy=FAST, sleep=lambda _s: None)
    assert rep.submission.state == "accepted"
    dialog = show_outbox(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.view.selectRow(0)
    lender = form_label("LOAN", "B1", "Loan_Adr2")
    qtbot.waitUntil(lambda: f"{lender} is empty" in dialog.detail.text(), timeout=5000)
    assert "Loan_Adr2" not in dialog.detail.text() and "field #" not in dialog.detail.text()
    assert "field #11 Loan_Adr2" in dialog.detail.toolTip()
    assert dialog.server_words.isVisibleTo(dialog)
    dialog.server_words.setChecked(True)
    assert "the server said: Warning (line" in dialog.detail.text()
    assert "field #11 Loan_Adr2" in dialog.detail.text()
    dialog.server_words.setChecked(False)
    assert "Loan_Adr2" not in dialog.detail.text()


def test_a_summary_line_is_named_as_the_form_names_it(demo_store: Store) -> None:
    from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES, SUMMARY_LINES

    with demo_store.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url="http://127.0.0.1:9")
        data = filing.submission_data(session, sub_id)
    total, _ = sent_record(data, "SMRY", "F460")
    sched, _ = sent_record(data, "SMRY", "A")
    found = in_app_words([Message("error", total, "SMRY F460", 4, "does not add up",
                                  "Amount_A"),
                          Message("error", sched, "SMRY A", 4, "does not add up",
                                  "Amount_A")], data)
    assert found[0].text.startswith(
        f"Error on the summary page, line 1 ({SUMMARY_LINES['1']}): ")
    assert found[1].text.startswith(
        f"Error on the summary of Schedule A, line 1 ({SCHEDULE_LINES['A']['1']}): ")
    assert "Amount_A" not in found[0].text and "Amount_A" in found[0].details


def test_a_servers_control_characters_never_reach_the_screen(demo_store: Store) -> None:
    with demo_store.transaction() as session:
        sub_id = filing.queue_statement(session, 1, server_url="http://127.0.0.1:9")
        data = filing.submission_data(session, sub_id)
    [found] = in_app_words([Message("error", 0, "CVR\x1b[2J", 0, "bad\x1b]0;x\x07 " + "y" * 5000,
                                    "F\x00")], data)
    for text in (found.text, found.details):
        assert all(c.isprintable() for c in text)
    assert len(found.text) < 1100
