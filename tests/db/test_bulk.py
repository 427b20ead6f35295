"""Bulk inserts: tuples through one executemany, converted by each column's own type."""

from __future__ import annotations

import datetime as dt
import gc

import pytest
from sqlalchemy import select

from calaccess_desktop.db.bulk import insert_rows
from calaccess_desktop.db.orm import Committee, Contact
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.store import Store


def _committee(store: Store) -> int:
    with store.transaction() as session:
        committee = Committee(filer_id="1234567", name="Bulk", committee_type="G",
                              entity_cd="COM", profile={"Filer_NamL": "Bulk"})
        session.add(committee)
        session.flush()
        return committee.id


def test_rows_read_back_as_the_orm_writes_them(store: Store) -> None:
    committee_id = _committee(store)
    columns = [c.name for c in Contact.__table__.columns if c.name != "id"]
    rows = []
    for i in range(3):
        values = {"committee_id": committee_id, "entity_cd": "IND", "last_name": f"Nguyen{i}",
                  "first_name": "Ana", "title": "", "suffix": "", "adr1": "1 J St",
                  "adr2": "", "city": "Sacramento", "state": "CA", "zip4": "95814",
                  "employer": "", "occupation": "", "self_employed": i == 1,
                  "cmte_id": "", "match_key": f"NGUYEN{i}|ANA|95814"}
        rows.append(tuple(values[c] for c in columns))
    with store.transaction() as session:
        insert_rows(session.connection(), Contact.__table__, columns, rows)
    with store.read() as session:
        got = session.scalars(select(Contact).order_by(Contact.id)).all()
    assert [c.last_name for c in got] == ["Nguyen0", "Nguyen1", "Nguyen2"]
    assert [c.self_employed for c in got] == [False, True, False]
    assert all(c.committee_id == committee_id for c in got)


def test_dates_and_json_go_through_their_column_types(store: Store) -> None:
    from calaccess_desktop.db.orm import Record, Statement

    committee_id = _committee(store)
    with store.transaction() as session:
        stmt = Statement(committee_id=committee_id, form_type="F460", stmt_type="QT",
                         report_num=0, cover=["CVR", "F460"], carry_in={})
        session.add(stmt)
        session.flush()
        columns = ["statement_id", "seq", "rec_type", "form_type", "tran_id", "entity_cd",
                   "amount_cents", "tran_date", "memo", "bakref_tid", "itemize", "values",
                   "contact_id"]
        insert_rows(session.connection(), Record.__table__, columns, [
            (stmt.id, 1, "RCPT", "A", "A1", "IND", 12345, dt.date(2026, 3, 1), False, "",
             "always", ["RCPT", "A", "A1", "Chén \"Q\""], None),
            (stmt.id, 2, "TEXT", "", None, "", None, None, True, "A1", "auto", ["TEXT"], None),
        ])
        stmt_id = stmt.id
    with store.read() as session:
        got = session.scalars(select(Record).where(Record.statement_id == stmt_id)
                              .order_by(Record.seq)).all()
    assert got[0].tran_date == dt.date(2026, 3, 1)
    assert got[0].values == ["RCPT", "A", "A1", 'Chén "Q"']
    assert got[0].amount_cents == 12345 and got[0].memo is False
    assert got[1].tran_date is None and got[1].tran_id is None and got[1].memo is True


def test_a_missing_column_is_refused_before_anything_is_written(store: Store) -> None:
    committee_id = _committee(store)
    with store.transaction() as session, pytest.raises(ValueError, match="match_key"):
        insert_rows(session.connection(), Contact.__table__,
                    ["committee_id", "last_name"], [(committee_id, "Kim")])
    with store.read() as session:
        assert session.scalars(select(Contact)).all() == []


def test_gc_pause_restores_the_collector_even_after_an_error() -> None:
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        with gc_paused():  # nested: the outer pause still holds afterwards
            pass
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_json_columns_keep_what_json_kept() -> None:
    import json

    from calaccess_desktop.db.engine import dumps_json

    for value in (["RCPT", "A", "Chén \"Q\"", ""], {"column_b": {"1": 100}},
                  {1: "int keys become text"}, [2**70], None):
        assert json.loads(dumps_json(value)) == json.loads(json.dumps(value))


def test_text_with_tabs_newlines_and_backslashes_arrives_whole(store: Store) -> None:
    """COPY's text form (PostgreSQL) escapes what it must: nothing is changed."""
    committee_id = _committee(store)
    odd = ["a\tb", "line1\nline2", "back\\slash", "\\N", "", "carriage\rreturn", "ünï"]
    table_columns = {c.name for c in Contact.__table__.columns}
    rows = []
    for i, text in enumerate(odd):
        values = {"committee_id": committee_id, "entity_cd": "IND", "last_name": text,
                  "first_name": "", "title": "", "suffix": "", "adr1": text, "adr2": "",
                  "city": "", "state": "", "zip4": "", "employer": "", "occupation": "",
                  "self_employed": False, "cmte_id": "", "match_key": f"K{i}"}
        columns = [c for c in values if c in table_columns]
        rows.append(tuple(values[c] for c in columns))
    with store.transaction() as session:
        insert_rows(session.connection(), Contact.__table__, columns, rows)
    with store.read() as session:
        got = session.scalars(select(Contact).order_by(Contact.id)).all()
    assert [c.last_name for c in got] == odd
    assert [c.adr1 for c in got] == odd


def test_a_column_with_a_default_may_be_left_out(store: Store) -> None:
    """A constant default (``default=...``) or the database's own fills it in."""
    from calaccess_desktop.db.orm import Record, Statement

    committee_id = _committee(store)
    record_columns = {c.name for c in Record.__table__.columns}
    with store.transaction() as session:
        stmt = Statement(committee_id=committee_id, form_type="F460", stmt_type="QT",
                         report_num=0, cover=["CVR", "F460"], carry_in={})
        session.add(stmt)
        session.flush()
        given = {"statement_id": stmt.id, "seq": 1, "rec_type": "RCPT", "form_type": "A",
                 "tran_id": "A1", "entity_cd": "IND", "amount_cents": 100, "tran_date": None,
                 "memo": False, "bakref_tid": "", "itemize": "auto", "values": ["RCPT"],
                 "contact_id": None}
        columns = [c for c in given if c in record_columns]
        insert_rows(session.connection(), Record.__table__, columns,
                    [tuple(given[c] for c in columns)])
        stmt_id = stmt.id
    with store.read() as session:
        got = session.scalars(select(Record).where(Record.statement_id == stmt_id)).one()
    assert got.amount_cents == 100 and got.values == ["RCPT"]
    for column in Record.__table__.columns:
        default = column.default
        if column.name not in given and default is not None and default.is_scalar:
            assert getattr(got, column.key) == default.arg, column.name
