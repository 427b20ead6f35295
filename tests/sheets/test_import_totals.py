"""A spreadsheet import moves the statement's totals by what it added (its contacts'
groups, ``incremental.apply_added``) instead of computing them afresh, and the lines are
then the full computation: a contributor already in the statement who reaches $100 with
the import is itemized with all of their gifts; undo and redo keep them true."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from calaccess_desktop.services import editing, sheets, undo
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summary_of
from calaccess_desktop.services.totals import incremental
from tests.totals.test_bulk_added import assert_lines_are_the_full_computation

SHEET = ("Name,Address,City,State,Zip,Employer,Occupation,Date,Amount\n"
         '"Chen, Amy",12 Oak St,Sacramento,CA,95814,State of California,Analyst,'
         "03/02/2026,$70.00\n"
         '"Diaz, Ben",9 Elm St,Davis,CA,95616,UC Davis,Professor,03/05/2026,$40.00\n')


def _books(store: Store) -> list[int]:
    """A committee's two Form 460s of 2026; Amy Chen gave $30 on the second."""
    with store.transaction() as s:
        cid = editing.create_committee(s, "Totals", filer_id="1234567", committee_type="G")
        ids = [editing.create_statement(s, cid, "F460", period_from=start, period_through=end)
               for start, end in ((dt.date(2026, 1, 1), dt.date(2026, 6, 30)),
                                  (dt.date(2026, 7, 1), dt.date(2026, 12, 31)))]
        editing.add_transaction(s, ids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Chen", "Ctrib_NamF": "Amy",
            "Ctrib_Adr1": "12 Oak St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95814", "Ctrib_Emp": "State of California", "Ctrib_Occ": "Analyst",
            "Rcpt_Date": "20260201", "Amount": "30.00"})
    return ids


def test_an_import_moves_the_lines_by_what_it_added(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = _books(store)
    path = tmp_path / "gifts.csv"
    path.write_text(SHEET)

    afresh: list[int] = []
    refresh = incremental.refresh_smry

    def computed_afresh(session: Any, sid: int) -> Any:
        afresh.append(sid)
        return refresh(session, sid)

    monkeypatch.setattr(incremental, "refresh_smry", computed_afresh)
    with store.read() as s:
        preview = sheets.prepare(s, ids[0], sheets.read_sheet(path))
    assert sheets.run_import(store, preview).added == 2
    assert ids[0] not in afresh  # moved by the two rows' contacts, not computed afresh
    assert_lines_are_the_full_computation(store, ids)
    with store.read() as s:
        # Chen reaches $100 with the import: the 30 and the 70 are itemized; Diaz's 40
        # is not.
        assert summary_of(s, ids[0]).schedules["A"] == {"1": 10000, "2": 4000, "3": 14000}
    for step in (undo.undo, undo.redo):
        with store.transaction() as s:
            assert step(s) is not None
        assert_lines_are_the_full_computation(store, ids)
