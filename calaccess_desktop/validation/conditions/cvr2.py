"""The conditions table for CVR2 (other cover-page entries)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    JURIS_DISTRICT,
    JURIS_NAMED,
    NEVER,
    OFFICE_OTH,
    N,
    Table,
    all_of,
    any_of,
    blank,
    entity,
    equals,
    only,
)

_t = Table()
add = _t.add

cvr2_com = entity("COM", "CTL", "RCP")
add("CVR2", "F460_Part", N("on Form 460", forms=only("F460")))
add("CVR2", "Cmte_ID", N("for a committee (COM, CTL, RCP)", cvr2_com,
                         forms=only("F460"), rule="GEN-P5-002"),
    N("for a committee (COM, CTL, RCP)", cvr2_com, forms=only("F425", "F450", "F470")),
    N("for a recipient committee", entity("RCP"), forms=only("F400", "F410")))
add("CVR2", "Enty_NamF", N("for a candidate or officeholder", entity("CAO"),
                           forms=only("F425", "F450", "F460", "F470")),
    N("for a person", any_of(entity("ATR", "POF", "CAO", "ATH", "TRE"),
                           equals("Item_Cd", "ATR", "POF")), forms=only("F400", "F410")))
add("CVR2", "Enty_Adr1 Enty_City Enty_ST Enty_ZIP4",
    N("for an assistant treasurer", entity("ATR")))
add("CVR2", "Tres_NamL Tres_NamF Control_YN",
    N("for a related committee", cvr2_com, forms=only("F460"), rule="GEN-P5-002"),
    N("for a related committee", cvr2_com, forms=only("F425", "F450", "F470")))
cand = entity("CAO")
add("CVR2", "Office_Cd Juris_Cd Off_S_H_Cd",
    N("for a candidate or officeholder", cand, forms=only("F425", "F450", "F460", "F470")))
add("CVR2", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
add("CVR2", "Juris_Dscr", N("when the jurisdiction is a city, county, local or other",
                            JURIS_NAMED))
add("CVR2", "Dist_No", N("for Senate, Assembly and Board of Equalization districts",
                         JURIS_DISTRICT))
add("CVR2", "Bal_Name Bal_Num Bal_Juris",
    N("for a ballot measure", entity("BNM"), forms=only("F425", "F450", "F460", "F470")))
add("CVR2", "Sup_Opp_Cd",
    N("for a measure or a candidate the committee is primarily formed for",
      any_of(entity("BNM"), equals("F460_Part", "7", "6B")),
      forms=only("F425", "F450", "F460", "F470")),
    N("for a primarily formed committee item", equals("Item_Cd", "PFC"),
      forms=only("F400", "F410")))
add("CVR2", "Cvr2_Adr1 Cvr2_City Cvr2_ST Cvr2_ZIP4 Ind_Group",
    N("for a sponsor", equals("Item_Cd", "SPO")))
add("CVR2", "POF_Title", N("for a principal officer", equals("Item_Cd", "POF")))
add("CVR2", "Office_Cd Juris_Cd",
    N("for a controlled committee's candidate or a primarily formed candidate item",
      any_of(equals("Item_Cd", "CTL"), all_of(equals("Item_Cd", "PFC"), blank("Bal_Num"))),
      forms=only("F400", "F410")))
add("CVR2", "Non_Pty_CB", N(NEVER, note="A check box: blank means partisan."))
add("CVR2", "Party_Name", N("for a partisan controlled committee",
                            all_of(equals("Item_Cd", "CTL"), blank("Non_Pty_CB"))))
add("CVR2", "Year_Elect", N("for a controlled committee", equals("Item_Cd", "CTL")))
add("CVR2", "Bal_Num Bal_Juris",
    N("for a primarily formed measure item",
      all_of(equals("Item_Cd", "PFC"), blank("Office_Cd")), forms=only("F400", "F410")))

ENTRIES = _t.entries
