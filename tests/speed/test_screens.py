"""A full check runs a screened rule only on the rows its screen picks: the findings are
those of running every record rule on every row (``validate_records`` screens nothing)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.services.validation import rule_set, snapshot_from_cal
from calaccess_desktop.validation import validate, validate_records
from calaccess_desktop.validation.context import Ctx, Row
from calaccess_desktop.validation.findings import Finding
from tests.support.calfiles import cover, expn, rcpt

TODAY = dt.date(2026, 7, 20)
SCREENED = {r.id for r in rule_set() if r.screen is not None}


def _statement() -> StatementSnapshot:
    """Good rows, and rows each breaking one screened rule (some twice over)."""
    good = [rcpt(f"A{i}", f"{100 + i}.00", Ctrib_NamL=f"Donor{i}") for i in range(30)]
    bad = [
        rcpt("B1", "1,200.00"),  # CAL-002: a comma
        rcpt("B2", "12.345", Ctrib_NamL="Chen"),  # CAL-002: three decimals
        rcpt("B3", Ctrib_City="S" * 40),  # CAL-008: wider than the city's 30
        rcpt("B4", Entity_Cd="ZZZ"),  # F460-A-003's field; CAL-CODE-001 skips Schedule A
        expn("B5", Entity_Cd="XYZ"),  # CAL-CODE-001
        expn("B6", Off_S_H_Cd="Q", Office_Cd="ZZZ"),  # CAL-004 twice
        rcpt("B7", "-25.00"),  # APP-NEG-001
        rcpt("B8", Rcpt_Date="20251230"),  # APP-DATE-001: before the period
        rcpt("B9", Memo_Code="X", Rcpt_Date="20260805"),  # XST-006: memo after the period
        rcpt("B10", Tran_Type="X"),  # Int_CmteId required for an X (said by the spec)
        expn("B11", Entity_Cd=""),  # the missing entity code
        rcpt("B13", Office_Cd="OTH", Juris_Cd="CIT", Cand_NamL="Lee"),  # APP-SOS-001
        rcpt("B12", "12.345", Rcpt_Date="20251230", Ctrib_ST="CAL"),  # several at once
        rcpt("F1", Entity_Cd="QQQ"),  # F460-A-003
        rcpt("F2", Ctrib_Emp="Self-employed"),  # F460-A-004
        rcpt("F3", Ctrib_Emp="", Ctrib_Occ="Freelance"),  # F460-A-004, the other way
        rcpt("F4", Ctrib_Occ="RN"),  # F460-A-005
        rcpt("F5", Ctrib_Occ="Requested"),  # F460-A-006 (received more than 60 days ago)
        rcpt("F6", Tran_Type="I"),  # F460-A-008
        rcpt("F7", Ctrib_NamL="Okafor Holdings LLC", Entity_Cd="OTH"),  # F460-A-009
        rcpt("F8", Rcpt_Date="20260704"),  # F460-A-010
        rcpt("F9", "150.00", Cum_YTD="90.00"),  # F460-A-011
        rcpt("F10", Ctrib_NamL="Anonymous"),  # F460-A-017
        rcpt("F11", Ctrib_NamF="Grace and Ben"),  # F460-A-019
        rcpt("F12", "6000.00", Cum_YTD="6000.00"),  # F460-A-020
        expn("G1", Payee_Adr1="P.O. Box 12"),  # F460-E-002
        expn("G2", Expn_Code="ZZZ"),  # F460-E-003
        expn("G3", Expn_Date="20260704"),  # F460-E-006
        expn("G4", Expn_Code="TRC"),  # F460-E-011 (no description)
        expn("G5", Expn_Dscr="Transfer to savings"),  # F460-E-012
        expn("G6", Entity_Cd="IND", Payee_NamL="Lopez", Payee_NamF="Carlos"),  # F460-E-013
        expn("G7", Entity_Cd="IND", Payee_NamL="Lopez", Payee_NamF="Maria"),  # F460-E-015
        expn("G8", Entity_Cd="IND", Expn_Dscr="Reimbursed stamps"),  # F460-E-017
    ]
    good += [expn(f"AE{i}", Payee_NamL=f"Vendor{i}", Expn_Dscr="Mailers",
                  Expn_Date="20260310") for i in range(10)]
    # A candidate's controlled committee (Schedule E's candidate rules apply).
    committee = cover(Cmtte_Type="C", Entity_Cd="CTL", Cand_NamL="Lopez", Cand_NamF="Maria")
    base = snapshot_from_cal(read_cal(write_cal(committee, good[:1]), "screens.cal"))
    records = tuple(SnapRecord(tuple(r.values), n, n, "F460")
                    for n, r in enumerate(good + bad, start=10))
    return dataclasses.replace(base, records=records)


def _record_level(found: list[Finding]) -> list[Finding]:
    return [f for f in found if f.location.record_id]


def test_screened_rules_find_what_every_row_checked_finds() -> None:
    snap = _statement()
    rules = rule_set()
    full = _record_level(validate(snap, rules=rules, today=TODAY))
    each = _record_level(validate_records(snap, [r.record_id for r in snap.records],
                                          rules=rules, today=TODAY))
    assert full == each
    said = {f.rule_id for f in full}
    # Every screened rule had something to say here, so each screen was put to the test
    # (APP-SOS-002 has APP-SOS-001's screen: rows with any field a server flags).
    assert {"CAL-002", "CAL-008", "APP-SOS-001", "F460-A-004"} <= SCREENED
    assert SCREENED - {"APP-SOS-002"} <= said, SCREENED - said


def test_the_screens_leave_good_rows_alone() -> None:
    snap = _statement()
    ctx = Ctx(snap, today=TODAY)
    for r in rule_set():
        if r.screen is None:
            continue
        by_plan: dict[int, list[Row]] = {}
        for row in ctx.rows:
            if r.matches(row.rec_type, row.form_type):
                by_plan.setdefault(id(row.plan), []).append(row)
        picked = {row.get("Tran_ID") for rows in by_plan.values() for row in r.screen(rows)}
        assert not {t for t in picked if t.startswith("A")}, (r.id, picked)


def _tran_id_findings(records: list[CalRecord]) -> list[tuple[str, str]]:
    base = _statement()
    snap = dataclasses.replace(base, records=tuple(
        SnapRecord(tuple(r.values), n, n, "F460") for n, r in enumerate(records, start=10)))
    return [(f.location.tran_id, f.location.field)
            for f in validate(snap, rules=rule_set(), today=TODAY) if f.rule_id == "CAL-006"]


def test_transaction_ids_read_column_by_column_find_repeats_and_lost_parents() -> None:
    fine = [rcpt("A1"), rcpt("A2"), expn("A1"), expn("E1"),
            expn("E2", Memo_Code="X", BakRef_TID="e1")]  # a parent named in lower case
    assert _tran_id_findings(fine) == []
    assert _tran_id_findings([*fine, rcpt("a2", Ctrib_NamL="Chen")]) == [("a2", "Tran_ID")]
    assert _tran_id_findings([*fine, expn("E3", Memo_Code="X", BakRef_TID="E9")]) == [
        ("E3", "BakRef_TID")]
