"""Form 460's snapshot extra: the contributions already listed on the committee's
Forms 497 (Part 1), so the check can tell a late contribution that was reported."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import Cents, cents_or_zero


def late_reported(session: Any, stmt: Any) -> frozenset[tuple[str, dt.date, Cents]]:
    """(contributor's last name in capitals, date, cents) of every line on the committee's
    other Forms 497, Part 1."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    rows = session.scalars(
        select(Record.values)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
               Statement.form_type == "F497", Record.rec_type == "S497",
               Record.form_type == "F497P1")
    )
    out = set()
    for values in rows:
        rec = CalRecord(list(values), cvr_form="F497")
        day = parse_date(rec.get("Ctrib_Date"))
        if day is not None:
            out.add((rec.get("Enty_NamL").upper(), day, cents_or_zero(rec.get("Amount"))))
    return frozenset(out)


def snapshot_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """The FormSpec.snapshot_extras hook: lines already on the committee's Forms 497, and
    independent expenditures already on its Forms 496."""
    from calaccess_desktop.forms.f496.reported import ie_reported

    return {"late_reported": late_reported(session, stmt) | ie_reported(session, stmt)}
