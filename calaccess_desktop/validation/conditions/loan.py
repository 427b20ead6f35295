"""The conditions table for LOAN (Schedules B1, B2, H)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    COM_NO_ID,
    COM_NO_TREASURER,
    IND,
    NEVER,
    N,
    Table,
    all_of,
    blank,
    filled,
    only,
)

_t = Table()
add = _t.add

add("LOAN", "Loan_TYPE", N(NEVER, note="'(Not used) Please leave null'."))
add("LOAN", "Entity_Cd",
    N("", forms=only("B1"), rule="F460-B-002"), N("", forms=only("B2"), rule="F460-B-011"),
    N(NEVER, forms=only("H"), note="'Req. on B1, and B2, not used on Sched. H'."))
add("LOAN", "Lndr_NamL Loan_Adr1 Loan_City Loan_ST Loan_ZIP4",
    N("", forms=only("B1"), rule="F460-B-002"), N("", forms=only("B2"), rule="F460-B-011"),
    N("", forms=only("H"), rule="F460-H-001"))
add("LOAN", "Lndr_NamF",
    N("for an individual", IND, forms=only("B1"), rule="F460-B-002"),
    N("for an individual", IND, forms=only("B2"), rule="F460-B-011"),
    N("for an individual", IND, forms=only("H"), rule="F460-H-001"))
add("LOAN", "Loan_Adr2", N(NEVER, note="Marked R in the spec, but the address notes "
                                       "(page 8) make line 2 optional."))
add("LOAN", "Loan_Date1", N("", forms=only("B2"), rule="F460-B-011"),
    N("", forms=only("H"), rule="F460-H-001"), N(""))
add("LOAN", "Loan_Date2", N(NEVER, forms=only("B2"), note="'N/A (Not Used)' on B2."),
    N("", forms=only("H"), rule="F460-H-001"), N(""))
add("LOAN", "Loan_Amt1", N("", forms=only("H"), rule="F460-H-001"),
    N("when no outstanding balance is given", blank("Loan_Amt2"), forms=only("B2"),
      rule="F460-B-011"),
    N(""))
add("LOAN", "Loan_Amt2", N("", forms=only("B2"), rule="F460-B-011"),
    N("", forms=only("H"), rule="F460-H-001"), N(""))
add("LOAN", "Loan_Amt3", N("", forms=only("B1"), rule="F460-B-009"),
    N(NEVER, note="The guarantor's and borrower's cumulative columns are optional "
                  "on B2 and H (form-rules B-011, H-001)."))
add("LOAN", "Loan_Amt4 Loan_Amt5 Loan_Amt6 Loan_Amt7",
    N(NEVER, note="A blank amount is zero (SMRY note, page 35); the balance rules "
                  "check the arithmetic."))
add("LOAN", "Loan_Rate", N(NEVER, forms=only("B2"), note="'N/A (Not used)' on B2."),
    N("", forms=only("B1"), rule="F460-B-006"), N("", forms=only("H"), rule="F460-H-001"))
add("LOAN", "Loan_EMP Loan_OCC",
    N("for an individual", IND, forms=only("B1"), rule="F460-B-002"),
    N("for an individual", IND, forms=only("H"), rule="F460-H-001"),
    N(NEVER, forms=only("B2"), note="'Employer (If Sched B1, or Sched H)'."))
add("LOAN", "Cmte_ID",
    N("for a committee with no treasurer named", COM_NO_TREASURER, forms=only("B1"),
      rule="F460-B-002"),
    N("for a committee with no treasurer named", COM_NO_TREASURER, forms=only("B2"),
      rule="F460-B-011"),
    N(NEVER, forms=only("H"), note="'Fields 25 - 34 are used on F460/Sched B1 & B2'."))
add("LOAN", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL")),
      forms=only("B1"), rule="F460-B-002"),
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL")),
      forms=only("B2"), rule="F460-B-011"),
    N(NEVER, forms=only("H"), note="'Fields 25 - 34 are used on F460/Sched B1 & B2'."))
add("LOAN", "Intr_Adr1 Intr_City Intr_ST Intr_ZIP4",
    N("when an intermediary is named", filled("Intr_NamL")))
add("LOAN", "Loan_Amt8", N("", forms=only("B1"), rule="F460-B-008"),
    N(NEVER, note="Original amount: Schedule B Part 1 column (f) only."))

ENTRIES = _t.entries
