"""The practice server's own SQLite file: filers, jobs (uploads with their verdicts), and
filing IDs. One lock serialises judging, so amendment numbers are checked atomically.

The file is created readable by its owner only (0600; SQLite gives its -wal and -shm
files the same mode) in a folder created 0700. A folder that is a file, cannot be
created or written, or a file that is not the practice server's, is refused with a
``PracticeStoreError`` naming it, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

from calaccess_desktop.efile.judge import Original, judge
from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    PROCESSING,
    REJECTED,
    normalize_filing_id,
    sha256_hex,
)
from calaccess_desktop.errors import UserError

FIRST_FILING_NUMBER = 9000001
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS filers (
    filer_id TEXT PRIMARY KEY, salt BLOB NOT NULL, pw_hash BLOB NOT NULL, created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS jobs (
    job_id TEXT PRIMARY KEY, filer_id TEXT NOT NULL, idempotency_key TEXT NOT NULL,
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, data BLOB NOT NULL, vendor_id TEXT NOT NULL,
    received_at TEXT NOT NULL, status TEXT NOT NULL, filing_number INTEGER UNIQUE,
    filed_at TEXT, form_type TEXT NOT NULL DEFAULT '', report_num INTEGER NOT NULL DEFAULT 0,
    amends_filing_id TEXT NOT NULL DEFAULT '', original_filing_id TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '', messages TEXT NOT NULL DEFAULT '[]',
    UNIQUE (filer_id, idempotency_key)
);
"""


def pacific_now() -> dt.datetime:
    """Now in California (UTC when the time zone data is missing)."""
    try:
        from zoneinfo import ZoneInfo

        return dt.datetime.now(ZoneInfo("America/Los_Angeles")).replace(microsecond=0)
    except Exception:
        return dt.datetime.now(dt.UTC).replace(microsecond=0)


