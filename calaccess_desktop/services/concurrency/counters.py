"""Counters two writers can never both take: each number comes from one UPDATE of the
committee row (which locks it until commit), never a read and then a write."""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from calaccess_desktop.db.orm import Committee, Record, Statement
from calaccess_desktop.errors import UserError

CHUNK = 500  # values per IN (...) query


_COMMITTEES: Any = Committee.__table__
# Built once (a save runs each of them; building a statement costs more than running it).
_TAKE = (update(_COMMITTEES).where(_COMMITTEES.c.id == bindparam("cid"))
         .values(next_tran_seq=_COMMITTEES.c.next_tran_seq + bindparam("count"))
         .returning(_COMMITTEES.c.next_tran_seq))
_LOCK = select(Statement).where(Statement.id == bindparam("sid")).with_for_update()
_LAST_PLACE = select(func.max(Record.seq)).where(
    Record.statement_id == bindparam("sid"), Record.seq >= bindparam("low"),
    Record.seq < bindparam("high"))


def take_tran_seqs(session: Session, committee_id: int, count: int = 1) -> int:
    """Take ``count`` numbers of the committee's Tran_ID counter; returns the first.
    The row's version is not raised: a counter is no edit of the committee."""
    after = session.connection().execute(_TAKE, {"cid": committee_id,
                                                 "count": count}).scalar_one()
    loaded = session.identity_map.get(session.identity_key(Committee, committee_id))
    if loaded is not None:  # the loaded object says what the row says
        set_committed_value(loaded, "next_tran_seq", after)
    return int(after) - count


def lock_statement(session: Session, statement_id: int) -> Statement | None:
    """The statement, its row locked until commit (``FOR UPDATE`` on a server; a SQLite
    writer holds the whole file already): places in its order are taken one at a time."""
    return session.scalars(_LOCK, {"sid": statement_id}).first()


class ScheduleFull(UserError):
    """A statement's page has no room for the entries to add (nothing was written)."""


def next_place(session: Session, statement_id: int, low: int, high: int,
               count: int = 1) -> int:
    """The next free place (``seq``) of the statement in ``[low, high)``, with room for
    ``count`` places from it (ScheduleFull when there is not); call with the statement
    locked (``lock_statement``). The unique (statement_id, seq) index makes a clash fail
    rather than share a place."""
    last = session.connection().execute(_LAST_PLACE, {"sid": statement_id, "low": low,
                                                      "high": high}).scalar()
    place = int(last) + 1 if last is not None else low + 1
    if place + count > high:
        room = max(0, high - place)
        raise ScheduleFull(
            f"statement {statement_id}: one page of a statement holds at most "
            f"{high - low - 1:,} entries; this one has room for {room:,} more, and "
            f"{count:,} were to be added. Nothing was changed; put them on more than one "
            "statement (or file).")
    return place


def free_places(session: Session, rows: list[dict[str, Any]]) -> None:
    """Rows put back by undo or redo whose place (``seq``) someone else's entry took
    meanwhile get the next free place of the same block (they come after it)."""
    from calaccess_desktop.services.summaries import SEQ_BLOCK

    wanted: dict[int, set[int]] = {}
    for row in rows:
        wanted.setdefault(int(row["statement_id"]), set()).add(int(row["seq"]))
    for statement_id, seqs in wanted.items():
        ordered = sorted(seqs)
        taken: set[int] = set()
        for k in range(0, len(ordered), CHUNK):
            taken.update(session.scalars(select(Record.seq).where(
                Record.statement_id == statement_id, Record.seq.in_(ordered[k:k + CHUNK]))))
        if not taken:
            continue
        following: dict[int, int] = {}  # block start -> the next place handed out
        for row in rows:
            if int(row["statement_id"]) == statement_id and int(row["seq"]) in taken:
                low = int(row["seq"]) // SEQ_BLOCK * SEQ_BLOCK
                ours = max(int(r["seq"]) for r in rows if low <= int(r["seq"]) < low
                           + SEQ_BLOCK and int(r["statement_id"]) == statement_id)
                place = following.get(low) or max(
                    next_place(session, statement_id, low, low + SEQ_BLOCK), ours + 1)
                row["seq"], following[low] = place, place + 1
