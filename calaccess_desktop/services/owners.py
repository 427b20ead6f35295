"""The committee a statement belongs to: a file whose committee row another program
deleted (foreign keys off) is damaged, said in words instead of failing an assertion."""

from __future__ import annotations

from sqlalchemy.orm import Session

from calaccess_desktop.db.engine import DamagedData
from calaccess_desktop.db.orm import Committee, Statement


def committee_of(session: Session, stmt: Statement) -> Committee:
    """The statement's committee (DamagedData when it is not in the file)."""
    committee = session.get(Committee, stmt.committee_id)
    if committee is None:
        raise DamagedData(f"statement {stmt.id} belongs to committee {stmt.committee_id}, "
                          "which is not in the file")
    return committee
