"""Undo and redo owned by the core: each user action stores row images before and after.

An action is recorded with ``Recorder`` (several recorders inside ``one_action`` make
one step); ``undo`` puts every touched row back as it was, ``redo`` applies it again.
The UI only mirrors ``undo_status``.

Many writers: each entry belongs to one person in one window (``concurrency.who``), and
every query asks for that person's entries only, so one person's Ctrl+Z never undoes
another's change and a new action drops only its own redo branch. Rows of
committees, statements and records carry a version; undo and redo put a row back only
if its version is still the one this action left, and write only the columns the
action changed (never the Tran_ID counter), else ``UndoRefused`` says whose change
would be lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, inspect, select, update
from sqlalchemy.orm import DeclarativeBase, Session

from calaccess_desktop.db.orm import Committee, Contact, Record, SheetRow, Statement, UndoEntry
from calaccess_desktop.services.concurrency.conflicts import UndoRefused, changed_by
from calaccess_desktop.services.concurrency.counters import free_places
from calaccess_desktop.services.concurrency.journal import note_change
from calaccess_desktop.services.concurrency.who import Who, who_of

TABLES: dict[str, type[DeclarativeBase]] = {
    "committees": Committee,
    "statements": Statement,
    "contacts": Contact,
    "records": Record,
    "undo_entries": UndoEntry,  # a deleted statement's own history (services.statements)
    "sheet_rows": SheetRow,  # a spreadsheet import's row fingerprints (services.sheets)
}
VERSIONED = frozenset({"committees", "statements", "records"})
NEVER_BACK = frozenset({"id", "version", "next_tran_seq"})  # undo never writes these back
SKIP_COMPARE = NEVER_BACK | {"updated_at", "seq"}  # a place may move (free_places)
ACTION_KEY = "undo_action"  # Session.info: ids of the entries of the action under way
_UNDO: Any = UndoEntry.__table__
THING = {"committees": "the committee", "statements": "the statement",
         "records": "an entry"}


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


def _mine(who: Who) -> Any:
    return (UndoEntry.actor == who.actor) & (UndoEntry.session_id == who.session_id)


def _announce(session: Session, label: str, statement_id: int | None,
              ops: list[dict[str, Any]]) -> None:
    """Tell the audit trail and the change journal about one stored action."""
    from calaccess_desktop.services.audit import trail

    trail.record(session, label, statement_id, ops)
    note_change(session, statement_id)


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
        """Store the action for this person and window (dropping what they had undone:
        a new branch; others' redo stays)."""
        who = who_of(self.session)
        self.session.execute(delete(UndoEntry).where(UndoEntry.undone.is_(True), _mine(who)))
        entry = UndoEntry(statement_id=self.statement_id, label=self.label,
                          payload={"ops": self.ops}, actor=who.actor,
                          session_id=who.session_id)
        self.session.add(entry)
        self.session.flush()
        action = self.session.info.get(ACTION_KEY)
        if action is not None:
            action.append(entry.id)  # announced once, when the action is folded
        else:
            _announce(self.session, self.label, self.statement_id, self.ops)


@dataclass
class Action:
    """One user action under way: its name (may be set before it ends) and the ids of
    the undo entries it wrote."""

    label: str
    ids: list[int]


@contextmanager
def one_action(session: Session, label: str) -> Iterator[Action]:
    """Every ``Recorder.save`` inside becomes ONE undo step named ``label`` (by the ids
    this action wrote, never "whatever came after id N": another writer's entries
    are not swallowed)."""
    outer = session.info.get(ACTION_KEY)
    action = Action(label, [])
    session.info[ACTION_KEY] = action.ids
    try:
        yield action
    finally:
        session.info[ACTION_KEY] = outer
    folded = _fold(session, action.ids, action.label)
    if folded is not None and outer is not None:
        outer.append(folded)
    elif folded is not None:
        entry = session.get(UndoEntry, folded)
        assert entry is not None
        _announce(session, entry.label, entry.statement_id, entry.payload["ops"])


def _fold(session: Session, ids: list[int], label: str) -> int | None:
    session.flush()
    entries = session.scalars(select(UndoEntry).where(UndoEntry.id.in_(ids))
                              .order_by(UndoEntry.id)).all()
    if not entries:
        return None
    first = entries[0]
    first.payload = {"ops": [op for e in entries for op in e.payload["ops"]]}
    first.label = label
    for extra in entries[1:]:
        session.delete(extra)
    session.flush()
    return first.id


@dataclass(frozen=True)
class UndoStatus:
    """What the Undo and Redo menu items should say."""

    undo_label: str | None
    redo_label: str | None


def _next_undo(session: Session, who: Who) -> UndoEntry | None:
    return session.scalars(select(UndoEntry).where(UndoEntry.undone.is_(False), _mine(who))
                           .order_by(UndoEntry.id.desc())).first()


def _next_redo(session: Session, who: Who) -> UndoEntry | None:
    return session.scalars(select(UndoEntry).where(UndoEntry.undone.is_(True), _mine(who))
                           .order_by(UndoEntry.id)).first()


def undo_status(session: Session) -> UndoStatus:
    """Labels of this person's next action to undo and to redo."""
    who = who_of(session)
    last, nxt = _next_undo(session, who), _next_redo(session, who)
    return UndoStatus(last.label if last else None, nxt.label if nxt else None)


Step = tuple[str, dict[str, Any] | None, dict[str, Any] | None]  # table, target, current
Key = tuple[str, int]
CHUNK = 500  # ids per IN (...) query


def _expected(steps: list[Step]) -> dict[Key, dict[str, Any] | None]:
    """Each versioned row's state the action left (its first step's 'current')."""
    out: dict[Key, dict[str, Any] | None] = {}
    for table, target, current in steps:
        if table in VERSIONED:
            out.setdefault((table, int((target or current or {})["id"])), current)
    return out


def _rows_now(session: Session, keys: list[Key]) -> dict[Key, dict[str, Any]]:
    now: dict[Key, dict[str, Any]] = {}
    for table in {t for t, _ in keys}:
        model: Any = TABLES[table].__table__
        ids = [i for t, i in keys if t == table]
        for k in range(0, len(ids), CHUNK):
            for row in session.execute(select(model).where(model.c.id.in_(ids[k:k + CHUNK]))):
                now[(table, int(row.id))] = dict(row._mapping)
    return now


def _same(image: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a row still holds what an image says (the columns any write changes
    anyway, and the counter, aside). Values are compared as values: a time is the same
    instant whatever zone the server reports it in."""
    return all(row.get(k) == v for k, v in _restore(image).items() if k not in SKIP_COMPARE)


def _check(session: Session, entry: UndoEntry, steps: list[Step], verb: str) -> dict[Key, int]:
    """The rows' versions now, after making sure each still holds what this action
    left (compared column by column, like a hash before a write)."""
    expected = _expected(steps)
    now = _rows_now(session, list(expected))
    for key, image in expected.items():
        row = now.get(key)
        if (row is None) == (image is None) and (row is None or _same(image or {}, row)):
            continue
        who = changed_by(session, entry.statement_id, *key) or "someone else"
        happened = "deleted" if row is None else "changed"
        raise UndoRefused(
            f"\u201c{entry.label}\u201d cannot be {verb}: {THING[key[0]]} it changed was "
            f"{happened} since by {who}. Nothing was {verb}, so their change is kept; "
            "make the correction by hand if it is still needed.")
    return {key: int(row["version"]) for key, row in now.items()}


def _apply_all(session: Session, steps: list[Step], now: dict[Key, int]) -> dict[Key, int]:
    """Apply steps in order; a run of steps on one table is done in a few statements
    (a deleted statement's thousands of records come back in seconds, not minutes).
    Returns the version each versioned row has afterwards."""
    session.expunge_all()
    after: dict[Key, int] = {}
    start = 0
    while start < len(steps):
        table, target, _current = steps[start]
        end = start + 1
        while (end < len(steps) and steps[end][0] == table
               and (steps[end][1] is None) == (target is None)):
            end += 1
        run = steps[start:end]
        model: Any = TABLES[table].__table__  # Core: the images' versions as stored
        keys = [int((t or c or {})["id"]) for _tb, t, c in run]
        if target is None:
            for k in range(0, len(keys), CHUNK):
                session.execute(delete(model).where(model.c.id.in_(keys[k:k + CHUNK])))
        else:
            existing: set[int] = set()
            for k in range(0, len(keys), CHUNK):
                existing.update(session.scalars(select(model.c.id).where(
                    model.c.id.in_(keys[k:k + CHUNK]))))
            new_rows = []
            for key, (_tb, image, current) in zip(keys, run, strict=True):
                assert image is not None
                if key in existing:
                    session.execute(update(model).where(model.c.id == key)
                                    .values(**_changed_columns(table, key, image, current,
                                                               now, after)))
                else:
                    new_rows.append(_restore(image))
                    if table in VERSIONED:
                        after[(table, key)] = int(image.get("version", 1))
            if new_rows and table == "records":
                free_places(session, new_rows)
            if new_rows:
                session.execute(insert(model), new_rows)
        start = end
    return after


def _changed_columns(table: str, key: int, image: dict[str, Any],
                     current: dict[str, Any] | None, now: dict[Key, int],
                     after: dict[Key, int]) -> dict[str, Any]:
    """The columns this step puts back (only those the action changed), and for a
    versioned row its next version."""
    values = {k: v for k, v in _restore(image).items() if k not in NEVER_BACK
              and (current is None or current.get(k) != image.get(k))}
    if table in VERSIONED:
        version = after.get((table, key)) or now.get((table, key), 0) + 1
        after[(table, key)] = values["version"] = version
    return values


def undo(session: Session) -> UndoEntry | None:
    """Undo this person's latest action; returns it (None when there is nothing to
    undo). ``UndoRefused`` when a row it changed was changed since by someone else."""
    from calaccess_desktop.services.audit import trail

    entry = _next_undo(session, who_of(session))
    if entry is None:
        return None
    ops = entry.payload["ops"]
    steps = [(op["table"], op["before"], op["after"]) for op in reversed(ops)]
    now = _check(session, entry, steps, "undone")
    _apply_all(session, steps, now)
    session.execute(update(_UNDO).where(_UNDO.c.id == entry.id)
                    .values(undone=True))
    trail.undone(session, entry.label, entry.statement_id, ops)
    note_change(session, entry.statement_id)
    _refresh_summary(session, entry, undone=True)
    return entry


def redo(session: Session) -> UndoEntry | None:
    """Redo this person's earliest undone action."""
    from calaccess_desktop.services.audit import trail

    entry = _next_redo(session, who_of(session))
    if entry is None:
        return None
    ops = entry.payload["ops"]
    steps = [(op["table"], op["after"], op["before"]) for op in ops]
    now = _check(session, entry, steps, "redone")
    _apply_all(session, steps, now)
    session.execute(update(_UNDO).where(_UNDO.c.id == entry.id)
                    .values(undone=False))
    trail.undone(session, entry.label, entry.statement_id, ops, redo=True)
    note_change(session, entry.statement_id)
    _refresh_summary(session, entry, undone=False)
    return entry


def _refresh_summary(session: Session, entry: UndoEntry, *, undone: bool) -> None:
    """Keep the touched statement's totals true to its records after undo/redo."""
    from calaccess_desktop.services.totals.incremental import after_ops

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
        after_ops(session, entry.statement_id, entry.payload["ops"], undone=undone)
