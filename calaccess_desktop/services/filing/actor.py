"""Who files: only a treasurer's action sends a filing (once the data file has users),
and the outbox's attempt log and the audit trail say who queued and who sent it."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, SubmissionEvent
from calaccess_desktop.services.audit import trail
from calaccess_desktop.services.users.access import require
from calaccess_desktop.services.users.actor import Actor
from calaccess_desktop.services.users.roles import FILE


def filer(session: Session) -> Actor:
    """The actor, if they may file (NotAllowed / LoginNeeded in words otherwise)."""
    return require(session, FILE)


def refusal_to_file(session: Session) -> str:
    """Why the actor may not send filings now ("" when they may)."""
    from calaccess_desktop.services.users.access import LoginNeeded, NotAllowed

    try:
        filer(session)
    except (LoginNeeded, NotAllowed) as exc:
        return f"not sent: {exc}"
    return ""


def filing_step(session: Session, stmt: Statement, before: dict[str, Any],
                action: str) -> None:
    """The audit trail's line for a statement queued for filing or marked filed."""
    from calaccess_desktop.services.undo import row_image

    trail.record(session, action, stmt.id,
                 [{"table": "statements", "before": before, "after": row_image(stmt)}],
                 kind="file", capability=FILE)


def sent_by(session: Session, submission_id: int, attempt: int, statement_id: int,
            actor: Actor, where: str) -> None:
    """Say in the attempt log and the audit trail who sends the submission now."""
    session.add(SubmissionEvent(submission_id=submission_id, attempt=attempt, action="note",
                                outcome=f"sent by {actor.words()}"))
    trail.note(session, f"Sent submission {submission_id} to {where}",
               statement_id=statement_id, kind="file", capability=FILE)
