"""E-filing use cases: freeze a statement into the outbox, send it, read the outbox.

- ``queue_statement`` freezes a statement (one transaction): the exact .CAL bytes
  and their hash go into a ``Submission`` row, the statement is locked and
  'queued', and its undo history is dropped (a filing cannot be undone).
- ``send`` / ``process_outbox`` drive submissions through ``efile.outbox`` over
  the network; every state change is its own short transaction (``StoreRepo``),
  never held open across network I/O. Safe to call from several processes.
- Read models (``list_submissions``, ``submission_detail``, ``attempt_log``,
  ``server_findings``) return plain values for the CLI and the outbox panel.
"""

from __future__ import annotations

import datetime as dt
import os
import socket
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from calaccess_desktop import secrets
from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Statement, Submission, SubmissionEvent, UndoEntry
from calaccess_desktop.efile.outbox import (
    ACTIVE,
    LABELS,
    BusyError,
    ConflictError,
    Event,
    Item,
    Outbox,
    Policy,
    State,
)
from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    Credentials,
    EndpointError,
    JobStatus,
    Message,
    check_endpoint,
    normalize_filing_id,
    sha256_hex,
)
from calaccess_desktop.efile.transport import HttpTransport, Transport
from calaccess_desktop.services.editing import EDITABLE, EditError, amend_statement
from calaccess_desktop.services.exporter import export_snapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.settings import Settings

FILED_STATUSES = frozenset({"filed", "amended"})


class FilingError(EditError):
    """A filing action was refused; the message says why in plain words."""


def utcnow() -> dt.datetime:
    """Now, in UTC."""
    return dt.datetime.now(dt.UTC)


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """Stored times come back naive from SQLite: they are UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


# --- freezing and amending -------------------------------------------------------


def _get_statement(session: Session, statement_id: int) -> Statement:
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise FilingError(f"there is no statement {statement_id}")
    return stmt


def open_submission(session: Session, statement_id: int) -> Submission | None:
    """The statement's submission that is in the outbox or accepted (None if none)."""
    return session.scalars(
        select(Submission).where(
            Submission.statement_id == statement_id,
            Submission.state.in_([*ACTIVE, State.FAILED, State.ACCEPTED]),
        ).order_by(Submission.id.desc())
    ).first()


def queue_statement(session: Session, statement_id: int, *, server_url: str) -> int:
    """Freeze a statement for filing and put it in the outbox; returns the submission id.

    Calling it again for a statement already in the outbox returns the same
    submission (it never makes a second one)."""
    try:
        server_url = check_endpoint(server_url)
    except EndpointError as exc:
        raise FilingError(str(exc)) from None
    stmt = _get_statement(session, statement_id)
    existing = open_submission(session, statement_id)
    if existing is not None:
        return _reuse(existing, server_url)
    if stmt.locked or stmt.status not in EDITABLE:
        hint = "; reopen it first" if stmt.status == "rejected" else "; amend it instead"
        raise FilingError(f"statement {statement_id} is {stmt.status} and cannot be filed "
                          f"again{hint}")
    if stmt.report_num and not stmt.original_filing_id:
        raise FilingError(f"statement {statement_id} is amendment {stmt.report_num} but does "
                          "not know the original filing's ID; the original must be accepted "
                          "first")
    filer_id = CalRecord(list(stmt.cover)).get("Filer_ID") or stmt.committee.filer_id
    if not filer_id:
        raise FilingError("the committee has no filer ID yet; the SOS assigns one when the "
                          "Statement of Organization (Form 410) is filed")
    data = export_snapshot(build_snapshot(session, statement_id),
                           target=f"statement {statement_id}")
    sub = Submission(
        statement_id=statement_id, filer_id=filer_id.upper(), form_type=stmt.form_type,
        report_num=stmt.report_num,
        amends_filing_id=normalize_filing_id(stmt.original_filing_id) if stmt.report_num else "",
        idempotency_key=uuid.uuid4().hex, server_url=server_url, cal_bytes=data,
        sha256=sha256_hex(data), state=State.QUEUED, next_attempt_at=utcnow(),
    )
    session.add(sub)
    stmt.locked = True
    stmt.status = "queued"
    session.execute(delete(UndoEntry).where(UndoEntry.statement_id == statement_id))
    session.flush()
    kind = f"amendment {stmt.report_num:03d} of {sub.amends_filing_id}" if stmt.report_num \
        else "original"
    session.add(SubmissionEvent(
        submission_id=sub.id, attempt=0, action="queued",
        outcome=f"statement {statement_id} ({stmt.form_type}, {kind}) frozen for filing: "
        f"{len(data)} bytes, sha256 {sub.sha256}, key {sub.idempotency_key}, for {server_url}"))
    return sub.id


