"""Undo of a spreadsheet import reads its rows once (``undo._expanded``) and removes them
only in the version it read: a row another writer changes in between, outside the
store's lock (possible on a server, not in a SQLite file), stops the undo in the words a
row changed since the import gets, and nothing is undone. The same holds for one entry's
undo changed after the check."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from calaccess_desktop.db.engine import make_engine
from calaccess_desktop.services import editing, sheets, undo
from calaccess_desktop.services.concurrency.conflicts import UndoRefused
from calaccess_desktop.services.store import Store
from tests.sheets.conftest import books_in
from tests.sheets.messy import build, write_csv

BOTH_STORES = True  # tests/pg/stores.py: each test runs on a SQLite file and on PostgreSQL

ADDED = "some of the rows it added were changed or deleted since"


def _books(store: Store) -> int:
    return books_in(store)[1]


def _rows(target: Any, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _meanwhile(db_path: Any, record_id: int) -> Callable[[], str]:
    """Another writer that raises one record's amount by $1 outside the store's lock;
    returns what happened ('changed', or 'locked out' by a SQLite file's writer)."""
    def change() -> str:
        sql = ("update records set amount_cents = amount_cents + 100, version = version + 1 "
               f"where id = {record_id}")
        if isinstance(db_path, Path):
            con = sqlite3.connect(db_path, timeout=0.2)
            try:
                con.execute(sql)
                con.commit()
            except sqlite3.OperationalError as exc:
                assert "locked" in str(exc)
                return "locked out"
            finally:
                con.close()
            return "changed"
        engine = make_engine(db_path)
        try:
            with engine.begin() as conn:
                conn.execute(text(sql))
        finally:
            engine.dispose()
        return "changed"
    return change


def _amounts(db_path: Any) -> list[tuple[Any, ...]]:
    return _rows(db_path, "select id, amount_cents, version from records order by id")


def test_a_row_changed_while_its_import_is_undone_stops_the_undo(
        db_path: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(db_path)
    try:
        statement = _books(store)
        with store.read() as session:
            preview = sheets.prepare(session, statement,
                                     sheets.read_sheet(write_csv(build(), tmp_path / "g.csv")))
        added = sheets.run_import(store, preview, skip_bad=True).added
        first = _amounts(db_path)[0][0]
        change, happened = _meanwhile(db_path, first), []
        read = undo._images_now

        def read_then_change(session: Any, table: str, ids: list[int]) -> Any:
            images = read(session, table, ids)
            if table == "records" and not happened:
                happened.append(change())
            return images

        monkeypatch.setattr(undo, "_images_now", read_then_change)
        before = _amounts(db_path)
        try:
            with store.transaction() as session:
                undo.undo(session)
        except UndoRefused as refused:
            assert happened == ["changed"]
            assert ADDED in str(refused) and "cannot be undone" in str(refused)
            now = _amounts(db_path)
            assert len(now) == len(before) == added  # nothing undone, the change kept
            assert now[0] == (first, before[0][1] + 100, 2)
            assert now[1:] == before[1:]
        else:
            assert happened == ["locked out"]  # a data file's writer holds it whole
            assert _amounts(db_path) == []
    finally:
        store.close()


def test_an_entry_changed_after_its_undo_checked_it_stops_the_undo(
        db_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = Store.open(db_path)
    try:
        statement = _books(store)
        with store.transaction() as session:
            rid = editing.add_transaction(session, statement, "RCPT", "A", {
                "Ctrib_NamL": "Chen", "Rcpt_Date": "20010301", "Amount": "5.00"})
        change, happened = _meanwhile(db_path, rid), []
        check = undo._check

        def check_then_change(*args: Any, **kwargs: Any) -> Any:
            now = check(*args, **kwargs)
            happened.append(change())
            return now

        monkeypatch.setattr(undo, "_check", check_then_change)
        try:
            with store.transaction() as session:
                undo.undo(session)
        except UndoRefused as refused:
            assert happened == ["changed"]
            assert "an entry it changed was changed since" in str(refused)
            assert _amounts(db_path) == [(rid, 600, 2)]  # kept, with the other's change
        else:
            assert happened == ["locked out"]
            assert _amounts(db_path) == []
    finally:
        store.close()


def test_rows_put_back_with_or_without_every_column(db_path: Any) -> None:
    """Undo's images hold every column (one bulk insert); an image from before a column
    was added lacks it (put back through Core, the column at its default)."""
    store = Store.open(db_path)
    try:
        statement = _books(store)
        with store.transaction() as session:
            rid = editing.add_transaction(session, statement, "RCPT", "A", {
                "Ctrib_NamL": "Chen", "Rcpt_Date": "20010301", "Amount": "5.00"})
        with store.transaction() as session:
            image = undo._images_now(session, "records", [rid])[0]
            editing.delete_transaction(session, rid)
        model: Any = undo.TABLES["records"].__table__
        for row, fp in (({**image, "sheet_fp": "ab12"}, "ab12"),
                        ({k: v for k, v in image.items() if k != "sheet_fp"}, None)):
            with store.transaction() as session:
                undo._insert(session, model, [undo._restore(row)])
            assert _rows(db_path, f"select amount_cents, sheet_fp from records "
                                  f"where id = {rid}") == [(500, fp)]
            with store.transaction() as session:
                session.execute(text(f"delete from records where id = {rid}"))
    finally:
        store.close()
