"""The conditions table for EXPN (payments: Schedules D, E, G and other forms)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    CAND_ON_EXPN,
    COM_NO_ID,
    COM_NO_TREASURER,
    EXPLAIN_CODE,
    HAS_CANDIDATE,
    IND,
    JURIS_DISTRICT,
    JURIS_NAMED,
    NEVER,
    NO_CODE,
    NO_MEASURE,
    OFFICE_OTH,
    N,
    Table,
    all_of,
    any_of,
    blank,
    entity,
    equals,
    filled,
    only,
)

_t = Table()
add = _t.add

add("EXPN", "Entity_Cd Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Amount",
    N("", forms=only("E"), rule="F460-E-002"), N("", forms=only("G"), rule="F460-G-001"),
    N("", forms=only("F450P5"), rule="F450-P5-001"),
    N("", forms=only("F461P5"), rule="F461-P5-001"))
add("EXPN", "Entity_Cd Payee_NamL Amount", N("", forms=only("D"), rule="F460-D-002"), N(""))
add("EXPN", "Payee_Adr1 Payee_City Payee_ST Payee_ZIP4",
    N(NEVER, forms=only("D"), note="Schedule D names the candidate, measure or committee; "
                                 "it has no address column."),
    N(""))
add("EXPN", "Payee_NamF",
    N("for an individual", IND, forms=only("E"), rule="F460-E-002"),
    N("for an individual", IND, forms=only("G"), rule="F460-G-001"),
    N("for an individual", IND, forms=only("D"), rule="F460-D-002"),
    N("for an individual", IND))
add("EXPN", "Expn_Date",
    N("", forms=only("D"), rule="F460-D-002"),
    N("", forms=only("F461P5"), rule="F461-P5-001"),
    N("", forms=only("F450P5", "F465P3")),
    N(NEVER, forms=only("E", "G"), note="'(Note: Date not on Sched E & G)'."))
add("EXPN", "Cum_YTD",
    N("", forms=only("D"), rule="F460-D-002"),
    N("", forms=only("F461P5"), rule="F461-P5-001"),
    N("", forms=only("F465P3")),
    N(NEVER, note="'(No Cumulatives on Sched E & G)'; Form 450 Part 5 has none either."))
add("EXPN", "Hold_Amount", N(NEVER, note="'(Not used at this time)'."))
add("EXPN", "Expn_Code",
    N("", forms=only("D"), rule="F460-D-003"),
    N("", forms=only("F461P5"), rule="F461-P5-001"),
    N("when there is no description", blank("Expn_Dscr"), forms=only("E"),
      rule="F460-E-003"),
    N("when there is no description", blank("Expn_Dscr"), forms=only("G"),
      rule="F460-G-001"),
    N("when there is no description", blank("Expn_Dscr"), forms=only("F450P5"),
      rule="F450-P5-001"),
    N("when there is no description", blank("Expn_Dscr")))
add("EXPN", "Expn_Dscr",
    N("for IKD and IND (type of payment needs an explanation)",
      equals("Expn_Code", "IKD", "IND"), forms=only("D"), rule="F460-D-003"),
    N("for contributions (CTB) and independent expenditures (IND)",
      equals("Expn_Code", "CTB", "IND"), forms=only("E"), rule="F460-E-004"),
    N("when there is no expense code", NO_CODE, forms=only("E"), rule="F460-E-003"),
    N("when there is no expense code", NO_CODE, forms=only("G"), rule="F460-G-001"),
    N("when there is no expense code", NO_CODE, forms=only("F450P5"), rule="F450-P5-001"),
    N("when there is no expense code or it needs an explanation",
      any_of(NO_CODE, EXPLAIN_CODE)))
add("EXPN", "Agent_NamL", N("", forms=only("G"), rule="F460-G-001"),
    N(NEVER, note="'Agent or Ind. Contractor's Last name (Sched G)'."))
add("EXPN", "Agent_NamF", N(NEVER, note="An agent may be a firm; the record cannot tell."))
add("EXPN", "Cmte_ID",
    N(NEVER, forms=only("D"), note="'Fields 25 - 34 are NOT used on F460/Sched D'."),
    N("for a committee with no treasurer named", COM_NO_TREASURER))
add("EXPN", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N(NEVER, forms=only("D"), note="'Fields 25 - 34 are NOT used on F460/Sched D'."),
    N("for a committee without an ID number", all_of(COM_NO_ID, filled("Tres_NamL"))))
to_candidate = all_of(NO_MEASURE, any_of(entity("IND", "CAO"), filled("Cand_NamF")))
add("EXPN", "Cand_NamL",
    N("when the payment supports or opposes a candidate", to_candidate, forms=only("D"),
      rule="F460-D-002"),
    N("when the payment supports or opposes a candidate", to_candidate,
      forms=only("F450P5", "F461P5")),
    N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
add("EXPN", "Cand_NamF Office_Cd Juris_Cd",
    N("when a candidate is named", HAS_CANDIDATE, forms=only("D"), rule="F460-D-002"),
    N("when a candidate is named", HAS_CANDIDATE, forms=only("F450P5", "F461P5")),
    N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
add("EXPN", "Offic_Dscr",
    N("when the office code is OTH", OFFICE_OTH, forms=only("D"), rule="F460-D-002"),
    N("when the office code is OTH", OFFICE_OTH, forms=CAND_ON_EXPN),
    N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
add("EXPN", "Juris_Dscr",
    N("for a named jurisdiction", all_of(HAS_CANDIDATE, JURIS_NAMED), forms=only("D"),
      rule="F460-D-002"),
    N("for a named jurisdiction", all_of(HAS_CANDIDATE, JURIS_NAMED), forms=CAND_ON_EXPN),
    N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
add("EXPN", "Dist_No",
    N("for a district office", all_of(HAS_CANDIDATE, JURIS_DISTRICT), forms=only("D"),
      rule="F460-D-002"),
    N("for a district office", all_of(HAS_CANDIDATE, JURIS_DISTRICT), forms=CAND_ON_EXPN),
    N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
supports = any_of(HAS_CANDIDATE, filled("Bal_Name"), filled("Bal_Num"))
add("EXPN", "Sup_Opp_Cd",
    N("when a candidate or measure is named", supports, forms=only("D"), rule="F460-D-002"),
    N("when a candidate or measure is named", supports,
      forms=only("F450P5", "F461P5", "F465P3")),
    N(NEVER, note="Support/oppose describes D, F450P5, F461P5 and F465P3 items."))

ENTRIES = _t.entries
