"""The lines of the committee's Forms 497 as the checks of its other statements need
them (a snapshot's ``late_reported`` and ``late_sources``): Part 1 keyed by the
contributor's last name, Part 2 by MADE_PREFIX + the recipient's, with the date and
cents; each with the report and line that listed it, in words."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import Cents, cents_or_zero

FORM = "F497"
MADE_PREFIX = "MADE "  # a Part 2 line (contribution made), apart from Part 1's names
PARTS = {"F497P1": "1", "F497P2": "2"}  # S497 Form_Type -> the 497's part

Key = tuple[str, dt.date, Cents]


def line_key(rec: Any) -> Key | None:
    """The key of one S497 line (None without a readable date)."""
    day = parse_date(rec.get("Ctrib_Date"))
    if day is None:
        return None
    name = " ".join(rec.get("Enty_NamL").upper().split())
    prefix = MADE_PREFIX if rec.form_type.upper() == "F497P2" else ""
    return (prefix + name, day, cents_or_zero(rec.get("Amount")))


def report_words(statement_id: int, cover: list[str] | None, report_num: int) -> str:
    """'Form 497 report 3 (statement 12)': its report number, else the statement's."""
    rpt = CalRecord(list(cover or ["CVR", FORM]), cvr_form=FORM).get("Rpt_ID_Num").strip()
    amended = f", amendment {report_num}" if report_num else ""
    return (f"Form 497 report {rpt} (statement {statement_id}{amended})" if rpt
            else f"Form 497 statement {statement_id}{amended}")


def reported(session: Any, stmt: Any) -> dict[Key, str]:
    """Every Part 1 and Part 2 line of the committee's other Forms 497 -> the report and
    line that listed it ("Form 497 report 3 (statement 12), Part 2 line 1"); a line on
    several versions of a report is named by the latest."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record, Statement

    rows = session.execute(
        select(Statement.id, Statement.cover, Statement.report_num, Record.values,
               Record.form_type)
        .join(Statement, Statement.id == Record.statement_id)
        .where(Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
               Statement.form_type == FORM, Record.rec_type == "S497")
        .order_by(Statement.report_num, Statement.id, Record.seq, Record.id))
    out: dict[Key, str] = {}
    numbers: dict[tuple[int, str], int] = {}
    for sid, cover, report_num, values, form_type in rows:
        part = PARTS.get(str(form_type).upper(), "")
        line = numbers[(sid, part)] = numbers.get((sid, part), 0) + 1
        key = line_key(CalRecord(list(values), cvr_form=FORM))
        if key is not None:
            where = report_words(sid, cover, report_num)
            out[key] = f"{where}, Part {part} line {line}" if part else where
    return out


def late_lines(session: Any, stmt: Any) -> frozenset[Key]:
    """Every Part 1 and Part 2 line of the committee's other Forms 497."""
    return frozenset(reported(session, stmt))
