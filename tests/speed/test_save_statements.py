"""One save talks to the database only as often as a correct save must (the reads and
writes ``bench/bench_edit.py``'s floor makes): the statement locked once, no object read
back that the save just wrote, its undo entry written once under its final name.
Counted statements, not timed: the count does not depend on the machine's load."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from calaccess_desktop.db.orm import Record, Statement, UndoEntry
from calaccess_desktop.services import editing, entries
from calaccess_desktop.services.editing import StatementLocked
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.undo import undo_status
from tests.db.test_editing import GRACE, add, new_statement

# The floor's statements: the statement's row, users, the contact, the Tran_ID, the place,
# the record, the redo branch, the undo entry, the totals, the contact's rows, the
# committee, the earlier statements, the moved lines, the later drafts, the audit event
# and its change, the journal line.
FLOOR_STATEMENTS = 17


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store runs inside the block."""
    seen: list[str] = []

    def note(_conn: object, _cursor: object, sql: str, *_args: object) -> None:
        seen.append(" ".join(sql.split()))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        yield seen
    finally:
        event.remove(store.engine, "before_cursor_execute", note)


def _save(store: Store, sid: int, record_id: int | None = None, amount: str = "25.00") -> int:
    with store.transaction() as s:
        return entries.save_entry(s, sid, "RCPT", "A",
                                  {**GRACE, "Rcpt_Date": "20260301", "Amount": amount},
                                  record_id=record_id)


def test_a_new_entry_is_saved_in_the_floors_statements(store: Store) -> None:
    sid = new_statement(store)
    add(store, sid, "40.00")  # Grace Okafor is a contact already; the totals are computed
    with statements(store) as seen:
        rid = _save(store, sid)
    work = [q for q in seen if not q.startswith(("PRAGMA", "BEGIN", "COMMIT"))]
    assert len(work) <= FLOOR_STATEMENTS, "\n".join(work)
    assert sum(q.startswith("SELECT statements.id, statements.committee_id") for q in work) == 1
    assert not any(q.startswith("SELECT undo_entries") for q in work)  # nothing read back
    assert not any(q.startswith("UPDATE undo_entries") for q in work)  # named once
    assert not any(q.startswith("SELECT records.id, records.statement_id") for q in work)
    with store.read() as s:
        entry = s.scalars(select(UndoEntry).order_by(UndoEntry.id.desc())).first()
        assert entry is not None and entry.label == "Add receipt Okafor"
        assert entry.payload["ops"][0]["after"]["id"] == rid
        assert undo_status(s).undo_label == "Add receipt Okafor"


def test_a_changed_entry_is_named_once_too(store: Store) -> None:
    sid = new_statement(store)
    rid = add(store, sid, "40.00")
    with statements(store) as seen:
        _save(store, sid, rid, "45.00")
    assert not any(q.startswith("UPDATE undo_entries") for q in seen)
    assert sum(q.startswith("SELECT records.id, records.statement_id") for q in seen) == 1
    with store.read() as s:
        assert undo_status(s).undo_label == "Edit receipt Okafor"
        record = s.get(Record, rid)
        assert record is not None and record.amount_cents == 4500


def test_the_lock_is_reused_only_in_its_own_transaction(store: Store) -> None:
    sid = new_statement(store)
    with store.transaction() as s:
        first = editing.editable_statement(s, sid)
        assert editing.editable_statement(s, sid) is first  # the row locked once
        first.status = "filed"  # filed in the same transaction: no more edits
        with pytest.raises(StatementLocked):
            editing.editable_statement(s, sid)
        first.status = "draft"
    with store.transaction() as s:  # another transaction locks the row again
        with statements(store) as seen:
            editing.editable_statement(s, sid)
        assert any(q.startswith("SELECT statements.id") for q in seen)
        stmt = s.get(Statement, sid)
        assert stmt is not None and stmt.status == "draft"
