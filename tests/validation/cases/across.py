"""Rule cases for the committee's other statements (``validation/rules/across.py``)."""

from __future__ import annotations

import datetime as dt

from tests.validation.cases.common import Case, a_row, amendment, gift, set_ending_cash

C = Case
CASES: list[Case] = [
    C("GEN-PER-002", lambda s: (s.set(From_Date="20260115"),
                                s.brief("F460", "20250701", "20251231")),
      lambda s: s.brief("F460", "20250701", "20251231"), field="From_Date"),
    C("XST-002", lambda s: s.brief("F460", "20260301", "20260930"),
      lambda s: s.brief("F460", "20260701", "20261231"), field="From_Date"),
    C("XST-003", lambda s: s.brief("F460", "20250101", "20250630"),
      lambda s: s.brief("F460", "20250101", "20251231"), field="From_Date",
      also=("GEN-PER-002",)),
    C("XST-004", lambda s: s.set(Stmt_Type="TS"), field="Amount_A"),
    C("XST-006", lambda s: gift(s, Memo_Code="X", Rcpt_Date="20260805"),
      lambda s: gift(s, Memo_Code="X", Rcpt_Date="20260605"), field="Rcpt_Date"),
    C("XST-007", lambda s: s.brief("F460", "20250101", "20251231",
                                   column_b={"5": 2490000, "11": 0}),
      lambda s: s.brief("F460", "20250101", "20251231", column_b={"5": 100000, "11": 0})),
    C("XST-008", lambda s: (s.brief("F470", "20260101", "20261231"),
                            s.edit(a_row(s), Amount="2500.00", Cum_YTD="2500.00")),
      lambda s: s.brief("F470", "20260101", "20261231"), field="Amount_B"),
    C("XST-009", lambda s: (s.set(Filer_ID=""), s.edit(a_row(s), Amount="2500.00",
                                                       Cum_YTD="2500.00")),
      lambda s: s.set(Filer_ID=""), field="Filer_ID", also=("GEN-ID-001",)),
    C("AMD-001", lambda s: (amendment(s), s.with_(original_filing_id="")),
      lambda s: amendment(s), field="Report_Num"),
    C("AMD-001", lambda s: (amendment(s), s.with_(original_filing_id="CA-1002"),
                            s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                                    original_filing_id="CA-1001", report_num=1)),
      field="Report_Num", name="latest", also=("AMD-002",)),
    C("AMD-002", lambda s: (amendment(s), s.set(Report_Num="003"), s.with_(report_num=3),
                            s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                                    original_filing_id="CA-1001", report_num=1)),
      lambda s: (amendment(s), s.set(Report_Num="002"), s.with_(report_num=2),
                 s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                         original_filing_id="CA-1001", report_num=1)),
      field="Report_Num"),
    C("AMD-003", lambda s: (amendment(s), s.set(AmendExp_1="")), lambda s: amendment(s),
      field="AmendExp_1"),
    C("AMD-005", lambda s: s.brief("F460", "20260101", "20260630", filing_id="CA-1001"),
      lambda s: s.brief("F460", "20260101", "20260630", filing_id="CA-1001",
                        status="draft"), field="Report_Num"),
    C("AMD-006", lambda s: (amendment(s), setattr(s, "smry", False), [
        s.drop(i.record_id) for i in list(s.items) if i.rec.rec_type in ("RCPT", "EXPN")]),
      lambda s: amendment(s), field="Report_Num"),
    C("AMD-007", lambda s: (amendment(s), set_ending_cash(s, 999),
                            s.brief("F460", "20260701", "20261231")),
      lambda s: (amendment(s), s.brief("F460", "20260701", "20261231")), field="Amount_A"),
    C("DATE-002", lambda s: None, lambda s: s.with_(status="filed"), field="Rpt_Date",
      today=dt.date(2026, 8, 5), name="late"),
    C("DATE-003", lambda s: s.set(Rpt_Date="20260810"),
      lambda s: s.set(Rpt_Date="20260730"), field="Rpt_Date"),
]
