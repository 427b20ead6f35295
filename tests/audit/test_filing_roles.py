"""Only a treasurer files: a preparer is refused at the service, on the command line
(and in the window: tests/audit/test_gui.py); the outbox and the trail say who filed."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Statement, Submission
from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.services import filing
from calaccess_desktop.services.paper_filing import mark_filed
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import LoginNeeded, NotAllowed, login
from tests.audit.conftest import PASSWORDS

FILER_PASSWORD = "Tr3asurer-s3cret-pw!"  # the practice server's password of the demo filer


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, user: str | None,
        *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(FILER_PASSWORD + "\n"))
    if user is not None:
        monkeypatch.setenv("CALACCESS_PASSWORD", PASSWORDS[user])
        argv = ("--user", user, *argv)
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.out, out.err


def test_a_preparer_cannot_file_amend_or_mark_filed(office: Store,
                                                    practice: PracticeServer) -> None:
    with pytest.raises(LoginNeeded), office.transaction() as s:
        filing.queue_statement(s, 3, server_url=practice.url)  # nobody logged in
    login(office, "Pat", PASSWORDS["Pat"])
    refused = "Pat is a preparer: a preparer may not file a statement"
    with pytest.raises(NotAllowed, match=refused), office.transaction() as s:
        filing.queue_statement(s, 3, server_url=practice.url)
    with pytest.raises(NotAllowed, match="file a statement"), office.transaction() as s:
        mark_filed(s, 2, on=dt.date(2026, 9, 24), how="personal")
    with office.read() as s:
        assert s.query(Submission).count() == 0
        assert s.get(Statement, 3).status == "draft"  # type: ignore[union-attr]
    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        sub_id = filing.queue_statement(s, 3, server_url=practice.url)
    with office.read() as s:
        assert "queued by Lee (treasurer)" in filing.attempt_log(s, sub_id)


def test_a_preparers_window_leaves_the_outbox_for_the_treasurer(
        office: Store, practice: PracticeServer) -> None:
    from calaccess_desktop.efile.protocol import Credentials

    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        sub_id = filing.queue_statement(s, 3, server_url=practice.url)
    login(office, "Pat", PASSWORDS["Pat"])
    creds = Credentials("1449876", FILER_PASSWORD, "CALDESK", "")
    [rep] = filing.process_outbox(office, lambda _filer: creds)
    assert "not sent" in rep.note and "Pat is a preparer" in rep.note
    assert rep.submission.state == "queued"
    with pytest.raises(NotAllowed):
        filing.send(office, sub_id, creds)
    login(office, "Lee", PASSWORDS["Lee"])
    [rep] = filing.process_outbox(office, lambda _filer: creds)
    assert rep.submission.state == "accepted"
    with office.read() as s:
        assert "sent by Lee (treasurer)" in filing.attempt_log(s, sub_id)


def test_on_the_command_line_only_the_treasurer_files(
        office: Store, db_path: Path, practice: PracticeServer, config_dir: Path,
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(db_path)
    code, _out, err = cli(capsys, monkeypatch, None, "submit", "3", "--server", practice.url,
                          "--queue-only", "--db", db)
    assert code == 1 and "This data file has users: log in to file a statement" in err
    code, _out, err = cli(capsys, monkeypatch, "Pat", "submit", "3", "--server", practice.url,
                          "--queue-only", "--db", db)
    assert code == 1 and "Pat is a preparer: a preparer may not file a statement" in err
    code, _out, err = cli(capsys, monkeypatch, "Pat", "mark-filed", "2", "--on", "2026-09-24",
                          "--how", "personal", "--db", db)
    assert code == 1 and "only a treasurer may" in err
    monkeypatch.setenv("CALACCESS_PASSWORD", "a-wrong-password")
    code = main(["submit", "3", "--server", practice.url, "--queue-only", "--db", db,
                 "--user", "Lee"])
    err = capsys.readouterr().err
    assert code == 1 and "no user 'Lee' with that password" in err and "Traceback" not in err
    code, out, _err = cli(capsys, monkeypatch, "Lee", "submit", "3", "--server", practice.url,
                          "--queue-only", "--db", db)
    assert code == 0 and "frozen for filing as submission 1" in out
    code, out, _err = cli(capsys, monkeypatch, "Lee", "outbox", "--retry", "--password-stdin",
                          "--db", db)
    assert code == 0 and "Accepted: statement 3" in out
    code, out, _err = cli(capsys, monkeypatch, None, "outbox", "--log", "1", "--json",
                          "--db", db)
    outcomes = [e["outcome"] for e in json.loads(out)["events"]]
    assert any("queued by Lee (treasurer)" in o for o in outcomes)
    assert "sent by Lee (treasurer)" in outcomes
    code, out, _err = cli(capsys, monkeypatch, None, "audit", "3", "--db", db)
    assert "Lee (treasurer): Queued for filing (original) as submission 1" in out
    assert "Lee (treasurer): Sent submission 1 to" in out
    assert "status: draft -> queued" in out


def test_a_treasurer_amends_and_a_preparer_may_not(
        office: Store, practice: PracticeServer) -> None:
    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        mark_filed(s, 2, on=dt.date(2026, 9, 24), how="personal")
    login(office, "Pat", PASSWORDS["Pat"])
    with pytest.raises(NotAllowed, match="amend a filed statement"), office.transaction() as s:
        filing.amend(s, 2, "a typo")
    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        new_id = filing.amend(s, 2, "a typo")
    with office.read() as s:
        assert s.get(Statement, new_id).amends_statement_id == 2  # type: ignore[union-attr]
