"""Entry-form field groups of Form 461's own record kinds (FormSpec.entry_groups)."""

from __future__ import annotations

GROUPS = {
    ("EXPN", "F461P5"): (
        ("Payee", ("Entity_Cd", "Payee_NamL", "Payee_NamF", "Payee_Adr1", "Payee_Adr2",
                   "Payee_City", "Payee_ST", "Payee_ZIP4", "Cmte_ID"), False),
        ("Contribution or expenditure", ("Expn_Date", "Amount", "Cum_YTD", "Expn_Code",
                                         "Expn_Dscr", "Memo_Code", "memo_text"), False),
        ("Candidate, measure or committee supported or opposed",
         ("Cand_NamL", "Cand_NamF", "Office_Cd", "Offic_Dscr", "Juris_Cd", "Juris_Dscr",
          "Dist_No", "Off_S_H_Cd", "Bal_Name", "Bal_Num", "Bal_Juris", "Sup_Opp_Cd"), False),
        ("More details", ("Payee_NamT", "Payee_NamS", "Tres_NamL", "Tres_NamF", "Tres_Adr1",
                          "Tres_City", "Tres_ST", "Tres_ZIP4", "BakRef_TID"), True),
    ),
}
