"""Rule cases for late reports owed (``validation/rules/late.py``)."""

from __future__ import annotations

from tests.validation.builder import Stmt
from tests.validation.cases.common import (
    Case,
    gift,
    in_kind,
    pay,
    pre_election,
    state_candidate,
    support,
)

C = Case
CASES: list[Case] = [
    C("F460-C-008", lambda s: (pre_election(s), in_kind(s, Rcpt_Date="20260915",
                                                        Amount="1200.00", Cum_YTD="1200.00")),
      lambda s: (pre_election(s), in_kind(s, Rcpt_Date="20260715")), field="Amount",
      also=("F497-TRG-001",)),
    C("F460-D-010", lambda s: (support(s, Expn_Code="IND", Expn_Dscr="Mailer",
                                       Amount="1200.00", Cum_YTD="1200.00"),
                               pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                   Expn_Dscr="Mailer", Amount="1200.00")),
      base=Stmt.pac, field="Amount", also=("F460-SUM-021",)),
    C("F497-TRG-001", lambda s: (pre_election(s), gift(s, Rcpt_Date="20260905",
                                                        Amount="1200.00", Cum_YTD="1200.00")),
      lambda s: (pre_election(s), gift(s, Rcpt_Date="20260715", Amount="1200.00",
                                       Cum_YTD="1200.00")),
      field="Amount"),
    C("F497-TRG-002", lambda s: (state_candidate(s), gift(s, Amount="5500.00",
                                                          Cum_YTD="5500.00")),
      lambda s: (state_candidate(s), gift(s, Amount="4000.00", Cum_YTD="4000.00")),
      field="Amount", also=("F460-A-012", "F460-A-020")),
    C("F496-TRG-001", lambda s: (pre_election(s), support(
        s, Expn_Code="IND", Expn_Dscr="Mailer", Amount="1500.00", Cum_YTD="1500.00",
        Expn_Date="20260905"), pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                   Expn_Dscr="Mailer", Amount="1500.00",
                                   Expn_Date="20260905")),
      lambda s: (pre_election(s), support(
          s, Expn_Code="IND", Expn_Dscr="Mailer", Amount="1500.00", Cum_YTD="1500.00",
          Expn_Date="20260715"), pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                     Expn_Dscr="Mailer", Amount="1500.00",
                                     Expn_Date="20260715")),
      base=Stmt.pac, field="Amount", also=("F460-D-010", "F460-SUM-021")),
    C("F496-TRG-002", lambda s: (support(s, Expn_Code="IND", Expn_Dscr="Mailer",
                                         Amount="6000.00", Cum_YTD="6000.00", Bal_Num="50",
                                         Bal_Name="Proposition 50",
                                         Bal_Juris="State of California"),
                                 pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                     Expn_Dscr="Mailer", Amount="6000.00")),
      lambda s: (support(s, Expn_Code="IND", Expn_Dscr="Mailer", Amount="4000.00",
                         Cum_YTD="4000.00", Bal_Num="50", Bal_Name="Proposition 50",
                         Bal_Juris="State of California"),
                 pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND", Expn_Dscr="Mailer",
                     Amount="4000.00")),
      base=Stmt.pac, field="Amount", also=("F460-D-010", "F460-SUM-021")),
]
