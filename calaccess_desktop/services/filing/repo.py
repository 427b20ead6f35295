"""The store side of the outbox: ``StoreRepo`` and the lease owner's name.

Every call is its own short transaction, never held open across network I/O,
so several processes can drive the same outbox safely.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import uuid
from collections.abc import Iterable
from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, Submission, SubmissionEvent
from calaccess_desktop.efile.outbox import BusyError, ConflictError, Event, Item, State
from calaccess_desktop.efile.protocol import ACCEPTED, JobStatus
from calaccess_desktop.services.filing.common import (
    _get_statement,
    _get_submission,
    _utc,
    utcnow,
)
from calaccess_desktop.services.store import Store


def process_owner() -> str:
    """An owner name for leases: host, process id, random part."""
    return f"{socket.gethostname()}|{os.getpid()}|{uuid.uuid4().hex[:8]}"


def _alive(owner: str) -> bool:
    """Whether the process named in a lease may still be running (unknown: yes)."""
    host, _, rest = owner.partition("|")
    pid_text = rest.partition("|")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or os.name == "nt":
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _item(sub: Submission) -> Item:
    return Item(sub.id, State(sub.state), sub.cal_bytes, sub.sha256, sub.idempotency_key,
                sub.filer_id, sub.server_url, sub.report_num, sub.amends_filing_id, sub.job_id,
                sub.maybe_on_server, sub.attempts, sub.protocol or "practice",
                str((sub.options or {}).get("email", "")))


class StoreRepo:
    """``efile.outbox.Repo`` over the store: every call is one short transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.lease = 600.0

    def claim(self, sub_id: int, owner: str, lease_seconds: float) -> Item:
        self.lease = lease_seconds
        with self.store.read() as s:
            sub = _get_submission(s, sub_id)
            held, until = sub.lease_owner, _utc(sub.lease_until)
        now = utcnow()
        if held and held != owner and until and until > now and _alive(held):
            raise BusyError(f"submission {sub_id} is being sent by another program on this or "
                            f"another computer (lease until {until.astimezone():%H:%M:%S})")
        # Write first (compare-and-set on the lease), then read inside the same transaction.
        with self.store.transaction() as s:
            done = s.execute(
                update(Submission).where(Submission.id == sub_id, Submission.lease_owner == held)
                .values(lease_owner=owner, lease_until=now + dt.timedelta(seconds=self.lease))
            )
            if getattr(done, "rowcount", 0) != 1:
                raise BusyError(f"submission {sub_id} was just taken by another program")
            return _item(_get_submission(s, sub_id))

    def release(self, sub_id: int, owner: str) -> None:
        with self.store.transaction() as s:
            s.execute(update(Submission).where(Submission.id == sub_id,
                                               Submission.lease_owner == owner)
                      .values(lease_owner="", lease_until=None))

    def update(self, sub_id: int, owner: str, *, expect: Iterable[State],
               event: Event | None = None, result: JobStatus | None = None,
               **fields: Any) -> Item:
        now = utcnow()
        values = {**fields, "updated_at": now,
                  "lease_until": now + dt.timedelta(seconds=self.lease)}
        with self.store.transaction() as s:
            done = s.execute(
                update(Submission).where(
                    Submission.id == sub_id, Submission.lease_owner == owner,
                    Submission.state.in_([str(x) for x in expect]),
                ).values(**values)
            )
            if getattr(done, "rowcount", 0) != 1:
                raise ConflictError(f"submission {sub_id} was changed by another program")
            sub = _get_submission(s, sub_id)
            if event is not None:
                s.add(SubmissionEvent(submission_id=sub_id, attempt=event.attempt, at=now,
                                      action=event.action, outcome=event.outcome,
                                      http_status=event.http_status, answer=event.answer))
            if result is not None:
                _apply_result(s, sub, result)
            return _item(sub)


def _apply_result(s: Session, sub: Submission, job: JobStatus) -> None:
    """The server's verdict, on the submission and its statement (same transaction)."""
    sub.messages = [m.to_json() for m in job.messages]
    stmt = _get_statement(s, sub.statement_id)
    if job.status == ACCEPTED:
        sub.filing_id = job.filing_id
        sub.filed_at = _parse_time(job.filed_at)
        sub.next_attempt_at = None
        stmt.status, stmt.filing_id, stmt.filed_at = "filed", job.filing_id, sub.filed_at
        if stmt.amends_statement_id:
            prev = s.get(Statement, stmt.amends_statement_id)
            if prev is not None and prev.status == "filed":
                prev.status = "amended"
    else:
        sub.next_attempt_at = None
        stmt.status = "rejected"


def _parse_time(text: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        return utcnow()
    return _utc(value) or utcnow()
