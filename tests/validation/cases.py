"""One case per rule: a small statement that breaks exactly that rule, and one that
satisfies it. ``test_rules.py`` runs them; ``docs/RULES.md`` names each case's test.

A case starts from a clean statement (``base``), applies ``bad`` (must give the rule,
at the named field when given) or ``good`` (must not), and may list other rules the
broken statement unavoidably also breaks (``also``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from types import MappingProxyType

from tests.validation.builder import GRACE, PRINTER, TODAY, Stmt

Change = Callable[[Stmt], object]


@dataclasses.dataclass(frozen=True)
class Case:
    rule: str
    bad: Change
    good: Change = lambda s: None  # noqa: E731
    base: Callable[[], Stmt] = Stmt.f460
    field: str = ""
    also: tuple[str, ...] = ()
    today: dt.date = TODAY
    name: str = ""

    @property
    def id(self) -> str:
        return self.rule + (f"-{self.name}" if self.name else "")


def _a(s: Stmt) -> int:
    return s.first("RCPT", "A")


def _e(s: Stmt) -> int:
    return s.first("EXPN", "E")


def _cvr3(s: Stmt, entity: str) -> int:
    return next(i.record_id for i in s.items
                if i.rec.rec_type == "CVR3" and i.rec.get("Entity_Cd") == entity)


def state_candidate(s: Stmt) -> Stmt:
    return s.set(Office_Cd="ASM", Juris_Cd="ASM", Juris_Dscr="", Dist_No="7")


def pre_election(s: Stmt) -> Stmt:
    """Make the statement the first pre-election statement for 11/03/2026."""
    s.set(Stmt_Type="PE", From_Date="20260701", Thru_Date="20260919", Elect_Date="20261103")
    for item in s.items:
        rec = item.rec
        if rec.rec_type == "RCPT":
            rec.set("Rcpt_Date", "20260710")
        elif rec.rec_type == "EXPN" and rec.get("Expn_Date"):
            rec.set("Expn_Date", "20260712")
        elif rec.rec_type == "CVR3":
            rec.set("Sig_Date", "20260922")
    return s


def loan(s: Stmt, **kw: str) -> int:
    fields = {"Entity_Cd": "IND", "Lndr_NamL": "Reyes", "Lndr_NamF": "Ana",
              "Loan_Adr1": "310 Alhambra Blvd", "Loan_City": "Sacramento", "Loan_ST": "CA",
              "Loan_ZIP4": "95816", "Loan_EMP": "Sacramento City USD", "Loan_OCC": "Teacher",
              "Loan_Date1": "20260115", "Loan_Date2": "20261231", "Loan_Amt1": "1000.00",
              "Loan_Amt2": "1000.00", "Loan_Amt3": "1000.00", "Loan_Amt4": "0.00",
              "Loan_Rate": "0%", "Loan_Amt8": "1000.00"}
    fields.update(kw)
    return s.add("LOAN", "B1", contact=30, **fields)


def made_loan(s: Stmt, **kw: str) -> int:
    fields = {"Entity_Cd": "COM", "Lndr_NamL": "Friends of the River Parkway",
              "Loan_Adr1": "400 Jibboom Street", "Loan_City": "Sacramento", "Loan_ST": "CA",
              "Loan_ZIP4": "95811", "Loan_Date1": "20260601", "Loan_Date2": "20261201",
              "Loan_Amt1": "500.00", "Loan_Amt2": "500.00", "Loan_Amt4": "0.00",
              "Loan_Rate": "2%"}
    fields.update(kw)
    return s.add("LOAN", "H", **fields)


def debt(s: Stmt, **kw: str) -> int:
    fields = {"Entity_Cd": "OTH", "Payee_NamL": "Delta Web Design",
              "Payee_Adr1": "1212 Del Paso Blvd", "Payee_City": "Sacramento", "Payee_ST": "CA",
              "Payee_ZIP4": "95815", "Beg_Bal": "0.00", "Amt_Incur": "500.00",
              "Amt_Paid": "0.00", "End_Bal": "500.00", "Expn_Code": "WEB"}
    fields.update(kw)
    return s.add("DEBT", "F", **fields)


def support(s: Stmt, **kw: str) -> int:
    """A Schedule D contribution to a measure committee, paid on Schedule E."""
    fields = {"Entity_Cd": "COM", "Payee_NamL": "Yes on Measure L", "Expn_Date": "20260415",
              "Amount": "200.00", "Cum_YTD": "200.00", "Expn_Code": "MON",
              "Bal_Name": "Library Parcel Tax", "Bal_Num": "L", "Bal_Juris": "City of Sacramento",
              "Sup_Opp_Cd": "S"}
    fields.update(kw)
    return s.add("EXPN", "D", **fields)


def pay(s: Stmt, contact: int | None = None, **kw: str) -> int:
    fields = dict(PRINTER)
    fields.update(kw)
    return s.add("EXPN", "E", contact=contact, **fields)


def unitemize(s: Stmt, record_id: int) -> int:
    """Make a record one of the unitemized ones (counted in the schedule's line 2)."""
    s.items = [dataclasses.replace(i, itemized=False) if i.record_id == record_id else i
               for i in s.items]
    return record_id


def set_ending_cash(s: Stmt, cents: int) -> None:
    """The amended statement's original (first brief) ended with other cash."""
    s.history[0] = dataclasses.replace(s.history[0], ending_cash=cents)


def gift(s: Stmt, contact: int = 40, **kw: str) -> int:
    fields = dict(GRACE, Ctrib_NamL="Chen", Ctrib_NamF="Robert", Ctrib_Adr1="4410 Freeport",
                  Amount="150.00", Cum_YTD="150.00")
    fields.update(kw)
    return s.add("RCPT", "A", contact=contact, **fields)


def in_kind(s: Stmt, **kw: str) -> int:
    fields = dict(GRACE, Ctrib_NamL="Ramirez", Ctrib_NamF="Ana", Amount="180.00",
                  Cum_YTD="180.00", Ctrib_Dscr="Food for house party")
    fields.update(kw)
    return s.add("RCPT", "C", contact=41, **fields)


def misc(s: Stmt, **kw: str) -> int:
    fields = {"Entity_Cd": "OTH", "Ctrib_NamL": "Golden 1 Credit Union",
              "Ctrib_Adr1": "8945 Cal Center Drive", "Ctrib_City": "Sacramento",
              "Ctrib_ST": "CA", "Ctrib_ZIP4": "95826", "Rcpt_Date": "20260630",
              "Amount": "112.40", "Ctrib_Dscr": "Interest on account"}
    fields.update(kw)
    return s.add("RCPT", "I", **fields)


def agent_payment(s: Stmt, **kw: str) -> int:
    """A subvendor payment made by the agent paid on the base's Schedule E row."""
    fields = {"Entity_Cd": "OTH", "Payee_NamL": "Meta Platforms", "Payee_Adr1": "1 Hacker Way",
              "Payee_City": "Menlo Park", "Payee_ST": "CA", "Payee_ZIP4": "94025",
              "Agent_NamL": "Capitol Print & Mail", "Amount": "200.00", "Expn_Code": "WEB",
              "BakRef_TID": s.items[[i.record_id for i in s.items].index(_e(s))].rec.get(
                  "Tran_ID"), "G_From_E_F": "E"}
    fields.update(kw)
    return s.add("EXPN", "G", **fields)


def amendment(s: Stmt, **kw: object) -> Stmt:
    s.set(Report_Num="001", AmendExp_1="Add a contribution")
    s.with_(report_num=1, original_filing_id="CA-1001")
    s.brief("F460", "20260101", "20260630", filing_id="CA-1001", statement_id=90)
    return s


def rekeyed(s: Stmt) -> Stmt:
    """An amendment whose filed version (in the store) had Chen's $150 of 03/12 as A-7."""
    amendment(s)
    return s.with_(amended_items=MappingProxyType(
        {"A-7": ("RCPT", "A", 40, 15000, dt.date(2026, 3, 12))}))


def committee_gift(s: Stmt, **kw: str) -> int:
    fields = dict(GRACE, Entity_Cd="COM", Ctrib_NamL="Sacramento Firefighters PAC",
                  Ctrib_NamF="", Ctrib_Emp="", Ctrib_Occ="", Cmte_ID="1367440")
    fields.update(kw)
    return s.add("RCPT", "A", contact=42, **fields)


def f497() -> Stmt:
    s = Stmt.other("F497", {"Filer_ID": "1449876", "Entity_Cd": "CTL",
                            "Filer_NamL": "Maria Lopez for City Council 2026",
                            "Report_Num": "000", "Rpt_ID_Num": "000007",
                            "Elect_Date": "20261103", "Filer_Adr1": "1420 K Street",
                            "Filer_City": "Sacramento", "Filer_ST": "CA",
                            "Filer_ZIP4": "95814"}, "C")
    s.add("S497", "F497P1", Entity_Cd="IND", Enty_NamL="Goldberg", Enty_NamF="Samuel",
          Enty_Adr1="77 Howe Avenue", Enty_City="Sacramento", Enty_ST="CA",
          Enty_ZIP4="95825", Ctrib_Emp="Goldberg & Ito LLP", Ctrib_Occ="Attorney",
          Ctrib_Date="20261012", Amount="1500.00")
    return s


def late_made(s: Stmt, **kw: str) -> int:
    fields = {"Entity_Cd": "CAO", "Enty_NamL": "Kim", "Enty_NamF": "Jae",
              "Enty_Adr1": "9 Oak St", "Enty_City": "Davis", "Enty_ST": "CA",
              "Enty_ZIP4": "95616", "Cmte_ID": "1400001", "Office_Cd": "CCM",
              "Juris_Cd": "CIT", "Juris_Dscr": "City of Davis", "Elec_Date": "20261103",
              "Ctrib_Date": "20261015", "Amount": "1000.00"}
    fields.update(kw)
    return s.add("S497", "F497P2", **fields)


def f496() -> Stmt:
    s = Stmt.other("F496", {"Filer_ID": "1300001", "Entity_Cd": "RCP",
                            "Filer_NamL": "Sacramento Firefighters PAC", "Report_Num": "000",
                            "Rpt_ID_Num": "1", "Elect_Date": "20261103",
                            "Filer_Adr1": "2420 Del Paso Road", "Filer_City": "Sacramento",
                            "Filer_ST": "CA", "Filer_ZIP4": "95834", "Cand_NamL": "Lopez",
                            "Cand_NamF": "Maria", "Office_Cd": "CCM", "Juris_Cd": "CIT",
                            "Juris_Dscr": "City of Sacramento", "Sup_Opp_Cd": "S"}, "G")
    s.add("S496", "F496", Amount="1500.00", Exp_Date="20261001", Expn_Dscr="Mailer")
    return s


TREASURER = {"Tres_NamL": "Nguyen", "Tres_NamF": "David", "Tres_Adr1": "88 Capitol Mall",
             "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95814"}
FILER = {"Filer_ID": "1300001", "Entity_Cd": "RCP", "Filer_NamL": "Sacramento Firefighters PAC",
         "Report_Num": "000", "Filer_Adr1": "2420 Del Paso Road", "Filer_City": "Sacramento",
         "Filer_ST": "CA", "Filer_ZIP4": "95834"}


def f410() -> Stmt:
    s = Stmt.other("F410", {
        "Filer_ID": "1300001", "Entity_Cd": "RCP", "Filer_NamL": "Friends of Maria Lopez",
        "Report_Num": "000", "Adr1": "1420 K Street", "City": "Sacramento", "ST": "CA",
        "ZIP4": "95814", "Phone": "916-555-0142", "County_Res": "Sacramento",
        "Cmte_Email": "t@example.org", **TREASURER, "Tres_Phon": "916-555-0199",
        "Bank_Nam": "Golden 1 Credit Union", "Bank_Adr1": "8945 Cal Center Drive",
        "Bank_City": "Sacramento", "Bank_ST": "CA", "Bank_ZIP4": "95826",
        "Bank_Phon": "877-465-3361", "Bank_AcctNo": "4417"})
    s.sign("TRE", "Nguyen", "David")
    return s


def controlling(s: Stmt) -> int:
    s.set(Control_CB="X")
    return s.add("CVR2", "F410", Entity_Cd="CAO", Enty_NamL="Lopez", Enty_NamF="Maria",
                 Item_Cd="CTL", Office_Cd="CCM", Juris_Cd="CIT",
                 Juris_Dscr="City of Sacramento", Non_Pty_CB="X", Year_Elect="2026")


def f461() -> Stmt:
    s = Stmt.other("F461", {**FILER, "Entity_Cd": "MDI", "Filer_NamL": "Acme Builders Inc.",
                            "From_Date": "20260101", "Thru_Date": "20260630",
                            "Elect_Date": "20261103", **TREASURER, "BusAct_CB": "X",
                            "BusActvity": "Construction"})
    s.add("EXPN", "F461P5", Entity_Cd="COM", Payee_NamL="Maria Lopez for City Council 2026",
          Payee_Adr1="1420 K Street", Payee_City="Sacramento", Payee_ST="CA",
          Payee_ZIP4="95814", Cmte_ID="1449876", Expn_Date="20260301", Amount="500.00",
          Cum_YTD="500.00", Expn_Code="MON", Cand_NamL="Lopez", Cand_NamF="Maria",
          Office_Cd="CCM", Juris_Cd="CIT", Juris_Dscr="City of Sacramento", Sup_Opp_Cd="S")
    s.sign("OFF", "Ito", "Ken")
    return s


def f465() -> Stmt:
    s = Stmt.other("F465", {**FILER, "Rpt_ID_Num": "1", "From_Date": "20260701",
                            "Thru_Date": "20260919", "Elect_Date": "20261103", **TREASURER,
                            "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Office_Cd": "CCM",
                            "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento",
                            "Sup_Opp_Cd": "S"}, "G")
    s.add("CVR2", "F465", Title="City Clerk", Mail_Adr1="915 I Street",
          Mail_City="Sacramento", Mail_ST="CA", Mail_ZIP4="95814")
    s.add("EXPN", "F465P3", Entity_Cd="OTH", Payee_NamL="Capitol Print & Mail",
          Payee_Adr1="1700 I Street", Payee_City="Sacramento", Payee_ST="CA",
          Payee_ZIP4="95811", Expn_Date="20260801", Amount="900.00", Cum_YTD="900.00",
          Expn_Code="IND", Expn_Dscr="Mailer", Sup_Opp_Cd="S")
    s.sign("TRE", "Nguyen", "David")
    return s


def f450() -> Stmt:
    s = Stmt.other("F450", {**FILER, "Stmt_Type": "SA", "From_Date": "20260101",
                            "Thru_Date": "20260630", **TREASURER, "Cmtte_Type": "G",
                            "Flag1_YN": "N", "Flag2_YN": "N", "Flag3_YN": "N"}, "G")
    s.add("EXPN", "F450P5", Entity_Cd="OTH", Payee_NamL="Capitol Print & Mail",
          Payee_Adr1="1700 I Street", Payee_City="Sacramento", Payee_ST="CA",
          Payee_ZIP4="95811", Amount="300.00", Expn_Code="LIT")
    s.sign("TRE", "Nguyen", "David")
    return s


def f470() -> Stmt:
    s = Stmt.other("F470", {"Filer_ID": "1449000", "Entity_Cd": "CAO", "Filer_NamL": "Lopez",
                            "Filer_NamF": "Maria", "Report_Num": "000",
                            "Cand_Adr1": "2215 Capitol Avenue", "Cand_City": "Sacramento",
                            "Cand_ST": "CA", "Cand_ZIP4": "95816", "Office_Cd": "CCM",
                            "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento",
                            "Elect_Date": "20261103"}, "")
    s.with_(period_from=dt.date(2026, 1, 1), period_through=dt.date(2026, 12, 31))
    return s


def f425() -> Stmt:
    s = Stmt.other("F425", {**FILER, "Stmt_Type": "S1", "From_Date": "20260101",
                            "Thru_Date": "20260630", **TREASURER}, "G")
    s.sign("TRE", "Nguyen", "David")
    return s


C = Case
CASES: list[Case] = [
    # ------------------------------------------------------------- cover page
    C("GEN-ID-001", lambda s: s.set(Filer_ID=""), field="Filer_ID"),
    C("GEN-ID-001", lambda s: s.set(Filer_ID="Not Yet Received"), field="Filer_ID",
      name="not-yet", also=("CAL-008",)),
    C("GEN-ID-002", lambda s: s.set(Filer_ID="14-49876X"), lambda s: s.set(Filer_ID="SAC-1234"),
      field="Filer_ID"),
    C("EFS-004", lambda s: s.set(Filer_ID="SAC_1234"), lambda s: s.set(Filer_ID="SAC-1234"),
      field="Filer_ID"),
    C("GEN-PER-001", lambda s: s.set(From_Date="20260701"), field="Thru_Date",
      also=("GEN-PER-003", "APP-DATE-001")),
    C("GEN-PER-001", lambda s: s.set(From_Date=""), field="From_Date", name="missing"),
    C("GEN-PER-003", lambda s: s.set(Thru_Date="20260615"), field="Thru_Date"),
    C("GEN-PER-004", lambda s: pre_election(s).set(Elect_Date=""),
      lambda s: pre_election(s), field="Elect_Date"),
    C("GEN-TYP-001", lambda s: s.set(Stmt_Type=""), field="Stmt_Type"),
    C("GEN-TYP-001", lambda s: s.set(Stmt_Type="S1"), field="Stmt_Type", name="form",
      also=("GEN-PER-003",)),
    C("CAL-005", lambda s: s.set(Stmt_Type="ZZ"), field="Stmt_Type"),
    C("GEN-TYP-002", lambda s: s.set(Cmtte_Type="X"), field="Cmtte_Type",
      also=("EFS-001", "GEN-P5-001", "CAL-010")),
    C("GEN-TYP-002", lambda s: s.set(Flag1_YN=""), field="Flag1_YN", name="flag"),
    C("GEN-TYP-003", lambda s: s.set(Cmtte_Type="C", Entity_Cd="CTL"), base=f450,
      field="Cmtte_Type"),
    C("GEN-ADR-001", lambda s: s.set(Filer_Adr1="P.O. Box 1420"), field="Filer_Adr1"),
    C("GEN-ADR-002", lambda s: s.set(Filer_ZIP4="10001"), field="Filer_ZIP4"),
    C("GEN-ADR-002", lambda s: s.set(Filer_City=""), field="Filer_City", name="missing"),
    C("GEN-TRS-001", lambda s: s.set(Tres_Phon=""), field="Tres_Phon"),
    C("GEN-TRS-001", lambda s: s.set(Tres_Adr1=""), field="Tres_Adr1", name="missing"),
    C("GEN-TRS-002", lambda s: s.set(File_Email=""), field="File_Email"),
    C("GEN-VER-001", lambda s: s.drop(_cvr3(s, "TRE")), field="Sig_NamL"),
    C("GEN-VER-001", lambda s: s.drop(_cvr3(s, "CAO")), field="Sig_NamL", name="candidate"),
    C("GEN-VER-002", lambda s: s.edit(_cvr3(s, "TRE"), Sig_Date="20260601"), field="Sig_Date"),
    C("GEN-P5-001", lambda s: s.set(Off_S_H_Cd=""), field="Off_S_H_Cd"),
    C("GEN-P5-001", lambda s: s.set(Office_Cd=""), field="Office_Cd", name="office"),
    C("GEN-P5-002", lambda s: s.add("CVR2", "F460", Entity_Cd="COM", F460_Part="5b",
                                    Enty_NamL="Lopez Officeholder Account"),
      lambda s: s.add("CVR2", "F460", Entity_Cd="COM", F460_Part="5b", Cmte_ID="1449877",
                      Enty_NamL="Lopez Officeholder Account", Tres_NamL="Nguyen",
                      Tres_NamF="David", Control_YN="Y"), field="Cmte_ID"),
    C("GEN-P6-001", lambda s: s.set(Flag2_YN="Y"),
      lambda s: (s.set(Flag2_YN="Y"), s.add("CVR2", "F460", Entity_Cd="PRO", F460_Part="6b",
                                            Enty_NamL="Rivera", Enty_NamF="Sam")),
      base=Stmt.measure, field="Flag2_YN"),
    C("GEN-P6-001", lambda s: s.set(Bal_Num=""), base=Stmt.measure, field="Bal_Num",
      name="measure"),
    C("GEN-P7-001", lambda s: s.drop(s.first("CVR2", "F460")), base=Stmt.primarily_formed,
      field="Cand_NamL"),
    C("GEN-MULTI-001", lambda s: s.add("CVR2", "F460", Entity_Cd="CAO", F460_Part="5a",
                                       Enty_NamL="Lopez", Enty_NamF="Maria", Office_Cd="MAY",
                                       Juris_Cd="CIT", Juris_Dscr="City of Sacramento",
                                       Off_S_H_Cd="S"),
      lambda s: s.add("CVR2", "F460", Entity_Cd="CAO", F460_Part="5a", Enty_NamL="Lopez",
                      Enty_NamF="Maria", Office_Cd="CCM", Juris_Cd="CIT",
                      Juris_Dscr="City of Sacramento", Off_S_H_Cd="S"), field="Office_Cd"),
    C("EFS-001", lambda s: s.set(Cand_NamL=""), field="Cand_NamL"),
    C("EFS-002", lambda s: s.set(Sup_Opp_Cd=""), base=Stmt.measure, field="Sup_Opp_Cd"),
    C("CAL-009", lambda s: s.set(Report_Num="0"), field="Report_Num"),
    C("CAL-010", lambda s: s.set(Entity_Cd="CTL"), base=Stmt.pac, field="Entity_Cd"),
    # ------------------------------------------------------------- summary page
    C("F460-SUM-001", lambda s: s.summary("F460", "1", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-003", "F460-SUM-018")),
    C("F460-SUM-002", lambda s: s.summary("F460", "2", Amount_A="5.00"), field="Amount_A",
      also=("F460-SUM-003", "F460-SUM-018")),
    C("F460-SUM-003", lambda s: s.summary("F460", "3", Amount_A="999.00"), field="Amount_A",
      also=("F460-SUM-005", "F460-SUM-013")),
    C("F460-SUM-004", lambda s: s.summary("F460", "4", Amount_A="5.00"), field="Amount_A",
      also=("F460-SUM-005", "F460-SUM-010", "F460-SUM-018")),
    C("F460-SUM-005", lambda s: s.summary("F460", "5", Amount_A="1.00"), field="Amount_A"),
    C("F460-SUM-006", lambda s: s.summary("F460", "6", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-008", "F460-SUM-018")),
    C("F460-SUM-007", lambda s: s.summary("F460", "7", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-008", "F460-SUM-018")),
    C("F460-SUM-008", lambda s: s.summary("F460", "8", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-011", "F460-SUM-013")),
    C("F460-SUM-009", lambda s: s.summary("F460", "9", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-011", "F460-SUM-018")),
    C("F460-SUM-010", lambda s: s.summary("F460", "10", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-011",)),
    C("F460-SUM-011", lambda s: s.summary("F460", "11", Amount_A="1.00"), field="Amount_A"),
    C("F460-SUM-012", lambda s: (s.with_(prior_ending_cash=10000),
                                 s.summary("F460", "12", Amount_A="0.00")),
      lambda s: s.with_(prior_ending_cash=10000), field="Amount_A",
      also=("F460-SUM-015",)),
    C("F460-SUM-013", lambda s: s.summary("F460", "13", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-015",)),
    C("F460-SUM-014", lambda s: s.summary("F460", "14", Amount_A="1.00"), field="Amount_A",
      also=("F460-SUM-015",)),
    C("F460-SUM-015", lambda s: s.summary("F460", "16", Amount_A="1.00"), field="Amount_A"),
    C("F460-SUM-016", lambda s: (loan(s), s.add("LOAN", "B2", Entity_Cd="IND",
                                                Lndr_NamL="Reyes", Lndr_NamF="Luis",
                                                Loan_Adr1="310 Alhambra Blvd",
                                                Loan_City="Sacramento", Loan_ST="CA",
                                                Loan_ZIP4="95816", Loan_Date1="20260115",
                                                Loan_Amt1="1000.00", Loan_Amt2="1000.00"),
                                 s.summary("F460", "17", Amount_A="0.00")),
      field="Amount_A"),
    C("F460-SUM-017", lambda s: s.summary("F460", "19", Amount_A="5.00"), field="Amount_A"),
    C("F460-SUM-018", lambda s: (s.with_(prior_column_b={"1": 10000}),
                                 s.summary("F460", "1", Amount_B="350.00")),
      lambda s: s.with_(prior_column_b={"1": 10000}), field="Amount_B",
      also=("F460-SUM-003",)),
    C("F460-SUM-019", lambda s: (loan(s), s.with_(prior_column_b={"2": 50000})),
      lambda s: loan(s), field="Amount_B"),
    C("F460-SUM-020", lambda s: s.summary("F460", "18", Amount_A=""), field="Amount_A"),
    C("F460-SUM-021", lambda s: s.edit(_e(s), Amount="9000.00"), field="Amount_A"),
    C("F460-SUM-022", lambda s: s.summary("F460", "20", Amount_A="100.00"), field="Amount_A"),
    C("F460-SUM-023", lambda s: s.summary("F460", "22A", Amount_A="100.00", Elec_Dt="20261103"),
      field="Amount_A"),
    C("F460-SUM-024", lambda s: s.summary("F460", "18", Amount_A="100.00"), field="Amount_A"),
    C("F460-SUM-025", lambda s: s.summary("F460", "1", Amount_C="1.234"), field="Amount_C"),
    # ------------------------------------------------------------- schedule summaries
    C("F460-A-013", lambda s: s.summary("A", "1", Amount_A="1.00"), field="Amount_A"),
    C("F460-B-010", lambda s: (loan(s), s.summary("B1", "1", Amount_A="1.00")),
      lambda s: loan(s), field="Amount_A"),
    C("F460-B-007", lambda s: (loan(s, Loan_Amt7="10.00"), s.summary("E", "3", Amount_A="0.00")),
      lambda s: loan(s, Loan_Amt7="10.00"), field="Amount_A", also=("F460-E-005",)),
    C("F460-C-004", lambda s: (in_kind(s), s.summary("C", "1", Amount_A="1.00")),
      lambda s: in_kind(s), field="Amount_A"),
    C("F460-D-007", lambda s: (support(s), pay(s, Payee_NamL="Yes on Measure L",
                                               Expn_Code="CTB", Amount="200.00",
                                               Expn_Dscr="Contribution"),
                               s.summary("D", "3", Amount_A="1.00")),
      field="Amount_A"),
    C("F460-E-005", lambda s: s.summary("E", "1", Amount_A="1.00"), field="Amount_A"),
    C("F460-G-004", lambda s: (agent_payment(s), s.summary("E", "1", Amount_A="500.00")),
      lambda s: agent_payment(s), field="Amount_A", also=("F460-E-005",)),
    C("F460-F-006", lambda s: (debt(s), s.summary("F", "1", Amount_A="1.00")),
      lambda s: debt(s), field="Amount_A"),
    C("F460-H-003", lambda s: (made_loan(s), support(s, Payee_NamL="Friends of the River "
                                                      "Parkway", Bal_Name="", Bal_Num="",
                                                      Bal_Juris="", Sup_Opp_Cd=""),
                               s.summary("H", "1", Amount_A="1.00")),
      field="Amount_A", also=("F460-D-004",)),
    C("F460-H-004", lambda s: (made_loan(s, Loan_Amt7="5.00"), support(
        s, Payee_NamL="Friends of the River Parkway", Bal_Name="", Bal_Num="", Bal_Juris="",
        Sup_Opp_Cd=""), s.summary("I", "3", Amount_A="0.00")),
      field="Amount_A", also=("F460-I-003", "F460-D-004")),
    C("F460-I-003", lambda s: (misc(s), s.summary("I", "1", Amount_A="1.00")),
      lambda s: misc(s), field="Amount_A"),
    # ------------------------------------------------------------- Schedule A, C, I
    C("F460-A-001", lambda s: s.add("RCPT", "A", itemized=False, contact=7,
                                    **dict(GRACE, Ctrib_NamL="Kim", Amount="150.00",
                                           Cum_YTD="")),
      lambda s: s.add("RCPT", "A", itemized=False, contact=7,
                      **dict(GRACE, Ctrib_NamL="Kim", Amount="50.00", Cum_YTD="")),
      field="Amount"),
    C("F460-A-002", lambda s: s.edit(_a(s), Ctrib_Adr1=""), field="Ctrib_Adr1"),
    C("F460-A-003", lambda s: s.edit(_a(s), Entity_Cd="XYZ"), field="Entity_Cd"),
    C("F460-A-004", lambda s: s.edit(_a(s), Ctrib_Occ=""), field="Ctrib_Occ"),
    C("F460-A-004", lambda s: s.edit(_a(s), Ctrib_Emp="Self-employed"),
      lambda s: s.edit(_a(s), Ctrib_Emp="Okafor Design Studio"), field="Ctrib_Emp",
      name="self"),
    C("F460-A-004", lambda s: s.edit(_a(s), Ctrib_Emp="Self Employed / owner."),
      lambda s: s.edit(_a(s), Ctrib_Emp="Self Storage Inc"), field="Ctrib_Emp",
      name="self-words"),
    C("F460-A-004", lambda s: s.edit(_a(s), Ctrib_Occ="Self-employed", Ctrib_Emp=""),
      lambda s: s.edit(_a(s), Ctrib_Occ="Self-employed", Ctrib_Emp="Okafor Consulting"),
      field="Ctrib_Emp", name="self-occupation"),
    C("F460-A-004", lambda s: s.edit(_a(s), Ctrib_Self="X", Ctrib_Emp="N/A"),
      lambda s: s.edit(_a(s), Ctrib_Self="X", Ctrib_Emp="Okafor Consulting"),
      field="Ctrib_Emp", name="self-box"),
    C("F460-A-005", lambda s: s.edit(_a(s), Ctrib_Occ="RN"), field="Ctrib_Occ"),
    C("F460-A-006", lambda s: s.edit(_a(s), Ctrib_Occ="Requested", Rcpt_Date="20260210"),
      lambda s: s.edit(_a(s), Ctrib_Occ="Requested", Rcpt_Date="20260610"), field="Ctrib_Occ"),
    C("F460-A-007", lambda s: committee_gift(s, Cmte_ID=""), lambda s: committee_gift(s),
      field="Cmte_ID"),
    C("F460-A-008", lambda s: s.edit(_a(s), Tran_Type="I"),
      lambda s: s.edit(_a(s), Tran_Type="I", Intr_NamL="ActBlue California",
                       Intr_Adr1="PO Box 441146", Intr_City="Somerville", Intr_ST="MA",
                       Intr_ZIP4="02144"), field="Intr_NamL"),
    C("F460-A-009", lambda s: gift(s, Entity_Cd="OTH", Ctrib_NamL="Acme Holdings LLC",
                                   Ctrib_NamF="", Ctrib_Emp="", Ctrib_Occ="", Amount="500.00",
                                   Cum_YTD="500.00"),
      lambda s: (gift(s, Entity_Cd="OTH", Ctrib_NamL="Acme Holdings LLC", Ctrib_NamF="",
                      Ctrib_Emp="", Ctrib_Occ="", Amount="500.00", Cum_YTD="500.00",
                      Memo_RefNo="M1"),
                 s.add("TEXT", "A", Ref_No="M1", Text4000="Approved by Ann Lee, manager")),
      field="Ctrib_NamL"),
    C("F460-A-010", lambda s: s.edit(_a(s), Rcpt_Date="20260705"), field="Rcpt_Date"),
    C("APP-DATE-001", lambda s: s.edit(_a(s), Rcpt_Date="20251215"),
      lambda s: s.edit(_a(s), Rcpt_Date="20260101"), field="Rcpt_Date"),
    C("APP-DATE-001", lambda s: s.edit(_e(s), Expn_Date="20251231"),
      lambda s: s.edit(_e(s), Expn_Date="20260630"), field="Expn_Date", name="payment"),
    C("APP-DATE-001", lambda s: in_kind(s, Rcpt_Date="20250101"), lambda s: in_kind(s),
      field="Rcpt_Date", name="nonmonetary"),
    C("APP-DATE-001", lambda s: misc(s, Rcpt_Date="20250630"), lambda s: misc(s),
      field="Rcpt_Date", name="misc"),
    C("APP-NEG-001", lambda s: s.edit(_a(s), Amount="-350.00"),
      lambda s: s.edit(_a(s), Amount="350.00"), field="Amount",
      also=("F460-SUM-021",)),
    C("APP-NEG-001", lambda s: in_kind(s, Amount="-180.00"), lambda s: in_kind(s),
      field="Amount", name="nonmonetary", also=("F460-SUM-021",)),
    C("APP-NEG-001", lambda s: s.edit(_e(s), Amount="-300.00"),
      lambda s: s.edit(_e(s), Amount="300.00"), field="Amount", name="payment",
      also=("F460-SUM-021",)),
    C("F460-A-011", lambda s: s.edit(_a(s), Cum_YTD="100.00"), field="Cum_YTD"),
    C("F460-A-011", lambda s: gift(s, contact=1, Amount="100.00", Cum_YTD="150.00"),
      lambda s: (s.edit(_a(s), Cum_YTD="450.00"), gift(s, contact=1, Amount="100.00",
                                                       Cum_YTD="450.00")),
      field="Cum_YTD", name="source"),
    C("F460-A-012", lambda s: state_candidate(s),
      lambda s: (state_candidate(s), s.add("SPLT", "A", Ptran_Id="T1",
                                           Elec_Date="20260602", Elec_Amount="350.00",
                                           Elec_Code="P")),
      field="Amount"),
    C("F460-A-014", lambda s: gift(s, Tran_Type="F"),
      lambda s: (gift(s, Tran_Type="F", Tran_ID="L1"),
                 loan(s, Tran_ID="L1", Lndr_NamL="Chen", Lndr_NamF="Robert",
                      Loan_Amt2="850.00", Loan_Amt6="150.00", Loan_Amt3="1150.00")),
      field="Tran_Type"),
    C("F460-A-017", lambda s: gift(s, Entity_Cd="OTH", Ctrib_NamL="Anonymous", Ctrib_NamF="",
                                   Ctrib_Emp="", Ctrib_Occ=""), field="Ctrib_NamL"),
    C("F460-A-018", lambda s: gift(s, Amount="6000.00", Cum_YTD="6000.00"),
      lambda s: gift(s, Amount="4000.00", Cum_YTD="4000.00"), field="Amount",
      also=("F460-A-020",)),
    C("F460-A-019", lambda s: gift(s, Ctrib_NamF="John and Jane"), field="Ctrib_NamF"),
    C("F460-A-020", lambda s: gift(s, Amount="5000.00", Cum_YTD="5000.00"),
      lambda s: gift(s, Amount="4000.00", Cum_YTD="4000.00"), field="Cum_YTD"),
    C("F460-C-001", lambda s: s.add("RCPT", "C", itemized=False, contact=8,
                                    **dict(GRACE, Ctrib_NamL="Silva", Amount="150.00",
                                           Cum_YTD="", Ctrib_Dscr="Food")),
      field="Amount"),
    C("F460-C-002", lambda s: in_kind(s, Ctrib_Dscr=""), lambda s: in_kind(s),
      field="Ctrib_Dscr"),
    C("F460-C-003", lambda s: in_kind(s, Rcpt_Date="20260701"), lambda s: in_kind(s),
      field="Rcpt_Date"),
    C("F460-C-006", lambda s: in_kind(s, Ctrib_Dscr="Volunteer phone banking"),
      lambda s: in_kind(s), field="Ctrib_Dscr"),
    C("F460-C-007", lambda s: in_kind(s, XRef_SchNm="F"),
      lambda s: (in_kind(s, XRef_SchNm="F", Tran_ID="D9"),
                 debt(s, Tran_ID="D9", Amt_Incur="180.00", Amt_Paid="0.00", End_Bal="0.00",
                      Beg_Bal="0.00")),
      field="XRef_SchNm", also=()),
    C("F460-C-008", lambda s: (pre_election(s), in_kind(s, Rcpt_Date="20260915",
                                                        Amount="1200.00", Cum_YTD="1200.00")),
      lambda s: (pre_election(s), in_kind(s, Rcpt_Date="20260715")), field="Amount",
      also=("F497-TRG-001",)),
    C("F460-I-001", lambda s: misc(s, Ctrib_Dscr=""), lambda s: misc(s), field="Ctrib_Dscr"),
    C("F460-I-002", lambda s: misc(s, Ctrib_Dscr="Contribution from members"),
      lambda s: misc(s), field="Ctrib_Dscr"),
    C("F460-I-005", lambda s: misc(s, Amount="-50.00"), lambda s: misc(s), field="Amount"),
    C("DATE-001", lambda s: misc(s, Rcpt_Date="20260701"), lambda s: misc(s),
      field="Rcpt_Date"),
    # ------------------------------------------------------------- Schedules D, E, F, G
    C("F460-E-001", lambda s: (unitemize(s, pay(s, contact=9, Payee_NamL="Corner Coffee",
                                                 Amount="45.00")),
                               unitemize(s, pay(s, contact=9, Payee_NamL="Corner Coffee",
                                                Amount="80.00"))),
      lambda s: unitemize(s, pay(s, contact=9, Payee_NamL="Corner Coffee", Amount="80.00")),
      field="Amount"),
    C("F460-E-002", lambda s: s.edit(_e(s), Payee_Adr1="PO Box 5"), field="Payee_Adr1"),
    C("F460-E-002", lambda s: s.edit(_e(s), Payee_City=""), field="Payee_City",
      name="missing"),
    C("F460-E-003", lambda s: s.edit(_e(s), Expn_Code="ZZZ"), field="Expn_Code"),
    C("F460-E-003", lambda s: s.edit(_e(s), Expn_Code="", Expn_Dscr=""), field="Expn_Code",
      name="missing"),
    C("F460-E-004", lambda s: (s.edit(_e(s), Expn_Code="CTB", Expn_Dscr="",
                                      Payee_NamL="Yes on Measure L"), support(s)),
      lambda s: (s.edit(_e(s), Expn_Code="CTB", Expn_Dscr="Contribution",
                        Payee_NamL="Yes on Measure L"), support(s)),
      field="Expn_Dscr"),
    C("F460-E-006", lambda s: s.edit(_e(s), Expn_Date="20260710"), field="Expn_Date"),
    C("F460-E-007", lambda s: agent_payment(s, Amount="600.00"), lambda s: agent_payment(s),
      field="Amount"),
    C("F460-E-008", lambda s: s.edit(_e(s), Payee_NamL="American Express"),
      lambda s: (s.edit(_e(s), Payee_NamL="American Express"),
                 agent_payment(s, Agent_NamL="American Express")), field="Payee_NamL"),
    C("F460-E-009", lambda s: (s.with_(prior_column_b={"9": 30000}),
                               debt(s, Payee_NamL="Capitol Print & Mail", Beg_Bal="300.00",
                                    Amt_Incur="0.00", End_Bal="300.00")),
      lambda s: (s.with_(prior_column_b={"9": 30000}),
                 debt(s, Payee_NamL="Capitol Print & Mail", Beg_Bal="300.00",
                      Amt_Incur="0.00", Amt_Paid="300.00", End_Bal="0.00")),
      field="Amount"),
    C("F460-E-011", lambda s: s.edit(_e(s), Expn_Code="TRC", Expn_Dscr=""), field="Expn_Dscr"),
    C("F460-E-012", lambda s: s.edit(_e(s), Expn_Dscr="Transfer to savings account"),
      field="Expn_Dscr"),
    C("F460-E-013", lambda s: pay(s, Entity_Cd="IND", Payee_NamL="Lopez", Payee_NamF="Carlos",
                                  Expn_Code="SAL", Expn_Dscr="Field work"), field="Payee_NamL"),
    C("F460-E-015", lambda s: pay(s, Entity_Cd="IND", Payee_NamL="Lopez", Payee_NamF="Maria",
                                  Expn_Code="OFC", Expn_Dscr="Office supplies"),
      field="Payee_NamL"),
    C("F460-E-017", lambda s: pay(s, Entity_Cd="IND", Payee_NamL="Kim", Payee_NamF="Jae",
                                  Expn_Code="OFC", Expn_Dscr="Reimbursement for supplies",
                                  Amount="150.00"), field="Expn_Dscr"),
    C("F460-D-001", lambda s: (unitemize(s, support(s, Amount="150.00", Cum_YTD="150.00")),
                               pay(s, Payee_NamL="Yes on Measure L", Expn_Code="CTB",
                                   Expn_Dscr="Contribution", Amount="150.00")),
      field="Amount"),
    C("F460-D-002", lambda s: (support(s, Bal_Num=""), pay(
        s, Payee_NamL="Yes on Measure L", Expn_Code="CTB", Expn_Dscr="Contribution",
        Amount="200.00")), field="Bal_Num"),
    C("F460-D-003", lambda s: (support(s, Expn_Code="CTB"), pay(
        s, Payee_NamL="Yes on Measure L", Expn_Code="CTB", Expn_Dscr="Contribution",
        Amount="200.00")), field="Expn_Code"),
    C("F460-D-004", lambda s: support(s),
      lambda s: (support(s), pay(s, Payee_NamL="Yes on Measure L", Expn_Code="CTB",
                                 Expn_Dscr="Contribution", Amount="200.00")),
      field="Payee_NamL"),
    C("F460-D-006", lambda s: (support(s, Cum_YTD="200.00"), support(s, Cum_YTD="200.00"),
                               pay(s, Payee_NamL="Yes on Measure L", Expn_Code="CTB",
                                   Expn_Dscr="Contribution", Amount="400.00")),
      field="Cum_YTD"),
    C("F460-D-008", lambda s: (support(s, Expn_Code="IND", Expn_Dscr="Mailer"),
                               pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                   Expn_Dscr="Mailer", Amount="200.00")),
      field="Expn_Code"),
    C("F460-D-010", lambda s: (support(s, Expn_Code="IND", Expn_Dscr="Mailer",
                                       Amount="1200.00", Cum_YTD="1200.00"),
                               pay(s, Payee_NamL="Yes on Measure L", Expn_Code="IND",
                                   Expn_Dscr="Mailer", Amount="1200.00")),
      base=Stmt.pac, field="Amount", also=("F460-SUM-021",)),
    C("F460-F-001", lambda s: unitemize(s, debt(s, Amt_Incur="200.00", End_Bal="200.00")),
      field="End_Bal"),
    C("F460-F-002", lambda s: debt(s, Expn_Code="ZZ"), lambda s: debt(s), field="Expn_Code"),
    C("F460-F-002", lambda s: debt(s, Payee_Adr1=""), lambda s: debt(s), field="Payee_Adr1",
      name="missing"),
    C("F460-F-003", lambda s: debt(s, Amt_Paid="100.00"),
      lambda s: (debt(s, Amt_Paid="100.00", End_Bal="400.00"),
                 pay(s, Payee_NamL="Delta Web Design", Amount="100.00")), field="End_Bal",
      also=("F460-F-005", "F460-SUM-019")),
    C("F460-F-005", lambda s: debt(s, Amt_Paid="100.00", End_Bal="400.00"),
      lambda s: (debt(s, Amt_Paid="100.00", End_Bal="400.00"),
                 pay(s, Payee_NamL="Delta Web Design", Amount="100.00")), field="Amt_Paid"),
    C("F460-F-010", lambda s: debt(s, Payee_NamL="Yes on Measure L", Expn_Code="CTB",
                                   Expn_Dscr="Pledged contribution"),
      lambda s: (debt(s, Payee_NamL="Yes on Measure L", Expn_Code="CTB",
                      Expn_Dscr="Pledged contribution"), support(s)),
      field="Expn_Code"),
    C("F460-G-001", lambda s: agent_payment(s, Agent_NamL=""), lambda s: agent_payment(s),
      field="Agent_NamL"),
    C("F460-G-002", lambda s: (agent_payment(s, Amount="100.00"),
                               agent_payment(s, Amount="100.00")),
      lambda s: agent_payment(s), field="Payee_NamL"),
    C("F460-G-003", lambda s: agent_payment(s, BakRef_TID="", G_From_E_F=""),
      lambda s: agent_payment(s), field="BakRef_TID", also=("F460-G-004", "F460-E-005")),
    # ------------------------------------------------------------- Schedules B, H
    C("F460-B-002", lambda s: loan(s, Loan_OCC=""), lambda s: loan(s), field="Loan_OCC"),
    C("F460-B-003", lambda s: loan(s, Loan_Amt2="900.00"), lambda s: loan(s),
      field="Loan_Amt2", also=("F460-SUM-019",)),
    C("F460-B-004", lambda s: loan(s, Loan_Date1="20260301", Loan_Amt4="500.00",
                                   Loan_Amt2="1500.00"),
      lambda s: loan(s, Loan_Date1="20250301", Loan_Amt4="500.00", Loan_Amt2="1500.00"),
      field="Loan_Amt4", also=("F460-SUM-019",)),
    C("F460-B-005", lambda s: loan(s, Loan_Amt6="200.00", Loan_Amt2="800.00"),
      lambda s: (loan(s, Loan_Amt6="200.00", Loan_Amt2="800.00", Tran_ID="L2"),
                 gift(s, Tran_ID="L2", Tran_Type="F", Ctrib_NamL="Reyes", Ctrib_NamF="Ana",
                      Amount="200.00", Cum_YTD="1200.00")),
      field="Loan_Amt6"),
    C("F460-B-006", lambda s: loan(s, Loan_Rate=""), lambda s: loan(s), field="Loan_Rate"),
    C("F460-B-008", lambda s: loan(s, Loan_Amt8="2000.00"), lambda s: loan(s),
      field="Loan_Amt8"),
    C("F460-B-009", lambda s: loan(s, Loan_Amt3="500.00"), lambda s: loan(s),
      field="Loan_Amt3"),
    C("F460-B-011", lambda s: s.add("LOAN", "B2", Entity_Cd="IND", Lndr_NamL="Reyes",
                                    Lndr_NamF="Luis", Loan_Adr1="310 Alhambra Blvd",
                                    Loan_City="Sacramento", Loan_ST="CA", Loan_ZIP4="95816",
                                    Loan_Date1="20260115", Loan_Amt1="1000.00",
                                    Loan_Amt2="1000.00"),
      lambda s: (loan(s, Tran_ID="L3"),
                 s.add("LOAN", "B2", Entity_Cd="IND", Lndr_NamL="Reyes", Lndr_NamF="Luis",
                       Loan_Adr1="310 Alhambra Blvd", Loan_City="Sacramento", Loan_ST="CA",
                       Loan_ZIP4="95816", Loan_Date1="20260115", Loan_Amt1="1000.00",
                       Loan_Amt2="1000.00")),
      field="Loan_Amt1"),
    C("F460-B-012", lambda s: (loan(s), gift(s, Ctrib_NamL="Reyes", Ctrib_NamF="Ana",
                                             contact=30, Amount="200.00",
                                             Cum_YTD="1200.00")),
      lambda s: (loan(s, Loan_Amt3="1200.00"),
                 gift(s, Ctrib_NamL="Reyes", Ctrib_NamF="Ana", contact=30, Amount="200.00",
                      Cum_YTD="1200.00")),
      field="Loan_Amt3"),
    C("F460-B-013", lambda s: (state_candidate(s),
                               loan(s, Lndr_NamL="Lopez", Lndr_NamF="Maria",
                                    Loan_Amt1="150000.00", Loan_Amt2="150000.00",
                                    Loan_Amt3="150000.00", Loan_Amt8="150000.00")),
      lambda s: (state_candidate(s), loan(s, Lndr_NamL="Lopez", Lndr_NamF="Maria")),
      field="Loan_Amt2", also=("F460-A-012", "F497-TRG-002", "XST-007")),
    C("F460-H-001", lambda s: (made_loan(s, Loan_Date2=""), support(
        s, Payee_NamL="Friends of the River Parkway", Bal_Name="", Bal_Num="", Bal_Juris="",
        Sup_Opp_Cd="")), field="Loan_Date2", also=("F460-D-004",)),
    C("F460-H-002", lambda s: (made_loan(s, Loan_Amt2="400.00"), support(
        s, Payee_NamL="Friends of the River Parkway", Bal_Name="", Bal_Num="", Bal_Juris="",
        Sup_Opp_Cd="")), field="Loan_Amt2", also=("F460-D-004", "F460-SUM-019")),
    C("F460-H-005", lambda s: made_loan(s),
      lambda s: (made_loan(s), support(s, Payee_NamL="Friends of the River Parkway",
                                       Bal_Name="", Bal_Num="", Bal_Juris="", Sup_Opp_Cd="")),
      field="Lndr_NamL"),
    # ------------------------------------------------------------- across statements
    C("GEN-PER-002", lambda s: (s.set(From_Date="20260115"),
                                s.brief("F460", "20250701", "20251231")),
      lambda s: s.brief("F460", "20250701", "20251231"), field="From_Date"),
    C("XST-002", lambda s: s.brief("F460", "20260301", "20260930"),
      lambda s: s.brief("F460", "20260701", "20261231"), field="From_Date"),
    C("XST-003", lambda s: s.brief("F460", "20250101", "20250630"),
      lambda s: s.brief("F460", "20250101", "20251231"), field="From_Date",
      also=("GEN-PER-002",)),
    C("XST-004", lambda s: s.set(Stmt_Type="TS"), field="Amount_A"),
    C("XST-006", lambda s: gift(s, Memo_Code="X", Rcpt_Date="20260805"),
      lambda s: gift(s, Memo_Code="X", Rcpt_Date="20260605"), field="Rcpt_Date"),
    C("XST-007", lambda s: s.brief("F460", "20250101", "20251231",
                                   column_b={"5": 2490000, "11": 0}),
      lambda s: s.brief("F460", "20250101", "20251231", column_b={"5": 100000, "11": 0})),
    C("XST-008", lambda s: (s.brief("F470", "20260101", "20261231"),
                            s.edit(_a(s), Amount="2500.00", Cum_YTD="2500.00")),
      lambda s: s.brief("F470", "20260101", "20261231"), field="Amount_B"),
    C("XST-009", lambda s: (s.set(Filer_ID=""), s.edit(_a(s), Amount="2500.00",
                                                       Cum_YTD="2500.00")),
      lambda s: s.set(Filer_ID=""), field="Filer_ID", also=("GEN-ID-001",)),
    C("AMD-001", lambda s: (amendment(s), s.with_(original_filing_id="")),
      lambda s: amendment(s), field="Report_Num"),
    C("AMD-001", lambda s: (amendment(s), s.with_(original_filing_id="CA-1002"),
                            s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                                    original_filing_id="CA-1001", report_num=1)),
      field="Report_Num", name="latest", also=("AMD-002",)),
    C("AMD-002", lambda s: (amendment(s), s.set(Report_Num="003"), s.with_(report_num=3),
                            s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                                    original_filing_id="CA-1001", report_num=1)),
      lambda s: (amendment(s), s.set(Report_Num="002"), s.with_(report_num=2),
                 s.brief("F460", "20260101", "20260630", filing_id="CA-1002",
                         original_filing_id="CA-1001", report_num=1)),
      field="Report_Num"),
    C("AMD-003", lambda s: (amendment(s), s.set(AmendExp_1="")), lambda s: amendment(s),
      field="AmendExp_1"),
    C("AMD-004", lambda s: (rekeyed(s), gift(s, Tran_ID="NEW-7", Rcpt_Date="20260312")),
      lambda s: (rekeyed(s), gift(s, Tran_ID="A-7", Rcpt_Date="20260312")), field="Tran_ID"),
    C("AMD-005", lambda s: s.brief("F460", "20260101", "20260630", filing_id="CA-1001"),
      lambda s: s.brief("F460", "20260101", "20260630", filing_id="CA-1001",
                        status="draft"), field="Report_Num"),
    C("AMD-006", lambda s: (amendment(s), setattr(s, "smry", False), [
        s.drop(i.record_id) for i in list(s.items) if i.rec.rec_type in ("RCPT", "EXPN")]),
      lambda s: amendment(s), field="Report_Num"),
    C("AMD-007", lambda s: (amendment(s), set_ending_cash(s, 999),
                            s.brief("F460", "20260701", "20261231")),
      lambda s: (amendment(s), s.brief("F460", "20260701", "20261231")), field="Amount_A"),
    C("DATE-002", lambda s: None, lambda s: s.with_(status="filed"), field="Rpt_Date",
      today=dt.date(2026, 8, 5), name="late"),
    C("DATE-003", lambda s: s.set(Rpt_Date="20260810"),
      lambda s: s.set(Rpt_Date="20260730"), field="Rpt_Date"),
    # ------------------------------------------------------------- late reports
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
    # ------------------------------------------------------------- Cal Format
    C("CAL-002", lambda s: s.edit(_e(s), Amount="1,000.00"), field="Amount"),
    C("CAL-003", lambda s: s.add("CVR2", "F460", Entity_Cd="ZZZ", F460_Part="3",
                                 Enty_NamL="Brown", Enty_NamF="Toni"), field="Entity_Cd"),
    C("CAL-004", lambda s: s.set(Juris_Cd="CA"), field="Juris_Cd"),
    C("CAL-006", lambda s: gift(s, Tran_ID="T1"), field="Tran_ID"),
    C("CAL-006", lambda s: pay(s, Payee_NamL="Meta", BakRef_TID="NOPE", Memo_Code="X"),
      field="BakRef_TID", name="parent"),
    C("CAL-007", lambda s: s.add("SPLT", "E", Ptran_Id="T2", Elec_Date="20261103",
                                 Elec_Amount="300.00", Elec_Code="G"), field="Pform_Type"),
    C("CAL-008", lambda s: s.edit(_a(s), Ctrib_City="Sacramento " * 4), field="Ctrib_City"),
    C("CAL-CODE-001", lambda s: s.edit(_e(s), Entity_Cd="XYZ"), field="Entity_Cd"),
    C("SPEC-RCPT-03", lambda s: s.edit(_a(s), Tran_ID=""), field="Tran_ID", name="rx"),
    C("SPEC-RCPT-66", lambda s: gift(s, Tran_Type="X", Trans_Date="20260301",
                                     Contr_Date="20250601", Intr_NamL="Lopez 2024",
                                     Intr_Adr1="1 Main St", Intr_City="Sacramento",
                                     Intr_ST="CA", Intr_ZIP4="95814"),
      lambda s: gift(s, Tran_Type="X", Trans_Date="20260301", Contr_Date="20250601",
                     Intr_NamL="Lopez 2024", Intr_Adr1="1 Main St", Intr_City="Sacramento",
                     Intr_ST="CA", Intr_ZIP4="95814", Int_CmteId="1400000"),
      field="Int_CmteId", name="cx"),
    # ------------------------------------------------------------- other forms
    C("F497-P1-001", lambda s: s.edit(s.first("S497", "F497P1"), Ctrib_Occ=""), base=f497,
      field="Ctrib_Occ"),
    C("F497-P1-003", lambda s: s.edit(s.first("S497", "F497P1"), Entity_Cd="OTH",
                                      Enty_NamL="Acme Holdings LLC", Enty_NamF="",
                                      Ctrib_Emp="", Ctrib_Occ=""), base=f497, field="Enty_NamL"),
    C("F497-P2-001", lambda s: late_made(s, Office_Cd=""), lambda s: late_made(s), base=f497,
      field="Office_Cd"),
    C("F497-HDR-001", lambda s: s.set(Rpt_ID_Num=""), base=f497, field="Rpt_ID_Num"),
    C("F497-HDR-002", lambda s: late_made(s, Elec_Date=""), lambda s: late_made(s),
      base=f497, field="Elec_Date"),
    C("DATE-004", lambda s: s.edit(s.first("S497", "F497P1"), Ctrib_Date="20260301"),
      base=f497, field="Ctrib_Date", also=("DATE-002",)),  # its 10-day report is overdue
    C("F496-P1-001", lambda s: s.set(Bal_Name="Measure L"), base=f496, field="Bal_Name"),
    C("F496-P2-001", lambda s: s.edit(s.first("S496", "F496"), Expn_Dscr=""), base=f496,
      field="Expn_Dscr"),
    C("F496-P3-001", lambda s: s.add("RCPT", "F496P3", **dict(GRACE, Ctrib_Occ="")),
      lambda s: s.add("RCPT", "F496P3", **GRACE), base=f496, field="Ctrib_Occ",
      also=("DATE-001",)),
    C("F496-X-001", lambda s: None, lambda s: s.drop(s.first("S496", "F496")), base=f496),
    C("F496-X-002", lambda s: setattr(s, "committee_type", "C") or s.set(Entity_Cd="CTL"),
      base=f496, field="Entity_Cd"),
    C("DATE-005", lambda s: s.edit(s.first("S496", "F496"), Exp_Date="20260101"), base=f496,
      field="Exp_Date", also=("DATE-002",)),  # its 10-day report is overdue
    C("F410-CMT-001", lambda s: s.set(Phone=""), base=f410, field="Phone"),
    C("F410-OFF-001", lambda s: s.set(Tres_Phon=""), base=f410, field="Tres_Phon"),
    C("F410-BNK-001", lambda s: s.set(Bank_Nam=""), base=f410, field="Bank_Nam"),
    C("F410-BNK-001", lambda s: s.set(Bank_AcctNo=""), base=f410, field="Bank_AcctNo",
      name="account"),
    C("F410-TYP-001", lambda s: s.set(Control_CB="X"), lambda s: (
        controlling(s), s.set(Filer_NamL="Lopez for Council")), base=f410,
      field="Control_CB", also=()),
    C("F410-TYP-002", lambda s: s.set(GenPurp_CB="X"),
      lambda s: s.set(GenPurp_CB="X", GPC_Descr="Supports firefighters", Actvty_Lvl="CI"),
      base=f410, field="GenPurp_CB", also=("SPEC-CVR-39",)),
    C("F410-CMT-002", lambda s: (controlling(s), s.set(Filer_NamL="Friends for Council")),
      lambda s: (controlling(s), s.set(Filer_NamL="Lopez for Council 2026")), base=f410,
      field="Filer_NamL"),
    C("F410-VER-001", lambda s: s.drop(s.first("CVR3", "F410")), base=f410,
      field="Sig_NamL"),
    C("F461-P1-001", lambda s: s.set(Tres_NamL=""), base=f461, field="Tres_NamL"),
    C("F461-P2-001", lambda s: s.set(BusAct_CB=""), base=f461, field="EmplBus_CB"),
    C("F461-P3-002", lambda s: (s.add("SMRY", "F461", Line_Item="1", Amount_A="500.00"),
                                s.add("SMRY", "F461", Line_Item="3", Amount_A="400.00")),
      lambda s: (s.add("SMRY", "F461", Line_Item="1", Amount_A="500.00"),
                 s.add("SMRY", "F461", Line_Item="3", Amount_A="500.00"),
                 s.add("SMRY", "F461", Line_Item="5", Amount_A="500.00")),
      base=f461, field="Amount_A"),
    C("F461-P5-001", lambda s: s.edit(s.first("EXPN", "F461P5"), Expn_Code=""), base=f461,
      field="Expn_Code", also=("SPEC-EXPN-20",)),
    C("F465-GEN-002", lambda s: s.set(Bal_Name="Measure L"), base=f465, field="Bal_Name"),
    C("F465-GEN-003", lambda s: s.drop(s.first("CVR2", "F465")), base=f465),
    C("F450-P5-001", lambda s: s.edit(s.first("EXPN", "F450P5"), Payee_City=""), base=f450,
      field="Payee_City"),
    C("F450-ELG-001", lambda s: s.add("RCPT", "A", **GRACE), base=f450),
    C("F470-CVR-001", lambda s: s.set(Cand_City=""), base=f470, field="Cand_City"),
    C("F470-ELG-001", lambda s: setattr(s, "committee_type", "C"), base=f470),
    C("F470-PER-001", lambda s: s.with_(period_through=dt.date(2026, 6, 30)), base=f470),
    C("F425-ELG-001", lambda s: s.add("RCPT", "A", **GRACE), base=f425,
      also=("F460-A-012",)),
    C("F425-ELG-002", lambda s: s.set(Entity_Cd="CAO"), base=f425, field="Entity_Cd",
      also=("CAL-010", "SPEC-CVR-06")),
    C("F425-PER-001", lambda s: s.set(Stmt_Type="S2"), base=f425, field="From_Date"),
]
