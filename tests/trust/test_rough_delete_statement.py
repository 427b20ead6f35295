"""A draft statement can be deleted, and Ctrl+Z (undo) brings back every row of it
exactly; filed, sent and amended statements are refused in plain words."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement, StatementTotal, UndoEntry
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.editing import amend_statement
from calaccess_desktop.services.entries import save_entry, set_ready
from calaccess_desktop.services.filing.queue import queue_statement
from calaccess_desktop.services.statements import deletable, delete_statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.undo import redo, row_image, undo, undo_status


def everything(store: Store, statement_id: int) -> dict[str, Any]:
    """Every column of the statement, its records, its summary lines and its undo
    history."""
    with store.read() as session:
        stmt = session.get(Statement, statement_id)
        return {
            "statement": row_image(stmt) if stmt else None,
            "records": [row_image(r) for r in session.scalars(
                select(Record).where(Record.statement_id == statement_id)
                .order_by(Record.id))],
            "totals": [(t.seq, t.form_type, t.line_item, t.amount_a, t.amount_b, t.values)
                       for t in session.scalars(
                           select(StatementTotal).where(StatementTotal.statement_id
                                                        == statement_id)
                           .order_by(StatementTotal.seq))],
            "undo": [row_image(u) for u in session.scalars(
                select(UndoEntry).where(UndoEntry.statement_id == statement_id)
                .order_by(UndoEntry.id))],
        }


@pytest.fixture
def demo(store: Store) -> tuple[Store, list[int]]:
    with store.transaction() as session:
        _cid, ids = create_demo(session)
        save_entry(session, ids[1], "RCPT", "A", {  # leaves an undo entry of its own
            "Entity_Cd": "IND", "Ctrib_NamL": "Quill", "Ctrib_NamF": "Ann",
            "Ctrib_Adr1": "9 Elm St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260810", "Amount": "75.00"})
        set_ready(session, ids[1], True)  # ready to file is still a draft: it may go
    return store, list(ids)


def test_delete_then_undo_restores_every_row_identically(demo) -> None:
    store, ids = demo
    sid = ids[1]
    before = everything(store, sid)
    assert len(before["records"]) > 10 and before["totals"] and before["undo"]
    with store.transaction() as session:
        name = delete_statement(session, sid)
    assert name.title == "Form 460 Pre-election, Jul 1 - Sep 19, 2026"
    assert name.committee == "Maria Lopez for City Council 2026"
    gone = everything(store, sid)
    assert gone == {"statement": None, "records": [], "totals": [], "undo": []}
    with store.read() as session:
        assert undo_status(session).undo_label == f"Delete statement {name.title}"
        assert session.get(Statement, ids[0]) is not None  # the others stay

    with store.transaction() as session:
        assert undo(session) is not None
    assert everything(store, sid) == before
    with store.transaction() as session:  # its own history works again
        assert undo_status(session).undo_label == "Mark ready to file"

    with store.transaction() as session:  # redo deletes it again, undo restores again
        assert redo(session) is not None
    assert everything(store, sid)["statement"] is None
    with store.transaction() as session:
        undo(session)
    assert everything(store, sid) == before


def _refused(store: Store, sid: int) -> str:
    with store.transaction() as session, pytest.raises(UserError) as err:
        delete_statement(session, sid)
    with store.read() as session:
        assert session.get(Statement, sid) is not None
    return str(err.value)


def test_filed_sent_and_amended_statements_are_refused(demo) -> None:
    store, ids = demo
    with store.transaction() as session:
        queue_statement(session, ids[1], server_url="http://127.0.0.1:9/")
    message = _refused(store, ids[1])
    assert "sent for filing" in message and "Outbox" in message

    with store.transaction() as session:
        stmt = session.get(Statement, ids[0])
        stmt.status, stmt.filing_id = "filed", "2501234"
        stmt.filed_at = dt.datetime(2026, 7, 30, tzinfo=dt.UTC)
    message = _refused(store, ids[0])
    assert "has been filed" in message and "amend it" in message

    with store.transaction() as session:
        amendment = amend_statement(session, ids[0], "Corrected an address")
        stmt = session.get(Statement, ids[0])
        stmt.status, stmt.filing_id = "draft", ""  # even if the original looked like a draft
    message = _refused(store, ids[0])
    assert "amended by" in message and "Delete that amendment first" in message
    with store.read() as session:
        assert deletable(session, amendment).entries > 0  # the amendment itself may go

    with store.transaction() as session, pytest.raises(UserError) as err:
        delete_statement(session, 987654)
    assert "There is no statement 987654" in str(err.value)