def _reuse(sub: Submission, server_url: str) -> int:
    if sub.state == State.ACCEPTED:
        raise FilingError(f"statement {sub.statement_id} was already filed as {sub.filing_id}; "
                          "amend it to change it")
    if sub.server_url != server_url:
        if sub.maybe_on_server or sub.attempts:
            raise FilingError(f"submission {sub.id} was already sent to {sub.server_url}; it "
                              "is finished there (outbox --retry)")
        sub.server_url = server_url
    return sub.id


def amend(session: Session, statement_id: int, reason: str) -> int:
    """A draft amendment of an accepted statement (``editing.amend_statement``)."""
    stmt = _get_statement(session, statement_id)
    if stmt.status not in FILED_STATUSES:
        raise FilingError(f"statement {statement_id} is {stmt.status}; only an accepted filing "
                          "can be amended")
    return amend_statement(session, statement_id, reason)


def reopen_rejected(session: Session, statement_id: int) -> None:
    """A rejected statement becomes an editable draft again (to fix and file anew)."""
    stmt = _get_statement(session, statement_id)
    if stmt.status != "rejected":
        raise FilingError(f"statement {statement_id} is {stmt.status}, not rejected")
    stmt.status, stmt.locked = "draft", False


def retry_now(session: Session, submission_id: int) -> None:
    """Send a waiting or failed submission at the next chance (same idempotency key)."""
    sub = _get_submission(session, submission_id)
    if sub.state not in (*ACTIVE, State.FAILED):
        raise FilingError(f"submission {submission_id} is {sub.state}; nothing to retry")
    if sub.state == State.FAILED:
        sub.state = State.AWAITING_ACK if sub.job_id else State.QUEUED
        session.add(SubmissionEvent(submission_id=sub.id, attempt=sub.attempts, action="note",
                                    outcome="retry requested by the user"))
    sub.next_attempt_at = utcnow()


def withdraw(session: Session, submission_id: int) -> None:
    """Take a submission that never reached the server out of the outbox; the statement
    becomes an editable draft again."""
    sub = _get_submission(session, submission_id)
    if sub.state not in (State.QUEUED, State.FAILED) or sub.maybe_on_server or sub.job_id:
        raise FilingError(f"submission {submission_id} may already be on the server; it "
                          "cannot be withdrawn (send it, or amend the filing)")
    sub.state = State.WITHDRAWN
    sub.last_error = "withdrawn by the user before it reached the server"
    session.add(SubmissionEvent(submission_id=sub.id, attempt=sub.attempts, action="note",
                                outcome=sub.last_error))
    stmt = _get_statement(session, sub.statement_id)
    stmt.status, stmt.locked = "draft", False


def _get_submission(session: Session, submission_id: int) -> Submission:
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise FilingError(f"there is no submission {submission_id}")
    return sub


# --- the store side of the outbox ------------------------------------------------------


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
                sub.maybe_on_server, sub.attempts)


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


# --- credentials and settings -----------------------------------------------------------


def policy_from(settings: Settings, *, rounds: int = 3, polls: int = 12) -> Policy:
    """The retry policy the settings ask for."""
    return Policy(rounds=rounds, base_delay=settings.retry_base_seconds,
                  max_delay=settings.retry_max_seconds, poll_first=settings.poll_first_seconds,
                  polls=polls)


def transports_from(settings: Settings) -> Callable[[str], Transport]:
    """HTTP transports with the settings' timeouts."""
    return http_transports(settings.connect_timeout, settings.read_timeout)


