"""The amendment comparison finds each row's twin whether or not the amendment's rows
sit at the same distance by id as a copy puts them (an amendment copied in another
order, rows deleted and added): the answer always equals the whole comparison's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import editing, entries
from calaccess_desktop.services.amendments import unsettled
from calaccess_desktop.services.store import Store
from tests.speed.test_amendment_scope import _fast, _filed_with_amendment, _whole

BOTH_STORES = True


def _reversed_copy(session: Session, statement_id: int) -> None:
    """The statement's rows put back in reverse id order (same values, new ids)."""
    table: Any = Record.__table__
    rows = [dict(r._mapping) for r in session.execute(
        select(table).where(table.c.statement_id == statement_id).order_by(table.c.id.desc()))]
    session.execute(delete(table).where(table.c.statement_id == statement_id))
    for row in rows:
        row.pop("id")
        session.execute(insert(table).values(**row))


def _unsettled_ids(session: Session, sid: int, amendment: int) -> list[int]:
    filed, amended = session.get(Statement, sid), session.get(Statement, amendment)
    assert filed is not None and amended is not None
    where = unsettled(session, filed, amended)
    assert where is not None
    return sorted(session.scalars(select(Record.id).where(
        Record.statement_id == amendment, where)))


def _ids_of(session: Session, statement_id: int, last: str) -> list[int]:
    return [r.id for r in session.scalars(select(Record).where(
        Record.statement_id == statement_id).order_by(Record.seq))
        if len(r.values) > 4 and r.values[4] == last]


def test_rows_out_of_copy_order_still_find_their_twins(store: Store) -> None:
    sid, amendment = _filed_with_amendment(store)
    with store.transaction() as s:
        _reversed_copy(s, amendment)
    with store.read() as s:
        assert _unsettled_ids(s, sid, amendment) == []  # every row still has its twin
        assert _fast(s, amendment) == _whole(s, amendment) == []
        chen = _ids_of(s, amendment, "Chen")
    with store.transaction() as s:
        editing.update_transaction(s, chen[1], {"Amount": "35.00"})
    with store.read() as s:
        assert _unsettled_ids(s, sid, amendment) == sorted(chen)
        fast = _fast(s, amendment)
        assert fast == _whole(s, amendment)
    assert [k for k, _key, _f in fast] == ["changed"] * 3


def test_deleted_and_added_rows_at_the_copy_distance(store: Store) -> None:
    """The row the first one's copy distance points at is someone else's: compared by
    Tran_ID instead, nothing is missed."""
    sid, amendment = _filed_with_amendment(store)
    with store.read() as s:
        first = min(r.id for r in s.scalars(select(Record).where(
            Record.statement_id == amendment, Record.rec_type == "RCPT")))
    with store.transaction() as s:
        editing.delete_transaction(s, first)
        editing.add_transaction(s, amendment, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Silva", "Ctrib_NamF": "Rita",
            "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95811",
            "Ctrib_Emp": "State", "Ctrib_Occ": "Analyst", "Rcpt_Date": "20260320",
            "Amount": "400.00"})
        _reversed_copy(s, amendment)
    with store.read() as s:
        fast = _fast(s, amendment)
        assert fast == _whole(s, amendment)
    kinds = sorted(k for k, _key, _f in fast)
    assert "added" in kinds and "removed" in kinds


def test_other_kinds_of_record_are_always_compared(store: Store) -> None:
    """A memo text (not a receipt or payment) is compared whether or not it changed:
    found by its id in the same pass as the twins, its change is listed."""
    from calaccess_desktop.services.amendments import unsettled_where

    sid = new_statement_with_memo(store)
    with store.transaction() as s:
        amendment = editing.amend_statement(s, sid, "Corrected the memo")
    with store.read() as s:
        filed, amended = s.get(Statement, sid), s.get(Statement, amendment)
        assert filed is not None and amended is not None
        where, indexed = unsettled_where(s, filed, amended)
        assert where is not None and indexed
        memo = s.scalars(select(Record.id).where(Record.statement_id == amendment,
                                                 Record.rec_type == "TEXT")).one()
        assert s.scalars(select(Record.id).where(Record.statement_id == amendment,
                                                 where)).all() == [memo]
        assert _fast(s, amendment) == _whole(s, amendment) == []
    with store.transaction() as s:
        editing.update_transaction(s, memo, {"Text4000": "Paid by check 1042"})
    with store.read() as s:
        fast = _fast(s, amendment)
        assert fast == _whole(s, amendment)
    # A memo text has no Tran_ID: the new text is added, the old one removed.
    assert sorted(k for k, _key, _f in fast) == ["added", "removed"]


def new_statement_with_memo(store: Store) -> int:
    """A filed statement: one gift with a memo text."""
    from tests.db.test_editing import GRACE, new_statement

    sid = new_statement(store)
    with store.transaction() as s:
        entries.save_entry(s, sid, "RCPT", "A", {**GRACE, "Rcpt_Date": "20260301",
                                                 "Amount": "150.00"},
                           memo_text="Paid by check 1041")
        stmt = s.get(Statement, sid)
        assert stmt is not None
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "CA-2281935"
    return sid
