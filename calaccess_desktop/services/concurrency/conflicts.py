"""When someone else changed a row first: the refusal, in words that show their change.

A save carries the version of the row as the person's form loaded it; a different
version now means another person (or window) saved in between. Nothing is written,
the message names each field they changed (old -> new) and who, when known, and the
form keeps what this person typed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.labels import MEMO_TEXT, label_for
from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.db.orm import UndoEntry
from calaccess_desktop.domain.money import format_display, parse_cal_amount
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.concurrency.who import who_of

LOOK_BACK = 200  # undo entries of the statement searched for who made a change
SHOWN = 60  # characters of a value shown in the message


class EditConflict(UserError):
    """The entry changed since this person loaded it; ``current`` is the entry as it is
    now (None when it was deleted, ``gone``, or not known), so the form can take it as
    its new base."""

    def __init__(self, message: str, current: Any | None, *, gone: bool = False) -> None:
        super().__init__(message)
        self.current = current
        self.gone = gone


SAME_MOMENT = ("Someone else saved this entry at the same moment. Nothing was saved, and "
               "what you typed is still here: save again to see their change.")


class UndoRefused(UserError):
    """Undoing (or redoing) would overwrite a change made since by someone else."""


@dataclass(frozen=True)
class FieldChange:
    """One field another person changed."""

    name: str
    label: str
    old: str
    new: str

    def words(self) -> str:
        """'Amount: 500.00 -> 750.00'."""
        return f"{self.label}: {_shown(self.old)} -> {_shown(self.new)}"


def _shown(value: str) -> str:
    if not value:
        return "(empty)"
    return value if len(value) <= SHOWN else value[:SHOWN - 3] + "..."


def _as_people_write(value: str, kind: str) -> str:
    """A stored value as the form shows it: $1,234.50, 03/01/2026."""
    try:
        if kind == "amount" and value:
            return f"${format_display(parse_cal_amount(value))}"
    except ValueError:
        return value
    if kind == "date" and len(value) == 8 and value.isdigit():
        return f"{value[4:6]}/{value[6:]}/{value[:4]}"
    return value


def field_changes(seen: Mapping[str, str], now: Mapping[str, str], rec_type: str,
                  form_type: str) -> list[FieldChange]:
    """The fields whose value differs between what was loaded and what is stored."""
    names = list(dict.fromkeys([*seen, *now]))
    kinds = {f.name: f.kind for f in fields_for(rec_type, form_type)}
    return [FieldChange(n, label_for(n, rec_type, form_type) if n != MEMO_TEXT
                        else "Memo text",
                        _as_people_write(seen.get(n, ""), kinds.get(n, "")),
                        _as_people_write(now.get(n, ""), kinds.get(n, "")))
            for n in names if seen.get(n, "") != now.get(n, "")]


def last_writer(session: Session, statement_id: int | None, table: str,
                row_id: int) -> tuple[str, str] | None:
    """(actor, undo session) of the latest recorded change to a row, from the
    statement's recent undo entries; None when not known."""
    entries = session.execute(
        select(UndoEntry.actor, UndoEntry.session_id, UndoEntry.payload)
        .where(UndoEntry.statement_id == statement_id)
        .order_by(UndoEntry.id.desc()).limit(LOOK_BACK)).all()
    for actor, session_id, payload in entries:
        for op in (payload or {}).get("ops", ()):
            image = op.get("after") or op.get("before") or {}
            if op.get("table") == table and image.get("id") == row_id:
                return actor, session_id
    return None


def changed_by(session: Session, statement_id: int | None, table: str,
               row_id: int) -> str | None:
    """Who made the latest change to a row, in words ('Pat', 'you (in another window)');
    None when not known or when it was this very window."""
    writer = last_writer(session, statement_id, table, row_id)
    if writer is None:
        return None
    me = who_of(session)
    actor, session_id = writer
    if session_id == me.session_id:
        return None  # this very window: not someone else
    if actor == me.actor:
        return "you (in another window)"
    return actor or None


def changed_here(session: Session, statement_id: int | None, table: str,
                 row_id: int) -> bool:
    """Whether the latest recorded change to a row was made in this very window (its
    own undo, say): then it is no one else's change to protect."""
    writer = last_writer(session, statement_id, table, row_id)
    return writer is not None and writer[1] == who_of(session).session_id


def conflict_message(what: str, changes: list[FieldChange], who: str | None) -> str:
    """'Not saved: Pat changed this contribution since you opened it (Amount: ...).'"""
    by = who or "someone else"
    if changes:
        listed = "; ".join(c.words() for c in changes)
        told = f"{by} changed this {what} since you opened it ({listed})."
    else:
        told = f"{by} saved this {what} since you opened it."
    return (f"{told[0].upper()}{told[1:]} Nothing was saved, and what you typed is still "
            "here: check their change, then save again to keep yours.")
