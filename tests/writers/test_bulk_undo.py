"""The light undo of a bulk insert: the action keeps the new rows' ids alone; undo reads
their images just before removing them (and keeps them for redo)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, insert, select

from calaccess_desktop.db.orm import Record, UndoEntry
from calaccess_desktop.services import editing
from calaccess_desktop.services.concurrency.conflicts import UndoRefused
from calaccess_desktop.services.record_rows import record_row
from calaccess_desktop.services.undo import Recorder, redo, row_image, undo, undo_status
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)
ROWS = 300


def bulk_add(clients: Clients) -> list[int]:
    """ROWS contributions written in one INSERT, recorded by id."""
    with clients.pat.transaction() as s:
        rows = [record_row(["RCPT", "A", f"B{i}", "IND", f"Bulk{i}", "", "", "", "", "",
                            "", "", "", "", "", "", "", "20260301", "", "5.00"], "F460",
                           seq=4_000_000 + 1 + i, statement_id=clients.statement_id)
                for i in range(ROWS)]
        s.execute(insert(Record.__table__), rows)
        ids = list(s.scalars(select(Record.id).where(Record.tran_id.like("B%"))
                             .order_by(Record.id)))
        rec = Recorder(s, f"Import {ROWS} rows", clients.statement_id)
        rec.inserted("records", ids)
        rec.save()
        entry = s.scalars(select(UndoEntry).order_by(UndoEntry.id.desc())).first()
        assert entry.payload["ops"] == [{"table": "records", "before": None, "after": None,
                                         "inserted": ids}]  # ids, no images
    return ids


def images(clients: Clients, ids: list[int]) -> list[dict]:
    with clients.pat.read() as s:
        return [row_image(r) for r in s.scalars(select(Record).where(Record.id.in_(ids))
                                                 .order_by(Record.id))]


def test_undo_and_redo_of_a_bulk_insert(clients: Clients) -> None:
    ids = bulk_add(clients)
    before = images(clients, ids)
    assert len(before) == ROWS
    with clients.pat.transaction() as s:
        assert undo(s).label == f"Import {ROWS} rows"
    assert images(clients, ids) == []
    with clients.pat.read() as s:
        assert undo_status(s).redo_label == f"Import {ROWS} rows"
    with clients.pat.transaction() as s:
        assert redo(s) is not None
    assert images(clients, ids) == before  # every row back as it was
    with clients.pat.read() as s:  # the kept images are dropped again after the redo
        entry = s.scalars(select(UndoEntry).where(UndoEntry.label.like("Import%"))).one()
        assert "images" not in entry.payload["ops"][0]
    with clients.pat.transaction() as s:
        undo(s)
    with clients.pat.read() as s:
        assert s.scalar(select(func.count(Record.id)).where(Record.id.in_(ids))) == 0


def test_a_bulk_insert_changed_since_is_not_undone(clients: Clients) -> None:
    ids = bulk_add(clients)
    with clients.sam.transaction() as s:
        editing.update_transaction(s, ids[7], {"Amount": "9.00"})
    with pytest.raises(UndoRefused, match="some of the rows it added were changed"), \
            clients.pat.transaction() as s:
        undo(s)
    assert len(images(clients, ids)) == ROWS
