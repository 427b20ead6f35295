"""The NetFile practice server's own SQLite file: vendors, filers, jobs and their results.

Judging happens when a filing is received (one lock, so amendment sequences are checked
atomically): the CAL check of ``efile/judge.check_file``, then NetFile's "filing context"
checks (filer password, the filer's committee, signers, the superseded filing and the
amendment sequence, a duplicate of a statement already on file).
"""

from __future__ import annotations

import base64
import hmac
import json
import os
import sqlite3
import threading
import uuid
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from calaccess_desktop.cal.values import ascii_digits
from calaccess_desktop.efile.judge import check_file
from calaccess_desktop.efile.practice_store import (
    PracticeStoreError,
    _check_existing,
    _hash,
    immediate_transaction,
    make_private_folder,
    pacific_now,
)
from calaccess_desktop.efile.protocol import Message, sha256_hex

FIRST_FILING_NUMBER = 90000001
FILING_PREFIX = "PRAC-"  # practice filing IDs: never mistaken for a real agency's
PENDING, ACCEPTED, REJECTED = 1, 2, 3
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS secrets (
    kind TEXT NOT NULL, name TEXT NOT NULL, salt BLOB NOT NULL, pw_hash BLOB NOT NULL,
    PRIMARY KEY (kind, name)
);
CREATE TABLE IF NOT EXISTS filers (filer_id TEXT PRIMARY KEY, committee_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS jobs (
    job_id TEXT PRIMARY KEY, filer_id TEXT NOT NULL, vendor_id TEXT NOT NULL,
    api_version TEXT NOT NULL, email TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL,
    data BLOB NOT NULL, superseded TEXT NOT NULL, sequence INTEGER, signer_ids TEXT NOT NULL,
    received_at TEXT NOT NULL, result INTEGER NOT NULL, filing_number INTEGER UNIQUE,
    form_type TEXT NOT NULL, report_num INTEGER NOT NULL, original TEXT NOT NULL,
    report TEXT NOT NULL, checks INTEGER NOT NULL DEFAULT 0, pending_left INTEGER
);
"""


@dataclass(frozen=True)
class Options:
    """How the practice agency behaves."""

    signers_required: frozenset[str] = frozenset()  # agency codes (the filer ID's prefix)
    allow_duplicates: bool = False  # file the same statement twice when it is sent twice
    versions: tuple[str, ...] = ("v11", "v10")  # API versions served
    waiting_checks: int = 1  # CheckJobStatus says "waiting" this many times first
    pending_polls: int | None = 2  # results polled before signers "verify" (None: never)


@dataclass
class Submitted:
    """One SubmitEfile request, as the server read it."""

    filer_id: str
    password: str = field(repr=False)
    vendor_id: str
    vendor_pin: str = field(repr=False)
    email: str
    superseded: str
    sequence: int | None
    signers: list[tuple[str, str]]
    data: bytes
    version: str


def agency_of(filer_id: str) -> str:
    """``ABC`` for a local filer ID ``ABC-123456`` ('' for an ID without a prefix)."""
    head, dash, _ = filer_id.partition("-")
    return head.upper() if dash else ""


class NetFileStore:
    """The server's own SQLite file (0600, in a 0700 folder)."""

    def __init__(self, path: Path, options: Options) -> None:
        make_private_folder(path.parent)
        self.path, self.options = path, options
        self.lock = threading.RLock()
        _check_existing(path)
        try:
            os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
            os.chmod(path, 0o600)
            con = sqlite3.connect(self.path)
            try:
                con.executescript(SCHEMA)
                con.execute("INSERT OR IGNORE INTO meta VALUES ('schema', 'netfile-1')")
                con.commit()
            finally:
                con.close()
        except (OSError, sqlite3.Error) as exc:
            raise PracticeStoreError(f"the practice server's file {path} cannot be used "
                                     f"({exc}); give --data another folder") from None

    def connect(self) -> AbstractContextManager[sqlite3.Connection]:
        """A connection in one transaction, committed on success."""
        return immediate_transaction(self.path)

    def _secret_ok(self, con: sqlite3.Connection, kind: str, name: str, secret: str) -> bool:
        """True for the right secret; the first one seen for a name becomes it."""
        row = con.execute("SELECT salt, pw_hash FROM secrets WHERE kind = ? AND name = ?",
                          (kind, name)).fetchone()
        if row is None:
            salt = os.urandom(16)
            con.execute("INSERT INTO secrets VALUES (?, ?, ?, ?)",
                        (kind, name, salt, _hash(secret, salt)))
            return True
        return hmac.compare_digest(_hash(secret, row["salt"]), row["pw_hash"])

    def vendor_ok(self, vendor_id: str, pin: str) -> bool:
        """The vendor's PIN is right (the first PIN seen for a vendor becomes its PIN)."""
        with self.lock, self.connect() as con:
            return self._secret_ok(con, "vendor", vendor_id, pin)

    def job(self, job_id: str, *, check: bool = False, result: bool = False
            ) -> sqlite3.Row | None:
        """A job by id; ``check`` counts a status check, ``result`` a result poll (a
        pending job's signers "verify" after ``pending_polls`` of them)."""
        with self.lock, self.connect() as con:
            row = con.execute("SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            if row is None:
                return None
            if check:
                con.execute("UPDATE jobs SET checks = checks + 1 WHERE job_id = ?", (job_id,))
            if result and row["result"] == PENDING and row["pending_left"] is not None:
                left = row["pending_left"] - 1
                con.execute("UPDATE jobs SET pending_left = ?, result = ? WHERE job_id = ?",
                            (max(left, 0), ACCEPTED if left <= 0 else PENDING, job_id))
            found: sqlite3.Row | None = con.execute(
                "SELECT * FROM jobs WHERE job_id = ?", (job_id,)).fetchone()
            return found

    def verify_signatures(self, job_id: str) -> bool:
        """The signers of a pending filing verified (the trainer's button): accepted."""
        with self.lock, self.connect() as con:
            done = con.execute("UPDATE jobs SET result = ?, pending_left = 0 WHERE job_id = ? "
                               "AND result = ?", (ACCEPTED, job_id, PENDING))
            return done.rowcount == 1

    def receive(self, sub: Submitted) -> sqlite3.Row:
        """Store and judge a filing; every SubmitEfile makes a job (no idempotency key)."""
        with self.lock, self.connect() as con:
            context: list[tuple[str, str]] = []
            cal, messages = check_file(sub.data)
            form, num = cal.form_type, 0
            if not self._secret_ok(con, "filer", sub.filer_id, sub.password):
                context.append(("FILER_CREDENTIALS", f"Invalid password for filer "
                                f"{sub.filer_id}."))
            if cal.cover is not None:
                committee = cal.cover.get("Filer_ID")
                known = con.execute("SELECT committee_id FROM filers WHERE filer_id = ?",
                                    (sub.filer_id,)).fetchone()
                if known is None and committee and not context:
                    con.execute("INSERT INTO filers VALUES (?, ?)", (sub.filer_id, committee))
                elif known is not None and committee and known[0] != committee:
                    context.append(("FILER_NOT_ALLOWED", f"Filer {sub.filer_id} files for "
                                    f"committee {known[0]}, not {committee}."))
                raw = cal.cover.get("Report_Num") or "0"
                num = int(raw) if ascii_digits(raw) else 0
                context += self._amendment(con, sub, form, num)
            agency = agency_of(sub.filer_id)
            if agency in self.options.signers_required and (
                    not sub.signers or any(not pin for _sid, pin in sub.signers)):
                context.append(("SIGNATURES_REQUIRED", f"Agency {agency} requires a signer ID "
                                "and PIN for each signer."))
            if not self.options.allow_duplicates and not context:
                same = con.execute(
                    "SELECT filing_number FROM jobs WHERE filer_id = ? AND sha256 = ? AND "
                    "result IN (?, ?)", (sub.filer_id, sha256_hex(sub.data), PENDING, ACCEPTED)
                ).fetchone()
                if same is not None:
                    context.append(("DUPLICATE_FILING", "This filing is already on file as "
                                    f"{FILING_PREFIX}{same[0]}."))
            rejected = bool(context) or any(m.level == "error" for m in messages)
            pending = not rejected and agency in self.options.signers_required
            number = None
            if not rejected:
                top = con.execute("SELECT max(filing_number) FROM jobs").fetchone()[0]
                number = max(int(top or 0) + 1, FIRST_FILING_NUMBER)
            original = sub.superseded.strip() if num else ""
            job_id = str(uuid.uuid4())
            con.execute(
                "INSERT INTO jobs (job_id, filer_id, vendor_id, api_version, email, sha256, size,"
                " data, superseded, sequence, signer_ids, received_at, result, filing_number,"
                " form_type, report_num, original, report, pending_left) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (job_id, sub.filer_id, sub.vendor_id, sub.version, sub.email,
                 sha256_hex(sub.data), len(sub.data), sub.data, sub.superseded.strip(),
                 sub.sequence, json.dumps([s for s, _pin in sub.signers]),
                 pacific_now().isoformat(),
                 REJECTED if rejected else PENDING if pending else ACCEPTED, number, form, num,
                 original if not rejected else "", report_xml(context, messages),
                 self.options.pending_polls if pending else None))
            row: sqlite3.Row = con.execute("SELECT * FROM jobs WHERE job_id = ?",
                                           (job_id,)).fetchone()
            return row

    def _amendment(self, con: sqlite3.Connection, sub: Submitted, form: str, num: int
                   ) -> list[tuple[str, str]]:
        """NetFile's amendment checks: the superseded (original) filing and the sequence."""
        superseded = sub.superseded.strip()
        if num == 0:
            if superseded:
                return [("AMENDMENT_SEQUENCE", f"An original filing (Report_Num 000) cannot "
                         f"supersede filing {superseded}.")]
            return []
        if not superseded:
            return [("SUPERSEDED_NOT_FOUND", f"Amendment {num:03d} names no superseded "
                     "filing.")]
        found = con.execute("SELECT * FROM jobs WHERE filing_number = ? AND filer_id = ? AND "
                            "result = ?", (_number(superseded), sub.filer_id, ACCEPTED)
                            ).fetchone()
        if found is None:
            return [("SUPERSEDED_NOT_FOUND", f"Superseded filing {superseded} was not found "
                     f"for filer {sub.filer_id}.")]
        if found["report_num"]:
            return [("AMENDMENT_SEQUENCE", f"Filing {superseded} is itself amendment "
                     f"{found['report_num']:03d} of {found['original']}; name the original "
                     "filing.")]
        out = []
        if found["form_type"] != form:
            out.append(("FILER_NOT_ALLOWED", f"Filing {superseded} is a {found['form_type']}; "
                        f"it cannot be amended by a {form}."))
        if sub.sequence is not None and sub.sequence != num:
            out.append(("AMENDMENT_SEQUENCE", f"AmendmentSequence {sub.sequence} does not "
                        f"match Report_Num {num:03d}."))
        top = con.execute("SELECT max(report_num) FROM jobs WHERE original = ? AND result = ?",
                          (superseded, ACCEPTED)).fetchone()[0]
        expected = int(top or 0) + 1
        if num != expected:
            out.append(("AMENDMENT_SEQUENCE", f"Amendment {num} is out of sequence; the next "
                        f"amendment of {superseded} is {expected}."))
        return out

    def listing(self) -> list[dict[str, Any]]:
        """Every job, newest first, without the bytes."""
        with self.connect() as con:
            rows = con.execute("SELECT * FROM jobs ORDER BY rowid DESC").fetchall()
        return [{"job_id": r["job_id"], "filer_id": r["filer_id"], "result": r["result"],
                 "filing_id": filing_id(r), "report_num": r["report_num"],
                 "superseded": r["superseded"], "sequence": r["sequence"],
                 "sha256": r["sha256"], "size": r["size"], "received_at": r["received_at"],
                 "api_version": r["api_version"], "signer_ids": json.loads(r["signer_ids"])}
                for r in rows]


def filing_id(row: sqlite3.Row) -> str:
    """The job's filing (or pending) ID, '' when rejected."""
    return f"{FILING_PREFIX}{row['filing_number']}" if row["filing_number"] else ""


def _number(text: str) -> int:
    text = text.strip().upper().removeprefix(FILING_PREFIX)
    return int(text) if text.isascii() and text.isdigit() and len(text) < 12 else -1


def report_xml(context: list[tuple[str, str]], messages: list[Message]) -> str:
    """The validation report (decoded): filing-context errors, then field findings."""
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<validation_report version="1.0">',
             "<filing_context>"]
    parts += [f"<error code={quoteattr(code)}>{escape(text)}</error>" for code, text in context]
    parts += ["</filing_context>", "<results>"]
    for m in messages:
        rec, _, form = m.record.partition(" ")
        parts.append(
            f"<result severity={quoteattr('E' if m.level == 'error' else 'W')} "
            f"line=\"{m.line}\" record_type={quoteattr(rec)} form_type={quoteattr(form)} "
            f"field_number=\"{m.field}\" field_name={quoteattr(m.field_name)}>"
            f"{escape(m.text)}</result>")
    parts += ["</results>", "</validation_report>"]
    return "\n".join(parts)


def encoded_report(row: sqlite3.Row) -> str:
    """The report as ``validation_content`` carries it (base64)."""
    return base64.b64encode(row["report"].encode()).decode("ascii")
