"""The sending process is killed at every step of a NetFile filing; no statement is ever
filed twice (the server files duplicates here, so a second upload would show)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from calaccess_desktop.efile.netfile.client import NetFileTransport
from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.protocol import Credentials, JobStatus, Upload
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile.test_kill import fast_settings, wait_for  # noqa: F401 (a fixture)
from tests.efile_netfile.helpers import FAST, FILER, PASSWORD, PIN, SIGNER, filed, jobs, queue

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def cli(db: Path, config: Path, *args: str, stdin: str = "") -> subprocess.Popen[str]:
    """Start the command (to be killed)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "calaccess_desktop", *args, "--db", str(db)],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "CALACCESS_CONFIG_DIR": str(config)})
    assert proc.stdin is not None
    proc.stdin.write(stdin)
    proc.stdin.close()
    return proc


def run(db: Path, config: Path, *args: str, stdin: str = "") -> tuple[int, str]:
    """Run the command to its end: (exit status, what it printed)."""
    done = subprocess.run([sys.executable, "-m", "calaccess_desktop", *args, "--db", str(db)],
                          input=stdin, capture_output=True, text=True, timeout=120,
                          env={**os.environ, "CALACCESS_CONFIG_DIR": str(config)})
    return done.returncode, done.stdout + done.stderr


def state(db: Path) -> str:
    con = sqlite3.connect(db, timeout=10)
    try:
        row = con.execute("SELECT state FROM submissions").fetchone()
        return str(row[0]) if row else ""
    finally:
        con.close()


def polled(db: Path) -> bool:
    con = sqlite3.connect(db, timeout=10)
    try:
        return bool(con.execute("SELECT count(*) FROM submission_events WHERE action = 'poll'"
                                ).fetchone()[0])
    finally:
        con.close()


def submit(db: Path, config: Path, server: NetFilePracticeServer) -> subprocess.Popen[str]:
    return cli(db, config, "submit", "1", "--server", server.url, "--filer-id", FILER,
               "--signer", SIGNER, "--password-stdin", stdin=f"{PASSWORD}\n{PIN}\n")


def finish(db: Path, config: Path) -> str:
    return run(db, config, "outbox", "--retry", "--password-stdin",
               stdin=f"{PASSWORD}\n{PIN}\n")[1]


def test_killed_after_the_server_stored_it(
        city: Store, db_path: Path, netfile: NetFilePracticeServer,
        fast_settings: Path) -> None:  # noqa: F811
    netfile.faults.replace("hang=60")
    proc = submit(db_path, fast_settings, netfile)
    wait_for(lambda: jobs(netfile), "the server to store the upload")
    assert state(db_path) == "sending"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    out = finish(db_path, fast_settings)
    assert "Held: submission 1 was sent, but no clear answer came back" in out
    assert "outbox --received 1 --filing-id ID" in out
    assert len(jobs(netfile)) == 1  # nothing was sent again
    fid = f"PRAC-{filed(netfile)[0]['filing_number']}"
    code, out = run(db_path, fast_settings, "outbox", "--received", "1", "--filing-id", fid)
    assert code == 0, out
    assert f"recorded as filed: {fid}" in out
    with city.read() as session:
        [row] = filing.list_submissions(session)
        log = filing.attempt_log(session, row.id)
        assert (row.state, row.filing_id) == ("accepted", fid)
        assert session.get(filing.Statement, 1).status == "filed"  # type: ignore[union-attr]
    assert "attempt 2 started after an interrupted attempt" in log
    assert "the previous upload was interrupted before the server answered" in log
    assert len(jobs(netfile)) == 1


def test_killed_while_polling_the_job(
        city: Store, db_path: Path, netfile: NetFilePracticeServer,
        fast_settings: Path) -> None:  # noqa: F811
    netfile.faults.replace("processing*100000")
    proc = submit(db_path, fast_settings, netfile)
    wait_for(lambda: state(db_path) == "awaiting_ack" and polled(db_path),
             "the client to poll the job")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    netfile.faults.replace("")

    out = finish(db_path, fast_settings)
    assert "Accepted: statement 1 was filed as PRAC-9" in out
    assert len(jobs(netfile)) == 1 and len(filed(netfile)) == 1


class Crash(BaseException):
    """The process dying (no except clause catches it, no state is written)."""


class CrashingNetFile(NetFileTransport):
    """Dies in the upload: before the request leaves, or after the server stored it."""

    def __init__(self, url: str, *, after_send: bool) -> None:
        super().__init__(url, connect_timeout=2, read_timeout=5)
        self.after_send = after_send

    def upload(self, upload: Upload, creds: Credentials) -> JobStatus:
        if self.after_send:
            super().upload(upload, creds)
        raise Crash


@pytest.mark.parametrize("after_send", [False, True], ids=["before-send", "after-send"])
def test_crash_inside_the_upload_is_held_then_answered(
        city: Store, netfile: NetFilePracticeServer, creds: Credentials,
        after_send: bool) -> None:
    sub = queue(city, netfile, 3)
    with pytest.raises(Crash):
        filing.send(city, sub, creds, policy=FAST, sleep=lambda _s: None,
                    transport_for=lambda _p, url: CrashingNetFile(url, after_send=after_send))
    assert len(jobs(netfile)) == (1 if after_send else 0)
    rep = filing.send(city, sub, creds, policy=FAST, sleep=lambda _s: None)
    assert rep.submission.state == "held"
    assert len(jobs(netfile)) == (1 if after_send else 0)
    with city.transaction() as session:
        if after_send:
            filing.held_received(session, sub, f"PRAC-{filed(netfile)[0]['filing_number']}")
        else:
            filing.held_not_received(session, sub)
    final = filing.send(city, sub, creds, policy=FAST, sleep=lambda _s: None).submission
    assert final.state == "accepted"
    assert len(jobs(netfile)) == 1 and len(filed(netfile)) == 1
