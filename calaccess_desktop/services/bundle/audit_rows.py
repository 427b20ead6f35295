"""The audit trail in a bundle: a committee's events and their row changes travel with
it, their statement, entry and row numbers carried over to the numbers the import gives.
An event already in the data file (same time, person, action) is not added again."""

from __future__ import annotations

from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import AuditChange, AuditEvent

TABLES = ("audit_events", "audit_changes")
ROW_MAPS = {"records": "records", "statements": "statements", "contacts": "contacts",
            "committees": "committees"}

Row = dict[str, Any]


def _mapped(maps: dict[str, dict[int, int]], table: str, value: Any) -> int | None:
    if not isinstance(value, int):
        return None
    return maps[table].get(value)


def _key(at: Any, actor: Any, action: Any, statement: Any) -> tuple[str, str, str, Any]:
    stamp = at.isoformat(timespec="seconds") if hasattr(at, "isoformat") else str(at)
    return stamp[:19], str(actor), str(action), statement


def import_trail(session: Session, events: list[Row], changes: list[Row], committee_id: int,
                 maps: dict[str, dict[int, int]]) -> int:
    """Add the bundle's trail for the committee now numbered ``committee_id``; returns how
    many events were added."""
    have = {_key(e.at, e.actor, e.action, e.statement_id) for e in session.scalars(
        select(AuditEvent).where(AuditEvent.committee_id == committee_id))}
    new_ids: dict[int, int] = {}
    added = 0
    for e in sorted(events, key=lambda r: r["id"]):
        statement = _mapped(maps, "statements", e.get("statement_id"))
        key = _key(e.get("at"), e.get("actor"), e.get("action"), statement)
        if key in have:
            continue
        have.add(key)
        event = AuditEvent(at=e.get("at"), actor=str(e.get("actor", ""))[:100],
                           role=str(e.get("role", ""))[:16], kind=str(e.get("kind", ""))[:16],
                           action=str(e.get("action", ""))[:300], committee_id=committee_id,
                           statement_id=statement)
        session.add(event)
        session.flush()
        new_ids[e["id"]] = event.id
        added += 1
    rows = []
    for c in changes:
        event_id = new_ids.get(c.get("event_id"))  # type: ignore[arg-type]
        if event_id is None:
            continue
        table = str(c.get("table_name", ""))
        rows.append({"event_id": event_id, "table_name": table[:32],
                     "row_id": _mapped(maps, ROW_MAPS[table], c.get("row_id"))
                     if table in ROW_MAPS else None,
                     "statement_id": _mapped(maps, "statements", c.get("statement_id")),
                     "tran_id": str(c.get("tran_id") or "")[:20],
                     "before": c.get("before"), "after": c.get("after")})
    for k in range(0, len(rows), 5000):
        session.execute(insert(AuditChange), rows[k:k + 5000])
    return added
