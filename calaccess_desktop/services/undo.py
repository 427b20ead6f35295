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
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, delete, insert, inspect, select, update
from sqlalchemy.orm import DeclarativeBase, Session

from calaccess_desktop.db.bulk import insert_many
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
NAMING_KEY = "undo_naming"  # Session.info: the action under way (its name so far)
HELD_KEY = "undo_held"  # Session.info: those entries by id (the session holds them weakly)
_UNDO: Any = UndoEntry.__table__
_DROP_REDO = delete(_UNDO).where(_UNDO.c.undone.is_(True),
                                 _UNDO.c.actor == bindparam("actor"),
                                 _UNDO.c.session_id == bindparam("undo_session"))
_ADD = insert(_UNDO).returning(_UNDO.c.id)
LOOK_BACK = 200  # later actions looked at for whose work a removal would take
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
    """An image's values as columns take them (dates back from ISO text)."""
    out = dict(image)  # copied at C speed; only the dates are replaced
    for key, value in image.items():
        if value.__class__ is dict and "__date__" in value:
            cls = dt.datetime if value["dt"] else dt.date
            out[key] = cls.fromisoformat(value["__date__"])
    return out


def _mine(who: Who) -> Any:
    return (UndoEntry.actor == who.actor) & (UndoEntry.session_id == who.session_id)


def _announce(session: Session, label: str, statement_id: int | None,
              ops: list[dict[str, Any]]) -> None:
    """Tell the audit trail and the change journal about one stored action."""
    from calaccess_desktop.services.audit import trail

    loaded = None if statement_id is None else session.identity_map.get(
        session.identity_key(Statement, statement_id))
    trail.record(session, label, statement_id, ops,
                 committee_id=getattr(loaded, "committee_id", None))
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

    def inserted(self, table: str, ids: Sequence[int]) -> None:
        """Record rows added in bulk by their ids alone (a spreadsheet of 100,000 rows
        keeps 100,000 ids, not 100,000 images): undo reads their images just before it
        removes them and keeps them for redo."""
        self.ops.append({"table": table, "before": None, "after": None,
                         "inserted": [int(i) for i in ids]})

    def save(self) -> None:
        """Store the action for this person and window (dropping what they had undone:
        a new branch; others' redo stays)."""
        who = who_of(self.session)
        self.session.flush()  # the rows the images describe are written first
        conn = self.session.connection()
        conn.execute(_DROP_REDO, {"actor": who.actor, "undo_session": who.session_id})
        payload = {"ops": self.ops}
        action = self.session.info.get(ACTION_KEY)
        label = self.label
        naming = self.session.info.get(NAMING_KEY)
        if action is not None and not action and naming is not None:
            label = naming.label  # the action's first entry carries its name (no rename)
        new_id = conn.execute(_ADD, {"statement_id": self.statement_id, "label": label,
                                     "payload": payload, "actor": who.actor,
                                     "session_id": who.session_id}).scalar_one()
        if action is not None:
            action.append(new_id)  # announced once, when the action is folded
            self.session.info.setdefault(HELD_KEY, {})[new_id] = Stored(
                new_id, label, self.statement_id, payload)
        else:
            _announce(self.session, self.label, self.statement_id, self.ops)


@dataclass
class Stored:
    """An undo entry just written (what folding and announcing it read)."""

    id: int
    label: str
    statement_id: int | None
    payload: dict[str, Any]


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
    outer_naming = session.info.get(NAMING_KEY)
    action = Action(label, [])
    session.info[ACTION_KEY] = action.ids
    session.info[NAMING_KEY] = action
    try:
        yield action
    finally:
        session.info[ACTION_KEY] = outer
        session.info[NAMING_KEY] = outer_naming
    held = session.info.get(HELD_KEY, {})
    mine = {i: held.pop(i) for i in action.ids if i in held}
    entry = _fold(session, action.ids, action.label, mine)
    if entry is not None and outer is not None:
        outer.append(entry.id)
    elif entry is not None:
        _announce(session, entry.label, entry.statement_id, entry.payload["ops"])


def _fold(session: Session, ids: list[int], label: str,
          stored: dict[int, Stored]) -> UndoEntry | Stored | None:
    """The action's entries made one (the first, named ``label``); ``stored``: those
    this session wrote, by id."""
    session.flush()
    only = stored.get(ids[0]) if len(ids) == 1 else None
    if only is not None:  # one entry (one save): nothing to fold, only its name
        if only.label != label:
            session.execute(update(_UNDO).where(_UNDO.c.id == only.id).values(label=label))
            only.label = label
        return only
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
    return first


