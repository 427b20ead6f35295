"""Entry-form field groups of Form 450's own record kinds (FormSpec.entry_groups)."""

from __future__ import annotations

_PAYEE = ("Entity_Cd", "Payee_NamL", "Payee_NamF", "Payee_Adr1", "Payee_Adr2", "Payee_City",
          "Payee_ST", "Payee_ZIP4", "Cmte_ID")
_TARGET = ("Cand_NamL", "Cand_NamF", "Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr",
           "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num", "Bal_Juris", "Sup_Opp_Cd")

GROUPS = {
    ("EXPN", "F450P5"): (
        ("Payee", _PAYEE, False),
        ("Payment", ("Expn_Date", "Amount", "Expn_Code", "Expn_Dscr", "Expn_ChkNo",
                     "Memo_Code", "memo_text"), False),
        ("If a contribution or independent expenditure: candidate or measure", _TARGET,
         True),
        ("More details", ("Payee_NamT", "Payee_NamS", "Tres_NamL", "Tres_NamF", "BakRef_TID"),
         True),
    ),
    ("SPLT", "F450P5"): (
        ("Contribution made (its transaction ID on Part 5)", ("Ptran_Id",), False),
        ("Per election to date", ("Elec_Code", "Elec_Date", "Elec_Amount"), False),
    ),
    ("F495", "F450"): (
        ("Supplemental preelection statement (Form 495)",
         ("Elect_Date", "ElectJuris", "ContribAmt"), False),
    ),
}
