"""The amendment comparison builds only the rows that may file differently: its answer
equals the whole comparison's (both statements built whole, every record compared)."""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.changes import record_changes
from calaccess_desktop.services import editing
from calaccess_desktop.services.amendments import changes_since_filed, filed_records, unsettled
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from tests.db.test_editing import GRACE, add, new_statement

DONORS = [("Okafor", "Grace"), ("Chen", "Robert"), ("Ramirez", "Ana"), ("Kim", "Jae")]


def _whole(session: Session, amendment: int) -> list[tuple[str, str, tuple[str, ...]]]:
    """The comparison of both versions built whole (what the fast path must equal)."""
    stmt = session.get(Statement, amendment)
    assert stmt is not None and stmt.amends_statement_id is not None
    old = build_snapshot(session, stmt.amends_statement_id)
    new = build_snapshot(session, amendment)
    return [(c.kind, c.key, tuple(f"{f.name}:{f.before}>{f.after}" for f in c.fields))
            for c in record_changes(filed_records(old), filed_records(new))]


def _fast(session: Session, amendment: int) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.kind, c.key, tuple(f"{f.name}:{f.before}>{f.after}" for f in c.fields))
            for c in changes_since_filed(session, amendment).records]


def _filed_with_amendment(store: Store) -> tuple[int, int]:
    """A filed statement: each donor gives three times ($40, $30, $45: itemized only
    together), the last donor once ($60: not itemized), two payments; its amendment."""
    sid = new_statement(store)
    for last, first in DONORS[:3]:
        for day, amount in (("20260301", "40.00"), ("20260402", "30.00"),
                            ("20260503", "45.00")):
            add(store, sid, amount, day, Ctrib_NamL=last, Ctrib_NamF=first)
    add(store, sid, "60.00", "20260310", Ctrib_NamL="Kim", Ctrib_NamF="Jae")
    with store.transaction() as s:
        for payee, amount in (("Capitol Print", "300.00"), ("River Hall", "150.00")):
            editing.add_transaction(s, sid, "EXPN", "E", {
                "Entity_Cd": "OTH", "Payee_NamL": payee, "Amount": amount,
                "Expn_Code": "LIT", "Expn_Date": "20260310"})
        stmt = s.get(Statement, sid)
        assert stmt is not None
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "CA-2281934"
    with store.transaction() as s:
        return sid, editing.amend_statement(s, sid, "Corrected amounts")


def _where(session: Session, sid: int, amendment: int) -> ColumnElement[bool] | None:
    filed, amended = session.get(Statement, sid), session.get(Statement, amendment)
    assert filed is not None and amended is not None
    return unsettled(session, filed, amended)


def _rows(store: Store, sid: int, last: str) -> list[int]:
    with store.read() as s:
        return list(s.scalars(select(Record.id).where(
            Record.statement_id == sid,
            func.json_extract(Record.values, "$[4]") == last).order_by(Record.seq)))


def test_only_the_rows_that_may_file_differently_are_compared(store: Store) -> None:
    sid, amendment = _filed_with_amendment(store)
    with store.read() as s:
        where = _where(s, sid, amendment)
        assert where is not None  # the fast path
        assert s.scalar(select(func.count()).select_from(Record)
                        .where(Record.statement_id == amendment, where)) == 0
    with store.transaction() as s:  # Chen's second gift grows: all three of Chen's move
        editing.update_transaction(s, _rows(store, amendment, "Chen")[1], {"Amount": "35.00"})
    with store.read() as s:
        where = _where(s, sid, amendment)
        assert where is not None
        built = s.scalars(select(Record.id).where(Record.statement_id == amendment, where))
        assert sorted(built) == sorted(_rows(store, amendment, "Chen"))
        fast = _fast(s, amendment)
        assert fast == _whole(s, amendment)
    # Chen's cumulative total changed on all three gifts (Cum_YTD 115.00 -> 120.00).
    assert len(fast) == 3 and all(k == "changed" for k, _key, _f in fast)
    assert all("Cum_YTD:115.00>120.00" in fields for _k, _key, fields in fast)


def test_every_kind_of_edit_compares_as_the_whole_statements_do(store: Store) -> None:
    sid, amendment = _filed_with_amendment(store)
    okafor, ramirez = _rows(store, amendment, "Okafor"), _rows(store, amendment, "Ramirez")
    with store.transaction() as s:
        editing.delete_transaction(s, okafor[0])  # Okafor falls under $100: not itemized
        editing.update_transaction(s, ramirez[2], {"Ctrib_Occ": "Teacher"})
        editing.update_transaction(s, _rows(store, amendment, "Kim")[0],
                                   {"Amount": "140.00"})  # Kim is itemized now
        editing.update_transaction(s, _rows(store, amendment, "River Hall")[0],
                                   {"Amount": "90.00"})  # a payment under $100
        editing.add_transaction(s, amendment, "RCPT", "A", {
            **GRACE, "Ctrib_NamL": "Silva", "Ctrib_NamF": "Rita", "Rcpt_Date": "20260320",
            "Amount": "400.00"})
    with store.read() as s:
        fast = _fast(s, amendment)
        assert fast == _whole(s, amendment)
    kinds = sorted(k for k, _key, _f in fast)
    assert kinds.count("added") == 2  # Silva; Kim's gift now filed
    assert kinds.count("removed") >= 3  # Okafor's gifts (no longer itemized); River Hall
    assert any("Ctrib_Occ:" in f for _k, _key, fields in fast for f in fields)


def test_a_changed_period_compares_the_statements_whole(store: Store) -> None:
    import datetime as dt

    sid, amendment = _filed_with_amendment(store)
    with store.transaction() as s:
        stmt = s.get(Statement, amendment)
        assert stmt is not None
        stmt.period_through = dt.date(2026, 6, 29)
    with store.read() as s:
        assert _where(s, sid, amendment) is None
        assert _fast(s, amendment) == _whole(s, amendment)
