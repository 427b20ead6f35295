"""The client is killed at the worst moments; the outbox finishes the job exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calaccess_desktop.efile.practice_server import PracticeServer
from calaccess_desktop.efile.protocol import Credentials, Upload
from calaccess_desktop.efile.transport import HttpTransport
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile.helpers import FAST, PASSWORD, accepted_filings, server_jobs, upload_starts

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def command(db: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "calaccess_desktop", *args, "--db", str(db)]


def cli(db: Path, config: Path, *args: str) -> subprocess.Popen[str]:
    """Start the command with the password on its standard input."""
    proc = subprocess.Popen(
        command(db, *args), stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "CALACCESS_CONFIG_DIR": str(config)},
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSWORD + "\n")
    proc.stdin.close()
    return proc


def submission_state(db: Path) -> tuple[str, int] | None:
    con = sqlite3.connect(db, timeout=10)
    try:
        row = con.execute("SELECT state, maybe_on_server FROM submissions").fetchone()
        return (row[0], row[1]) if row else None
    finally:
        con.close()


def polled(db: Path) -> bool:
    con = sqlite3.connect(db, timeout=10)
    try:
        return bool(con.execute(
            "SELECT count(*) FROM submission_events WHERE action = 'poll'").fetchone()[0])
    finally:
        con.close()


def wait_for(condition: object, what: str, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def fast_settings(tmp_path: Path) -> Path:
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({
        "version": 1, "retry_base_seconds": 0.05, "retry_max_seconds": 0.2,
        "poll_first_seconds": 0.05, "read_timeout": 60}))
    return folder


def finish_with_retry(db: Path, config: Path) -> str:
    done = subprocess.run(command(db, "outbox", "--retry", "--password-stdin"),
                          input=PASSWORD + "\n", capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CALACCESS_CONFIG_DIR": str(config)})
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def test_killed_between_upload_and_acknowledgement(
        demo: Store, db_path: Path, practice: PracticeServer, fast_settings: Path) -> None:
    practice.faults.replace("hang=60")  # store the upload, then hold the answer back
    proc = cli(db_path, fast_settings, "submit", "1", "--server", practice.url,
               "--password-stdin")
    wait_for(lambda: server_jobs(practice), "the server to store the upload")
    assert submission_state(db_path) == ("sending", 1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    out = finish_with_retry(db_path, fast_settings)
    assert "Accepted: statement 1 was filed as CA-9000001" in out
    jobs = server_jobs(practice)
    assert len(jobs) == 1 and len(accepted_filings(practice)) == 1
    with demo.read() as session:
        [row] = filing.list_submissions(session)
        log = filing.attempt_log(session, row.id)
        assert row.state == "accepted" and row.filing_id == "CA-9000001"
        assert session.get(filing.Statement, 1).status == "filed"  # type: ignore[union-attr]
    assert upload_starts(log) == 1
    assert "attempt 2 started after an interrupted attempt" in log
    assert "the previous upload was interrupted before the server answered" in log
    assert "the server already has this submission as job" in log


def test_killed_while_waiting_for_the_result(
        demo: Store, db_path: Path, practice: PracticeServer, fast_settings: Path) -> None:
    practice.faults.replace("processing*100000")  # the job never seems to finish
    proc = cli(db_path, fast_settings, "submit", "2", "--server", practice.url,
               "--password-stdin")
    wait_for(lambda: submission_state(db_path) == ("awaiting_ack", 1) and polled(db_path),
             "the client to poll the job")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    practice.faults.replace("")

    out = finish_with_retry(db_path, fast_settings)
    assert "Accepted: statement 2" in out
    assert len(server_jobs(practice)) == 1 and len(accepted_filings(practice)) == 1
    with demo.read() as session:
        log = filing.attempt_log(session, filing.list_submissions(session)[0].id)
    assert upload_starts(log) == 1 and "is still being processed" in log


class Crash(BaseException):
    """Stands for the process dying (no except clause catches it, no state is written)."""


class CrashingTransport(HttpTransport):
    """Dies during the upload: before the request leaves, or after the server stored it."""

    def __init__(self, url: str, *, after_send: bool) -> None:
        super().__init__(url, connect_timeout=2, read_timeout=5)
        self.after_send = after_send

    def upload(self, upload: Upload, creds: Credentials) -> filing.JobStatus:
        if self.after_send:
            super().upload(upload, creds)
        raise Crash


@pytest.mark.parametrize("after_send", [False, True], ids=["before-send", "after-send"])
def test_crash_inside_the_upload_then_resume(demo: Store, practice: PracticeServer,
                                             creds: Credentials, after_send: bool) -> None:
    with demo.transaction() as session:
        sub_id = filing.queue_statement(session, 3, server_url=practice.url)
    with pytest.raises(Crash):
        filing.send(demo, sub_id, creds, policy=FAST,
                    transport_for=lambda _p, url: CrashingTransport(url, after_send=after_send),
                    sleep=lambda _s: None)
    with demo.read() as session:
        assert filing.list_submissions(session)[0].state == "sending"
    assert len(server_jobs(practice)) == (1 if after_send else 0)

    rep = filing.send(demo, sub_id, creds, policy=FAST, sleep=lambda _s: None)
    assert rep.submission.state == "accepted"
    assert len(server_jobs(practice)) == 1 and len(accepted_filings(practice)) == 1
    with demo.read() as session:
        log = filing.attempt_log(session, sub_id)
    assert upload_starts(log) == (1 if after_send else 2)
    expected = ("the server already has this submission" if after_send
                else "the server has no filing with this submission's key")
    assert expected in log
