"""Helpers of the NetFile tests: queue through the committee's filing officer, send fast,
read what the NetFile practice server holds."""

from __future__ import annotations

import json
import sqlite3
import time
from typing import Any

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.netfile.store import ACCEPTED
from calaccess_desktop.efile.outbox import Policy
from calaccess_desktop.efile.protocol import Credentials, Signer
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store

FILER = "PRAC-123456"
PASSWORD = "City-e-filing-pw-7!"
SIGNER = "TREAS-77"
PIN = "Pin-7731-xq"
FAST = Policy(rounds=4, base_delay=0.05, max_delay=0.2, poll_first=0.02, poll_max=0.1,
              polls=20, jitter=0.0)


def city_creds() -> Credentials:
    """The committee's credentials at the practice city, with the treasurer's signer PIN."""
    return Credentials(FILER, PASSWORD, "CALDESK", "vendor-pin-1", (Signer(SIGNER, PIN),))


def queue(store: Store, server: NetFilePracticeServer, statement_id: int,
          signers: tuple[str, ...] = (SIGNER,)) -> int:
    """Queue a statement where its committee files (NetFile, filer FILER)."""
    with store.transaction() as session:
        dest = filing.destination_for(session, statement_id, default_url="http://127.0.0.1:1",
                                      server_url=server.url, filer_id=FILER,
                                      email="treasurer@example.org", signer_ids=signers)
        return filing.queue_statement(session, statement_id, server_url=dest.server_url,
                                      destination=dest)


def send(store: Store, sub_id: int, creds: Credentials, read_timeout: float = 5.0
         ) -> filing.SendReport:
    """One run of the outbox for one submission, with short waits."""
    return filing.send(store, sub_id, creds, policy=FAST,
                       transport_for=filing.http_transports(2.0, read_timeout),
                       sleep=lambda s: time.sleep(min(s, 0.05)))


def jobs(server: NetFilePracticeServer) -> list[dict[str, Any]]:
    """Every job the server made (one per SubmitEfile it received), from its own file."""
    con = sqlite3.connect(server.store.path)
    con.row_factory = sqlite3.Row
    try:
        rows = con.execute("SELECT * FROM jobs ORDER BY rowid").fetchall()
        return [dict(r) | {"signer_ids": json.loads(r["signer_ids"])} for r in rows]
    finally:
        con.close()


def filed(server: NetFilePracticeServer) -> list[dict[str, Any]]:
    """The server's accepted filings."""
    return [j for j in jobs(server) if j["result"] == ACCEPTED]


def log_of(store: Store, sub_id: int) -> str:
    with store.read() as session:
        return filing.attempt_log(session, sub_id)


def uploads(log: str) -> int:
    """How many uploads the attempt log says were started."""
    return sum(1 for line in log.splitlines() if " upload   sending " in line)
