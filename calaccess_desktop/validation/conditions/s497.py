"""The conditions table for S497 (Form 497 lines)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    HAS_CANDIDATE,
    IND,
    JURIS_DISTRICT,
    JURIS_NAMED,
    NEVER,
    OFFICE_OTH,
    N,
    Table,
    any_of,
    entity,
    only,
)

_t = Table()
add = _t.add

add("S497", "Enty_NamL Enty_Adr1 Enty_City Enty_ST Enty_ZIP4 Ctrib_Date Amount",
    N("", forms=only("F497P1"), rule="F497-P1-001"),
    N("", forms=only("F497P2"), rule="F497-P2-001"))
add("S497", "Enty_NamF",
    N("for an individual", IND, forms=only("F497P1"), rule="F497-P1-001"),
    N("for an individual", IND, forms=only("F497P2"), rule="F497-P2-001"))
add("S497", "Ctrib_Emp Ctrib_Occ",
    N("for an individual", IND, forms=only("F497P1"), rule="F497-P1-001"),
    N(NEVER, forms=only("F497P2"), note="Part 2 reports contributions made."))
add("S497", "Elec_Date", N("", forms=only("F497P2"), rule="F497-HDR-002"),
    N(NEVER, note="'Date of Election (Req. if P2)'."))
add("S497", "Cmte_ID",
    N("for a candidate or committee", entity("CAO", "RCP", "COM"), forms=only("F497P2"),
      rule="F497-P2-001"),
    N("for a candidate or committee", entity("CAO", "RCP", "COM")))
add("S497", "Cand_NamL Cand_NamF",
    N(NEVER, note="The recipient is named in Enty_*; the candidate of a controlled "
                  "recipient committee is optional."))
add("S497", "Office_Cd Juris_Cd",
    N("for a contribution made to a candidate", any_of(entity("CAO"), HAS_CANDIDATE),
      forms=only("F497P2"), rule="F497-P2-001"),
    N(NEVER, forms=only("F497P1"), note="Part 1 has no office."))
add("S497", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
add("S497", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
add("S497", "Dist_No", N("for a district office", JURIS_DISTRICT))

ENTRIES = _t.entries
