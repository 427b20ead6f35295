"""Mutated .CAL files never crash the reader or the import, and whatever the reader
accepts imports, exports and reads back clean (properties over random damage)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.store import Store
from tests.support.calfiles import cover, expn, rcpt


def _base() -> bytes:
    loan = CalRecord(["LOAN", "B1"], cvr_form="F460")
    for name, value in {"Tran_ID": "B1", "Entity_Cd": "IND", "Lndr_NamL": "Ramirez",
                        "Lndr_NamF": "Ana", "Loan_Amt1": "0.00", "Loan_Amt2": "500.00",
                        "Loan_Amt3": "0.00", "Loan_Amt4": "500.00",
                        "Loan_Date1": "20260401"}.items():
        loan.set(name, value)
    text = CalRecord(["TEXT", "A"], cvr_form="F460")
    for name, value in {"Tran_ID": "T1", "Ref_No": "A1", "BakRef_TID": "A1",
                        "Tran_Text": "Paid by check, see memo"}.items():
        if text.has_field(name):
            text.set(name, value)
    return write_cal(cover(), [rcpt("A1"), rcpt("A2", "250.00", Ctrib_NamL="Chen"),
                               expn("E1"), loan, text])


BASE = _base()
NOISE = [b",", b'"', b"\r", b"\n", b"\x00", "é".encode(), b"-", b" ", b",,", b'""',
         b"\xff", b"CVR", b"RCPT", b"\r\n"]
BENIGN = [b"9", b"0", b"A", b"z", b"Q"]  # often still a valid file: keeps the import busy


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    """The base file with a few random edits: bytes replaced, inserted or deleted, lines
    repeated, swapped or dropped, or the file cut short."""
    data = bytearray(BASE)
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["benign", "benign", "replace", "insert", "delete",
                                     "line", "cut"]))
        at = draw(st.integers(0, max(len(data) - 1, 0)))
        if kind == "benign" and data:
            data[at:at + 1] = draw(st.sampled_from(BENIGN))
        elif kind == "replace" and data:
            data[at:at + 1] = draw(st.sampled_from(NOISE))
        elif kind == "insert":
            data[at:at] = draw(st.sampled_from(NOISE))
        elif kind == "delete":
            del data[at:at + draw(st.integers(1, 12))]
        elif kind == "cut":
            del data[at:]
        else:
            rows = bytes(data).split(b"\r\n")
            i, j = (draw(st.integers(0, len(rows) - 1)) for _ in range(2))
            how = draw(st.sampled_from(["repeat", "swap", "drop"]))
            if how == "repeat":
                rows.insert(j, rows[i])
            elif how == "swap":
                rows[i], rows[j] = rows[j], rows[i]
            else:
                del rows[i]
            data = bytearray(b"\r\n".join(rows))
    return bytes(data)


def test_the_base_file_is_clean() -> None:
    cal = read_cal(BASE, "base.cal")
    assert cal.errors == [] and len(cal.records) == 5


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damage_is_reported_never_raised(data: bytes) -> None:
    cal = read_cal(data, "fuzz.cal")
    line_count = data.count(b"\n") + data.count(b"\r") + 1
    for problem in cal.problems:
        text = problem.render("fuzz.cal")
        assert text.startswith("fuzz.cal:") and "Traceback" not in text
        assert 0 <= problem.line <= line_count
    event("accepted" if not cal.errors else "refused")


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One real store for every example (hypothesis reuses it across examples)."""
    store = Store.open(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite")
    yield store
    store.close()


def _statement_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Statement)) or 0


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=damaged())
def test_what_the_reader_accepts_round_trips(fuzz_store: Store, data: bytes,
                                             tmp_path_factory: pytest.TempPathFactory) -> None:
    source = tmp_path_factory.getbasetemp() / "fuzz-in.cal"
    source.write_bytes(data)
    before = _statement_count(fuzz_store)
    try:
        result = import_file(fuzz_store, source)
    except CalFormatError as exc:
        assert exc.problems and str(exc).startswith(str(source))
        assert _statement_count(fuzz_store) == before
        event("refused")
        return
    event("imported")
    assert _statement_count(fuzz_store) == before + 1
    out = export_statement(fuzz_store, result.statement_id, target="out.cal")
    again = read_cal(out, "out.cal")
    assert again.errors == []
    assert len(again.records) == len(read_cal(data, "in.cal").records)
