"""Counters two writers share (Tran_IDs, places in a statement's order), the spec version
each statement follows, and two imports at once on one data file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bench.bench_import_export import make_file
from calaccess_desktop.db.engine import make_engine
from calaccess_desktop.db.orm import SPEC_VERSION, Record, Statement
from calaccess_desktop.db.upgrade import alembic_config, open_store
from calaccess_desktop.services import editing
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import FileBusy, Store
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


def test_two_writers_at_once_never_share_a_tran_id_or_a_place(clients: Clients) -> None:
    errors: list[BaseException] = []

    def enter(store: Store, who: str) -> None:
        try:
            for i in range(12):
                clients.add(store, Ctrib_NamL=f"{who}{i}", Amount=f"{i + 1}.00")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=enter, args=(clients.pat, "Pat")),
               threading.Thread(target=enter, args=(clients.sam, "Sam"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with clients.pat.read() as s:
        rows = s.execute(select(Record.tran_id, Record.seq).where(
            Record.statement_id == clients.statement_id, Record.rec_type == "RCPT")).all()
    assert len(rows) == 24
    assert len({t for t, _ in rows}) == 24 and len({q for _, q in rows}) == 24
    assert sorted(int(t.split("-")[1]) for t, _ in rows) == list(range(1, 25))


def test_a_place_in_the_order_cannot_be_taken_twice(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    with clients.pat.read() as s:
        seq = s.get(Record, rid).seq
    with pytest.raises(IntegrityError, match="seq"), clients.pat.transaction() as s:
        s.add(Record(statement_id=clients.statement_id, seq=seq, rec_type="RCPT",
                     form_type="A", values=["RCPT", "A"]))


def test_every_statement_says_which_spec_its_values_follow(clients: Clients) -> None:
    clients.add(clients.pat)
    with clients.pat.transaction() as s:
        stmt = s.get(Statement, clients.statement_id)
        assert stmt.spec_version == SPEC_VERSION == "CAL-2.01"
        stmt.status, stmt.filing_id = "filed", "1234567"
        s.flush()
        amended = editing.amend_statement(s, clients.statement_id, "Corrected the amount")
        assert s.get(Statement, amended).spec_version == "CAL-2.01"


def test_an_old_file_with_rows_sharing_a_place_upgrades(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    engine = make_engine(db)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.exec_driver_sql(
            "insert into committees(filer_id, name, committee_type, entity_cd, profile, "
            "next_tran_seq, created_at) values('1','Old file','G','RCP','{}',1,'2026-01-01')")
        conn.exec_driver_sql(
            "insert into statements(committee_id, form_type, stmt_type, report_num, "
            "original_filing_id, amendment_reason, status, filing_id, locked, cover, "
            "source_file, carry_in, created_at, updated_at) values(1, 'F460', 'SA', 0, '', "
            "'', 'draft', '', 0, '[]', '', '{}', '2026-01-01', '2026-01-01')")
        for i, seq in enumerate((5, 5, 5, 7)):
            conn.exec_driver_sql(
                "insert into records(statement_id, seq, rec_type, form_type, tran_id, "
                "entity_cd, memo, bakref_tid, itemize, \"values\") values(1, ?, 'RCPT', 'A', "
                "?, 'IND', 0, '', 'auto', '[\"RCPT\",\"A\"]')", (seq, f"T{i}"))
    engine.dispose()
    open_store(db).dispose()
    con = sqlite3.connect(db)
    places = con.execute("select tran_id, seq, version from records order by id").fetchall()
    spec = con.execute("select spec_version, version from statements").fetchall()
    con.close()
    assert places == [("T0", 5, 1), ("T1", 8, 1), ("T2", 9, 1), ("T3", 7, 1)]
    assert spec == [("CAL-2.01", 1)]


@pytest.fixture
def cal_file(tmp_path: Path) -> Path:
    path = tmp_path / "big.cal"
    make_file(path, 1500)
    return path


def test_two_imports_at_once_both_succeed(tmp_path: Path, cal_file: Path) -> None:
    db = tmp_path / "shared.sqlite"
    stores = [Store.open(db), Store.open(db)]
    results: list[object] = []

    def run(store: Store) -> None:
        try:
            results.append(import_file(store, cal_file).records)
        except BaseException as exc:  # reported below
            results.append(exc)

    threads = [threading.Thread(target=run, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for s in stores:
        s.close()
    assert results == [1500, 1500]


def test_an_import_that_cannot_wait_longer_is_told_plainly(
        tmp_path: Path, cal_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "shared.sqlite"
    holder, importer = Store.open(db), Store.open(db)
    said: list[str] = []
    importer.on_wait = said.append
    monkeypatch.setenv("CALACCESS_LOCK_WAIT", "1.5")
    with holder.transaction() as s:  # someone else is saving all along
        s.get(Statement, 1)
        with pytest.raises(FileBusy) as busy:
            import_file(importer, cal_file)
    assert said == ["Waiting for another program that is using the data file..."]
    assert "another program is using the data file" in str(busy.value)
    assert "Nothing was changed" in str(busy.value) and "try again" in str(busy.value)
    assert import_file(importer, cal_file).records == 1500  # once it is free, it works
    with importer.read() as s:
        assert s.scalars(select(Statement.id)).all() == [1]
    holder.close()
    importer.close()
