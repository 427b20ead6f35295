"""The totals kept incrementally (``services/totals``) equal the full computation after
any sequence of adds, edits, deletes, undos, redos and imports, on a real SQLite file."""

from __future__ import annotations

import datetime as dt
from contextlib import suppress
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from calaccess_desktop.cal.model import trimmed
from calaccess_desktop.db.orm import Record, Statement, StatementTotal, UndoEntry
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services import editing, undo
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from tests.history.support import f460
from tests.support.calfiles import expn, rcpt

# Okafor and Chen also gave in the imported first quarter: their year-to-date counts.
PEOPLE = [("Okafor", "Grace", "95811"), ("Chen", "Wei", "95811"), ("Ramirez", "", "95816"),
          ("Kim", "", "95818"), ("", "", "")]
AMOUNTS = [100, 2500, 4000, 6000, 9999, 10000, 15000, -500]
KINDS = [("RCPT", "A"), ("RCPT", "C"), ("RCPT", "I"), ("EXPN", "E"), ("EXPN", "D")]


def stored(session: Any, sid: int) -> list[list[str]]:
    rows = session.execute(select(StatementTotal.values, StatementTotal.amount_a,
                                  StatementTotal.amount_b, StatementTotal.computed)
                           .where(StatementTotal.statement_id == sid)
                           .order_by(StatementTotal.seq)).all()
    for values, a, b, _computed in rows:  # the typed columns say what the values say
        assert format_cal_amount(a) == values[3]
        assert (b is None) == (len(values) < 5 or not values[4])
    return [list(r[0]) for r in rows]


def computed(session: Any, sid: int) -> list[list[str]] | None:
    """The statement's lines computed in full (None: still as filed)."""
    if session.scalar(select(StatementTotal.id).where(StatementTotal.statement_id == sid,
                                                      StatementTotal.computed.is_(False))):
        return None
    stmt = session.get(Statement, sid)
    assert stmt is not None
    smry_records = spec_for(stmt.form_type).smry_records
    assert smry_records is not None
    return [trimmed(list(v)) for v in smry_records(summary_of(session, sid))]


def check_every_statement(store: Store) -> int:
    """Every statement computed by the app holds the full computation's lines."""
    checked = 0
    with store.read() as s:
        for sid in s.scalars(select(Statement.id)):
            want = computed(s, sid)
            if want is not None:
                assert stored(s, sid) == want, f"statement {sid}"
                checked += 1
    return checked


def fields_for(kind: tuple[str, str], who: int, cents: int, memo: bool,
               day: str) -> dict[str, str]:
    last, first, zip4 = PEOPLE[who]
    prefix = "Payee" if kind[0] == "EXPN" else "Ctrib"
    fields = {"Amount": format_cal_amount(cents), f"{prefix}_NamL": last,
              f"{prefix}_NamF": first, f"{prefix}_ZIP4": zip4,
              "Memo_Code": "X" if memo else ""}
    if kind[0] == "RCPT":
        fields["Rcpt_Date"] = day
    else:
        fields["Expn_Date"] = day
        fields["Expn_Code"] = "LIT"
    return fields


def first_quarter(report_num: int, extra: int) -> bytes:
    records = [rcpt("Q1", "60.00", Rcpt_Date="20260110"),
               rcpt("Q2", format_cal_amount(3000 + extra), Ctrib_NamL="Chen", Ctrib_NamF="Wei"),
               expn("Q3", "20.00", Expn_Date="20260120")]
    data, _lines = f460("20260101", "20260331", records, report_num=report_num,
                        beginning_cash=50_000, reason="More came in." if report_num else "")
    return data


op = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 2), st.sampled_from(KINDS),
              st.integers(0, len(PEOPLE) - 1), st.sampled_from(AMOUNTS), st.booleans()),
    st.tuples(st.just("edit"), st.integers(0, 10_000), st.integers(0, len(PEOPLE) - 1),
              st.sampled_from(AMOUNTS)),
    st.tuples(st.just("delete"), st.integers(0, 10_000)),
    st.tuples(st.just("undo")), st.tuples(st.just("redo")),
    st.tuples(st.just("import"), st.integers(1, 9000)),
)


