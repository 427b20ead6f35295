"""Line 5 of the committee's previous Form 461 in the same calendar year: a new 461's
summary line 4 starts from it (kept in the new statement's carry-in when it is started,
so every total, the SMRY records and the printed page agree), and the snapshot extra
lets rule F461-P3-001 say when the previous statement changed since."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import Cents, cents_or_zero
from calaccess_desktop.forms.f461.summary import BEFORE_KEY, CREATED_KEY


def _latest_versions(statements: list[Any]) -> list[Any]:
    by_root: dict[int, Any] = {}
    ids = {s.id: s for s in statements}
    for s in statements:
        root = s
        while root.amends_statement_id in ids and root.amends_statement_id != root.id:
            root = ids[root.amends_statement_id]
        if root.id not in by_root or s.report_num > by_root[root.id].report_num:
            by_root[root.id] = s
    return sorted(by_root.values(), key=lambda s: (s.period_through or dt.date.min, s.id))


def previous_line5(session: Any, stmt: Any) -> Cents:
    """Line 5 of the latest earlier Form 461 of the same calendar year (0 if none)."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Statement, StatementTotal

    if stmt.period_from is None:
        return 0
    year_start = dt.date(stmt.period_from.year, 1, 1)
    earlier = list(session.scalars(select(Statement).where(
        Statement.committee_id == stmt.committee_id, Statement.id != stmt.id,
        Statement.form_type == "F461", Statement.period_through < stmt.period_from,
        Statement.period_through >= year_start)))
    latest = _latest_versions(earlier)
    if not latest:
        return 0
    for values in session.scalars(select(StatementTotal.values).where(
            StatementTotal.statement_id == latest[-1].id)):
        rec = CalRecord(list(values), cvr_form="F461")
        if rec.form_type == "F461" and rec.get("Line_Item").strip() == "5":
            return cents_or_zero(rec.get("Amount_A"))
    return 0


def snapshot_extras(session: Any, stmt: Any) -> dict[str, Any]:
    """The FormSpec.snapshot_extras hook: the independent expenditures already reported on
    the filer's Forms 496 (``late_reported``: the 496 triggers do not ask again for them),
    and ``{"extras": {"f461_before": cents}}`` when the snapshot has a generic ``extras``
    field (else line 4 is zero)."""
    from calaccess_desktop.domain.snapshot import StatementSnapshot
    from calaccess_desktop.forms.f496.reported import snapshot_extras as reported_496

    out: dict[str, Any] = dict(reported_496(session, stmt))
    if "extras" in getattr(StatementSnapshot, "__dataclass_fields__", {}):
        out["extras"] = {BEFORE_KEY: previous_line5(session, stmt)}
    return out


def start_from_previous(session: Any, statement_id: int) -> None:
    """The FormSpec.after_create hook: keep the previous 461's line 5 as this new
    statement's line 4 (carry-in), then recompute its summary records."""
    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services.summaries import refresh_smry

    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return
    stmt.carry_in = {**(stmt.carry_in or {}), CREATED_KEY: previous_line5(session, stmt)}
    session.flush()
    refresh_smry(session, statement_id)