@dataclass(frozen=True)
class UndoStatus:
    """What the Undo and Redo menu items should say."""

    undo_label: str | None
    redo_label: str | None


# Entries whose undo (or redo) was refused, by undo session: told once, then passed over
# so that Undo goes on with the person's earlier actions (kept in memory: the refusal's
# transaction writes nothing).
_SET_ASIDE: dict[str, set[int]] = {}


def _aside(who: Who) -> Any:
    return UndoEntry.id.not_in(sorted(_SET_ASIDE.get(who.session_id, ())))


def _next_undo(session: Session, who: Who) -> UndoEntry | None:
    return session.scalars(select(UndoEntry).where(UndoEntry.undone.is_(False), _mine(who),
                                                   _aside(who))
                           .order_by(UndoEntry.id.desc())).first()


def _next_redo(session: Session, who: Who) -> UndoEntry | None:
    return session.scalars(select(UndoEntry).where(UndoEntry.undone.is_(True), _mine(who),
                                                   _aside(who))
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
        ids = sorted(i for t, i in keys if t == table)
        for where in _id_ranges(model, ids):
            for row in session.execute(select(model).where(where)):
                now[(table, int(row.id))] = dict(row._mapping)
    return now


def _same(image: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a row still holds what an image says (the columns any write changes
    anyway, and the counter, aside). Values are compared as values: a time is the same
    instant whatever zone the server reports it in."""
    return all(_same_value(row.get(k), v) for k, v in _restore(image).items()
               if k not in SKIP_COMPARE)


def _same_value(stored: Any, pictured: Any) -> bool:
    if isinstance(stored, dt.datetime) and isinstance(pictured, dt.datetime):
        utc = dt.UTC  # a file keeps times without their zone: they are UTC
        return stored.replace(tzinfo=stored.tzinfo or utc) == pictured.replace(
            tzinfo=pictured.tzinfo or utc)
    return bool(stored == pictured)


def _check(session: Session, entry: UndoEntry, steps: list[Step], verb: str,
           read: dict[Key, dict[str, Any]] | None = None) -> dict[Key, int]:
    """The rows' versions now, after making sure each still holds what this action
    left (compared column by column, like a hash before a write), and that removing a
    statement takes no later work with it. Rows in ``read`` were read in this
    transaction as they are (a bulk insert's, by ``_expanded``): not read again."""
    expected = _expected(steps)
    for key, seen in (read or {}).items():
        if expected.get(key) is seen:  # what the action left is what is there now
            del expected[key]
    now = _rows_now(session, list(expected))
    for key, image in expected.items():
        row = now.get(key)
        if (row is None) == (image is None) and (row is None or _same(image or {}, row)):
            continue
        who = changed_by(session, entry.statement_id, *key) or "someone else"
        happened = "deleted" if row is None else "changed"
        _refuse(session, entry, verb, f"{THING[key[0]]} it changed was {happened} since "
                                      f"by {who}")
    for table, target, current in steps:
        if table == "statements" and target is None and current is not None:
            later = _later_work(session, entry, int(current["id"]))
            if later is not None:
                _refuse(session, entry, verb, f"it would remove the statement, and "
                                              f"{later.actor or 'someone'} has worked on it "
                                              f"since (\u201c{later.label}\u201d)")
        if table == "committees" and target is None and current is not None:
            ours = {int((t or c or {})["id"]) for tb, t, c in steps if tb == "statements"}
            theirs = session.scalars(select(Statement.id).where(
                Statement.committee_id == int(current["id"]))).all()
            if set(theirs) - ours:
                _refuse(session, entry, verb, "it would remove the committee, and it has "
                                              "statements made since")
    return {key: int(row["version"]) for key, row in now.items()}


def _later_work(session: Session, entry: UndoEntry, statement_id: int) -> UndoEntry | None:
    """A later action on a statement this step would remove: someone else's if any."""
    later = session.scalars(select(UndoEntry).where(
        UndoEntry.statement_id == statement_id, UndoEntry.id > entry.id,
        UndoEntry.undone.is_(False)).order_by(UndoEntry.id.desc()).limit(LOOK_BACK)).all()
    mine = who_of(session).session_id
    return next((e for e in later if e.session_id != mine), later[0] if later else None)


def _refuse(session: Session, entry: UndoEntry, verb: str, why: str) -> None:
    """Say why, and pass over this step from now on (the person has been told)."""
    _SET_ASIDE.setdefault(who_of(session).session_id, set()).add(entry.id)
    further = "earlier" if verb == "undone" else "later"
    raise UndoRefused(
        f"\u201c{entry.label}\u201d cannot be {verb}: {why}. Nothing was {verb}, so "
        "their work is kept; make the correction by hand if it is still needed. "
        f"{'Undo' if verb == 'undone' else 'Redo'} now goes on with your {further} "
        "changes.")


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
            _delete(session, table, model, run, keys, {**now, **after})
        else:
            existing: set[int] = set()
            for where in _id_ranges(model, sorted(keys)):
                existing.update(session.scalars(select(model.c.id).where(where)))
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
                _insert(session, model, new_rows)
        start = end
    return after


class _Moved(Exception):
    """A row this step removes was changed or removed meanwhile (after the check)."""

    def __init__(self, table: str, key: int, gone: bool) -> None:
        super().__init__(table, key)
        self.table, self.key, self.gone = table, key, gone


def _delete(session: Session, table: str, model: Any, run: list[Step], keys: list[int],
            versions: dict[Key, int]) -> None:
    """Remove a run of rows; a versioned row only in the version it has now (as checked,
    or as written by an earlier step; else as its image says), so a change made
    meanwhile by a writer outside this one's lock is never lost (``_Moved``)."""
    by_version: dict[int | None, list[int]] = {}
    for key, (_tb, _target, current) in zip(keys, run, strict=True):
        version = None
        if table in VERSIONED:
            version = versions.get((table, key), (current or {}).get("version"))
        by_version.setdefault(None if version is None else int(version), []).append(key)
    for version, ids in by_version.items():
        ids.sort()
        removed, conn = 0, session.connection()
        for where in _id_ranges(model, ids):
            if version is not None:
                where = where & (model.c.version == version)
            removed += conn.execute(delete(model).where(where)).rowcount
        if version is not None and removed != len(ids):
            left: set[int] = set()
            for where in _id_ranges(model, ids):
                left.update(session.scalars(select(model.c.id).where(where)))
            key = min(left) if left else ids[0]
            raise _Moved(table, key, gone=not left)


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Put rows back: as tuples in one bulk insert when each has every column (images
    always do), else through Core."""
    names, first = list(model.c.keys()), rows[0].keys()
    if first == set(names) and all(row.keys() == first for row in rows):
        insert_many(session.connection(), model, names, [tuple(row[n] for n in names)
                                                         for row in rows])
    else:
        session.execute(insert(model), rows)


def _apply_moved(session: Session, entry: UndoEntry, steps: list[Step], now: dict[Key, int],
                 verb: str, read: dict[Key, dict[str, Any]]) -> None:
    """``_apply_all``, refusing in the check's own words when a row moved meanwhile."""
    try:
        _apply_all(session, steps, now)
    except _Moved as moved:
        if (moved.table, moved.key) in read:  # a bulk insert's row, as _expanded says it
            _refuse(session, entry, verb, "some of the rows it added were changed or "
                                          "deleted since")
        who = changed_by(session, entry.statement_id, moved.table, moved.key) or \
            "someone else"
        happened = "deleted" if moved.gone else "changed"
        _refuse(session, entry, verb, f"{THING[moved.table]} it changed was {happened} "
                                      f"since by {who}")


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
    ops = _expanded(session, entry, undoing=True)
    steps = [(op["table"], op["before"], op["after"]) for op in reversed(ops)]
    read = _read_now(ops)
    now = _check(session, entry, steps, "undone", read)
    _apply_moved(session, entry, steps, now, "undone", read)
    session.execute(update(_UNDO).where(_UNDO.c.id == entry.id)
                    .values(undone=True, **_kept_for_redo(entry, ops)))
    entry.payload = {"ops": ops}  # (detached: what the trail and the totals are told)
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
    ops = _expanded(session, entry, undoing=False)
    steps = [(op["table"], op["after"], op["before"]) for op in ops]
    now = _check(session, entry, steps, "redone")
    _apply_moved(session, entry, steps, now, "redone", {})
    bulk = _has_bulk(entry)
    session.execute(update(_UNDO).where(_UNDO.c.id == entry.id).values(
        undone=False, **({"payload": _without_images(entry)} if bulk else {})))
    entry.payload = {"ops": ops}
    trail.undone(session, entry.label, entry.statement_id, ops, redo=True)
    note_change(session, entry.statement_id)
    _refresh_summary(session, entry, undone=False)
    return entry


# ----------------------------------------------------------------- bulk inserts


def _has_bulk(entry: UndoEntry) -> bool:
    return any("inserted" in op for op in entry.payload["ops"])


def _expanded(session: Session, entry: UndoEntry, *, undoing: bool) -> list[dict[str, Any]]:
    """The entry's ops with each bulk insert as one op per row: before an undo, the rows
    as they are now (refused if one was changed or deleted since it was added); before
    a redo, the images the undo kept."""
    out: list[dict[str, Any]] = []
    for op in entry.payload["ops"]:
        ids = op.get("inserted")
        if ids is None:
            out.append(op)
            continue
        images = _images_now(session, op["table"], ids) if undoing else op.get("images", [])
        if undoing and (len(images) != len(ids) or any(
                int(i.get("version", 1)) != 1 for i in images)):
            _refuse(session, entry, "undone", "some of the rows it added were changed or "
                                              "deleted since")
        out.extend({"table": op["table"], "before": None, "after": image,
                    **({"read_now": True} if undoing else {})} for image in images)
    return out


def _read_now(ops: list[dict[str, Any]]) -> dict[Key, dict[str, Any]]:
    """The versioned rows whose images ``_expanded`` read as they are now."""
    return {(op["table"], int(op["after"]["id"])): op["after"] for op in ops
            if op.get("read_now") and op["table"] in VERSIONED}


def _images_now(session: Session, table: str, ids: list[int]) -> list[dict[str, Any]]:
    model: Any = TABLES[table].__table__
    names = list(model.c.keys())
    dated = [i for i, c in enumerate(model.c) if _python_type(c) not in _PLAIN]  # may be
    images: list[dict[str, Any]] = []
    conn = session.connection()
    for where in _id_ranges(model, ids):
        for row in conn.execute(select(model).where(where).order_by(model.c.id)).all():
            values = list(row)
            for i in dated:
                values[i] = _json_safe(values[i])
            images.append(dict(zip(names, values, strict=True)))
    return images


_PLAIN = (int, str, bool, float)  # a column of these never holds a date


def _python_type(column: Any) -> type | None:
    try:
        found: type = column.type.python_type
        return found
    except NotImplementedError:
        return None


def _id_ranges(model: Any, ids: Sequence[int]) -> Iterator[Any]:
    """Conditions that pick rows ``ids`` of ``model``: one range when they are
    consecutive (a bulk insert's), else ``CHUNK`` ids at a time."""
    if ids and ids[-1] - ids[0] + 1 == len(ids) and list(ids) == list(
            range(ids[0], ids[-1] + 1)):
        yield model.c.id.between(ids[0], ids[-1])
        return
    for k in range(0, len(ids), CHUNK):
        yield model.c.id.in_(ids[k:k + CHUNK])


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return {"__date__": value.isoformat(), "dt": isinstance(value, dt.datetime)}
    return value


def _kept_for_redo(entry: UndoEntry, ops: list[dict[str, Any]]) -> dict[str, Any]:
    """After undoing a bulk insert: its op keeps the rows' images (redo puts them back)."""
    if not _has_bulk(entry):
        return {}
    by_table: dict[str, list[dict[str, Any]]] = {}
    for op in ops:
        if op["before"] is None and op["after"] is not None:
            by_table.setdefault(op["table"], []).append(op["after"])
    kept = []
    for op in entry.payload["ops"]:
        if "inserted" in op:
            wanted = set(op["inserted"])
            op = {**op, "images": [i for i in by_table.get(op["table"], [])
                                   if i["id"] in wanted]}
        kept.append(op)
    return {"payload": {"ops": kept}}


def _without_images(entry: UndoEntry) -> dict[str, Any]:
    return {"ops": [{k: v for k, v in op.items() if k != "images"}
                    for op in entry.payload["ops"]]}


def _refresh_summary(session: Session, entry: UndoEntry, *, undone: bool) -> None:
    """Keep the touched statement's totals true to its records after undo/redo."""
    from calaccess_desktop.services.totals.incremental import after_ops, recompute_restored

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
        recompute_restored(session, entry.payload["ops"])  # a deleted statement back
        return
    session.expunge_all()
    if session.get(Statement, entry.statement_id) is not None:
        after_ops(session, entry.statement_id, entry.payload["ops"], undone=undone)