def run(store: Store, folder: Path, ops: list[tuple[Any, ...]]) -> int:
    first = import_file(store, _write(folder, "q1.cal", first_quarter(0, 0)))
    with store.transaction() as s:
        second = editing.create_statement(s, first.committee_id, "F460",
                                          period_from=dt.date(2026, 4, 1),
                                          period_through=dt.date(2026, 6, 30))
        third = editing.create_statement(s, first.committee_id, "F460",
                                         period_from=dt.date(2026, 7, 1),
                                         period_through=dt.date(2026, 12, 31))
        s.execute(delete(UndoEntry))  # undo reaches back to the sequence's first step
    statements = [first.statement_id, second, third]
    days = {first.statement_id: "20260305", second: "20260505", third: "20260905"}
    imports = 0
    checked = check_every_statement(store)
    for step in ops:
        with suppress(editing.EditError):  # refused (a statement undone away): no change
            apply_step(store, step, statements, days)
        if step[0] == "import":
            imports += 1  # the first quarter amended: the drafts after it carry on from it
            done = import_file(store, _write(folder, f"q1-{imports}.cal",
                                             first_quarter(imports, step[1])))
            statements.append(done.statement_id)
            days[done.statement_id] = "20260305"
        checked += check_every_statement(store)
    return checked


def apply_step(store: Store, step: tuple[Any, ...], statements: list[int],
               days: dict[int, str]) -> None:
    """One step of the sequence in its own transaction."""
    with store.transaction() as s:
        if step[0] == "add":
            _, which, kind, who, cents, memo = step
            sid = statements[which]
            editing.add_transaction(s, sid, kind[0], kind[1],
                                    fields_for(kind, who, cents, memo, days.get(sid, "20260305")))
        elif step[0] in ("edit", "delete"):
            ids = s.scalars(select(Record.id).where(
                Record.statement_id.in_(statements),
                Record.rec_type.in_(("RCPT", "EXPN"))).order_by(Record.id)).all()
            if not ids:
                return
            record = s.get(Record, ids[step[1] % len(ids)])
            assert record is not None
            stmt = s.get(Statement, record.statement_id)
            if stmt is None or stmt.status not in editing.EDITABLE:
                return
            if step[0] == "delete":
                editing.delete_transaction(s, record.id)
            else:
                kind = (record.rec_type, record.form_type)
                editing.update_transaction(s, record.id, {
                    k: v for k, v in fields_for(kind, step[2], step[3], False,
                                                days.get(record.statement_id, "20260305"))
                    .items() if k != "Memo_Code"})
        elif step[0] == "undo":
            undo.undo(s)
        elif step[0] == "redo":
            undo.redo(s)


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(op, min_size=1, max_size=30))
def test_incremental_totals_equal_the_full_computation(tmp_path_factory: Any,
                                                       ops: list[tuple[Any, ...]]) -> None:
    folder = tmp_path_factory.mktemp("totals")
    store = Store.open(folder / "s.sqlite")
    try:
        assert run(store, folder, ops) > 0
    finally:
        store.close()


def test_a_long_fixed_sequence_checks_every_kind_of_step(tmp_path: Path) -> None:
    ops: list[tuple[Any, ...]] = [
        ("add", 1, ("RCPT", "A"), 0, 6000, False), ("add", 1, ("RCPT", "A"), 0, 4000, False),
        ("add", 2, ("RCPT", "A"), 1, 9999, False), ("add", 1, ("EXPN", "E"), 2, 15000, False),
        ("edit", 0, 3, 100), ("undo",), ("redo",), ("undo",), ("delete", 1), ("undo",),
        ("import", 500), ("add", 0, ("RCPT", "C"), 4, 2500, True), ("edit", 5, 1, 10000),
        ("add", 2, ("EXPN", "D"), 3, 10000, False), ("undo",), ("undo",), ("redo",),
    ]
    store = Store.open(tmp_path / "s.sqlite")
    try:
        assert run(store, tmp_path, ops) >= 2 * len(ops)
    finally:
        store.close()
