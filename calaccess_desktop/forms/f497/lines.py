"""The lines of the committee's Forms 497 as the checks of its other statements need
them (a snapshot's ``late_reported``): Part 1 keyed by the contributor's last name,
Part 2 by MADE_PREFIX + the recipient's, with the date and cents."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import Cents, cents_or_zero

MADE_PREFIX = "MADE "  # a Part 2 line (contribution made), apart from Part 1's names


def line_key(rec: Any) -> tuple[str, dt.date, Cents] | None:
    """The key of one S497 line (None without a readable date)."""
    day = parse_date(rec.get("Ctrib_Date"))
    if day is None:
        return None
    name = " ".join(rec.get("Enty_NamL").upper().split())
    prefix = MADE_PREFIX if rec.form_type.upper() == "F497P2" else ""
    return (prefix + name, day, cents_or_zero(rec.get("Amount")))


def late_lines(session: Any, stmt: Any) -> frozenset[tuple[str, dt.date, Cents]]:
    """Every Part 1 and Part 2 line of the committee's other Forms 497."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    rows = session.scalars(
        select(Record.values)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
               Statement.form_type == "F497", Record.rec_type == "S497"))
    keys = (line_key(CalRecord(list(values), cvr_form="F497")) for values in rows)
    return frozenset(k for k in keys if k is not None)
