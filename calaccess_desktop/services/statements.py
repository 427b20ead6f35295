"""Deleting a draft statement, with all its entries, as one action that Ctrl+Z undoes.

Only a statement nobody relies on yet can go: never one that was filed, sent (it has
a submission in the outbox, whatever became of it) or amended by another statement.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Committee, Record, Statement, Submission, UndoEntry
from calaccess_desktop.services.editing import EDITABLE, EditError
from calaccess_desktop.services.statement_list import StatementItem
from calaccess_desktop.services.undo import Recorder, row_image


@dataclass(frozen=True)
class StatementName:
    """A statement as a confirmation names it."""

    id: int
    title: str  # "Form 460 Pre-election, Jul 1 - Sep 19, 2026"
    committee: str
    entries: int  # records other than the computed summary lines

    @property
    def words(self) -> str:
        """'the Form 460 Pre-election, Jul 1 - Sep 19, 2026 of Smith for Council'."""
        return f"the {self.title} of {self.committee}"


def title_of(stmt: Statement) -> str:
    """The statement's name as the statement list shows it."""
    return StatementItem(stmt.id, stmt.committee_id, stmt.form_type, stmt.period_from,
                         stmt.period_through, stmt.stmt_type, stmt.status, stmt.report_num,
                         None, stmt.election_date).title


def _statement(session: Session, statement_id: int) -> Statement:
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise EditError(f"There is no statement {statement_id}; nothing was deleted.")
    return stmt


def deletable(session: Session, statement_id: int) -> StatementName:
    """The statement's name when it may be deleted; a plain refusal (``EditError``)
    saying why and what to do instead when it may not."""
    stmt = _statement(session, statement_id)
    title = title_of(stmt)
    if stmt.status in ("filed", "amended") or stmt.filing_id:
        raise EditError(f"The {title} has been filed, so it cannot be deleted. To correct "
                        "it, amend it (Statement > Amend filed statement).")
    sent = session.scalar(select(Submission.id).where(Submission.statement_id == stmt.id)
                          .limit(1))
    if stmt.locked or stmt.status not in EDITABLE or sent is not None:
        raise EditError(f"The {title} has been sent for filing (see the Outbox), so it "
                        "cannot be deleted.")
    amendment = session.scalar(select(Statement).where(Statement.amends_statement_id
                                                       == stmt.id).limit(1))
    if amendment is not None:
        raise EditError(f"The {title} is amended by the {title_of(amendment)}, so it cannot "
                        "be deleted. Delete that amendment first.")
    committee = session.get(Committee, stmt.committee_id)
    entries = len(session.scalars(select(Record.id).where(
        Record.statement_id == stmt.id, Record.rec_type != "SMRY")).all())
    return StatementName(stmt.id, title, committee.name if committee else "", entries)


def delete_statement(session: Session, statement_id: int) -> StatementName:
    """Delete a draft statement and everything in it (its entries, its summary lines,
    its undo history) as one undo step; Ctrl+Z puts every row back as it was."""
    name = deletable(session, statement_id)
    stmt = _statement(session, statement_id)
    # The action belongs to no statement: the statement's own undo entries go with it.
    rec = Recorder(session, f"Delete statement {name.title}", None)
    # (What was undone is dropped by any new action, this one too: keep the rest.)
    history = session.scalars(select(UndoEntry).where(UndoEntry.statement_id == stmt.id,
                                                      UndoEntry.undone.is_(False))
                              .order_by(UndoEntry.id)).all()
    records = session.scalars(select(Record).where(Record.statement_id == stmt.id)
                              .order_by(Record.id)).all()
    rec.ops.extend({"table": "undo_entries", "before": row_image(e), "after": None}
                   for e in history)
    rec.ops.extend({"table": "records", "before": row_image(r), "after": None}
                   for r in records)
    rec.ops.append({"table": "statements", "before": row_image(stmt), "after": None})
    # Stored first: undo entry ids can be reused, and this one must not take the id of
    # a history entry deleted below (undo puts that entry back under its own id).
    rec.save()
    session.flush()
    history_ids = [e.id for e in history]
    session.expunge_all()
    session.execute(delete(UndoEntry).where(UndoEntry.id.in_(history_ids)))
    session.execute(delete(Record).where(Record.statement_id == statement_id))
    session.execute(delete(Statement).where(Statement.id == statement_id))
    return name
