"""The conditions table for CVR (the cover page)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    ALL_BUT_LATE,
    HAS_CANDIDATE,
    JURIS_DISTRICT,
    JURIS_NAMED,
    NEVER,
    NO_CANDIDATE,
    NO_MEASURE,
    OFFICE_OTH,
    PERIODIC,
    N,
    Table,
    amended,
    any_of,
    candidate,
    cover_flag,
    entity,
    equals,
    even_year,
    file_only,
    filled,
    not_person_filer,
    only,
    person_filer,
    primarily_formed,
    primarily_formed_candidate,
    primarily_formed_measure,
    stmt,
)

_t = Table()
add = _t.add

add("CVR", "Filer_ID", N("", rule="GEN-ID-001"))
add("CVR", "Report_Num", N("", rule="CAL-009"))
add("CVR", "Rpt_Date", N(
    "in a .CAL file (the app writes the filing date when it exports)", file_only,
    note="Rx in the spec; a draft has no filing date yet, the exporter sets it."))
add("CVR", "Filer_NamF Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
    N("", forms=only("F470"), rule="F470-CVR-001"))
add("CVR", "Filer_NamF", N("when the filer is a person", person_filer))
add("CVR", "Stmt_Type", N("on Forms 425, 450 and 460", forms=PERIODIC, rule="GEN-TYP-001"))
add("CVR", "Rpt_ID_Num",
    N("on Form 497", forms=only("F497"), rule="F497-HDR-001"),
    N("on Forms 465, 496 and 498", forms=only("F465", "F496", "F498")))
add("CVR", "From_Date Thru_Date",
    N("except on Forms 496, 497 and 498", forms=ALL_BUT_LATE, rule="GEN-PER-001"))
add("CVR", "Elect_Date",
    N("on a pre-election statement", stmt("PE", "SE"), forms=only("F450", "F460"),
      rule="GEN-PER-004",
      note="Spec: 'Req. on F450, F460, F461, F465'; a semi-annual, quarterly or "
           "termination statement is not tied to one election, so only PE/SE need it."),
    N("on Forms 461 and 465", forms=only("F461", "F465")),
    N("in even years", even_year, forms=only("F470")))
add("CVR", "Filer_Adr1 Filer_City Filer_ST Filer_ZIP4",
    N("", forms=only("F460", "F450", "F425"), rule="GEN-ADR-002"),
    N(""))
add("CVR", "Mail_City Mail_ST Mail_ZIP4", N("when a mailing address is given",
                                            filled("Mail_Adr1")))
add("CVR", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N("", forms=only("F460", "F450", "F425"), rule="GEN-TRS-001"),
    N("", forms=only("F401", "F465", "F400", "F402")),
    N("when the filer is not a person", not_person_filer, forms=only("F461"),
      rule="F461-P1-001", note="Fields 29-40 are not used on F496 and F497 (page 24)."))
add("CVR", "Tres_Phon", N("", forms=only("F410"), rule="F410-OFF-001"),
    N("", forms=only("F400", "F402")))
add("CVR", "Cmtte_Type", N("on Forms 450 and 460", forms=only("F450", "F460"),
                           rule="GEN-TYP-002"))
for number, name in ((42, "Flag1_YN"), (43, "Flag2_YN"), (44, "Flag3_YN")):
    add("CVR", name, N("for the committee types that use this box (page 25)",
                       cover_flag(number), forms=only("F450", "F460"), rule="GEN-TYP-002"))
add("CVR", "Flag4_YN", N(NEVER, note="'Not used' for every committee type (page 25)."))
add("CVR", "AmendExp_1", N("on an amendment", amended, forms=only("F460", "F496", "F497"),
                           rule="AMD-003"))
# variable part, F460 / F465 / F496 (page 27)
add("CVR", "Cand_NamL Cand_NamF Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
    N("for a candidate-controlled committee (Cmtte_Type C)", forms=only("F460"),
      ctx=candidate, rule="EFS-001",
      note="The SOS warns every committee about fields 49-57; only a committee "
           "controlled by a candidate has a candidate to name."))
add("CVR", "Cand_NamL Cand_NamF",
    N("when the report is about a candidate (no ballot measure named)", NO_MEASURE,
      forms=only("F465", "F496")))
add("CVR", "Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
    N(NEVER, forms=only("F465", "F496"),
      note="Forms 465/496 identify the candidate by name, office and district only."))
add("CVR", "Bal_Name Bal_Num Bal_Juris",
    N("for a primarily formed ballot measure committee", forms=only("F460"),
      ctx=primarily_formed_measure, rule="GEN-P6-001"),
    N("when the report is about a measure (no candidate named)", NO_CANDIDATE,
      forms=only("F465", "F496")))
add("CVR", "Office_Cd Juris_Cd",
    N("for a candidate-controlled committee", forms=only("F460"), ctx=candidate,
      rule="GEN-P5-001"),
    N("for a committee primarily formed for a candidate", forms=only("F460"),
      ctx=primarily_formed_candidate, rule="GEN-P7-001"),
    N("when the report is about a candidate", HAS_CANDIDATE, forms=only("F465", "F496")),
    N("", forms=only("F470"), rule="F470-CVR-001"))
add("CVR", "Offic_Dscr",
    N("when the office code is OTH", OFFICE_OTH, forms=only("F460"), ctx=candidate,
      rule="GEN-P5-001"),
    N("when the office code is OTH", OFFICE_OTH, forms=only("F460"),
      ctx=primarily_formed_candidate, rule="GEN-P7-001"),
    N("when the office code is OTH", OFFICE_OTH, forms=only("F465", "F496", "F470")))
add("CVR", "Juris_Dscr",
    N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
      forms=only("F460"), ctx=candidate, rule="GEN-P5-001"),
    N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
      forms=only("F460"), ctx=primarily_formed_candidate, rule="GEN-P7-001"),
    N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
      forms=only("F465", "F496", "F470")))
add("CVR", "Dist_No",
    N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
      forms=only("F460"), ctx=candidate, rule="GEN-P5-001"),
    N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
      forms=only("F460"), ctx=primarily_formed_candidate, rule="GEN-P7-001"),
    N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
      forms=only("F465", "F496", "F470")))
add("CVR", "Sup_Opp_Cd",
    N("for a primarily formed committee (Cmtte_Type P, or B that is primarily formed)",
      forms=only("F460"), ctx=primarily_formed, rule="EFS-002",
      note="The SOS warns every committee about field 70; only primarily formed "
           "committees support or oppose one candidate or measure."),
    N("", forms=only("F465", "F496")))
# F461 (page 26): Part 2 nature and interests, one box filled in
add("CVR", "Bus_Name Bus_Adr1 Bus_City Bus_ST Bus_ZIP4 Bus_Inter",
    N("when the employer/business box is checked", equals("EmplBus_CB", "X")))
add("CVR", "BusActvity", N("when the business activity box is checked",
                           equals("BusAct_CB", "X")))
add("CVR", "Assoc_Int", N("when the association box is checked", equals("Assoc_CB", "X")))
add("CVR", "Other_Int", N("when the other box is checked", equals("Other_CB", "X")))
# F401 (page 26)
add("CVR", "Cmtte_ID ReportName RptFromDt RptThruDt",
    N("when a committee report is attached", equals("Rpt_Att_CB", "X")))
# F400/F402/F410 statements of organization (page 30-31)
add("CVR", "Qual_CB", N("for a slate mailer organization", entity("SMO")))
add("CVR", "Qualfy_Dt", N("when the qualified box is checked", equals("Qual_CB", "X")))
add("CVR", "Term_Date", N("on Form 402", forms=only("F402")))
add("CVR", "Actvty_Lvl", N("for a slate mailer organization or general purpose committee",
                           any_of(entity("SMO"), equals("GenPurp_CB", "X"))))
add("CVR", "Com82013YN", N("on Form 400", forms=only("F400")))
add("CVR", "Com82013Nm", N("when the SMO is an 82013 committee", equals("Com82013YN", "Y")))
add("CVR", "Bank_Adr1 Bank_City Bank_ST Bank_ZIP4 Bank_Phon Bank_AcctNo",
    N("on Form 410", forms=only("F410"), rule="F410-BNK-001"))
add("CVR", "Reservd_Dt", N(NEVER, note="'not used at this time'."))
add("CVR", "Adr1 City ST ZIP4 Phone County_Res",
    N("", forms=only("F410"), rule="F410-CMT-001"), N(""))
add("CVR", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
    N("", forms=only("F410"), rule="F410-OFF-001"))

ENTRIES = _t.entries
