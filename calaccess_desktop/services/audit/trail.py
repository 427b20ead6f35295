"""Writing the audit trail: one event per user action, one change row per row it touched.

The undo recorder hands every action's row images here (``record``), so edits, deletes,
spreadsheet imports, amendments and undo/redo themselves are all in the trail; services
that change rows without an undo step (a .CAL import, a bundle import, filing) call
``record`` or ``note`` themselves. Writing a change needs a login once the data file
has users (``users.require``): no change is made without an author.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import bindparam, insert, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.bulk import insert_rows
from calaccess_desktop.db.orm import AuditChange, AuditEvent, Statement
from calaccess_desktop.services.users.access import require
from calaccess_desktop.services.users.roles import ENTER

# Rows that are bookkeeping, not anyone's data: not in the trail.
SKIPPED_TABLES = frozenset({"undo_entries", "sheet_rows", "statement_totals"})
# Columns that change with every write: a change of only these is no change.
NOISE = frozenset({"updated_at", "version", "version_id"})
ACTION_MAX = 300
COLUMNS = ("table_name", "row_id", "statement_id", "tran_id", "before", "after")

_EVENTS: Any = AuditEvent.__table__
_EVENT = insert(_EVENTS).returning(_EVENTS.c.id)  # built once: every action writes one
_COMMITTEE_OF = select(Statement.committee_id).where(Statement.id == bindparam("sid"))
Op = Mapping[str, Any]  # {"table": name, "before": image | None, "after": image | None}


def record(session: Session, action: str, statement_id: int | None, ops: Iterable[Op], *,
           kind: str = "edit", capability: str = ENTER,
           committee_id: int | None = None) -> int:
    """Store one action (who, when, what) and the rows it changed; returns the event id."""
    actor = require(session, capability)
    if committee_id is None and statement_id is not None:
        committee_id = session.scalar(_COMMITTEE_OF, {"sid": statement_id})
    changes = [c for c in (_change(op) for op in ops) if c is not None]
    if committee_id is None:
        committee_id = next((c.pop("_committee") for c in changes if c.get("_committee")),
                            None)
    session.flush()  # what the action changed is written before its event
    conn = session.connection()
    event_id = int(conn.execute(_EVENT, {
        "actor": actor.name[:100], "role": actor.role, "kind": kind[:16],
        "action": _shorten(action), "committee_id": committee_id,
        "statement_id": statement_id}).scalar_one())
    if changes:  # one executemany (a spreadsheet import changes thousands of rows)
        insert_rows(conn, AuditChange.__table__, (*COLUMNS, "event_id"),
                    (tuple(c[k] for k in COLUMNS) + (event_id,) for c in changes))
    return event_id


def note(session: Session, action: str, *, statement_id: int | None = None,
         committee_id: int | None = None, kind: str = "note",
         capability: str = ENTER) -> int:
    """An action that changed no row the trail shows (filed, sent, a user added)."""
    return record(session, action, statement_id, (), kind=kind, capability=capability,
                  committee_id=committee_id)


def undone(session: Session, label: str, statement_id: int | None, ops: Iterable[Op], *,
           redo: bool = False) -> int:
    """An undo (or redo) of a recorded action: its changes the other way round."""
    if redo:
        return record(session, f"Redo: {label}", statement_id, ops, kind="redo")
    backwards = [{"table": op["table"], "before": op["after"], "after": op["before"]}
                 for op in reversed(list(ops))]
    return record(session, f"Undo: {label}", statement_id, backwards, kind="undo")


def _shorten(text: str) -> str:
    return text if len(text) <= ACTION_MAX else text[:ACTION_MAX - 1] + "…"


def _change(op: Op) -> dict[str, Any] | None:
    table = str(op.get("table", ""))
    before, after = op.get("before"), op.get("after")
    if table in SKIPPED_TABLES or (before is None and after is None):
        return None
    image = after if after is not None else before
    assert image is not None
    if table == "records" and image.get("rec_type") == "SMRY":
        return None  # the computed summary, not an entry
    if before is not None and after is not None:
        keys = [k for k in after if k in NOISE or before.get(k) != after.get(k)]
        if all(k in NOISE for k in keys):
            return None
        before = {k: before.get(k) for k in keys if k not in NOISE}
        after = {k: after.get(k) for k in keys if k not in NOISE}
    statement = image.get("id") if table == "statements" else image.get("statement_id")
    return {"table_name": table[:32], "row_id": image.get("id"),
            "statement_id": statement if isinstance(statement, int) else None,
            "tran_id": str(image.get("tran_id") or "")[:20] if table == "records" else "",
            "before": before, "after": after,
            "_committee": image.get("id") if table == "committees" else
            image.get("committee_id")}
