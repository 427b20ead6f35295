"""A real data file per test and the findings of one rule on one stored statement."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from calaccess_desktop.services import editing
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.engine import validate
from calaccess_desktop.validation.findings import Finding

D = dt.date
GENERAL = D(2026, 11, 3)
PROFILE = {
    "Filer_NamL": "Valley Parks Committee", "Filer_Adr1": "2100 P Street",
    "Filer_City": "Sacramento", "Filer_ST": "CA", "Filer_ZIP4": "95816",
    "Tres_NamL": "Okoye", "Tres_NamF": "Adaeze", "Tres_Adr1": "2100 P Street",
    "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95816",
    "elections": "2026-11-03",
}


@contextmanager
def data_file(tmp_path: Path) -> Iterator[Store]:
    store = Store.open(tmp_path / "timing.sqlite")
    try:
        yield store
    finally:
        store.close()


def committee(store: Store, name: str, *, kind: str = "G", entity: str = "RCP",
              filer_id: str = "", **profile: Any) -> int:
    with store.transaction() as s:
        return editing.create_committee(s, name, filer_id=filer_id, committee_type=kind,
                                        entity_cd=entity, profile={**PROFILE, **profile})


def contribution(store: Store, sid: int, day: str, amount: str,
                 last: str = "Okafor") -> int:
    with store.transaction() as s:
        return editing.add_transaction(s, sid, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": last, "Ctrib_NamF": "Grace",
            "Ctrib_Adr1": "1 Main St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95816", "Ctrib_Emp": "State of California",
            "Ctrib_Occ": "Engineer", "Rcpt_Date": day, "Amount": amount})


def findings(store: Store, sid: int, rule_id: str, today: dt.date) -> list[Finding]:
    """The findings of one rule on the stored statement, checked on ``today``."""
    rules = rule_set()
    assert rule_id in rules, f"{rule_id} is not in the app's rule set"
    with store.read() as s:
        snap = build_snapshot(s, sid)
    return [f for f in validate(snap, rules=rules, today=today) if f.rule_id == rule_id]
