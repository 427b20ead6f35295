"""The conditions table for DEBT (Schedule F, unpaid bills)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    COM_NO_ID,
    COM_NO_TREASURER,
    IND,
    NEVER,
    NO_CODE,
    N,
    Table,
    all_of,
    blank,
    filled,
)

_t = Table()
add = _t.add

add("DEBT", "Entity_Cd Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Beg_Bal",
    N("", rule="F460-F-002"))
add("DEBT", "Payee_NamF", N("for an individual", IND, rule="F460-F-002"))
add("DEBT", "Amt_Incur Amt_Paid End_Bal",
    N(NEVER, note="A blank amount is zero; F460-F-003 checks (d) = (a) + (b) - (c)."))
add("DEBT", "Expn_Code", N("when there is no description", blank("Expn_Dscr"),
                           rule="F460-F-002"))
add("DEBT", "Expn_Dscr", N("when there is no expense code", NO_CODE, rule="F460-F-002"))
add("DEBT", "Cmte_ID", N("for a committee with no treasurer named", COM_NO_TREASURER,
                         rule="F460-F-002"))
add("DEBT", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL")),
      rule="F460-F-002"))

ENTRIES = _t.entries
