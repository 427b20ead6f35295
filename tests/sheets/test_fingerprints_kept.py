"""A spreadsheet row's fingerprint lives on the entry it made (``records.sheet_fp``; a
contacts import's in ``sheet_rows``), on both stores: migration 0009 moves the marks of
files made before it onto their entries (and back down), re-imports still add nothing,
deleting an entry frees its row, an amendment carries them, and two imports of the same
file at once add it once."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import inspect, select, text

from calaccess_desktop.db.engine import make_engine
from calaccess_desktop.db.orm import Record, Statement, UndoEntry
from calaccess_desktop.db.upgrade import alembic_config
from calaccess_desktop.services import editing, sheets
from calaccess_desktop.services.sheets.importing import SheetImport, _new_ids
from calaccess_desktop.services.store import Store
from tests.sheets.conftest import books_in
from tests.sheets.messy import build, write_csv

BOTH_STORES = True  # tests/pg/stores.py: each test runs on a SQLite file and on PostgreSQL

PEOPLE = ("First Name,Last Name,Address,City,State,ZIP\n"
          "Rosa,Silva,1 A St,Fresno,California,93704-1825\n"
          "Jae,Kim,2 B St,Davis,CA,95616\n")


def _books(store: Store) -> int:
    return books_in(store)[1]


def _import(store: Store, statement: int, path: Path, schedule: str = "A") -> SheetImport:
    with store.read() as session:
        preview = sheets.prepare(session, statement, sheets.read_sheet(path), schedule)
    return sheets.run_import(store, preview, skip_bad=True)


def _new_rows(store: Store, statement: int, path: Path, schedule: str = "A") -> int:
    with store.read() as session:
        return sheets.prepare(session, statement, sheets.read_sheet(path), schedule).count("new")


def _rows(target: Any, sql: str) -> list[tuple[Any, ...]]:
    engine = make_engine(target)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def _migrate(target: Any, revision: str, *, down: bool) -> None:
    engine = make_engine(target)
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def _files(tmp_path: Path) -> tuple[Path, Path]:
    people = tmp_path / "people.csv"
    people.write_text(PEOPLE)
    return write_csv(build(), tmp_path / "gifts.csv"), people


def test_0009_moves_the_marks_onto_their_entries_and_back(db_path: Path,
                                                          tmp_path: Path) -> None:
    gifts, people = _files(tmp_path)
    store = Store.open(db_path)
    try:
        statement = _books(store)
        added = _import(store, statement, gifts).added
        assert _import(store, statement, people, "contacts").added == 2
    finally:
        store.close()
    on_entries = _rows(db_path, "select id, sheet_fp from records where sheet_fp is not null "
                                "order by id")
    of_contacts = _rows(db_path, "select fingerprint, contact_id from sheet_rows order by id")
    assert len(on_entries) == added > 0 and len(of_contacts) == 2
    assert all(contact is not None for _fp, contact in of_contacts)

    _migrate(db_path, "0008", down=True)  # as a file made before 0009 holds them
    engine = make_engine(db_path)
    try:
        assert "sheet_fp" not in {c["name"] for c in inspect(engine).get_columns("records")}
    finally:
        engine.dispose()
    assert _rows(db_path, "select record_id, fingerprint from sheet_rows where record_id is "
                          "not null order by record_id") == on_entries

    store = Store.open(db_path)  # upgrades to the head again
    try:
        assert _rows(db_path, "select id, sheet_fp from records where sheet_fp is not null "
                              "order by id") == on_entries
        assert _rows(db_path, "select fingerprint, contact_id from sheet_rows "
                              "order by id") == of_contacts
        assert _new_rows(store, statement, gifts) == 0
        assert _new_rows(store, statement, people, "contacts") == 0
        assert _import(store, statement, gifts).added == 0
        with store.transaction() as session:  # an imported entry deleted: its row is free
            editing.delete_transaction(session, on_entries[0][0])
        assert _new_rows(store, statement, gifts) == 1
        assert _import(store, statement, gifts).added == 1
        assert _new_rows(store, statement, gifts) == 0
    finally:
        store.close()


def test_rows_marked_before_0009_in_sheet_rows_are_still_known(db_path: Path,
                                                               tmp_path: Path) -> None:
    """A bundle made before 0009 brings entries' marks in ``sheet_rows``: still known."""
    gifts, _people = _files(tmp_path)
    store = Store.open(db_path)
    try:
        statement = _books(store)
        added = _import(store, statement, gifts).added
        with store.transaction() as session:
            conn = session.connection()
            conn.execute(text("insert into sheet_rows (committee_id, fingerprint, record_id) "
                              "select s.committee_id, r.sheet_fp, r.id from records r join "
                              "statements s on s.id = r.statement_id "
                              "where r.sheet_fp is not null"))
            conn.execute(text("update records set sheet_fp = null"))
        assert _new_rows(store, statement, gifts) == 0
        assert _import(store, statement, gifts).added == 0
        first = _rows(db_path, "select min(record_id) from sheet_rows")[0][0]
        with store.transaction() as session:  # ON DELETE CASCADE frees the old mark
            editing.delete_transaction(session, first)
        assert _new_rows(store, statement, gifts) == 1
    finally:
        store.close()
    assert added > 1


