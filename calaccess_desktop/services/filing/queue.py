"""Freezing a statement into a submission, and the user's outbox actions.

``queue_statement`` runs in one transaction: the exact .CAL bytes and their hash go
into a ``Submission`` row, the statement is locked and 'queued', and its undo
history is dropped (a filing cannot be undone).
"""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Submission, SubmissionEvent, UndoEntry
from calaccess_desktop.efile.outbox import ACTIVE, State
from calaccess_desktop.efile.protocol import (
    EndpointError,
    check_endpoint,
    normalize_filing_id,
    sha256_hex,
)
from calaccess_desktop.services.editing import EDITABLE, amend_statement
from calaccess_desktop.services.exporter import export_snapshot
from calaccess_desktop.services.filing.actor import filer, filing_step
from calaccess_desktop.services.filing.common import (
    FilingError,
    _get_statement,
    _get_submission,
    utcnow,
)
from calaccess_desktop.services.filing.destination import Destination
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.undo import row_image
from calaccess_desktop.services.users.access import require
from calaccess_desktop.services.users.roles import AMEND

FILED_STATUSES = frozenset({"filed", "amended"})


def open_submission(session: Session, statement_id: int) -> Submission | None:
    """The statement's submission that is in the outbox (held too) or accepted (None if
    none)."""
    return session.scalars(
        select(Submission).where(
            Submission.statement_id == statement_id,
            Submission.state.in_([*ACTIVE, State.FAILED, State.HELD, State.ACCEPTED]),
        ).order_by(Submission.id.desc())
    ).first()


def queue_statement(session: Session, statement_id: int, *, server_url: str,
                    destination: Destination | None = None) -> int:
    """Freeze a statement for filing and put it in the outbox; returns the submission id.
    ``destination`` (``destination.destination_for``) says the protocol, filer ID and send
    options; without it the practice protocol goes to ``server_url``.

    Calling it again for a statement already in the outbox returns the same
    submission (it never makes a second one)."""
    if destination is not None:
        server_url = destination.server_url
    try:
        server_url = check_endpoint(server_url)
    except EndpointError as exc:
        raise FilingError(str(exc)) from None
    actor = filer(session)
    stmt = _get_statement(session, statement_id)
    existing = open_submission(session, statement_id)
    if existing is not None:
        return _reuse(existing, server_url, destination)
    if stmt.locked or stmt.status not in EDITABLE:
        hint = "; reopen it first" if stmt.status == "rejected" else "; amend it instead"
        raise FilingError(f"statement {statement_id} is {stmt.status} and cannot be filed "
                          f"again{hint}")
    if stmt.report_num and not stmt.original_filing_id:
        raise FilingError(f"statement {statement_id} is amendment {stmt.report_num} but does "
                          "not know the original filing's ID; the original must be accepted "
                          "first")
    filer_id = (destination.filer_id if destination is not None else "") or \
        CalRecord(list(stmt.cover)).get("Filer_ID") or stmt.committee.filer_id
    if not filer_id:
        raise FilingError("the committee has no filer ID yet; the SOS assigns one when the "
                          "Statement of Organization (Form 410) is filed")
    data = export_snapshot(build_snapshot(session, statement_id),
                           target=f"statement {statement_id}")
    protocol = destination.protocol if destination is not None else "practice"
    original = stmt.original_filing_id.strip() if stmt.report_num else ""
    sub = Submission(
        statement_id=statement_id, filer_id=filer_id.upper(), form_type=stmt.form_type,
        report_num=stmt.report_num,
        # The SOS's IDs are CA-nnnnnnn; another agency's are kept as it gave them.
        amends_filing_id=normalize_filing_id(original) if protocol == "practice" else original,
        idempotency_key=uuid.uuid4().hex, server_url=server_url, cal_bytes=data,
        sha256=sha256_hex(data), state=State.QUEUED, next_attempt_at=utcnow(),
        protocol=protocol, officer=destination.officer_code if destination else "",
        options=destination.options() if destination else {},
    )
    session.add(sub)
    before = row_image(stmt)
    stmt.locked = True
    stmt.status = "queued"
    session.execute(delete(UndoEntry).where(UndoEntry.statement_id == statement_id))
    session.flush()
    kind = f"amendment {stmt.report_num:03d} of {sub.amends_filing_id}" if stmt.report_num \
        else "original"
    session.add(SubmissionEvent(
        submission_id=sub.id, attempt=0, action="queued",
        outcome=f"statement {statement_id} ({stmt.form_type}, {kind}) frozen for filing: "
        f"{len(data)} bytes, sha256 {sub.sha256}, key {sub.idempotency_key}, for {server_url}"
        + (f" ({protocol}, {destination.officer_name}, filer ID {sub.filer_id})"
           if destination is not None and protocol != "practice" else "")
        + f"; queued by {actor.words()}"))
    filing_step(session, stmt, before, f"Queued for filing ({kind}) as submission {sub.id}")
    return sub.id


def _reuse(sub: Submission, server_url: str, destination: Destination | None) -> int:
    if sub.state == State.ACCEPTED:
        raise FilingError(f"statement {sub.statement_id} was already filed as {sub.filing_id}; "
                          "amend it to change it")
    protocol = destination.protocol if destination is not None else sub.protocol
    if sub.server_url != server_url or sub.protocol != protocol:
        if sub.maybe_on_server or sub.attempts:
            raise FilingError(f"submission {sub.id} was already sent to {sub.server_url}; it "
                              "is finished there (outbox --retry)")
        sub.server_url, sub.protocol = server_url, protocol
    if destination is not None and not (sub.maybe_on_server or sub.attempts):
        sub.officer, sub.options = destination.officer_code, destination.options()
        sub.filer_id = destination.filer_id or sub.filer_id
    return sub.id


def amend(session: Session, statement_id: int, reason: str) -> int:
    """A draft amendment of an accepted statement (``editing.amend_statement``)."""
    require(session, AMEND)
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
    filer(session)
    sub = _get_submission(session, submission_id)
    if sub.state == State.HELD:
        raise FilingError(f"submission {submission_id} is held: it may already be at the "
                          "agency, so it is not sent again until you say whether the agency's "
                          "site shows it (It was received / Not received: send again)")
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
    filer(session)
    sub = _get_submission(session, submission_id)
    if sub.state == State.WITHDRAWN:
        raise FilingError(f"submission {submission_id} was already withdrawn; its statement "
                          "is a draft again")
    if sub.state in (State.ACCEPTED, State.REJECTED):
        raise FilingError(f"submission {submission_id} is finished ({sub.state} by the "
                          "server); it cannot be withdrawn"
                          + (" (amend the filing instead)" if sub.state == State.ACCEPTED
                             else " (outbox --reopen makes the statement a draft again)"))
    if sub.state not in (State.QUEUED, State.FAILED) or sub.maybe_on_server or sub.job_id:
        raise FilingError(f"submission {submission_id} may already be on the server; it "
                          "cannot be withdrawn (send it, or amend the filing)")
    sub.state = State.WITHDRAWN
    sub.last_error = "withdrawn by the user before it reached the server"
    session.add(SubmissionEvent(submission_id=sub.id, attempt=sub.attempts, action="note",
                                outcome=sub.last_error))
    stmt = _get_statement(session, sub.statement_id)
    stmt.status, stmt.locked = "draft", False
