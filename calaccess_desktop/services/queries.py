"""Read-only views of the store for lists (CLI ``list``, the GUI's committee tree)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from calaccess_desktop.db.orm import Committee


@dataclass(frozen=True)
class StatementRow:
    """One statement as listed."""

    id: int
    form: str
    period_from: dt.date | None
    period_through: dt.date | None
    status: str
    amendment: int
    election_date: dt.date | None = None


@dataclass(frozen=True)
class CommitteeRow:
    """One committee and its statements."""

    id: int
    name: str
    filer_id: str
    committee_type: str
    statements: tuple[StatementRow, ...]


def list_committees(session: Session, search: str = "") -> list[CommitteeRow]:
    """Committees (optionally filtered by name or filer ID) with their statements."""
    query = select(Committee).options(selectinload(Committee.statements)).order_by(
        Committee.name, Committee.id
    )
    if search:
        like = f"%{search}%"
        query = query.where(Committee.name.ilike(like) | Committee.filer_id.ilike(like))
    return [
        CommitteeRow(
            c.id, c.name, c.filer_id, c.committee_type,
            tuple(
                StatementRow(s.id, s.form_type, s.period_from, s.period_through, s.status,
                             s.report_num, s.election_date)
                for s in c.statements
            ),
        )
        for c in session.scalars(query)
    ]
