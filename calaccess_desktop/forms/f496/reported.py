"""The committee's independent expenditures already reported on its Forms 496, for the
"already reported" test of F496-TRG-001/002 (a snapshot's ``late_reported``)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import Cents, cents_or_zero
from calaccess_desktop.forms.f496.subject import IE_PREFIX, subject_key


def ie_reported(session: Any, stmt: Any) -> frozenset[tuple[str, dt.date, Cents]]:
    """(IE_PREFIX + the report's candidate or measure, date, cents) of every Part 2 line
    of the committee's other Forms 496."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    rows = session.execute(
        select(Statement.cover, Record.values)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
               Statement.form_type == "F496", Record.rec_type == "S496"))
    out = set()
    for cover, values in rows:
        key = subject_key(CalRecord(list(cover or ["CVR", "F496"]), cvr_form="F496").get)
        line = CalRecord(list(values), cvr_form="F496")
        day = parse_date(line.get("Exp_Date"))
        if key and day is not None:
            out.add((IE_PREFIX + key, day, cents_or_zero(line.get("Amount"))))
    return frozenset(out)


def snapshot_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """A FormSpec.snapshot_extras hook for statements that list independent
    expenditures (Forms 465, 461; the 460 adds these to its Form 497 lines)."""
    return {"late_reported": ie_reported(session, stmt)}
