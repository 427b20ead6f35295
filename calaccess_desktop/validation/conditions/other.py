"""The conditions table for S401 and S498."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    IND,
    JURIS_DISTRICT,
    JURIS_NAMED,
    OFFICE_OTH,
    N,
    Table,
    entity,
    only,
)

_t = Table()
add = _t.add

add("S401", "Agent_NamL", N("on Schedule B-1", forms=only("F401B-1")))
add("S401", "Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Expn_Dscr",
    N("", forms=only("F401B", "F401B-1", "F401C")))
add("S401", "Amount", N("", forms=only("F401B", "F401B-1", "F401C")))
add("S401", "Aggregate", N("", forms=only("F401C")))
add("S401", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd",
    N("on Schedule D", forms=only("F401D")))
add("S401", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
add("S401", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
add("S401", "Dist_No", N("for a district office", JURIS_DISTRICT))
add("S498", "Cmte_ID", N("for a candidate or committee", entity("CAO", "COM", "RCP")))
add("S498", "Payor_NamF", N("for an individual", IND))
add("S498", "Date_Rcvd Amt_Rcvd", N("", forms=only("F498-R")))
add("S498", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd Amt_Attrib",
    N("", forms=only("F498-A")))
add("S498", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
add("S498", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
add("S498", "Dist_No", N("for a district office", JURIS_DISTRICT))

ENTRIES = _t.entries
