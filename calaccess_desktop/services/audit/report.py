"""Reading the audit trail of a statement or of one entry, as plain values and words.

An entry is known by its transaction ID, which an amendment keeps: an entry's trail
follows it back through the earlier versions of the statement.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import AuditChange, AuditEvent, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.audit.words import FieldChange, entry_name, field_changes

VERBS = {"added": "+", "changed": "~", "deleted": "-"}


class NoTrail(UserError):
    """The statement or entry asked for has no trail (it never existed here)."""


@dataclass(frozen=True, slots=True)
class RowChange:
    """One row an action changed: what happened to it and its fields."""

    what: str  # added, changed, deleted
    subject: str  # "entry CD1-12 (Grace Okafor)", "the statement", "the committee", ...
    tran_id: str
    fields: tuple[FieldChange, ...]


@dataclass(frozen=True, slots=True)
class TrailLine:
    """One action: when, who, what, and the rows it changed."""

    at: dt.datetime
    actor: str
    role: str
    kind: str
    action: str
    statement_id: int | None
    changes: tuple[RowChange, ...] = field(default=())

    @property
    def who(self) -> str:
        """'Pat (treasurer)' or the plain name."""
        return f"{self.actor} ({self.role})" if self.role else self.actor

    def as_json(self) -> dict[str, Any]:
        """A JSON-ready object."""
        return {"at": self.at.isoformat(timespec="seconds"), "actor": self.actor,
                "role": self.role, "kind": self.kind, "action": self.action,
                "statement": self.statement_id,
                "changes": [{"what": c.what, "subject": c.subject, "tran_id": c.tran_id,
                             "fields": [{"field": f.field, "before": f.before,
                                         "after": f.after} for f in c.fields]}
                            for c in self.changes]}


def _subject(change: AuditChange, image: dict[str, Any]) -> str:
    table = change.table_name
    if table == "records":
        return entry_name(image, change.tran_id)
    if table == "statements":
        return f"statement {change.row_id}"
    if table == "committees":
        return f"committee {image.get('name') or change.row_id}"
    if table == "contacts":
        name = " ".join(str(image.get(k) or "") for k in ("first_name", "last_name")).strip()
        return f"contact {name or change.row_id}"
    return f"{table} row {change.row_id}"


def _row_change(change: AuditChange) -> RowChange:
    before, after = change.before, change.after
    what = "added" if before is None else "deleted" if after is None else "changed"
    image = after if after is not None else before or {}
    if what == "changed" and change.table_name == "records":
        image = {**(before or {}), **image}
    return RowChange(what, _subject(change, image), change.tran_id,
                     tuple(field_changes(change.table_name, before, after)))


def _lines(session: Session, events: list[AuditEvent],
           changes: list[AuditChange]) -> list[TrailLine]:
    by_event: dict[int, list[RowChange]] = {}
    for c in changes:
        by_event.setdefault(c.event_id, []).append(_row_change(c))
    return [TrailLine(e.at, e.actor, e.role, e.kind, e.action, e.statement_id,
                      tuple(by_event.get(e.id, ()))) for e in events]


def chain(session: Session, statement_id: int) -> list[int]:
    """The statement and the earlier versions it amends, newest first."""
    out, seen = [statement_id], {statement_id}
    current = session.get(Statement, statement_id)
    while current is not None and current.amends_statement_id and \
            current.amends_statement_id not in seen:
        seen.add(current.amends_statement_id)
        out.append(current.amends_statement_id)
        current = session.get(Statement, current.amends_statement_id)
    return out


def statement_trail(session: Session, statement_id: int) -> list[TrailLine]:
    """Every action on the statement, oldest first (its entries, its cover, its status;
    deleted statements too, by number)."""
    touched = select(AuditChange.event_id).where(AuditChange.statement_id == statement_id)
    events = list(session.scalars(select(AuditEvent).where(or_(
        AuditEvent.statement_id == statement_id, AuditEvent.id.in_(touched)))
        .order_by(AuditEvent.id)))
    if not events and session.get(Statement, statement_id) is None:
        raise NoTrail(f"There is no statement {statement_id} in this data file, and none "
                      "was ever recorded under that number.")
    ids = [e.id for e in events]
    changes = _in(session, ids, AuditChange.statement_id == statement_id)
    own = {e.id for e in events if e.statement_id == statement_id}
    changes += [c for c in _in(session, sorted(own), AuditChange.statement_id.is_(None))]
    changes.sort(key=lambda c: c.id)
    return _lines(session, events, changes)


def entry_trail(session: Session, statement_id: int, tran_id: str) -> list[TrailLine]:
    """Every change of one entry (by transaction ID), through the earlier versions of the
    statement, with the import or amendment that brought it along."""
    versions = chain(session, statement_id)
    tran = tran_id.strip()
    changes = list(session.scalars(select(AuditChange).where(
        AuditChange.statement_id.in_(versions), AuditChange.tran_id == tran)
        .order_by(AuditChange.id)))
    made = select(AuditChange.event_id).where(  # the statement made (an amendment's copy)
        AuditChange.table_name == "statements", AuditChange.row_id.in_(versions[:-1]),
        AuditChange.before.is_(None))
    carried = list(session.scalars(select(AuditEvent).where(
        AuditEvent.statement_id.in_(versions),
        or_(AuditEvent.kind == "import", AuditEvent.id.in_(made)))))
    if not changes and not carried:
        raise NoTrail(f"Statement {statement_id} has no entry {tran[:20]!r} in its trail; "
                      "the entry list shows each entry's transaction ID.")
    ids = {c.event_id for c in changes} | {e.id for e in carried}
    events = list(session.scalars(select(AuditEvent).where(AuditEvent.id.in_(sorted(ids)))
                                  .order_by(AuditEvent.id)))
    return _lines(session, events, changes)


def _in(session: Session, ids: list[int], *where: Any) -> list[AuditChange]:
    out: list[AuditChange] = []
    for k in range(0, len(ids), 500):
        out.extend(session.scalars(select(AuditChange).where(
            AuditChange.event_id.in_(ids[k:k + 500]), *where)))
    return out


def as_text(lines: list[TrailLine], heading: str) -> str:
    """The trail as a plain-text report: one action a line, each changed field below."""
    out = [heading, ""]
    if not lines:
        out.append("(nothing recorded yet)")
    for line in lines:
        when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        out.append(f"{when}  {line.who}: {line.action}")
        for c in line.changes:
            out.append(f"    {VERBS[c.what]} {c.subject} {c.what}")
            out.extend(f"        {f.field}: {f.before or '(empty)'} -> {f.after or '(empty)'}"
                       if c.what == "changed" else
                       f"        {f.field}: {f.after if c.what == 'added' else f.before}"
                       for f in c.fields if (f.after if c.what == "added" else f.before)
                       or c.what == "changed")
    return "\n".join(out) + "\n"


def heading(session: Session, statement_id: int, tran_id: str | None = None) -> str:
    """'Audit trail of statement 3, the Form 460 ... of Smith for Council' (or of one
    entry of it)."""
    from calaccess_desktop.db.orm import Committee
    from calaccess_desktop.services.statements import title_of

    stmt = session.get(Statement, statement_id)
    if stmt is None:
        what = f"statement {statement_id} (deleted)"
    else:
        committee = session.get(Committee, stmt.committee_id)
        what = (f"statement {statement_id}, the {title_of(stmt)}"
                + (f" of {committee.name}" if committee is not None else ""))
    head = f"entry {tran_id.strip()} of {what}" if tran_id else what
    return f"Audit trail of {head}"


def trail_of(session: Session, statement_id: int,
             tran_id: str | None = None) -> tuple[str, list[TrailLine]]:
    """The heading and the lines of a statement's trail (or of one entry's)."""
    lines = (entry_trail(session, statement_id, tran_id) if tran_id
             else statement_trail(session, statement_id))
    return heading(session, statement_id, tran_id), lines


def committee_trail(session: Session, committee_id: int) -> list[TrailLine]:
    """Every change of a committee's profile (its cover-page facts, filing officers),
    with the changes to the users of the data file (who may log in, their roles, the
    counter's staff PIN), oldest first. The statements a profile save brought up to date
    are in their own trails."""
    touched = select(AuditChange.event_id).where(AuditChange.table_name == "committees",
                                                 AuditChange.row_id == committee_id)
    events = list(session.scalars(select(AuditEvent).where(or_(
        AuditEvent.id.in_(touched), AuditEvent.kind == "users")).order_by(AuditEvent.id)))
    changes = _in(session, [e.id for e in events], AuditChange.table_name == "committees",
                  AuditChange.row_id == committee_id)
    changes.sort(key=lambda c: c.id)
    return _lines(session, events, changes)


def committee_trail_of(session: Session, committee_id: int) -> tuple[str, list[TrailLine]]:
    """The heading and the lines of a committee's profile and the users' trail."""
    from calaccess_desktop.db.orm import Committee

    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NoTrail(f"There is no committee {committee_id} in this data file.")
    return (f"Changes to the profile of {committee.name}, and to the users of this data "
            "file", committee_trail(session, committee_id))
