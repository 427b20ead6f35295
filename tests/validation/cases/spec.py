"""Rule cases for generated spec-field rules (``the spec table (validation/conditions/)``)."""

from __future__ import annotations

from tests.validation.cases.common import Case, a_row, gift

C = Case
CASES: list[Case] = [
    C("SPEC-RCPT-03", lambda s: s.edit(a_row(s), Tran_ID=""), field="Tran_ID", name="rx"),
    C("SPEC-RCPT-66", lambda s: gift(s, Tran_Type="X", Trans_Date="20260301",
                                     Contr_Date="20250601", Intr_NamL="Lopez 2024",
                                     Intr_Adr1="1 Main St", Intr_City="Sacramento",
                                     Intr_ST="CA", Intr_ZIP4="95814"),
      lambda s: gift(s, Tran_Type="X", Trans_Date="20260301", Contr_Date="20250601",
                     Intr_NamL="Lopez 2024", Intr_Adr1="1 Main St", Intr_City="Sacramento",
                     Intr_ST="CA", Intr_ZIP4="95814", Int_CmteId="1400000"),
      field="Int_CmteId", name="cx"),
]
