"""Read models of the outbox: plain values for the CLI and the outbox panel."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, Submission, SubmissionEvent
from calaccess_desktop.efile.outbox import ACTIVE, LABELS, State
from calaccess_desktop.efile.protocol import Message
from calaccess_desktop.services.filing.common import _get_statement, _get_submission, _utc
from calaccess_desktop.services.filing.wording import ServerFinding, in_app_words
from calaccess_desktop.services.store import Store


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
    protocol: str = "practice"  # efile/adapters.py: practice, netfile, cars
    officer: str = ""  # the filing officer's code

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
        sub.maybe_on_server, sub.protocol or "practice", sub.officer or "",
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


def server_findings_detail(session: Session, submission_id: int) -> list[ServerFinding]:
    """The server's messages in the app's words, each with the server's own (errors
    first)."""
    sub = _get_submission(session, submission_id)
    messages = [Message.from_json(m) for m in sub.messages or ()]
    return in_app_words(messages, bytes(sub.cal_bytes)) if messages else []


def server_findings(session: Session, submission_id: int) -> list[str]:
    """The server's messages in the app's words (errors first)."""
    return [f.text for f in server_findings_detail(session, submission_id)]


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
        lines += ["", "Messages from the server (in the app's words, then the server's own):"]
        for f in server_findings_detail(session, submission_id):
            lines += [f"  {f.text}", f"    the server said: {f.details}"]
    return "\n".join(lines) + "\n"
