"""F465-GEN-001 (a 465 on the candidate's schedule; owed by a 461's IEs), F465-X-001 (the
465's IEs on the 460/461), F470-ELG-002 (a 470 under $2,000) and F497-X-002 (a conduit is
not a contributor), on real data files: each fires when it should, silent when not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.services import editing
from calaccess_desktop.services.late_reports import set_cover_fields
from calaccess_desktop.services.store import Store
from tests.rules_timing.support import GENERAL, D, committee, contribution, data_file, findings

SUBJECT = {"Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Office_Cd": "CCM", "Juris_Cd": "CIT",
           "Juris_Dscr": "City of Sacramento", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S"}
TODAY = D(2026, 11, 20)



@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with data_file(tmp_path) as opened:
        yield opened


def _payee(day: str, amount: str, **extra: str) -> dict[str, str]:
    return {"Entity_Cd": "OTH", "Payee_NamL": "Capitol Mail Works",
            "Payee_Adr1": "2020 Del Paso Blvd", "Payee_City": "Sacramento", "Payee_ST": "CA",
            "Payee_ZIP4": "95815", "Expn_Date": day, "Amount": amount, "Expn_Code": "IND",
            "Expn_Dscr": "Mailer supporting Maria Lopez", **extra}


def _f465(store: Store, cid: int, start: D, end: D, *lines: tuple[str, str]) -> int:
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F465", period_from=start, period_through=end,
                                       stmt_type="PE", election_date=GENERAL)
        set_cover_fields(s, sid, SUBJECT)
        for day, amount in lines:
            editing.add_transaction(s, sid, "EXPN", "F465P3",
                                    _payee(day, amount, Cum_YTD=amount))
    return sid


def test_465_period_on_the_candidates_schedule(store: Store) -> None:
    pac = committee(store, "Valley Jobs PAC", filer_id="1400200")
    good = _f465(store, pac, D(2026, 9, 20), D(2026, 10, 17), ("20261005", "3200.00"))
    assert findings(store, good, "F465-GEN-001", TODAY) == []
    bad = _f465(store, pac, D(2026, 10, 1), D(2026, 10, 31), ("20261005", "3200.00"))
    (found,) = findings(store, bad, "F465-GEN-001", TODAY)
    assert found.location.field == "Thru_Date"
    assert ("for the 11/03/2026 election their periods end 06/30/2026, 09/19/2026, "
            "10/17/2026, 12/31/2026; this one ends 10/31/2026") in found.message


def test_a_461s_ies_call_for_a_465(store: Store) -> None:
    donor = committee(store, "Sierra Valley Growers", kind="", entity="MDI",
                      filer_id="1400300")
    with store.transaction() as s:
        sid = editing.create_statement(s, donor, "F461", period_from=D(2026, 7, 1),
                                       period_through=D(2026, 12, 31))
        editing.add_transaction(s, sid, "EXPN", "F461P5", {
            **_payee("20261005", "600.00", Cum_YTD="600.00"), **SUBJECT})
    assert findings(store, sid, "F465-GEN-001", TODAY) == []  # $600: under $1,000
    with store.transaction() as s:
        editing.add_transaction(s, sid, "EXPN", "F461P5", {
            **_payee("20261012", "900.00", Cum_YTD="1500.00"), **SUBJECT})
    (found,) = findings(store, sid, "F465-GEN-001", TODAY)
    assert "reached $1,500.00 this year" in found.message
    assert "has no Form 465 for this period" in found.message
    _f465(store, donor, D(2026, 9, 20), D(2026, 10, 17), ("20261005", "600.00"))
    assert findings(store, sid, "F465-GEN-001", TODAY) == []


def test_465_ies_also_on_the_460(store: Store) -> None:
    pac = committee(store, "Valley Jobs PAC", filer_id="1400200")
    with store.transaction() as s:
        f460 = editing.create_statement(s, pac, "F460", period_from=D(2026, 7, 1),
                                        period_through=D(2026, 12, 31), stmt_type="SA")
        editing.add_transaction(s, f460, "EXPN", "E", {
            **_payee("20261005", "3200.00"), **SUBJECT})
    on_it = _f465(store, pac, D(2026, 9, 20), D(2026, 10, 17), ("20261005", "3200.00"))
    assert findings(store, on_it, "F465-X-001", TODAY) == []
    missing = _f465(store, pac, D(2026, 9, 20), D(2026, 10, 17), ("20261008", "1850.00"))
    (found,) = findings(store, missing, "F465-X-001", TODAY)
    assert found.location.field == "Amount"
    assert f"not on the committee's Form 460 for that period (statement {f460})" in \
        found.message
    # before the 460 of the period is in the data file: nothing to compare with
    other = committee(store, "Another PAC", filer_id="1400201")
    alone = _f465(store, other, D(2026, 9, 20), D(2026, 10, 17), ("20261008", "1850.00"))
    assert findings(store, alone, "F465-X-001", TODAY) == []


def test_470_is_for_a_candidate_under_2000(store: Store) -> None:
    cand = committee(store, "James Whitfield", kind="", entity="CAO", filer_id="1400400")
    with store.transaction() as s:
        f460 = editing.create_statement(s, cand, "F460", period_from=D(2026, 1, 1),
                                        period_through=D(2026, 6, 30), stmt_type="SA")
        f470 = editing.create_statement(s, cand, "F470", period_from=D(2026, 1, 1),
                                        period_through=D(2026, 12, 31))
    contribution(store, f460, "20260301", "1500.00")
    assert findings(store, f470, "F470-ELG-002", TODAY) == []
    contribution(store, f460, "20260402", "700.00", last="Reyes")
    (found,) = findings(store, f470, "F470-ELG-002", TODAY)
    assert found.message == (f"Form 470 is for a candidate under $2,000.00 in 2026, but "
                             f"statement {f460} (Form 460, through 06/30/2026) shows "
                             "$2,200.00 received this year.")


def test_497_contributor_is_not_a_conduit(store: Store) -> None:
    cid = committee(store, "Ana Ruiz for Council 2026", kind="C", entity="CTL",
                    filer_id="1400100")
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F497", election_date=GENERAL)
    line = {"Entity_Cd": "OTH", "Enty_Adr1": "366 Summer St", "Enty_City": "Somerville",
            "Enty_ST": "MA", "Enty_ZIP4": "02144", "Ctrib_Date": "20261015",
            "Amount": "1500.00"}
    with store.transaction() as s:
        editing.add_transaction(s, sid, "S497", "F497P1",
                                {**line, "Enty_NamL": "Okafor", "Enty_NamF": "Grace"})
    assert findings(store, sid, "F497-X-002", TODAY) == []
    with store.transaction() as s:
        editing.add_transaction(s, sid, "S497", "F497P1",
                                {**line, "Enty_NamL": "ActBlue California"})
    (found,) = findings(store, sid, "F497-X-002", TODAY)
    assert found.location.field == "Enty_NamL"
    assert found.message.startswith("ActBlue California is a platform that passes on other "
                                    "people's contributions, not the contributor")
    assert "as intermediary" in found.fix


def _f496(store: Store, cid: int, last: str, *lines: tuple[str, str, str]) -> int:
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F496", election_date=GENERAL)
        set_cover_fields(s, sid, {**SUBJECT, "Cand_NamL": last})
        for day, amount, words in lines:
            editing.add_transaction(s, sid, "S496", "F496",
                                    {"Exp_Date": day, "Amount": amount, "Expn_Dscr": words})
    return sid


def test_496_communication_about_two_candidates_is_divided(store: Store) -> None:
    pac = committee(store, "Valley Jobs PAC", filer_id="1400200")
    lopez = _f496(store, pac, "Lopez",
                  ("20261005", "4000.00", "Mailer supporting Lopez and Kaur for Council"))
    assert findings(store, lopez, "F496-P2-002", TODAY) == []  # no other 496 to compare
    kaur = _f496(store, pac, "Kaur", ("20261008", "1200.00", "Digital ads for Kaur"))
    (found,) = findings(store, lopez, "F496-P2-002", TODAY)
    assert found.location.field == "Amount"
    assert "also names Kaur, whose Form 496 for this election has no expenditure of that " \
           "day" in found.message
    assert findings(store, kaur, "F496-P2-002", TODAY) == []  # its line names only Kaur
    with store.transaction() as s:  # the mailer's share on Kaur's report: divided
        editing.add_transaction(s, kaur, "S496", "F496", {
            "Exp_Date": "20261005", "Amount": "2000.00",
            "Expn_Dscr": "Mailer supporting Lopez and Kaur for Council (her share)"})
    assert findings(store, lopez, "F496-P2-002", TODAY) == []