def credentials(filer_id: str, password: str, settings: Settings) -> Credentials:
    """Credentials for a filer: the password given, the vendor ID from the settings and
    the vendor PIN from the keyring ('' when none is saved)."""
    pin = secrets.get_vendor_pin(settings.vendor_id, allow_weak=settings.allow_weak_keyring)
    return Credentials(filer_id.strip().upper(), password, settings.vendor_id, pin)


@dataclass(frozen=True)
class SavedCredentials:
    """What the keyring gave: credentials, or why the password must be asked for and
    whether a typed password can be saved there."""

    creds: Credentials | None
    why: str = ""
    can_save: bool = False


def saved_credentials(filer_id: str, settings: Settings) -> SavedCredentials:
    """The filer's credentials from the keyring, or why the password must be asked."""
    try:
        password = secrets.get_password(filer_id, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError as exc:
        return SavedCredentials(None, f"no secure keyring is available ({exc}), so the "
                                "password is not saved and is asked at each send")
    if password is None:
        return SavedCredentials(None, f"no e-filing password is saved yet for filer "
                                f"{filer_id}", True)
    return SavedCredentials(credentials(filer_id, password, settings))


def remember_password(filer_id: str, password: str, settings: Settings) -> str:
    """Save the password in the keyring; returns what happened, in words."""
    try:
        secrets.set_password(filer_id, password, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError as exc:
        return f"the password was not saved ({exc}); it will be asked again next time"
    state = secrets.info(allow_weak=settings.allow_weak_keyring)
    return f"the password was saved in the system keyring ({state.backend})"


def forget_password(filer_id: str, settings: Settings) -> bool:
    """Remove a saved password (after the server refused it)."""
    try:
        return secrets.delete_password(filer_id, allow_weak=settings.allow_weak_keyring)
    except secrets.SecretsUnavailableError:
        return False


# --- sending ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SendReport:
    """What one run did to one submission."""

    submission: SubmissionRow
    retry_in: float | None = None
    note: str = ""
    auth_refused: bool = False  # the server refused the filer ID or password (HTTP 401)

    @property
    def finished(self) -> bool:
        """Accepted, rejected or failed."""
        return self.submission.state not in ACTIVE


def http_transports(connect_timeout: float = 10.0, read_timeout: float = 90.0
                    ) -> Callable[[str], Transport]:
    """A transport factory (one HttpTransport per server URL)."""
    cache: dict[str, Transport] = {}

    def get(url: str) -> Transport:
        if url not in cache:
            cache[url] = HttpTransport(url, connect_timeout=connect_timeout,
                                       read_timeout=read_timeout)
        return cache[url]

    return get


def send(store: Store, submission_id: int, creds: Credentials, *, policy: Policy | None = None,
         transport_for: Callable[[str], Transport] | None = None,
         sleep: Callable[[float], None] = time.sleep, owner: str | None = None) -> SendReport:
    """Take one submission as far as it goes now (network I/O; raises BusyError)."""
    with store.read() as s:
        sub = _get_submission(s, submission_id)
        if sub.filer_id.upper() != creds.filer_id.strip().upper():
            raise FilingError(f"submission {submission_id} is for filer {sub.filer_id}, not "
                              f"{creds.filer_id}")
        blocker = _blocked_by(s, sub)
    if blocker:
        return SendReport(_row_of(store, submission_id), None, blocker)
    box = Outbox(StoreRepo(store), transport_for or http_transports(), policy=policy,
                 owner=owner or process_owner(), sleep=sleep)
    result = box.run(submission_id, creds)
    row = _row_of(store, submission_id)
    with store.read() as s:
        last = s.scalars(select(SubmissionEvent.http_status).where(
            SubmissionEvent.submission_id == submission_id).order_by(
            SubmissionEvent.id.desc())).first()
    refused = row.state == State.FAILED and last == 401
    return SendReport(row, result.retry_in, result.note, refused)


def _blocked_by(s: Session, sub: Submission) -> str:
    """Why an amendment must wait (an earlier amendment of the chain is still unfinished)."""
    if not sub.report_num or sub.state not in ACTIVE:
        return ""
    earlier = s.scalars(select(Submission).where(
        Submission.amends_filing_id == sub.amends_filing_id, Submission.id != sub.id,
        Submission.report_num < sub.report_num, Submission.state.in_(list(ACTIVE)),
    )).first()
    if earlier is None:
        return ""
    return (f"waiting: amendment {earlier.report_num:03d} (submission {earlier.id}) must be "
            "accepted first")


def runnable(session: Session, *, due_only: bool = True, include_failed: bool = False,
             now: dt.datetime | None = None) -> list[int]:
    """Submissions to send now, in filing order (originals and lower amendments first)."""
    states = [*ACTIVE, *([State.FAILED] if include_failed else [])]
    subs = session.scalars(select(Submission).where(Submission.state.in_(states))).all()
    now = now or utcnow()
    out = [
        s for s in subs
        if s.state == State.FAILED or not due_only or (_utc(s.next_attempt_at) or now) <= now
    ]
    out.sort(key=lambda s: (s.report_num, s.id))
    return [s.id for s in out]


def process_outbox(store: Store, credentials_for: Callable[[str], Credentials | None], *,
                   due_only: bool = True, include_failed: bool = False,
                   only: Iterable[int] | None = None, policy: Policy | None = None,
                   transport_for: Callable[[str], Transport] | None = None,
                   sleep: Callable[[float], None] = time.sleep) -> list[SendReport]:
    """Send what is due (``due_only=False``: everything unfinished). Failed submissions are
    retried only with ``include_failed``. ``credentials_for(filer_id)`` may return None
    to skip a filer."""
    with store.transaction() as s:
        ids = runnable(s, due_only=due_only, include_failed=include_failed)
        if only is not None:
            wanted = set(only)
            ids = [i for i in ids if i in wanted]
        for i in ids:
            if include_failed and _get_submission(s, i).state == State.FAILED:
                retry_now(s, i)
    transports = transport_for or http_transports()
    owner = process_owner()
    reports = []
    for sub_id in ids:
        row = _row_of(store, sub_id)
        creds = credentials_for(row.filer_id)
        if creds is None:
            reports.append(SendReport(row, None, f"no password for filer {row.filer_id}"))
            continue
        try:
            reports.append(send(store, sub_id, creds, policy=policy, transport_for=transports,
                                sleep=sleep, owner=owner))
        except BusyError as exc:
            reports.append(SendReport(row, None, str(exc)))
    return reports


# --- read models ---------------------------------------------------------------------


@dataclass(frozen=True)
class SubmissionRow:
    """One submission as the outbox lists it."""

    id: int
    statement_id: int
    committee: str
    filer_id: str
    form_type: str
    period: str
    report_num: int
    amends_filing_id: str
    state: str
    attempts: int
    filing_id: str
    filed_at: dt.datetime | None
    next_attempt_at: dt.datetime | None
    last_error: str
    server_url: str
    sha256: str
    size: int
    created_at: dt.datetime | None
    updated_at: dt.datetime | None
    maybe_on_server: bool = False

    @property
    def state_label(self) -> str:
        """The state in words."""
        if self.state == State.QUEUED and self.maybe_on_server:
            return "sent, answer unclear (will check)"
        return LABELS.get(State(self.state), self.state)

    @property
    def kind(self) -> str:
        """'original' or 'amendment 001 of CA-...'."""
        if not self.report_num:
            return "original"
        return f"amendment {self.report_num:03d} of {self.amends_filing_id}"


@dataclass(frozen=True)
class EventRow:
    """One line of the attempt log."""

    at: dt.datetime | None
    attempt: int
    action: str
    outcome: str
    http_status: int | None
    answer: str


@dataclass(frozen=True)
class SubmissionDetail:
    """A submission with its attempt log and the server's messages."""

    row: SubmissionRow
    events: tuple[EventRow, ...]
    messages: tuple[Message, ...]


def _row(sub: Submission, stmt: Statement) -> SubmissionRow:
    period = (f"{stmt.period_from or ''} to {stmt.period_through or ''}"
              if stmt.period_from or stmt.period_through else
              f"election {stmt.election_date}" if stmt.election_date else "")
    return SubmissionRow(
        sub.id, sub.statement_id, stmt.committee.name, sub.filer_id, sub.form_type, period,
        sub.report_num, sub.amends_filing_id, sub.state, sub.attempts, sub.filing_id,
        _utc(sub.filed_at), _utc(sub.next_attempt_at), sub.last_error, sub.server_url,
        sub.sha256, len(sub.cal_bytes), _utc(sub.created_at), _utc(sub.updated_at),
        sub.maybe_on_server,
    )


def _row_of(store: Store, submission_id: int) -> SubmissionRow:
    with store.read() as s:
        sub = _get_submission(s, submission_id)
        return _row(sub, _get_statement(s, sub.statement_id))


def list_submissions(session: Session, *, statement_id: int | None = None,
                     active_only: bool = False) -> list[SubmissionRow]:
    """Submissions, newest first."""
    query = select(Submission, Statement).join(Statement,
                                               Statement.id == Submission.statement_id)
    if statement_id is not None:
        query = query.where(Submission.statement_id == statement_id)
    if active_only:
        query = query.where(Submission.state.in_(list(ACTIVE)))
    rows = session.execute(query.order_by(Submission.id.desc())).all()
    return [_row(sub, stmt) for sub, stmt in rows]


def submission_detail(session: Session, submission_id: int) -> SubmissionDetail:
    """One submission, its attempt log and the server's messages."""
    sub = _get_submission(session, submission_id)
    events = tuple(
        EventRow(_utc(e.at), e.attempt, e.action, e.outcome, e.http_status, e.answer)
        for e in session.scalars(select(SubmissionEvent).where(
            SubmissionEvent.submission_id == submission_id).order_by(SubmissionEvent.id))
    )
    return SubmissionDetail(_row(sub, _get_statement(session, sub.statement_id)), events,
                            tuple(Message.from_json(m) for m in sub.messages or ()))


def server_findings(session: Session, submission_id: int) -> list[str]:
    """The server's messages in plain words (errors first)."""
    detail = submission_detail(session, submission_id)
    ordered = sorted(detail.messages, key=lambda m: (m.level != "error", m.line))
    return [m.plain() for m in ordered]


def submission_data(session: Session, submission_id: int) -> bytes:
    """The exact bytes that were (or will be) sent."""
    return bytes(_get_submission(session, submission_id).cal_bytes)


def _local(value: dt.datetime | None) -> str:
    return value.astimezone().isoformat(timespec="seconds") if value else "-"


def attempt_log(session: Session, submission_id: int) -> str:
    """The printable attempt log: what was sent, each attempt, and the receipt."""
    d = submission_detail(session, submission_id)
    r = d.row
    lines = [
        f"E-filing attempt log - submission {r.id}",
        f"Committee:       {r.committee} (filer ID {r.filer_id})",
        f"Statement:       {r.statement_id}, {r.form_type} {r.period}, {r.kind}",
        f"Server:          {r.server_url}",
        f"File:            {r.size} bytes, SHA-256 {r.sha256}",
        f"State:           {r.state_label}",
    ]
    if r.filing_id:
        lines.append(f"Filing ID:       {r.filing_id}, filed {_local(r.filed_at)}")
    elif r.next_attempt_at and r.state in ACTIVE:
        lines.append(f"Next try:        after {_local(r.next_attempt_at)}")
    lines += ["", "Time (local)               Try  Action   What happened"]
    for e in d.events:
        status = f" [HTTP {e.http_status}]" if e.http_status else ""
        lines.append(f"{_local(e.at):<26} {e.attempt:>3}  {e.action:<8} {e.outcome}{status}")
        if e.answer:
            lines.append(f"{'':<40}server answer: {e.answer[:500]}")
    if d.messages:
        lines += ["", "Messages from the server:"]
        lines += [f"  {m.plain()}" for m in d.messages]
    return "\n".join(lines) + "\n"
