"""A city's own Form 497 trigger ($500 in the practice city) changes the late-report
check, and a city's $25 itemization threshold changes what the schedule list marks
itemized. Real SQLite files, the real command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services.editing import add_transaction
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.schedule_rows import fetch_rows, load_index
from calaccess_desktop.services.store import Store

LATE = {"Ctrib_NamL": "Okonkwo", "Ctrib_NamF": "Ada", "Ctrib_Adr1": "12 Elm Street",
        "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95816",
        "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect", "Rcpt_Date": "20260901",
        "Amount": "600.00", "Entity_Cd": "IND"}
SMALL = {"Ctrib_NamL": "Pham", "Ctrib_NamF": "Linh", "Ctrib_Adr1": "3 Oak Lane",
         "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95816",
         "Rcpt_Date": "20260710", "Amount": "40.00", "Entity_Cd": "IND"}


def _late_findings(db: Path, capsys: pytest.CaptureFixture[str]) -> list[dict]:
    main(["--db", str(db), "validate", "2", "--json"])
    found = json.loads(capsys.readouterr().out)
    return [f for f in found if f["rule_id"] == "F497-TRG-001" and "Okonkwo" in f["message"]]


def _itemized(store: Store, last: str) -> bool:
    with store.read() as session:
        index = load_index(session, 2, "RCPT", "A")
        rows = fetch_rows(session, index, index.ids)
    (row,) = [r for r in rows if any(last in str(c) for c in r.cells)]
    return row.itemized


def test_the_city_trigger_and_threshold(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    store = Store.open(db)
    try:
        with store.transaction() as session:
            add_transaction(session, 2, "RCPT", "A", dict(LATE))
            add_transaction(session, 2, "RCPT", "A", dict(SMALL))
        capsys.readouterr()
        assert _late_findings(db, capsys) == []  # $600: under the state's $1,000
        assert not _itemized(store, "Pham")  # $40: under the state's $100
        with store.transaction() as session:
            set_officers(session, 1, ["PRAC"])
        late = _late_findings(db, capsys)
        assert len(late) == 1 and "$500.00" in late[0]["message"]
        assert _itemized(store, "Pham")  # $40: from the practice city's $25
    finally:
        store.close()
