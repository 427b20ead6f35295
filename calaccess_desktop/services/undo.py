"""Undo and redo owned by the core: each user action stores row images before and after.

An action is recorded with ``Recorder``; ``undo`` puts every touched row back as it
was, ``redo`` applies it again. The UI only mirrors ``undo_status``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import DeclarativeBase, Session

from calaccess_desktop.db.orm import Committee, Contact, Record, SheetRow, Statement, UndoEntry

TABLES: dict[str, type[DeclarativeBase]] = {
    "committees": Committee,
    "statements": Statement,
    "contacts": Contact,
    "records": Record,
    "undo_entries": UndoEntry,  # a deleted statement's own history (services.statements)
    "sheet_rows": SheetRow,  # a spreadsheet import's row fingerprints (services.sheets)
}


def row_image(obj: Any) -> dict[str, Any]:
    """All column values of an ORM object, JSON-safe (dates as ISO text)."""
    out = {}
    for col in inspect(type(obj)).columns:
        value = getattr(obj, col.key)
        if isinstance(value, dt.datetime | dt.date):
            value = {"__date__": value.isoformat(), "dt": isinstance(value, dt.datetime)}
        out[col.key] = value
    return out


def _restore(image: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in image.items():
        if isinstance(value, dict) and "__date__" in value:
            cls = dt.datetime if value["dt"] else dt.date
            value = cls.fromisoformat(value["__date__"])
        out[key] = value
    return out


class Recorder:
    """Collects the row changes of one user action."""

    def __init__(self, session: Session, label: str, statement_id: int | None) -> None:
        self.session = session
        self.label = label
        self.statement_id = statement_id
        self.ops: list[dict[str, Any]] = []

    def before(self, obj: Any) -> dict[str, Any] | None:
        """Image of an existing object before it changes (None for new objects)."""
        return row_image(obj) if obj is not None else None

    def changed(self, table: str, before: dict[str, Any] | None, obj: Any | None) -> None:
        """Record a change: ``obj`` is the object after it (None when deleted)."""
        self.session.flush()
        after = row_image(obj) if obj is not None else None
        self.ops.append({"table": table, "before": before, "after": after})

    def save(self) -> None:
        """Store the action (dropping anything that was undone: a new branch)."""
        self.session.execute(delete(UndoEntry).where(UndoEntry.undone.is_(True)))
        self.session.add(
            UndoEntry(statement_id=self.statement_id, label=self.label, payload={"ops": self.ops})
        )


@dataclass(frozen=True)
class UndoStatus:
    """What the Undo and Redo menu items should say."""

    undo_label: str | None
    redo_label: str | None


def undo_status(session: Session) -> UndoStatus:
    """Labels of the next action to undo and to redo."""
    last = session.scalars(
        select(UndoEntry).where(UndoEntry.undone.is_(False)).order_by(UndoEntry.id.desc())
    ).first()
    nxt = session.scalars(
        select(UndoEntry).where(UndoEntry.undone.is_(True)).order_by(UndoEntry.id)
    ).first()
    return UndoStatus(last.label if last else None, nxt.label if nxt else None)


Step = tuple[str, dict[str, Any] | None, dict[str, Any] | None]  # table, target, current
CHUNK = 500  # ids per IN (...) query


def _apply_all(session: Session, steps: list[Step]) -> None:
    """Apply steps in order; a run of steps on one table is done in a few statements
    (a deleted statement's thousands of records come back in seconds, not minutes)."""
    session.expunge_all()
    start = 0
    while start < len(steps):
        table, target, _current = steps[start]
        end = start + 1
        while (end < len(steps) and steps[end][0] == table
               and (steps[end][1] is None) == (target is None)):
            end += 1
        run = steps[start:end]
        model: Any = TABLES[table].__table__  # Core: the images' versions as stored
        keys = [(t or c or {})["id"] for _tb, t, c in run]
        if target is None:
            for k in range(0, len(keys), CHUNK):
                session.execute(delete(model).where(model.c.id.in_(keys[k:k + CHUNK])))
        else:
            existing: set[int] = set()
            for k in range(0, len(keys), CHUNK):
                existing.update(session.scalars(select(model.c.id).where(
                    model.c.id.in_(keys[k:k + CHUNK]))))
            new_rows = []
            for key, (_tb, image, _c) in zip(keys, run, strict=True):
                assert image is not None
                if key in existing:
                    session.execute(update(model).where(model.c.id == key)
                                    .values(**_restore(image)))
                else:
                    new_rows.append(_restore(image))
            if new_rows:
                session.execute(insert(model), new_rows)
        start = end


def undo(session: Session) -> UndoEntry | None:
    """Undo the latest action; returns it (None when there is nothing to undo)."""
    entry = session.scalars(
        select(UndoEntry).where(UndoEntry.undone.is_(False)).order_by(UndoEntry.id.desc())
    ).first()
    if entry is None:
        return None
    _apply_all(session, [(op["table"], op["before"], op["after"])
                         for op in reversed(entry.payload["ops"])])
    session.execute(update(UndoEntry).where(UndoEntry.id == entry.id).values(undone=True))
    _refresh_summary(session, entry)
    return entry


def redo(session: Session) -> UndoEntry | None:
    """Redo the earliest undone action."""
    entry = session.scalars(
        select(UndoEntry).where(UndoEntry.undone.is_(True)).order_by(UndoEntry.id)
    ).first()
    if entry is None:
        return None
    _apply_all(session, [(op["table"], op["after"], op["before"])
                         for op in entry.payload["ops"]])
    session.execute(update(UndoEntry).where(UndoEntry.id == entry.id).values(undone=False))
    _refresh_summary(session, entry)
    return entry


def _refresh_summary(session: Session, entry: UndoEntry) -> None:
    """Keep the touched statement's SMRY records true to its records after undo/redo."""
    from calaccess_desktop.services.summaries import refresh_smry

    if entry.statement_id is None:
        # A committee's profile change may change its filing officers and so the
        # itemization threshold of its drafts.
        from calaccess_desktop.services.officers import refresh_drafts

        committees = {int((op["after"] or op["before"])["id"]) for op in entry.payload["ops"]
                      if op["table"] == "committees" and (op["after"] or op["before"])}
        session.expunge_all()
        for cid in sorted(committees):
            if session.get(Committee, cid) is not None:
                refresh_drafts(session, cid)
        return
    session.expunge_all()
    if session.get(Statement, entry.statement_id) is not None:
        refresh_smry(session, entry.statement_id)
