"""The fast summary (receipts and payments summed per contact in SQL) equals the summary
computed from the full snapshot, on real, demo and random statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calaccess_desktop.forms.f460.summary import compute
from calaccess_desktop.services import editing
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from tests.support.samplecal import write_filing


def assert_same(store: Store, statement_id: int) -> None:
    with store.read() as s:
        full = compute(build_snapshot(s, statement_id))
        fast = summary_of(s, statement_id)
    assert fast == full


def test_demo_statements(store: Store) -> None:
    with store.transaction() as s:
        _cid, ids = create_demo(s)
    for sid in ids[:2]:
        assert_same(store, sid)


def test_real_sample_statement(store: Store, sample_dir: Path, tmp_path: Path) -> None:
    source = write_filing(sample_dir, "F460", tmp_path / "f460.cal", smry=False)
    assert_same(store, import_file(store, source).statement_id)


PEOPLE = [("Okafor", "95811"), ("Chen", "95822"), ("Ramirez", "95816"), ("Kim", "95818")]
entry = st.tuples(
    st.sampled_from(["A", "C", "E", "I", "D"]), st.sampled_from(range(len(PEOPLE) + 1)),
    st.integers(min_value=1, max_value=30000), st.sampled_from(["auto", "always", "never"]),
    st.booleans())


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(st.lists(entry, min_size=1, max_size=25))
def test_random_statements(tmp_path_factory: object, entries: list[tuple]) -> None:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("fast")  # type: ignore[attr-defined]
    store = Store.open(folder / "s.sqlite")
    try:
        with store.transaction() as s:
            cid = editing.create_committee(s, "Random", committee_type="G")
            first = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                             period_through=dt.date(2026, 6, 30))
            editing.add_transaction(s, first, "RCPT", "A", {
                "Ctrib_NamL": "Okafor", "Ctrib_ZIP4": "95811", "Rcpt_Date": "20260301",
                "Amount": "60.00"})
            sid = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 7, 1),
                                           period_through=dt.date(2026, 12, 31))
            for schedule, who, cents, itemize, memo in entries:
                rec_type = "EXPN" if schedule in ("D", "E") else "RCPT"
                prefix = "Payee" if rec_type == "EXPN" else "Ctrib"
                fields = {"Amount": f"{cents / 100:.2f}", "Memo_Code": "X" if memo else ""}
                if who < len(PEOPLE):
                    fields[f"{prefix}_NamL"], fields[f"{prefix}_ZIP4"] = PEOPLE[who]
                if rec_type == "RCPT":
                    fields["Rcpt_Date"] = "20260815"
                editing.add_transaction(s, sid, rec_type, schedule, fields, itemize=itemize)
        assert_same(store, sid)
    finally:
        store.close()
