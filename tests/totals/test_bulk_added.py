"""Records only added (a spreadsheet import) move the stored totals by their contacts'
groups (``incremental.apply_added``), and the lines then equal the full computation, on
both stores: any mix of schedules, people (known or none), amounts and choices,
with a later draft that carries the totals on."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from calaccess_desktop.cal.model import CalRecord, trimmed
from calaccess_desktop.db.orm import Record, Statement, StatementTotal
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services import editing, undo
from calaccess_desktop.services.record_rows import record_row
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.totals import incremental
from tests.pg.stores import STORE_KINDS
from tests.totals.test_summary_groups import AMOUNTS, CHOICES, KINDS, entry, fields_for

added = st.tuples(st.integers(0, 7), st.integers(0, 3), st.sampled_from(AMOUNTS),
                  st.sampled_from(CHOICES))


def committee_with_statements(store: Store, entries: list[tuple[Any, ...]]) -> list[int]:
    """A committee's three Form 460s of 2026 (the second with ``entries``), kept by the
    app's own saves."""
    kinds = KINDS["F460"]
    with store.transaction() as s:
        cid = editing.create_committee(s, "Bulk", committee_type="G")
        ids = [editing.create_statement(s, cid, "F460", period_from=start, period_through=end)
               for start, end in ((dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
                                  (dt.date(2026, 4, 1), dt.date(2026, 6, 30)),
                                  (dt.date(2026, 7, 1), dt.date(2026, 12, 31)))]
        editing.add_transaction(s, ids[0], "RCPT", "A",
                                fields_for(("RCPT", "A"), 0, 3000, False, False))
        for which, who, cents, choice, memo, child in entries:
            kind = kinds[which % len(kinds)]
            editing.add_transaction(s, ids[1], kind[0], kind[1],
                                    fields_for(kind, who, cents, memo, child), itemize=choice)
    return ids


def add_rows(session: Any, sid: int, rows: list[tuple[Any, ...]]) -> list[int]:
    """Records written as an import writes them (no totals moved): each for one of the
    statement's contacts by position, or for nobody."""
    contacts = sorted(session.scalars(select(Record.contact_id).where(
        Record.statement_id == sid, Record.contact_id.is_not(None)).distinct()).all())
    seq = int(session.scalar(select(func.max(Record.seq)).where(
        Record.statement_id == sid)) or 0)
    kinds = KINDS["F460"]
    new = []
    for n, (which, who, cents, choice) in enumerate(rows, start=1):
        kind = kinds[which % len(kinds)]
        rec = CalRecord(list(kind), cvr_form="F460")
        for name, value in fields_for(kind, 3, cents, False, False).items():
            if value:
                rec.set(name, value)
        row = record_row(rec.values, "F460", seq=seq + n, statement_id=sid, itemize=choice)
        record = Record(**row, contact_id=contacts[who] if who < len(contacts) else None)
        session.add(record)
        new.append(record)
    session.flush()
    return [r.id for r in new]


def assert_lines_are_the_full_computation(store: Store, ids: list[int]) -> None:
    with store.read() as s:
        for sid in ids:
            stmt = s.get(Statement, sid)
            assert stmt is not None
            smry_records = spec_for(stmt.form_type).smry_records
            assert smry_records is not None
            want = [trimmed(list(v)) for v in smry_records(summary_of(s, sid))]
            kept = [list(v) for v in s.scalars(select(StatementTotal.values).where(
                StatementTotal.statement_id == sid).order_by(StatementTotal.seq))]
            assert kept == want, f"statement {sid}"


def import_rows(store: Store, sid: int, rows: list[tuple[Any, ...]]) -> None:
    with store.transaction() as s:
        incremental.apply_added(s, sid, add_rows(s, sid, rows))


@pytest.mark.parametrize("store_kind", STORE_KINDS, indirect=True)
@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(entry, min_size=0, max_size=12), st.lists(added, min_size=1, max_size=12))
@example([(0, 1, 6000, "auto", False, False)], [(0, 0, 4000, "auto"), (0, 1, 3000, "auto")])
@example([(3, 2, 9999, "auto", False, False)], [(3, 0, 1, "auto"), (5, 0, 100, "always")])
def test_added_records_move_the_lines_to_the_full_computation(
        store: Store, entries: list[tuple[Any, ...]], rows: list[tuple[Any, ...]]) -> None:
    # One store for every example: each adds its own committee.
    ids = committee_with_statements(store, entries)
    import_rows(store, ids[1], rows)
    assert_lines_are_the_full_computation(store, ids)


def test_a_few_contacts_are_moved_without_computing_afresh(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = committee_with_statements(store, [(0, 0, 6000, "auto", False, False),
                                            (0, 1, 3000, "auto", False, False)])

    def afresh(*_args: Any) -> None:
        raise AssertionError("computed afresh")

    monkeypatch.setattr(incremental, "recompute", afresh)
    import_rows(store, ids[1], [(0, 1, 7000, "auto"), (0, 3, 500, "auto")])
    assert_lines_are_the_full_computation(store, ids)
    with store.read() as s:
        # Chen reaches $100 with the import: his 30 moves to itemized with the 70; Okafor
        # (90 in the year) and the nameless 5 stay unitemized.
        assert summary_of(s, ids[1]).schedules["A"] == {"1": 10000, "2": 6500, "3": 16500}


def test_many_contacts_are_computed_afresh(store: Store,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    ids = committee_with_statements(store, [(0, who, 3000, "auto", False, False)
                                            for who in range(3)])
    monkeypatch.setattr(incremental, "MAX_GROUPS", 2)
    fresh: list[int] = []
    recompute = incremental.recompute

    def afresh(session: Any, sid: int) -> None:
        fresh.append(sid)
        recompute(session, sid)

    monkeypatch.setattr(incremental, "recompute", afresh)
    import_rows(store, ids[1], [(0, who, 7000, "auto") for who in range(3)])
    assert fresh == [ids[1]]
    assert_lines_are_the_full_computation(store, ids)


def test_undo_and_redo_of_records_added_in_bulk_move_the_lines(store: Store) -> None:
    # Undo reads the added rows' images and redo puts them back: the lines move by them.
    ids = committee_with_statements(store, [(0, 0, 6000, "auto", False, False)])
    with store.transaction() as s:
        new = add_rows(s, ids[1], [(0, 0, 5000, "auto"), (3, 3, 2000, "auto")])
        incremental.apply_added(s, ids[1], new)
        recorder = undo.Recorder(s, "Import 2 rows", ids[1])
        recorder.inserted("records", new)  # no contact made: the records' ids alone
        recorder.save()
    assert_lines_are_the_full_computation(store, ids)
    for step in (undo.undo, undo.redo):
        with store.transaction() as s:
            step(s)
        assert_lines_are_the_full_computation(store, ids)
    with store.read() as s:
        assert summary_of(s, ids[1]).schedules["A"]["1"] == 11000  # Okafor's 60 + 50 back
