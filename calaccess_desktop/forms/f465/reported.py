"""Where a Form 465's independent expenditures show up on the filer's own statements: the
payments on its Forms 460 (Schedules D and E) and 461 (Part 5), for rule F465-X-001 (a
snapshot's ``late_reported``, beside the 496 lines, under their own prefix)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.domain.money import Cents

ON_STATEMENT = "ON-STATEMENT:"  # late_reported key prefix: ON_STATEMENT + statement id
STATEMENT_FORMS = ("F460", "F461")
PAYMENT_KINDS = (("EXPN", "D"), ("EXPN", "E"), ("EXPN", "F461P5"))


def key(statement_id: int) -> str:
    """The ``late_reported`` key of a payment on statement ``statement_id``."""
    return f"{ON_STATEMENT}{statement_id}"


def payments_on_statements(session: Any, stmt: Any) -> frozenset[tuple[str, dt.date, Cents]]:
    """(key(statement id), date, cents) of every payment on the committee's Forms 460
    and 461 (typed columns only: one query)."""
    from sqlalchemy import and_, or_, select

    from calaccess_desktop.db.orm import Record, Statement

    kinds = or_(*(and_(Record.rec_type == rt, Record.form_type == ft)
                  for rt, ft in PAYMENT_KINDS))
    rows = session.execute(
        select(Record.statement_id, Record.tran_date, Record.amount_cents)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id,
               Statement.form_type.in_(STATEMENT_FORMS), kinds,
               Record.tran_date.is_not(None), Record.amount_cents.is_not(None)))
    return frozenset((key(sid), day, int(cents)) for sid, day, cents in rows)
