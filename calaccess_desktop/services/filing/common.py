"""Shared by the filing modules: the refusal error, UTC times, row lookups."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, Submission
from calaccess_desktop.services.editing import EditError


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


def _get_statement(session: Session, statement_id: int) -> Statement:
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise FilingError(f"There is no statement {statement_id}.")
    return stmt


def _get_submission(session: Session, submission_id: int) -> Submission:
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise FilingError(f"there is no submission {submission_id}")
    return sub