def test_an_amendment_keeps_its_rows_known(db_path: Path, tmp_path: Path) -> None:
    gifts, _people = _files(tmp_path)
    store = Store.open(db_path)
    try:
        statement = _books(store)
        added = _import(store, statement, gifts).added
        with store.transaction() as session:
            stmt = session.get(Statement, statement)
            assert stmt is not None
            stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2501234"
        with store.transaction() as session:
            amendment = editing.amend_statement(session, statement, "Corrected an address")
        copied = _rows(db_path, f"select count(*) from records where statement_id = "
                                f"{amendment} and sheet_fp is not null")[0][0]
        assert copied == added > 0
        assert _new_rows(store, amendment, gifts) == 0
        assert _import(store, amendment, gifts).added == 0
    finally:
        store.close()


def test_two_imports_of_one_file_at_once_add_it_once(db_path: Path, tmp_path: Path) -> None:
    gifts, _people = _files(tmp_path)
    first, second = Store.open(db_path), Store.open(db_path)
    try:
        statement = _books(first)
        previews = []
        for store in (first, second):  # both previews find every row new
            with store.read() as session:
                previews.append(sheets.prepare(session, statement, sheets.read_sheet(gifts)))
        assert previews[0].count("new") == previews[1].count("new") > 0
        results: list[SheetImport] = []
        errors: list[BaseException] = []
        start = threading.Barrier(2)

        def run(store: Store, preview: sheets.Preview) -> None:
            start.wait()
            try:
                results.append(sheets.run_import(store, preview, skip_bad=True))
            except BaseException as exc:  # noqa: BLE001 - reported by the assert below
                errors.append(exc)

        threads = [threading.Thread(target=run, args=pair)
                   for pair in zip((first, second), previews, strict=True)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert sorted(r.added for r in results) == [0, previews[0].count("new")]
    finally:
        first.close()
        second.close()
    marks = _rows(db_path, "select count(*), count(distinct sheet_fp) from records "
                           "where sheet_fp is not null")[0]
    assert marks == (previews[0].count("new"),) * 2


def test_the_undo_entry_names_exactly_the_rows_the_import_added(db_path: Path,
                                                                tmp_path: Path) -> None:
    gifts, people = _files(tmp_path)
    store = Store.open(db_path)
    try:
        statement = _books(store)
        with store.transaction() as session:  # an entry before, and one deleted at the top
            editing.add_transaction(session, statement, "RCPT", "A", {
                "Ctrib_NamL": "Chen", "Rcpt_Date": "20010301", "Amount": "5.00"})
            top = editing.add_transaction(session, statement, "RCPT", "A", {
                "Ctrib_NamL": "Diaz", "Rcpt_Date": "20010301", "Amount": "6.00"})
        with store.transaction() as session:
            editing.delete_transaction(session, top)
        for path, schedule in ((gifts, "A"), (people, "contacts")):
            added = _import(store, statement, path, schedule).added
            with store.read() as session:
                entry = session.scalars(select(UndoEntry).order_by(UndoEntry.id.desc())).first()
                assert entry is not None
                named = {op["table"]: op["inserted"] for op in entry.payload["ops"]}
            marked = "records" if schedule == "A" else "sheet_rows"
            column = "sheet_fp" if schedule == "A" else "fingerprint"
            assert named[marked] == [r[0] for r in _rows(
                db_path, f"select id from {marked} where {column} is not null order by id")]
            assert len(named[marked]) == added > 0
    finally:
        store.close()


def test_ids_not_in_one_run_are_read_one_by_one(store: Store) -> None:
    statement = _books(store)
    with store.transaction() as session:
        other = editing.create_statement(session, 1, "F460", period_from=dt.date(2003, 1, 1),
                                         period_through=dt.date(2003, 6, 30), stmt_type="SA")
        mine = []
        for i in range(6):  # two statements' entries taking turns
            target = statement if i % 2 else other
            rid = editing.add_transaction(session, target, "RCPT", "A", {
                "Ctrib_NamL": f"Name{'abcdef'[i]}", "Rcpt_Date": "20010301", "Amount": "5.00"})
            if target == statement:
                mine.append(rid)
        assert _new_ids(session, Record.__table__, 0, 3, Record.statement_id == statement) \
            == mine
        assert _new_ids(session, Record.__table__, mine[-1], 0,
                        Record.statement_id == statement) == []


def test_a_second_import_of_the_same_file_writes_nothing(db_path: Path,
                                                         tmp_path: Path) -> None:
    gifts, people = _files(tmp_path)
    store = Store.open(db_path)
    try:
        statement = _books(store)
        assert _import(store, statement, gifts).added > 0
        assert _import(store, statement, people, "contacts").added == 2
        engine = make_engine(db_path)  # another client: does it see a commit?
        try:
            with engine.connect() as conn:
                def state() -> tuple[Any, ...]:
                    if conn.dialect.name == "sqlite":
                        return tuple(conn.exec_driver_sql("PRAGMA data_version").one())
                    conn.commit()  # a fresh snapshot: the rows' own versions (xmin)
                    return tuple(conn.execute(text(
                        "select (select string_agg(xmin::text, ',' order by id) from "
                        "committees), (select count(*) from records), (select count(*) "
                        "from sheet_rows)")).one())

                before = state()
                assert _import(store, statement, gifts).added == 0
                assert _import(store, statement, people, "contacts").added == 0
                assert state() == before
        finally:
            engine.dispose()
    finally:
        store.close()
