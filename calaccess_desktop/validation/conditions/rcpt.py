"""The conditions table for RCPT (receipts: Schedules A, C, I and other forms)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    COM_NO_ID,
    COM_NO_TREASURER,
    IND,
    JURIS_DISTRICT,
    JURIS_NAMED,
    NEVER,
    OFFICE_OTH,
    N,
    Table,
    all_of,
    equals,
    filled,
    occupation_due,
    only,
)

_t = Table()
add = _t.add

add("RCPT", "Entity_Cd Ctrib_NamL Ctrib_Adr1 Ctrib_City Ctrib_ST Ctrib_ZIP4 Rcpt_Date "
    "Amount",
    N("", forms=only("A"), rule="F460-A-002"), N("", forms=only("C"), rule="F460-C-002"),
    N("", forms=only("I"), rule="F460-I-001"), N("", forms=only("F496P3"), rule="F496-P3-001"),
    N(""))
add("RCPT", "Ctrib_NamF",
    N("for an individual", IND, forms=only("A"), rule="F460-A-002"),
    N("for an individual", IND, forms=only("C"), rule="F460-C-002"),
    N("for an individual", IND, forms=only("I"), rule="F460-I-001"),
    N("for an individual", IND, forms=only("F496P3"), rule="F496-P3-001"),
    N("for an individual", IND))
add("RCPT", "Ctrib_Emp Ctrib_Occ",
    N("for an individual whose total reached $100 this year", occupation_due,
      forms=only("A"), rule="F460-A-004"),
    N("for an individual whose total reached $100 this year", occupation_due,
      forms=only("C"), rule="F460-C-002"),
    N("for an individual whose total reached $100 this year", occupation_due,
      forms=only("F496P3"), rule="F496-P3-001"),
    N(NEVER, forms=only("I", "F401A"), note="'(Sched A, C - Req. if Entity = IND)'."))
add("RCPT", "Trans_Date Contr_Date", N("", forms=only("A"), rule="F460-A-002"), N(""))
add("RCPT", "Cum_YTD",
    N("", forms=only("A"), rule="F460-A-002"),
    N("", forms=only("C"), rule="F460-C-002",
      note="The spec says '(Sched A, 401A)'; the Form 460 Schedule C column is "
           "'cumulative to date' too (form-rules C-002)."),
    N("", forms=only("F496P3"), rule="F496-P3-001"),
    N("", forms=only("F401A")),
    N(NEVER, forms=only("I"), note="Schedule I has no cumulative column."))
add("RCPT", "Hold_Amount", N(NEVER, note="'(Not used at this time)'."))
add("RCPT", "Ctrib_Dscr",
    N("", forms=only("C"), rule="F460-C-002"), N("", forms=only("I"), rule="F460-I-001"),
    N(NEVER, note="'Description of Goods/Services Rcvd. (Sched C, I)'."))
add("RCPT", "Cmte_ID",
    N("for a committee with no treasurer named", COM_NO_TREASURER,
      forms=only("A", "C"), rule="F460-A-007"),
    N("for a committee with no treasurer named", COM_NO_TREASURER))
add("RCPT", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL")),
      forms=only("A", "C"), rule="F460-A-007"),
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL"))))
intermediary = equals("Tran_Type", "I", "X")
add("RCPT", "Intr_Adr1 Intr_City Intr_ST Intr_ZIP4",
    N("for a contribution through an intermediary or a transfer", intermediary,
      forms=only("A", "C"), rule="F460-A-008"),
    N("for a contribution through an intermediary or a transfer", intermediary,
      forms=only("I", "F496P3")),
    N(NEVER, forms=only("F401A"), note="Intermediary fields do not apply to F401A."))
add("RCPT", "Intr_Emp Intr_Occ",
    N("for an individual intermediary", all_of(equals("Tran_Type", "I"),
                                             filled("Intr_NamF")),
      forms=only("A", "C"), rule="F460-A-008"),
    N(NEVER, note="'Employer/Occupation (Sched A, C)' of an intermediary."))
add("RCPT", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd",
    N("on Form 401 Schedule A", forms=only("F401A")),
    N(NEVER, note="'Fields 46 - 59 used on F401A'."))
add("RCPT", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH, forms=only("F401A")),
    N(NEVER, note="'Fields 46 - 59 used on F401A'."))
add("RCPT", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED, forms=only("F401A")),
    N(NEVER, note="'Fields 46 - 59 used on F401A'."))
add("RCPT", "Dist_No", N("for a district office", JURIS_DISTRICT, forms=only("F401A")),
    N(NEVER, note="'Fields 46 - 59 used on F401A'."))
add("RCPT", "Int_Rate", N(NEVER, note="'Loan Interest Rate (F496P3 Only)': only for a "
                                      "loan, which the record cannot tell."))
add("RCPT", "Int_CmteId",
    N("for a transfer (Tran_Type X)", equals("Tran_Type", "X"), severity="warning",
      note="Cx in the spec, but filings accepted by the SOS carry transfers without it "
           "(10 of the 457 sampled Schedule A rows), so the SOS does not enforce it: "
           "reported as a warning."))

ENTRIES = _t.entries
