"""Rule cases for the CAL format (``validation/rules/calfmt.py``)."""

from __future__ import annotations

from tests.validation.cases.common import Case, a_row, e_row, gift, pay

C = Case
CASES: list[Case] = [
    C("CAL-002", lambda s: s.edit(e_row(s), Amount="1,000.00"), field="Amount"),
    C("CAL-003", lambda s: s.add("CVR2", "F460", Entity_Cd="ZZZ", F460_Part="3",
                                 Enty_NamL="Brown", Enty_NamF="Toni"), field="Entity_Cd"),
    C("CAL-004", lambda s: s.set(Juris_Cd="CA"), field="Juris_Cd"),
    C("CAL-006", lambda s: gift(s, Tran_ID="T1"), field="Tran_ID"),
    C("CAL-006", lambda s: pay(s, Payee_NamL="Meta", BakRef_TID="NOPE", Memo_Code="X"),
      field="BakRef_TID", name="parent"),
    C("CAL-007", lambda s: s.add("SPLT", "E", Ptran_Id="T2", Elec_Date="20261103",
                                 Elec_Amount="300.00", Elec_Code="G"), field="Pform_Type"),
    C("CAL-008", lambda s: s.edit(a_row(s), Ctrib_City="Sacramento " * 4), field="Ctrib_City"),
    C("CAL-CODE-001", lambda s: s.edit(e_row(s), Entity_Cd="XYZ"), field="Entity_Cd"),
]