@contextmanager
def immediate_transaction(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a practice server's file in one write transaction (WAL, rows by
    name), committed on success and rolled back on any failure."""
    con = sqlite3.connect(path, timeout=30, isolation_level=None)
    con.row_factory = sqlite3.Row
    try:
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("BEGIN IMMEDIATE")
        try:
            yield con
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")
    finally:
        con.close()


class PracticeStoreError(UserError):
    """The practice server's folder or file cannot be used; the message says why."""


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and missing parents) as 0700; PracticeStoreError in plain words."""
    missing = []
    for p in (folder, *folder.parents):
        if p.exists() or p.is_symlink():
            if not p.is_dir():
                raise PracticeStoreError(
                    f"{p} is a file, not a folder; give --data a folder where the practice "
                    "server can keep its file (it is created if missing)")
            break
        missing.append(p)
    for p in reversed(missing):
        try:
            p.mkdir(mode=0o700)
        except FileExistsError:
            continue
        except OSError as exc:
            raise PracticeStoreError(
                f"the folder {p} cannot be created ({exc.strerror or exc}); give --data a "
                "folder you can write to") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise PracticeStoreError(f"the folder {folder} cannot be written to (permission "
                                 "denied); give --data a folder you can write to")


class PracticeStore:
    """The server's own SQLite file."""

    def __init__(self, path: Path) -> None:
        make_private_folder(path.parent)
        self.path = path
        self.lock = threading.RLock()
        _check_existing(path)
        try:
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
        except OSError as exc:
            raise PracticeStoreError(f"the practice server's file {path} cannot be opened "
                                     f"({exc.strerror or exc})") from None
        try:
            con = sqlite3.connect(self.path)
            try:
                con.executescript(SCHEMA)
                con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', '1')")
                con.commit()
            finally:
                con.close()
        except sqlite3.Error as exc:
            raise PracticeStoreError(f"the practice server's file {path} cannot be used "
                                     f"({exc}); give --data another folder") from None

    def connect(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection in one transaction, committed on success."""
        return immediate_transaction(self.path)

    def check_password(self, filer_id: str, password: str) -> bool:
        """True for the filer's password; the first password seen becomes it."""
        with self.lock, self.connect() as con:
            row = con.execute("SELECT salt, pw_hash FROM filers WHERE filer_id = ?",
                              (filer_id,)).fetchone()
            if row is None:
                salt = os.urandom(16)
                con.execute("INSERT INTO filers VALUES (?, ?, ?, ?)",
                            (filer_id, salt, _hash(password, salt), pacific_now().isoformat()))
                return True
            return hmac.compare_digest(_hash(password, row["salt"]), row["pw_hash"])

    def by_key(self, con: sqlite3.Connection, filer_id: str, key: str) -> sqlite3.Row | None:
        """The job this filer made with this idempotency key."""
        row: sqlite3.Row | None = con.execute(
            "SELECT * FROM jobs WHERE filer_id = ? AND idempotency_key = ?", (filer_id, key)
        ).fetchone()
        return row

    def job(self, job_id: str) -> sqlite3.Row | None:
        """A job by id."""
        with self.connect() as con:
            row: sqlite3.Row | None = con.execute(
                "SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            return row

    def find_original(self, con: sqlite3.Connection, filing_id: str) -> Original | None:
        """An accepted filing and the highest accepted amendment of its group."""
        number = _number(filing_id)
        row = con.execute("SELECT * FROM jobs WHERE filing_number = ? AND status = ?",
                          (number, ACCEPTED)).fetchone()
        if row is None:
            return None
        highest = con.execute(
            "SELECT max(report_num) FROM jobs WHERE original_filing_id = ? AND status = ?",
            (_fid(row["filing_number"]), ACCEPTED)).fetchone()[0]
        return Original(_fid(row["filing_number"]), row["filer_id"], row["form_type"],
                        row["report_num"], int(highest or 0), row["original_filing_id"])

    def receive(self, *, filer_id: str, key: str, data: bytes, vendor_id: str, amends: str,
                amendment: int | None) -> tuple[sqlite3.Row, bool]:
        """Store and judge an upload (once per key); returns (job row, was it a duplicate)."""
        with self.lock, self.connect() as con:
            old = self.by_key(con, filer_id, key)
            if old is not None:
                return old, True
            verdict = judge(data, filer_id=filer_id, amends_filing_id=amends,
                            amendment_number=amendment,
                            find_original=lambda fid: self.find_original(con, fid))
            now = pacific_now().isoformat()
            number = None
            if verdict.accepted:
                top = con.execute("SELECT max(filing_number) FROM jobs").fetchone()[0]
                number = max(int(top or 0) + 1, FIRST_FILING_NUMBER)
            job_id = uuid.uuid4().hex
            original = verdict.original_filing_id or (_fid(number) if number else "")
            con.execute(
                "INSERT INTO jobs (job_id, filer_id, idempotency_key, sha256, size, data, "
                "vendor_id, received_at, status, filing_number, filed_at, form_type, report_num,"
                " amends_filing_id, original_filing_id, summary, messages) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job_id, filer_id, key, sha256_hex(data), len(data), data, vendor_id, now,
                 ACCEPTED if verdict.accepted else REJECTED, number, now if number else None,
                 verdict.form_type, verdict.report_num, normalize_filing_id(amends),
                 original if verdict.accepted else "", verdict.summary,
                 json.dumps([m.to_json() for m in verdict.messages])),
            )
            row = self.by_key(con, filer_id, key)
            assert row is not None
            return row, False

    def listing(self) -> list[dict[str, Any]]:
        """Every job, newest first, without the bytes."""
        with self.connect() as con:
            rows = con.execute("SELECT * FROM jobs ORDER BY received_at DESC, rowid DESC")
            return [doc(r) | {"filer_id": r["filer_id"], "vendor_id": r["vendor_id"],
                              "size": r["size"]} for r in rows]


def _check_existing(path: Path) -> None:
    """Refuse (without writing) a file that is not a practice server's file."""
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise PracticeStoreError(f"{path} is not a regular file; move it away or give "
                                 "--data another folder")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            ok = con.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        ok = None
    if not ok:
        raise PracticeStoreError(f"{path} is not a practice server's file (it is damaged or "
                                 "belongs to another program); it was left as it is: move "
                                 "it away or give --data another folder")


def _hash(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 20000)


def _number(filing_id: str) -> int:
    text = normalize_filing_id(filing_id)[3:]
    return int(text) if text.isdigit() else -1


def _fid(number: int | None) -> str:
    return f"CA-{number}" if number else ""


def doc(row: sqlite3.Row, *, status: str | None = None, duplicate: bool = False
        ) -> dict[str, Any]:
    """The job document of the protocol."""
    status = status or row["status"]
    final = status != PROCESSING
    return {
        "job_id": row["job_id"], "status": status, "idempotency_key": row["idempotency_key"],
        "sha256": row["sha256"], "received_at": row["received_at"],
        "filing_id": _fid(row["filing_number"]) if final else "",
        "filed_at": (row["filed_at"] or "") if final else "",
        "report_num": row["report_num"],
        "original_filing_id": row["original_filing_id"] if final else "",
        "summary": row["summary"] if final else "Filing received, being processed",
        "messages": json.loads(row["messages"]) if final else [],
        "duplicate": duplicate,
    }
