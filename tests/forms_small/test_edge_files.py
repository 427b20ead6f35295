"""Filings as another vendor could write them — assistant treasurer, memos (TEXT),
per-election splits (SPLT) of a 450 payment, a Form 495, summary lines the app does not
compute, negative amounts on a 461 amendment — import, export the same records, print
every page (memos included) and check without a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.cal.writer import write_cal
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.services.printing import load_document
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement
from tests.forms_small.support import pdf_text

FILER = dict(Filer_Adr1="1 Main St", Filer_City="Chico", Filer_ST="CA", Filer_ZIP4="95926",
             Tres_NamL="Smith", Tres_NamF="Ann")


def rec(rt: str, ft: str, form: str, **values: str) -> CalRecord:
    out = CalRecord([rt, ft], cvr_form=form)
    for name, value in values.items():
        out.set(name, value)
    return out


def f425() -> tuple[CalRecord, list[CalRecord]]:
    return (rec("CVR", "F425", "F425", Filer_ID="1234567", Entity_Cd="RCP",
                Filer_NamL="Friends of the Creek", Report_Num="000", Rpt_Date="20260115",
                Stmt_Type="S2", From_Date="20250701", Thru_Date="20251231", **FILER),
            [rec("CVR2", "F425", "F425", Tran_ID="ATR1", Entity_Cd="ATR", Enty_NamL="Lee",
                 Enty_NamF="Bo", Enty_City="Chico"),
             rec("CVR3", "F425", "F425", Tran_ID="V1", Entity_Cd="TRE", Sig_Date="20260115",
                 Sig_NamL="Smith", Sig_NamF="Ann"),
             rec("TEXT", "F425", "F425", Ref_No="T9", Text4000="Committee dormant until 2026.")])


def f450() -> tuple[CalRecord, list[CalRecord]]:
    return (rec("CVR", "F450", "F450", Filer_ID="1234569", Entity_Cd="BMC",
                Filer_NamL="Yes on Z", Report_Num="000", Rpt_Date="20260731", Stmt_Type="SE",
                From_Date="20260101", Thru_Date="20260630", Elect_Date="20261103",
                Cmtte_Type="B", Flag1_YN="N", Flag2_YN="Y", Flag3_YN="N", **FILER),
            [rec("CVR3", "F450", "F450", Tran_ID="V1", Entity_Cd="TRE", Sig_Date="20260731",
                 Sig_NamL="Ray", Sig_NamF="Al"),
             rec("F495", "F450", "F450", Elect_Date="20261103", ElectJuris="City of Davis",
                 ContribAmt="12000.00"),
             rec("SMRY", "F450", "F450", Line_Item="1", Amount_A="90.00"),
             rec("SMRY", "F450", "F450", Line_Item="4", Amount_A="12000.00"),
             rec("SMRY", "F450", "F450", Line_Item="13", Amount_A="5.00"),
             rec("EXPN", "F450P5", "F450", Tran_ID="P1", Entity_Cd="COM", Payee_NamL="No on Y",
                 Payee_Adr1="1 A St", Payee_City="Davis", Payee_ST="CA", Payee_ZIP4="95616",
                 Expn_Date="20260401", Amount="12000.00", Cum_YTD="12000.00", Expn_Code="CTB",
                 Cmte_ID="888", Bal_Name="Measure Y", Bal_Num="Y", Bal_Juris="Davis",
                 Sup_Opp_Cd="O", Memo_RefNo="T1"),
             rec("SPLT", "F450P5", "F450", Ptran_Id="P1", Elec_Code="P", Elec_Date="20260602",
                 Elec_Amount="6000.00"),
             rec("TEXT", "F450P5", "F450", Ref_No="T1", Text4000="Paid from the 2025 reserve.")])


def f461() -> tuple[CalRecord, list[CalRecord]]:
    return (rec("CVR", "F461", "F461", Filer_ID="1234568", Entity_Cd="MDI",
                Filer_NamL="Acme Corp", Report_Num="001", Rpt_Date="20260715",
                From_Date="20260101", Thru_Date="20260630", AmendExp_1="Adds a refund",
                Other_CB="X", Other_Int="Widgets", **FILER),
            [rec("CVR3", "F461", "F461", Tran_ID="V1", Entity_Cd="OFF", Sig_Date="20260715",
                 Sig_NamL="Doe", Sig_NamF="Jo"),
             rec("SMRY", "F461", "F461", Line_Item="1", Amount_A="-50.00"),
             rec("SMRY", "F461", "F461", Line_Item="3", Amount_A="-50.00"),
             rec("SMRY", "F461", "F461", Line_Item="5", Amount_A="-50.00"),
             rec("EXPN", "F461P5", "F461", Tran_ID="E1", Entity_Cd="COM", Payee_NamL="Yes on A",
                 Payee_City="Fresno", Payee_ST="CA", Payee_ZIP4="93721", Expn_Date="20260301",
                 Amount="-50.00", Expn_Code="MON", Bal_Name="Measure A", Sup_Opp_Cd="S",
                 Memo_RefNo="T1"),
             rec("TEXT", "F461P5", "F461", Ref_No="T1", Text4000="Refund of a contribution.")])


CASES = {"F425": (f425, 2, ("Committee dormant until 2026.", "Lee, Bo")),  # cover + memo
         "F450": (f450, 4, ("Paid from the 2025 reserve.", "P 06/02/2026", "6,000.00",
                            "City of Davis", "(as filed)")),
         "F461": (f461, 2, ("Refund of a contribution.", "-50.00", "Widgets"))}


@pytest.mark.parametrize("code", sorted(CASES))
def test_a_vendors_file_round_trips_prints_and_checks(code: str, tmp_path: Path) -> None:
    build, pages, shown = CASES[code]
    cover, records = build()
    data = write_cal(cover, records, target=f"{code}.cal")
    source = tmp_path / f"{code}.cal"
    source.write_bytes(data)
    store = Store.open(tmp_path / "vendor.sqlite")
    try:
        sid = import_file(store, source).statement_id
        back = export_statement(store, sid)
        assert read_cal(back, "back.cal").errors == []
        assert back.splitlines()[2:] == data.splitlines()[2:]  # every record as filed
        doc = load_document(store, sid)
        pdf = doc.render()
        assert doc.total_pages == pages
        words = pdf_text(pdf, tmp_path)
        assert [w for w in shown if w not in words] == []
        with store.read() as s:
            findings = validate_statement(s, sid)
        assert all(f.message and f.rule_id for f in findings)
    finally:
        store.close()
