"""Hooks the registry wiring owns, each on a real data file: cover records a form's CAL
layout has no place for are not exported, and a Form 465 (no cash of its own) is never
the statement a Form 460 carries its beginning cash from."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.services import editing
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of

PROFILE = {"Filer_NamL": "Lopez for Council", "Filer_Adr1": "1 K Street",
           "Filer_City": "Sacramento", "Filer_ST": "CA", "Filer_ZIP4": "95814",
           "Tres_NamL": "Nguyen", "Tres_NamF": "David"}


def _committee(store: Store) -> int:
    with store.transaction() as s:
        return editing.create_committee(s, "Lopez for Council", filer_id="1449876",
                                        committee_type="C", entity_cd="CTL",
                                        profile=dict(PROFILE))


def test_a_497_signature_is_kept_but_not_written(store: Store) -> None:
    cid = _committee(store)
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F497", election_date=dt.date(2026, 11, 3))
        editing.add_transaction(s, sid, "S497", "F497P1", {
            "Entity_Cd": "IND", "Enty_NamL": "Okafor", "Enty_NamF": "Grace",
            "Enty_City": "Sacramento", "Enty_ST": "CA", "Enty_ZIP4": "95816",
            "Ctrib_Occ": "Engineer", "Ctrib_Emp": "Caltrans", "Ctrib_Date": "20261101",
            "Amount": "1500.00"})
        editing.add_transaction(s, sid, "CVR3", "F497", {
            "Entity_Cd": "TRE", "Sig_NamL": "Nguyen", "Sig_NamF": "David",
            "Sig_Date": "20261102"})
    data = export_statement(store, sid)
    cal = read_cal(data, "f497.cal")
    assert cal.errors == []
    assert [r.rec_type for r in cal.records] == ["S497"]


def test_a_460_begins_with_the_cash_of_the_last_460_not_a_465(store: Store) -> None:
    cid = _committee(store)
    with store.transaction() as s:
        first = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                         period_through=dt.date(2026, 6, 30), stmt_type="SA")
        editing.add_transaction(s, first, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
            "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95816",
            "Ctrib_Occ": "Engineer", "Ctrib_Emp": "Caltrans", "Rcpt_Date": "20260310",
            "Amount": "750.00"})
        editing.create_statement(s, cid, "F465", period_from=dt.date(2026, 7, 1),
                                 period_through=dt.date(2026, 9, 30))
        second = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 10, 1),
                                          period_through=dt.date(2026, 12, 31),
                                          stmt_type="QT")
    with store.read() as s:
        snap = build_snapshot(s, second)
        assert summary_of(s, first).a("16") == 75000
    assert snap.prior_ending_cash == 75000
    assert snap.prior_column_b.get("1") == 75000
