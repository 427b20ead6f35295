"""What a rule case is, and the statements and rows the cases build on.

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


def a_row(s: Stmt) -> int:
    return s.first("RCPT", "A")


def e_row(s: Stmt) -> int:
    return s.first("EXPN", "E")


def cvr3_row(s: Stmt, entity: str) -> int:
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
              "BakRef_TID": s.items[[i.record_id for i in s.items].index(e_row(s))].rec.get(
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
