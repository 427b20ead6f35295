"""Helpers shared by the e-filing tests."""

from __future__ import annotations

import json
import re
import sqlite3
from typing import Any

from calaccess_desktop.efile.outbox import Policy
from calaccess_desktop.efile.practice_server import PracticeServer

PASSWORD = "Tr3asurer-s3cret-pw!"
FILER = "1449876"
FAST = Policy(rounds=6, base_delay=0.05, max_delay=0.2, poll_first=0.02, poll_max=0.1,
              polls=30, jitter=0.0)


def server_jobs(server: PracticeServer) -> list[dict[str, Any]]:
    """Every job the server stored, read from its own SQLite file."""
    con = sqlite3.connect(server.store.path)
    con.row_factory = sqlite3.Row
    try:
        rows = con.execute("SELECT * FROM jobs ORDER BY rowid").fetchall()
        return [dict(r) | {"messages": json.loads(r["messages"])} for r in rows]
    finally:
        con.close()


def accepted_filings(server: PracticeServer) -> list[dict[str, Any]]:
    """The server's accepted filings."""
    return [j for j in server_jobs(server) if j["status"] == "accepted"]


def upload_starts(log: str) -> int:
    """How many uploads the attempt log says were started."""
    return len(re.findall(r"^\S+\s+\d+\s+upload\s+sending \d+ bytes", log, re.M))
