"""When a conditionally required (C/Cx) field is required: the explicit table.

The spec's layouts mark each field Rx, R, Cx, C or O (page 5): a missing Rx or Cx
field makes the SOS reject the filing (an *error* here), a missing R or C field is
accepted (a *warning*). Whether a C/Cx field is needed depends on a condition the spec
states in words ("Req. if Entity = 'IND'", "Req if [COM|RCP] & no ID#", "(Req on F450
& F460)", "Fields 46 - 59 used on F401A" ...). ``TABLE`` writes every such condition
down, field by field, as a predicate on the row; ``tests/validation`` checks that every
C/Cx field of every layout has an entry. R fields are required everywhere unless the
table lists them (the CVR candidate fields 49-57 and Sup_Opp_Cd 70, which only apply
to some committees, are the famous case: the SOS warns every committee about them).

Each entry may name the catalog rule (form-rules.md §6) that reports the missing field,
so a finding carries that rule's id instead of a generated ``SPEC-<REC>-<NN>`` id.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from calaccess_desktop.cal.values import ascii_digits, format_date
from calaccess_desktop.forms.applicability import FLAGS_BY_TYPE

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Ctx, Row

Test = Callable[["Row"], bool]


@dataclass(frozen=True, slots=True)
class Need:
    """One condition: the field is required on ``forms`` when ``test`` holds."""

    why: str  # the condition in words ('' = always), shown in the fix and in RULES.md
    test: Test | None = None  # None: always required where the entry applies
    forms: frozenset[str] | None = None  # record Form_Types (CVR: the filing's form)
    rule: str = ""  # catalog rule reporting this field ('' = generated SPEC id)
    ctx: Callable[[Ctx], bool] | None = None  # committee/statement condition
    severity: str = ""  # documented override of the level's severity ('' = by level)
    note: str = ""  # why the override or a reading of the spec, for RULES.md


NEVER = "never"  # marker: the field is not required anywhere (reason in note)


def _f(*forms: str) -> frozenset[str]:
    return frozenset(forms)


def _ent(*codes: str) -> Test:
    def test(r: Row) -> bool:
        return r.entity in codes
    return test


def _filled(name: str) -> Test:
    def test(r: Row) -> bool:
        return r.has(name)
    return test


def _blank(name: str) -> Test:
    def test(r: Row) -> bool:
        return not r.has(name)
    return test


def _equals(name: str, *values: str) -> Test:
    def test(r: Row) -> bool:
        return r.up(name) in values
    return test


def _all(*tests: Test) -> Test:
    if len(tests) == 2:
        first, second = tests

        def both(r: Row) -> bool:
            return first(r) and second(r)
        return both

    def test(r: Row) -> bool:
        return all(t(r) for t in tests)
    return test


def _any(*tests: Test) -> Test:
    if len(tests) == 2:
        first, second = tests

        def either(r: Row) -> bool:
            return first(r) or second(r)
        return either

    def test(r: Row) -> bool:
        return any(t(r) for t in tests)
    return test


IND = _ent("IND")
COM_NO_ID = _all(_ent("COM", "RCP"), _blank("Cmte_ID"))
COM_NO_TREASURER = _all(_ent("COM", "RCP"), _blank("Tres_NamL"))
OFFICE_OTH = _equals("Office_Cd", "OTH")
JURIS_NAMED = _equals("Juris_Cd", "CIT", "CTY", "LOC", "OTH")
JURIS_DISTRICT = _equals("Juris_Cd", "SEN", "ASM", "BOE")
NO_MEASURE = _all(_blank("Bal_Name"), _blank("Bal_Num"))
NO_CANDIDATE = _blank("Cand_NamL")
HAS_CANDIDATE = _filled("Cand_NamL")
NO_CODE = _blank("Expn_Code")
EXPLAIN_CODE = _equals("Expn_Code", "CTB", "IND", "IKD")


def _occupation_due(r: Row) -> bool:
    """Individuals whose calendar-year total reached the occupation threshold ($100)."""
    if r.entity != "IND":
        return False
    total = r.cents("Cum_YTD") or r.cents("Amount")
    return total >= r.ctx.occupation or total == 0


def _cover_flag(number: int) -> Test:
    """CVR flags 42-45 apply per committee type (forms/applicability.py)."""
    def test(r: Row) -> bool:
        return number in FLAGS_BY_TYPE.get(r.ctx.cmtte, range(0)) and (
            r.ctx.cmtte != "C" or r.ctx.form == "F460")
    return test


def _stmt(*types: str) -> Test:
    def test(r: Row) -> bool:
        return r.ctx.stmt_type in types
    return test


def _amended(r: Row) -> bool:
    return r.ctx.report_num > 0


def _person_filer(r: Row) -> bool:
    return r.entity in ("CAO", "IND") or (
        r.ctx.form == "F461" and r.up("EmplBus_CB") == "X")


def _even_year(r: Row) -> bool:
    day = r.get("Rpt_Date") or format_date(r.ctx.today)
    return ascii_digits(day[:4]) and int(day[:4]) % 2 == 0


def _file_only(r: Row) -> bool:
    return r.ctx.is_file


def _not_person_filer(r: Row) -> bool:
    return not r.has("Filer_NamF")


# --- committee conditions for the cover (forms/applicability.py says which apply) ----
def _candidate(c: Ctx) -> bool:
    return c.cmtte == "C"


def _primarily_formed_candidate(c: Ctx) -> bool:
    return c.cmtte == "P"


def _primarily_formed_measure(c: Ctx) -> bool:
    return c.cmtte == "B" and c.flag1 == "Y"


def _primarily_formed(c: Ctx) -> bool:
    return c.primarily_formed


N = Need
PERIODIC = _f("F460", "F450", "F425")
LATE = _f("F496", "F497", "F498")
ALL_BUT_LATE = _f("F401", "F425", "F450", "F460", "F461", "F465", "F470", "F400", "F402", "F410")
E_LIKE = _f("E", "G", "F450P5", "F461P5", "F465P3")
CAND_ON_EXPN = _f("D", "F450P5", "F461P5")

Entry = tuple[Need, ...]


def _table() -> dict[tuple[str, str], Entry]:
    t: dict[tuple[str, str], Entry] = {}

    def add(rec: str, names: str | Iterable[str], *needs: Need) -> None:
        for name in names.split() if isinstance(names, str) else names:
            t[(rec, name)] = t.get((rec, name), ()) + tuple(needs)

    # ---------------------------------------------------------------- CVR (cover)
    add("CVR", "Filer_ID", N("", rule="GEN-ID-001"))
    add("CVR", "Report_Num", N("", rule="CAL-009"))
    add("CVR", "Rpt_Date", N(
        "in a .CAL file (the app writes the filing date when it exports)", _file_only,
        note="Rx in the spec; a draft has no filing date yet, the exporter sets it."))
    add("CVR", "Filer_NamF Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
        N("", forms=_f("F470"), rule="F470-CVR-001"))
    add("CVR", "Filer_NamF", N("when the filer is a person", _person_filer))
    add("CVR", "Stmt_Type", N("on Forms 425, 450 and 460", forms=PERIODIC, rule="GEN-TYP-001"))
    add("CVR", "Rpt_ID_Num",
        N("on Form 497", forms=_f("F497"), rule="F497-HDR-001"),
        N("on Forms 465, 496 and 498", forms=_f("F465", "F496", "F498")))
    add("CVR", "From_Date Thru_Date",
        N("except on Forms 496, 497 and 498", forms=ALL_BUT_LATE, rule="GEN-PER-001"))
    add("CVR", "Elect_Date",
        N("on a pre-election statement", _stmt("PE", "SE"), forms=_f("F450", "F460"),
          rule="GEN-PER-004",
          note="Spec: 'Req. on F450, F460, F461, F465'; a semi-annual, quarterly or "
               "termination statement is not tied to one election, so only PE/SE need it."),
        N("on Forms 461 and 465", forms=_f("F461", "F465")),
        N("in even years", _even_year, forms=_f("F470")))
    add("CVR", "Filer_Adr1 Filer_City Filer_ST Filer_ZIP4",
        N("", forms=_f("F460", "F450", "F425"), rule="GEN-ADR-002"),
        N(""))
    add("CVR", "Mail_City Mail_ST Mail_ZIP4", N("when a mailing address is given",
                                                _filled("Mail_Adr1")))
    add("CVR", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N("", forms=_f("F460", "F450", "F425"), rule="GEN-TRS-001"),
        N("", forms=_f("F401", "F465", "F400", "F402")),
        N("when the filer is not a person", _not_person_filer, forms=_f("F461"),
          rule="F461-P1-001", note="Fields 29-40 are not used on F496 and F497 (page 24)."))
    add("CVR", "Tres_Phon", N("", forms=_f("F410"), rule="F410-OFF-001"),
        N("", forms=_f("F400", "F402")))
    add("CVR", "Cmtte_Type", N("on Forms 450 and 460", forms=_f("F450", "F460"),
                               rule="GEN-TYP-002"))
    for number, name in ((42, "Flag1_YN"), (43, "Flag2_YN"), (44, "Flag3_YN")):
        add("CVR", name, N("for the committee types that use this box (page 25)",
                           _cover_flag(number), forms=_f("F450", "F460"), rule="GEN-TYP-002"))
    add("CVR", "Flag4_YN", N(NEVER, note="'Not used' for every committee type (page 25)."))
    add("CVR", "AmendExp_1", N("on an amendment", _amended, forms=_f("F460", "F496", "F497"),
                               rule="AMD-003"))
    # variable part, F460 / F465 / F496 (page 27)
    add("CVR", "Cand_NamL Cand_NamF Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
        N("for a candidate-controlled committee (Cmtte_Type C)", forms=_f("F460"),
          ctx=_candidate, rule="EFS-001",
          note="The SOS warns every committee about fields 49-57; only a committee "
               "controlled by a candidate has a candidate to name."))
    add("CVR", "Cand_NamL Cand_NamF",
        N("when the report is about a candidate (no ballot measure named)", NO_MEASURE,
          forms=_f("F465", "F496")))
    add("CVR", "Cand_Adr1 Cand_City Cand_ST Cand_ZIP4",
        N(NEVER, forms=_f("F465", "F496"),
          note="Forms 465/496 identify the candidate by name, office and district only."))
    add("CVR", "Bal_Name Bal_Num Bal_Juris",
        N("for a primarily formed ballot measure committee", forms=_f("F460"),
          ctx=_primarily_formed_measure, rule="GEN-P6-001"),
        N("when the report is about a measure (no candidate named)", NO_CANDIDATE,
          forms=_f("F465", "F496")))
    add("CVR", "Office_Cd Juris_Cd",
        N("for a candidate-controlled committee", forms=_f("F460"), ctx=_candidate,
          rule="GEN-P5-001"),
        N("for a committee primarily formed for a candidate", forms=_f("F460"),
          ctx=_primarily_formed_candidate, rule="GEN-P7-001"),
        N("when the report is about a candidate", HAS_CANDIDATE, forms=_f("F465", "F496")),
        N("", forms=_f("F470"), rule="F470-CVR-001"))
    add("CVR", "Offic_Dscr",
        N("when the office code is OTH", OFFICE_OTH, forms=_f("F460"), ctx=_candidate,
          rule="GEN-P5-001"),
        N("when the office code is OTH", OFFICE_OTH, forms=_f("F460"),
          ctx=_primarily_formed_candidate, rule="GEN-P7-001"),
        N("when the office code is OTH", OFFICE_OTH, forms=_f("F465", "F496", "F470")))
    add("CVR", "Juris_Dscr",
        N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
          forms=_f("F460"), ctx=_candidate, rule="GEN-P5-001"),
        N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
          forms=_f("F460"), ctx=_primarily_formed_candidate, rule="GEN-P7-001"),
        N("when the jurisdiction is a city, county, local or other", JURIS_NAMED,
          forms=_f("F465", "F496", "F470")))
    add("CVR", "Dist_No",
        N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
          forms=_f("F460"), ctx=_candidate, rule="GEN-P5-001"),
        N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
          forms=_f("F460"), ctx=_primarily_formed_candidate, rule="GEN-P7-001"),
        N("for Senate, Assembly and Board of Equalization districts", JURIS_DISTRICT,
          forms=_f("F465", "F496", "F470")))
    add("CVR", "Sup_Opp_Cd",
        N("for a primarily formed committee (Cmtte_Type P, or B that is primarily formed)",
          forms=_f("F460"), ctx=_primarily_formed, rule="EFS-002",
          note="The SOS warns every committee about field 70; only primarily formed "
               "committees support or oppose one candidate or measure."),
        N("", forms=_f("F465", "F496")))
    # F461 (page 26): Part 2 nature and interests, one box filled in
    add("CVR", "Bus_Name Bus_Adr1 Bus_City Bus_ST Bus_ZIP4 Bus_Inter",
        N("when the employer/business box is checked", _equals("EmplBus_CB", "X")))
    add("CVR", "BusActvity", N("when the business activity box is checked",
                               _equals("BusAct_CB", "X")))
    add("CVR", "Assoc_Int", N("when the association box is checked", _equals("Assoc_CB", "X")))
    add("CVR", "Other_Int", N("when the other box is checked", _equals("Other_CB", "X")))
    # F401 (page 26)
    add("CVR", "Cmtte_ID ReportName RptFromDt RptThruDt",
        N("when a committee report is attached", _equals("Rpt_Att_CB", "X")))
    # F400/F402/F410 statements of organization (page 30-31)
    add("CVR", "Qual_CB", N("for a slate mailer organization", _ent("SMO")))
    add("CVR", "Qualfy_Dt", N("when the qualified box is checked", _equals("Qual_CB", "X")))
    add("CVR", "Term_Date", N("on Form 402", forms=_f("F402")))
    add("CVR", "Actvty_Lvl", N("for a slate mailer organization or general purpose committee",
                               _any(_ent("SMO"), _equals("GenPurp_CB", "X"))))
    add("CVR", "Com82013YN", N("on Form 400", forms=_f("F400")))
    add("CVR", "Com82013Nm", N("when the SMO is an 82013 committee", _equals("Com82013YN", "Y")))
    add("CVR", "Bank_Adr1 Bank_City Bank_ST Bank_ZIP4 Bank_Phon Bank_AcctNo",
        N("on Form 410", forms=_f("F410"), rule="F410-BNK-001"))
    add("CVR", "Reservd_Dt", N(NEVER, note="'not used at this time'."))
    add("CVR", "Adr1 City ST ZIP4 Phone County_Res",
        N("", forms=_f("F410"), rule="F410-CMT-001"), N(""))
    add("CVR", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N("", forms=_f("F410"), rule="F410-OFF-001"))

    # ---------------------------------------------------------------- CVR2
    cvr2_com = _ent("COM", "CTL", "RCP")
    add("CVR2", "F460_Part", N("on Form 460", forms=_f("F460")))
    add("CVR2", "Cmte_ID", N("for a committee (COM, CTL, RCP)", cvr2_com,
                             forms=_f("F460"), rule="GEN-P5-002"),
        N("for a committee (COM, CTL, RCP)", cvr2_com, forms=_f("F425", "F450", "F470")),
        N("for a recipient committee", _ent("RCP"), forms=_f("F400", "F410")))
    add("CVR2", "Enty_NamF", N("for a candidate or officeholder", _ent("CAO"),
                               forms=_f("F425", "F450", "F460", "F470")),
        N("for a person", _any(_ent("ATR", "POF", "CAO", "ATH", "TRE"),
                               _equals("Item_Cd", "ATR", "POF")), forms=_f("F400", "F410")))
    add("CVR2", "Enty_Adr1 Enty_City Enty_ST Enty_ZIP4",
        N("for an assistant treasurer", _ent("ATR")))
    add("CVR2", "Tres_NamL Tres_NamF Control_YN",
        N("for a related committee", cvr2_com, forms=_f("F460"), rule="GEN-P5-002"),
        N("for a related committee", cvr2_com, forms=_f("F425", "F450", "F470")))
    cand = _ent("CAO")
    add("CVR2", "Office_Cd Juris_Cd Off_S_H_Cd",
        N("for a candidate or officeholder", cand, forms=_f("F425", "F450", "F460", "F470")))
    add("CVR2", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
    add("CVR2", "Juris_Dscr", N("when the jurisdiction is a city, county, local or other",
                                JURIS_NAMED))
    add("CVR2", "Dist_No", N("for Senate, Assembly and Board of Equalization districts",
                             JURIS_DISTRICT))
    add("CVR2", "Bal_Name Bal_Num Bal_Juris",
        N("for a ballot measure", _ent("BNM"), forms=_f("F425", "F450", "F460", "F470")))
    add("CVR2", "Sup_Opp_Cd",
        N("for a measure or a candidate the committee is primarily formed for",
          _any(_ent("BNM"), _equals("F460_Part", "7", "6B")),
          forms=_f("F425", "F450", "F460", "F470")),
        N("for a primarily formed committee item", _equals("Item_Cd", "PFC"),
          forms=_f("F400", "F410")))
    add("CVR2", "Cvr2_Adr1 Cvr2_City Cvr2_ST Cvr2_ZIP4 Ind_Group",
        N("for a sponsor", _equals("Item_Cd", "SPO")))
    add("CVR2", "POF_Title", N("for a principal officer", _equals("Item_Cd", "POF")))
    add("CVR2", "Office_Cd Juris_Cd",
        N("for a controlled committee's candidate or a primarily formed candidate item",
          _any(_equals("Item_Cd", "CTL"), _all(_equals("Item_Cd", "PFC"), _blank("Bal_Num"))),
          forms=_f("F400", "F410")))
    add("CVR2", "Non_Pty_CB", N(NEVER, note="A check box: blank means partisan."))
    add("CVR2", "Party_Name", N("for a partisan controlled committee",
                                _all(_equals("Item_Cd", "CTL"), _blank("Non_Pty_CB"))))
    add("CVR2", "Year_Elect", N("for a controlled committee", _equals("Item_Cd", "CTL")))
    add("CVR2", "Bal_Num Bal_Juris",
        N("for a primarily formed measure item",
          _all(_equals("Item_Cd", "PFC"), _blank("Office_Cd")), forms=_f("F400", "F410")))

    # ---------------------------------------------------------------- CVR3
    add("CVR3", "Sig_Date Sig_NamL Sig_NamF", N(""))

    # ---------------------------------------------------------------- RCPT
    add("RCPT", "Entity_Cd Ctrib_NamL Ctrib_Adr1 Ctrib_City Ctrib_ST Ctrib_ZIP4 Rcpt_Date "
        "Amount",
        N("", forms=_f("A"), rule="F460-A-002"), N("", forms=_f("C"), rule="F460-C-002"),
        N("", forms=_f("I"), rule="F460-I-001"), N("", forms=_f("F496P3"), rule="F496-P3-001"),
        N(""))
    add("RCPT", "Ctrib_NamF",
        N("for an individual", IND, forms=_f("A"), rule="F460-A-002"),
        N("for an individual", IND, forms=_f("C"), rule="F460-C-002"),
        N("for an individual", IND, forms=_f("I"), rule="F460-I-001"),
        N("for an individual", IND, forms=_f("F496P3"), rule="F496-P3-001"),
        N("for an individual", IND))
    add("RCPT", "Ctrib_Emp Ctrib_Occ",
        N("for an individual whose total reached $100 this year", _occupation_due,
          forms=_f("A"), rule="F460-A-004"),
        N("for an individual whose total reached $100 this year", _occupation_due,
          forms=_f("C"), rule="F460-C-002"),
        N("for an individual whose total reached $100 this year", _occupation_due,
          forms=_f("F496P3"), rule="F496-P3-001"),
        N(NEVER, forms=_f("I", "F401A"), note="'(Sched A, C - Req. if Entity = IND)'."))
    add("RCPT", "Trans_Date Contr_Date", N("", forms=_f("A"), rule="F460-A-002"), N(""))
    add("RCPT", "Cum_YTD",
        N("", forms=_f("A"), rule="F460-A-002"),
        N("", forms=_f("C"), rule="F460-C-002",
          note="The spec says '(Sched A, 401A)'; the Form 460 Schedule C column is "
               "'cumulative to date' too (form-rules C-002)."),
        N("", forms=_f("F496P3"), rule="F496-P3-001"),
        N("", forms=_f("F401A")),
        N(NEVER, forms=_f("I"), note="Schedule I has no cumulative column."))
    add("RCPT", "Hold_Amount", N(NEVER, note="'(Not used at this time)'."))
    add("RCPT", "Ctrib_Dscr",
        N("", forms=_f("C"), rule="F460-C-002"), N("", forms=_f("I"), rule="F460-I-001"),
        N(NEVER, note="'Description of Goods/Services Rcvd. (Sched C, I)'."))
    add("RCPT", "Cmte_ID",
        N("for a committee with no treasurer named", COM_NO_TREASURER,
          forms=_f("A", "C"), rule="F460-A-007"),
        N("for a committee with no treasurer named", COM_NO_TREASURER))
    add("RCPT", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL")),
          forms=_f("A", "C"), rule="F460-A-007"),
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL"))))
    intermediary = _equals("Tran_Type", "I", "X")
    add("RCPT", "Intr_Adr1 Intr_City Intr_ST Intr_ZIP4",
        N("for a contribution through an intermediary or a transfer", intermediary,
          forms=_f("A", "C"), rule="F460-A-008"),
        N("for a contribution through an intermediary or a transfer", intermediary,
          forms=_f("I", "F496P3")),
        N(NEVER, forms=_f("F401A"), note="Intermediary fields do not apply to F401A."))
    add("RCPT", "Intr_Emp Intr_Occ",
        N("for an individual intermediary", _all(_equals("Tran_Type", "I"),
                                                 _filled("Intr_NamF")),
          forms=_f("A", "C"), rule="F460-A-008"),
        N(NEVER, note="'Employer/Occupation (Sched A, C)' of an intermediary."))
    add("RCPT", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd",
        N("on Form 401 Schedule A", forms=_f("F401A")),
        N(NEVER, note="'Fields 46 - 59 used on F401A'."))
    add("RCPT", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH, forms=_f("F401A")),
        N(NEVER, note="'Fields 46 - 59 used on F401A'."))
    add("RCPT", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED, forms=_f("F401A")),
        N(NEVER, note="'Fields 46 - 59 used on F401A'."))
    add("RCPT", "Dist_No", N("for a district office", JURIS_DISTRICT, forms=_f("F401A")),
        N(NEVER, note="'Fields 46 - 59 used on F401A'."))
    add("RCPT", "Int_Rate", N(NEVER, note="'Loan Interest Rate (F496P3 Only)': only for a "
                                          "loan, which the record cannot tell."))
    add("RCPT", "Int_CmteId",
        N("for a transfer (Tran_Type X)", _equals("Tran_Type", "X"), severity="warning",
          note="Cx in the spec, but filings accepted by the SOS carry transfers without it "
               "(10 of the 457 sampled Schedule A rows), so the SOS does not enforce it: "
               "reported as a warning."))

    # ---------------------------------------------------------------- EXPN
    add("EXPN", "Entity_Cd Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Amount",
        N("", forms=_f("E"), rule="F460-E-002"), N("", forms=_f("G"), rule="F460-G-001"),
        N("", forms=_f("F450P5"), rule="F450-P5-001"),
        N("", forms=_f("F461P5"), rule="F461-P5-001"))
    add("EXPN", "Entity_Cd Payee_NamL Amount", N("", forms=_f("D"), rule="F460-D-002"), N(""))
    add("EXPN", "Payee_Adr1 Payee_City Payee_ST Payee_ZIP4",
        N(NEVER, forms=_f("D"), note="Schedule D names the candidate, measure or committee; "
                                     "it has no address column."),
        N(""))
    add("EXPN", "Payee_NamF",
        N("for an individual", IND, forms=_f("E"), rule="F460-E-002"),
        N("for an individual", IND, forms=_f("G"), rule="F460-G-001"),
        N("for an individual", IND, forms=_f("D"), rule="F460-D-002"),
        N("for an individual", IND))
    add("EXPN", "Expn_Date",
        N("", forms=_f("D"), rule="F460-D-002"),
        N("", forms=_f("F461P5"), rule="F461-P5-001"),
        N("", forms=_f("F450P5", "F465P3")),
        N(NEVER, forms=_f("E", "G"), note="'(Note: Date not on Sched E & G)'."))
    add("EXPN", "Cum_YTD",
        N("", forms=_f("D"), rule="F460-D-002"),
        N("", forms=_f("F461P5"), rule="F461-P5-001"),
        N("", forms=_f("F465P3")),
        N(NEVER, note="'(No Cumulatives on Sched E & G)'; Form 450 Part 5 has none either."))
    add("EXPN", "Hold_Amount", N(NEVER, note="'(Not used at this time)'."))
    add("EXPN", "Expn_Code",
        N("", forms=_f("D"), rule="F460-D-003"),
        N("", forms=_f("F461P5"), rule="F461-P5-001"),
        N("when there is no description", _blank("Expn_Dscr"), forms=_f("E"),
          rule="F460-E-003"),
        N("when there is no description", _blank("Expn_Dscr"), forms=_f("G"),
          rule="F460-G-001"),
        N("when there is no description", _blank("Expn_Dscr"), forms=_f("F450P5"),
          rule="F450-P5-001"),
        N("when there is no description", _blank("Expn_Dscr")))
    add("EXPN", "Expn_Dscr",
        N("for IKD and IND (type of payment needs an explanation)",
          _equals("Expn_Code", "IKD", "IND"), forms=_f("D"), rule="F460-D-003"),
        N("for contributions (CTB) and independent expenditures (IND)",
          _equals("Expn_Code", "CTB", "IND"), forms=_f("E"), rule="F460-E-004"),
        N("when there is no expense code", NO_CODE, forms=_f("E"), rule="F460-E-003"),
        N("when there is no expense code", NO_CODE, forms=_f("G"), rule="F460-G-001"),
        N("when there is no expense code", NO_CODE, forms=_f("F450P5"), rule="F450-P5-001"),
        N("when there is no expense code or it needs an explanation",
          _any(NO_CODE, EXPLAIN_CODE)))
    add("EXPN", "Agent_NamL", N("", forms=_f("G"), rule="F460-G-001"),
        N(NEVER, note="'Agent or Ind. Contractor's Last name (Sched G)'."))
    add("EXPN", "Agent_NamF", N(NEVER, note="An agent may be a firm; the record cannot tell."))
    add("EXPN", "Cmte_ID",
        N(NEVER, forms=_f("D"), note="'Fields 25 - 34 are NOT used on F460/Sched D'."),
        N("for a committee with no treasurer named", COM_NO_TREASURER))
    add("EXPN", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N(NEVER, forms=_f("D"), note="'Fields 25 - 34 are NOT used on F460/Sched D'."),
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL"))))
    to_candidate = _all(NO_MEASURE, _any(_ent("IND", "CAO"), _filled("Cand_NamF")))
    add("EXPN", "Cand_NamL",
        N("when the payment supports or opposes a candidate", to_candidate, forms=_f("D"),
          rule="F460-D-002"),
        N("when the payment supports or opposes a candidate", to_candidate,
          forms=_f("F450P5", "F461P5")),
        N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
    add("EXPN", "Cand_NamF Office_Cd Juris_Cd",
        N("when a candidate is named", HAS_CANDIDATE, forms=_f("D"), rule="F460-D-002"),
        N("when a candidate is named", HAS_CANDIDATE, forms=_f("F450P5", "F461P5")),
        N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
    add("EXPN", "Offic_Dscr",
        N("when the office code is OTH", OFFICE_OTH, forms=_f("D"), rule="F460-D-002"),
        N("when the office code is OTH", OFFICE_OTH, forms=CAND_ON_EXPN),
        N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
    add("EXPN", "Juris_Dscr",
        N("for a named jurisdiction", _all(HAS_CANDIDATE, JURIS_NAMED), forms=_f("D"),
          rule="F460-D-002"),
        N("for a named jurisdiction", _all(HAS_CANDIDATE, JURIS_NAMED), forms=CAND_ON_EXPN),
        N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
    add("EXPN", "Dist_No",
        N("for a district office", _all(HAS_CANDIDATE, JURIS_DISTRICT), forms=_f("D"),
          rule="F460-D-002"),
        N("for a district office", _all(HAS_CANDIDATE, JURIS_DISTRICT), forms=CAND_ON_EXPN),
        N(NEVER, note="'Fields 35 - 48 used on F450/Part5, F460/Sched D & F461/Part5'."))
    supports = _any(HAS_CANDIDATE, _filled("Bal_Name"), _filled("Bal_Num"))
    add("EXPN", "Sup_Opp_Cd",
        N("when a candidate or measure is named", supports, forms=_f("D"), rule="F460-D-002"),
        N("when a candidate or measure is named", supports,
          forms=_f("F450P5", "F461P5", "F465P3")),
        N(NEVER, note="Support/oppose describes D, F450P5, F461P5 and F465P3 items."))

    # ---------------------------------------------------------------- LOAN
    add("LOAN", "Loan_TYPE", N(NEVER, note="'(Not used) Please leave null'."))
    add("LOAN", "Entity_Cd",
        N("", forms=_f("B1"), rule="F460-B-002"), N("", forms=_f("B2"), rule="F460-B-011"),
        N(NEVER, forms=_f("H"), note="'Req. on B1, and B2, not used on Sched. H'."))
    add("LOAN", "Lndr_NamL Loan_Adr1 Loan_City Loan_ST Loan_ZIP4",
        N("", forms=_f("B1"), rule="F460-B-002"), N("", forms=_f("B2"), rule="F460-B-011"),
        N("", forms=_f("H"), rule="F460-H-001"))
    add("LOAN", "Lndr_NamF",
        N("for an individual", IND, forms=_f("B1"), rule="F460-B-002"),
        N("for an individual", IND, forms=_f("B2"), rule="F460-B-011"),
        N("for an individual", IND, forms=_f("H"), rule="F460-H-001"))
    add("LOAN", "Loan_Adr2", N(NEVER, note="Marked R in the spec, but the address notes "
                                           "(page 8) make line 2 optional."))
    add("LOAN", "Loan_Date1", N("", forms=_f("B2"), rule="F460-B-011"),
        N("", forms=_f("H"), rule="F460-H-001"), N(""))
    add("LOAN", "Loan_Date2", N(NEVER, forms=_f("B2"), note="'N/A (Not Used)' on B2."),
        N("", forms=_f("H"), rule="F460-H-001"), N(""))
    add("LOAN", "Loan_Amt1", N("", forms=_f("H"), rule="F460-H-001"),
        N("when no outstanding balance is given", _blank("Loan_Amt2"), forms=_f("B2"),
          rule="F460-B-011"),
        N(""))
    add("LOAN", "Loan_Amt2", N("", forms=_f("B2"), rule="F460-B-011"),
        N("", forms=_f("H"), rule="F460-H-001"), N(""))
    add("LOAN", "Loan_Amt3", N("", forms=_f("B1"), rule="F460-B-009"),
        N(NEVER, note="The guarantor's and borrower's cumulative columns are optional "
                      "on B2 and H (form-rules B-011, H-001)."))
    add("LOAN", "Loan_Amt4 Loan_Amt5 Loan_Amt6 Loan_Amt7",
        N(NEVER, note="A blank amount is zero (SMRY note, page 35); the balance rules "
                      "check the arithmetic."))
    add("LOAN", "Loan_Rate", N(NEVER, forms=_f("B2"), note="'N/A (Not used)' on B2."),
        N("", forms=_f("B1"), rule="F460-B-006"), N("", forms=_f("H"), rule="F460-H-001"))
    add("LOAN", "Loan_EMP Loan_OCC",
        N("for an individual", IND, forms=_f("B1"), rule="F460-B-002"),
        N("for an individual", IND, forms=_f("H"), rule="F460-H-001"),
        N(NEVER, forms=_f("B2"), note="'Employer (If Sched B1, or Sched H)'."))
    add("LOAN", "Cmte_ID",
        N("for a committee with no treasurer named", COM_NO_TREASURER, forms=_f("B1"),
          rule="F460-B-002"),
        N("for a committee with no treasurer named", COM_NO_TREASURER, forms=_f("B2"),
          rule="F460-B-011"),
        N(NEVER, forms=_f("H"), note="'Fields 25 - 34 are used on F460/Sched B1 & B2'."))
    add("LOAN", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL")),
          forms=_f("B1"), rule="F460-B-002"),
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL")),
          forms=_f("B2"), rule="F460-B-011"),
        N(NEVER, forms=_f("H"), note="'Fields 25 - 34 are used on F460/Sched B1 & B2'."))
    add("LOAN", "Intr_Adr1 Intr_City Intr_ST Intr_ZIP4",
        N("when an intermediary is named", _filled("Intr_NamL")))
    add("LOAN", "Loan_Amt8", N("", forms=_f("B1"), rule="F460-B-008"),
        N(NEVER, note="Original amount: Schedule B Part 1 column (f) only."))

    # ---------------------------------------------------------------- DEBT (Schedule F)
    add("DEBT", "Entity_Cd Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Beg_Bal",
        N("", rule="F460-F-002"))
    add("DEBT", "Payee_NamF", N("for an individual", IND, rule="F460-F-002"))
    add("DEBT", "Amt_Incur Amt_Paid End_Bal",
        N(NEVER, note="A blank amount is zero; F460-F-003 checks (d) = (a) + (b) - (c)."))
    add("DEBT", "Expn_Code", N("when there is no description", _blank("Expn_Dscr"),
                               rule="F460-F-002"))
    add("DEBT", "Expn_Dscr", N("when there is no expense code", NO_CODE, rule="F460-F-002"))
    add("DEBT", "Cmte_ID", N("for a committee with no treasurer named", COM_NO_TREASURER,
                             rule="F460-F-002"))
    add("DEBT", "Tres_NamL Tres_NamF Tres_Adr1 Tres_City Tres_ST Tres_ZIP4",
        N("for a committee without an ID number", _all(COM_NO_ID, _filled("Tres_NamL")),
          rule="F460-F-002"))

    # ---------------------------------------------------------------- S497 (Form 497)
    add("S497", "Enty_NamL Enty_Adr1 Enty_City Enty_ST Enty_ZIP4 Ctrib_Date Amount",
        N("", forms=_f("F497P1"), rule="F497-P1-001"),
        N("", forms=_f("F497P2"), rule="F497-P2-001"))
    add("S497", "Enty_NamF",
        N("for an individual", IND, forms=_f("F497P1"), rule="F497-P1-001"),
        N("for an individual", IND, forms=_f("F497P2"), rule="F497-P2-001"))
    add("S497", "Ctrib_Emp Ctrib_Occ",
        N("for an individual", IND, forms=_f("F497P1"), rule="F497-P1-001"),
        N(NEVER, forms=_f("F497P2"), note="Part 2 reports contributions made."))
    add("S497", "Elec_Date", N("", forms=_f("F497P2"), rule="F497-HDR-002"),
        N(NEVER, note="'Date of Election (Req. if P2)'."))
    add("S497", "Cmte_ID",
        N("for a candidate or committee", _ent("CAO", "RCP", "COM"), forms=_f("F497P2"),
          rule="F497-P2-001"),
        N("for a candidate or committee", _ent("CAO", "RCP", "COM")))
    add("S497", "Cand_NamL Cand_NamF",
        N(NEVER, note="The recipient is named in Enty_*; the candidate of a controlled "
                      "recipient committee is optional."))
    add("S497", "Office_Cd Juris_Cd",
        N("for a contribution made to a candidate", _any(_ent("CAO"), HAS_CANDIDATE),
          forms=_f("F497P2"), rule="F497-P2-001"),
        N(NEVER, forms=_f("F497P1"), note="Part 1 has no office."))
    add("S497", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
    add("S497", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
    add("S497", "Dist_No", N("for a district office", JURIS_DISTRICT))

    # ---------------------------------------------------------------- S496 (Form 496)
    add("S496", "Amount Exp_Date Expn_Dscr", N("", rule="F496-P2-001"))

    # ---------------------------------------------------------------- S401, S498
    add("S401", "Agent_NamL", N("on Schedule B-1", forms=_f("F401B-1")))
    add("S401", "Payee_NamL Payee_Adr1 Payee_City Payee_ST Payee_ZIP4 Expn_Dscr",
        N("", forms=_f("F401B", "F401B-1", "F401C")))
    add("S401", "Amount", N("", forms=_f("F401B", "F401B-1", "F401C")))
    add("S401", "Aggregate", N("", forms=_f("F401C")))
    add("S401", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd",
        N("on Schedule D", forms=_f("F401D")))
    add("S401", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
    add("S401", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
    add("S401", "Dist_No", N("for a district office", JURIS_DISTRICT))
    add("S498", "Cmte_ID", N("for a candidate or committee", _ent("CAO", "COM", "RCP")))
    add("S498", "Payor_NamF", N("for an individual", IND))
    add("S498", "Date_Rcvd Amt_Rcvd", N("", forms=_f("F498-R")))
    add("S498", "Cand_NamL Cand_NamF Office_Cd Juris_Cd Sup_Opp_Cd Amt_Attrib",
        N("", forms=_f("F498-A")))
    add("S498", "Offic_Dscr", N("when the office code is OTH", OFFICE_OTH))
    add("S498", "Juris_Dscr", N("for a named jurisdiction", JURIS_NAMED))
    add("S498", "Dist_No", N("for a district office", JURIS_DISTRICT))
    return t


TABLE: dict[tuple[str, str], Entry] = _table()


def needs_for(rec_type: str, name: str) -> Entry:
    """The table's entries for a field ('' tuple when the table does not list it)."""
    return TABLE.get((rec_type, name), ())


def pick(entry: Entry, form: str, ctx: Ctx) -> Need | None:
    """The first entry that applies to this Form_Type and committee, or None."""
    for need in entry:
        if need.forms is not None and form not in need.forms:
            continue
        if need.ctx is not None and not need.ctx(ctx):
            continue
        return need
    return None
