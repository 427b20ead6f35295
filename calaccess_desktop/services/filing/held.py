"""The treasurer's two answers to a held submission (its upload got no clear answer
from a server that cannot be asked, such as NetFile): "it was not received, send
again" and "it was received: filing ID ...". Each is one short transaction, written
in the attempt log with who said it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Submission, SubmissionEvent
from calaccess_desktop.efile.outbox import State
from calaccess_desktop.efile.protocol import ACCEPTED, JobStatus
from calaccess_desktop.services.filing.common import FilingError, _get_submission, utcnow
from calaccess_desktop.services.filing.repo import _apply_result

MAX_FILING_ID = 40


def _held(session: Session, submission_id: int) -> Submission:
    sub = _get_submission(session, submission_id)
    if sub.state != State.HELD:
        raise FilingError(f"submission {submission_id} is not held for an answer (it is "
                          f"{sub.state})")
    if sub.lease_owner:
        raise FilingError(f"submission {submission_id} is being looked at by another program "
                          "right now; try again in a moment")
    return sub


def not_received(session: Session, submission_id: int) -> None:
    """The treasurer checked the agency's site: it was not received. The submission is
    queued to be sent again (the same frozen bytes)."""
    sub = _held(session, submission_id)
    sub.state, sub.maybe_on_server, sub.job_id = State.QUEUED, False, ""
    sub.last_error, sub.next_attempt_at = "", utcnow()
    session.add(SubmissionEvent(
        submission_id=sub.id, attempt=sub.attempts, action="answer",
        outcome="the treasurer checked the agency's site: it did not receive this filing; "
        "it will be sent again"))


def received(session: Session, submission_id: int, filing_id: str,
             filed_on: dt.date | None = None) -> None:
    """The treasurer checked the agency's site: it has the filing as ``filing_id`` (filed
    on ``filed_on``, today when not given). The statement becomes filed."""
    sub = _held(session, submission_id)
    fid = filing_id.strip()
    if not fid or len(fid) > MAX_FILING_ID or not all(c.isalnum() or c in "-_ " for c in fid):
        raise FilingError(f"{filing_id[:50]!r} is not a filing ID: give the ID the agency's "
                          "site shows for this filing (letters, digits and dashes)")
    when = dt.datetime.combine(filed_on, dt.time(12), dt.UTC) if filed_on else utcnow()
    if when > utcnow() + dt.timedelta(days=1):
        raise FilingError(f"the filing date {filed_on} is in the future")
    _apply_result(session, sub, JobStatus(sub.job_id or "-", ACCEPTED, filing_id=fid,
                                          filed_at=when.isoformat(),
                                          summary="Confirmed by the treasurer"))
    sub.state, sub.last_error = State.ACCEPTED, ""
    session.add(SubmissionEvent(
        submission_id=sub.id, attempt=sub.attempts, action="answer",
        outcome=f"the treasurer checked the agency's site: it received this filing as "
        f"{fid} ({when.date().isoformat()}); confirmed by the treasurer, not by the server"))
