"""Form 460 as printed: schedules A-I (columns in the official order), their summary
blocks, and the summary page lines (form-rules.md §3-§4). Data only."""

from __future__ import annotations

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.pdf.cells import (
    Code,
    CodeName,
    Date,
    Money,
    Name,
    PaidForgiven,
    Party,
    PerElection,
    Stack,
    Target,
    Text,
    Work,
)
from calaccess_desktop.pdf.sections import Column, Section, SummaryLine

CONTRIBUTOR_CODES = (
    "*Contributor Codes: IND - Individual;  COM - Recipient Committee (other than PTY or SCC);  "
    "OTH - Other (e.g., business entity);  PTY - Political Party;  SCC - Small Contributor "
    "Committee",
)

_RCPT_PARTY = Party("Ctrib")
_RCPT_WORK = Work("Ctrib_Occ", "Ctrib_Emp", "Ctrib_Self")
_LOAN_PARTY = Stack((Party("Lndr", adr="Loan"), Work("Loan_OCC", "Loan_EMP", "Loan_Self")))
_PAYEE = Party("Payee")
_PER_ELECTION = PerElection()
_FULL_NAME = ("FULL NAME, STREET ADDRESS AND ZIP CODE OF {who}\n"
              "(IF COMMITTEE, ALSO ENTER I.D. NUMBER)")
_WORK_HEAD = ("IF AN INDIVIDUAL, ENTER\nOCCUPATION AND EMPLOYER\n(IF SELF-EMPLOYED, ENTER\n"
              "NAME OF BUSINESS)")


def _loan_columns(who: str, got: str, back: str, interest: str, made: str,
                  cumulative: str) -> tuple[Column, ...]:
    return (
        Column(_FULL_NAME.format(who=who) + "\nIF AN INDIVIDUAL, OCCUPATION AND EMPLOYER", 150,
               _LOAN_PARTY),
        Column("(a)\nOUTSTANDING\nBALANCE\nBEGINNING THIS\nPERIOD", 58, Money("Loan_Amt4"), "R",
               ("Loan_Amt4",)),
        Column(f"(b)\n{got}", 58, Money("Loan_Amt1"), "R", ("Loan_Amt1",)),
        Column(f"(c)\n{back}", 60, PaidForgiven("Loan_Amt5", "Loan_Amt6"), "R",
               ("Loan_Amt5", "Loan_Amt6")),
        Column("(d)\nOUTSTANDING\nBALANCE AT CLOSE\nOF THIS PERIOD", 58, Money("Loan_Amt2"), "R",
               ("Loan_Amt2",)),
        Column(f"(e)\n{interest}", 52,
               Stack((Money("Loan_Amt7"), Text("Loan_Rate", "RATE "))), "R", ("Loan_Amt7",)),
        Column(f"(f)\n{made}", 60,
               Stack((Money("Loan_Amt8"), Date("Loan_Date1"), Date("Loan_Date2", "DUE "))), "R"),
        Column(f"(g)\n{cumulative}", 60, Stack((Money("Loan_Amt3"), _PER_ELECTION)), "R"),
    )


SCHEDULE_A = Section(
    key="A", title="SCHEDULE A", subtitle="Monetary Contributions Received",
    select=("RCPT", "A"),
    columns=(
        Column("DATE\nRECEIVED", 44, Date("Rcpt_Date")),
        Column(_FULL_NAME.format(who="CONTRIBUTOR"), 170, _RCPT_PARTY),
        Column("CONTRIB-\nUTOR\nCODE *", 40, Code("Entity_Cd"), "C"),
        Column(_WORK_HEAD, 120, _RCPT_WORK),
        Column("AMOUNT\nRECEIVED THIS\nPERIOD", 62, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE TO DATE\nCALENDAR YEAR\n(JAN. 1 - DEC. 31)", 62, Money("Cum_YTD"), "R"),
        Column("PER ELECTION\nTO DATE\n(IF REQUIRED)", 58, _PER_ELECTION, "R"),
    ),
    summary_title="Schedule A Summary",
    summary=(
        SummaryLine("1", "Amount received this period - itemized monetary contributions. "
                    "(Include all Schedule A subtotals.)", ("A", "1")),
        SummaryLine("2", "Amount received this period - unitemized monetary contributions of "
                    "less than $100", ("A", "2")),
        SummaryLine("3", "Total monetary contributions received this period. (Add Lines 1 and 2. "
                    "Enter here and on the Summary Page, Column A, Line 1.)", ("A", "3"), "TOTAL"),
    ),
    legend=CONTRIBUTOR_CODES,
)

SCHEDULE_B1 = Section(
    key="B1", mark=0, title="SCHEDULE B - PART 1", subtitle="Loans Received", select=("LOAN", "B1"),
    columns=_loan_columns("LENDER", "AMOUNT\nRECEIVED THIS\nPERIOD",
                          "AMOUNT PAID OR\nFORGIVEN THIS\nPERIOD", "INTEREST\nPAID THIS\nPERIOD\n"
                          "RATE", "ORIGINAL AMOUNT\nOF LOAN\nDATE INCURRED\nDATE DUE",
                          "CUMULATIVE\nCONTRIBUTIONS\nTO DATE\nCALENDAR YEAR\nPER ELECTION"),
    summary_title="Schedule B Summary",
    summary=(
        SummaryLine("1", "Loans received this period. (Total Column (b) plus unitemized loans of "
                    "less than $100.)", ("B1", "1")),
        SummaryLine("2", "Loans paid or forgiven this period. (Total Column (c) plus loans under "
                    "$100 paid or forgiven.)", ("B1", "2")),
        SummaryLine("3", "Net change this period. (Subtract Line 2 from Line 1. Enter the net here "
                    "and on the Summary Page, Column A, Line 2.)", ("B1", "3"), "NET"),
    ),
)

SCHEDULE_B2 = Section(
    key="B2", mark=0, title="SCHEDULE B - PART 2", subtitle="Loan Guarantors",
    select=("LOAN", "B2"),
    columns=(
        Column(_FULL_NAME.format(who="GUARANTOR"), 170, Party("Lndr", adr="Loan")),
        Column(_WORK_HEAD, 110, Work("Loan_OCC", "Loan_EMP", "Loan_Self")),
        Column("NAME OF LENDER\nDATE OF LOAN", 96,
               Stack((Text("Lender_Name"), Date("Loan_Date1")))),
        Column("AMOUNT\nGUARANTEED\nTHIS PERIOD", 60, Money("Loan_Amt1"), "R", ("Loan_Amt1",)),
        Column("CUMULATIVE TO DATE\nCALENDAR YEAR\nPER ELECTION", 60,
               Stack((Money("Loan_Amt3"), _PER_ELECTION)), "R"),
        Column("BALANCE\nOUTSTANDING\nTO DATE", 60, Money("Loan_Amt2"), "R"),
    ),
    summary_title="Schedule B - Part 2 Total",
    summary=(
        SummaryLine("1", "Total loan guarantees received this period. (Enter on the Summary "
                    "Page, Line 17.)", ("line", "17"), "TOTAL"),
    ),
)

SCHEDULE_C = Section(
    key="C", title="SCHEDULE C", subtitle="Nonmonetary Contributions Received",
    select=("RCPT", "C"),
    columns=(
        Column("DATE\nRECEIVED", 44, Date("Rcpt_Date")),
        Column(_FULL_NAME.format(who="CONTRIBUTOR"), 140, _RCPT_PARTY),
        Column("CONTRIB-\nUTOR\nCODE *", 36, Code("Entity_Cd"), "C"),
        Column(_WORK_HEAD, 90, _RCPT_WORK),
        Column("DESCRIPTION OF\nGOODS OR SERVICES", 90, Text("Ctrib_Dscr")),
        Column("AMOUNT/\nFAIR MARKET\nVALUE", 54, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE\nTO DATE\nCALENDAR YEAR", 52, Money("Cum_YTD"), "R"),
        Column("PER ELECTION\nTO DATE\n(IF REQUIRED)", 50, _PER_ELECTION, "R"),
    ),
    summary_title="Schedule C Summary",
    summary=(
        SummaryLine("1", "Amount received this period - itemized nonmonetary contributions. "
                    "(Include all Schedule C subtotals.)", ("C", "1")),
        SummaryLine("2", "Amount received this period - unitemized nonmonetary contributions of "
                    "less than $100", ("C", "2")),
        SummaryLine("3", "Total nonmonetary contributions received this period. (Add Lines 1 and "
                    "2. Enter here and on the Summary Page, Column A, Lines 4 and 10.)",
                    ("C", "3"), "TOTAL"),
    ),
    legend=CONTRIBUTOR_CODES,
)

PAYMENT_TYPES = (("MON", "Monetary contribution"), ("IKD", "Nonmonetary contribution"),
                 ("IND", "Independent expenditure"))

SCHEDULE_D = Section(
    key="D", title="SCHEDULE D",
    subtitle="Summary of Expenditures Supporting/Opposing Other Candidates, Measures and "
             "Committees",
    select=("EXPN", "D"),
    columns=(
        Column("DATE", 44, Date("Expn_Date")),
        Column("NAME OF CANDIDATE, OFFICE, AND DISTRICT,\nOR MEASURE NUMBER OR LETTER AND\n"
               "JURISDICTION, OR COMMITTEE\nSUPPORT / OPPOSE", 170,
               Stack((Name("Payee"), Target()))),
        Column("TYPE OF\nPAYMENT", 70, CodeName("Expn_Code", PAYMENT_TYPES)),
        Column("DESCRIPTION", 100, Text("Expn_Dscr")),
        Column("AMOUNT THIS\nPERIOD", 58, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE\nTO DATE\nCALENDAR YEAR", 56, Money("Cum_YTD"), "R"),
        Column("PER ELECTION\nTO DATE\n(IF REQUIRED)", 58, _PER_ELECTION, "R"),
    ),
    summary_title="Schedule D Summary",
    summary=(
        SummaryLine("1", "Itemized contributions and independent expenditures made this period. "
                    "(Include all Schedule D subtotals.)", ("D", "1")),
        SummaryLine("2", "Unitemized contributions and independent expenditures made this period "
                    "of under $100", ("D", "2")),
        SummaryLine("3", "Total contributions and independent expenditures made this period. "
                    "(Add Lines 1 and 2. Do not enter on the Summary Page.)", ("D", "3"), "TOTAL"),
    ),
)

EXPENSE_CODES = ("CMP", "CNS", "CTB", "CVC", "FIL", "FND", "IND", "LEG", "LIT", "MBR", "MTG",
                 "OFC", "PET", "PHO", "POL", "POS", "PRO", "PRT", "RAD", "RFD", "SAL", "TEL",
                 "TRC", "TRS", "TSF", "VOT", "WEB")

EXPENSE_BANNER = (
    "CODES: If one of the following codes accurately describes the payment, you may enter the "
    "code. Otherwise, describe the payment.",
    *(f"{code}  {codes('expense')[code]}" for code in EXPENSE_CODES),
)

SCHEDULE_E = Section(
    key="E", mark=0, title="SCHEDULE E", subtitle="Payments Made", select=("EXPN", "E"),
    banner=EXPENSE_BANNER,
    columns=(
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 210, _PAYEE),
        Column("CODE", 40, Code("Expn_Code"), "C"),
        Column("OR   DESCRIPTION OF PAYMENT", 226, Stack((Text("Expn_Dscr"), Target()))),
        Column("AMOUNT PAID", 80, Money("Amount"), "R", ("Amount",)),
    ),
    summary_title="Schedule E Summary",
    summary=(
        SummaryLine("1", "Itemized payments made this period. (Include all Schedule E subtotals.)",
                    ("E", "1")),
        SummaryLine("2", "Unitemized payments made this period of under $100", ("E", "2")),
        SummaryLine("3", "Total interest paid this period on loans. (Enter amount from Schedule B, "
                    "Part 1, Column (e).)", ("E", "3")),
        SummaryLine("4", "Total payments made this period. (Add Lines 1, 2, and 3. Enter here and "
                    "on the Summary Page, Column A, Line 6.)", ("E", "4"), "TOTAL"),
    ),
    legend=("* Payments that are contributions or independent expenditures must also be "
            "summarized on Schedule D.",),
)

SCHEDULE_F = Section(
    key="F", mark=0, title="SCHEDULE F", subtitle="Accrued Expenses (Unpaid Bills)",
    select=("DEBT", "F"),
    columns=(
        Column("NAME AND ADDRESS OF CREDITOR\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 170, _PAYEE),
        Column("CODE OR DESCRIPTION\nOF PAYMENT", 130,
               Stack((Text("Expn_Code"), Text("Expn_Dscr")))),
        Column("(a)\nOUTSTANDING\nBALANCE BEGINNING\nTHIS PERIOD", 64, Money("Beg_Bal"), "R",
               ("Beg_Bal",)),
        Column("(b)\nAMOUNT\nINCURRED THIS\nPERIOD", 64, Money("Amt_Incur"), "R", ("Amt_Incur",)),
        Column("(c)\nAMOUNT PAID\nTHIS PERIOD", 64, Money("Amt_Paid"), "R", ("Amt_Paid",)),
        Column("(d)\nOUTSTANDING\nBALANCE AT CLOSE\nOF THIS PERIOD", 64, Money("End_Bal"), "R",
               ("End_Bal",)),
    ),
    summary_title="Schedule F Summary",
    summary=(
        SummaryLine("1", "Accrued expenses incurred this period. (Total Column (b) plus "
                    "unitemized accrued expenses under $100.)", ("F", "1")),
        SummaryLine("2", "Accrued expenses paid this period. (Total Column (c) plus unitemized "
                    "payments of accrued expenses under $100.)", ("F", "2")),
        SummaryLine("3", "Net change this period. (Subtract Line 2 from Line 1. Enter here and on "
                    "the Summary Page, Column A, Line 9.)", ("F", "3"), "NET"),
    ),
)

SCHEDULE_G = Section(
    key="G", title="SCHEDULE G",
    subtitle="Payments Made by an Agent or Independent Contractor (on Behalf of This Committee)",
    select=("EXPN", "G"),
    columns=(
        Column("NAME OF AGENT OR\nINDEPENDENT CONTRACTOR\nPAYMENT REPORTED ON", 120,
               Stack((Name("Agent", id_field="-"),
                      CodeName("G_From_E_F", (("E", "Schedule E"), ("F", "Schedule F")))))),
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 170, _PAYEE),
        Column("CODE", 40, Code("Expn_Code"), "C"),
        Column("OR   DESCRIPTION OF PAYMENT", 146, Text("Expn_Dscr")),
        Column("AMOUNT PAID", 80, Money("Amount"), "R"),
    ),
)

SCHEDULE_H = Section(
    key="H", mark=0, title="SCHEDULE H", subtitle="Loans Made to Others", select=("LOAN", "H"),
    columns=_loan_columns("RECIPIENT", "AMOUNT\nLOANED THIS\nPERIOD",
                          "REPAYMENT OR\nFORGIVENESS\nTHIS PERIOD", "INTEREST\nRECEIVED THIS\n"
                          "PERIOD\nRATE", "ORIGINAL AMOUNT\nOF LOAN\nDATE MADE\nDATE DUE",
                          "CUMULATIVE\nLOANS TO DATE\nCALENDAR YEAR\nPER ELECTION"),
    summary_title="Schedule H Summary",
    summary=(
        SummaryLine("1", "Loans made this period. (Total Column (b) plus loans under $100.)",
                    ("H", "1")),
        SummaryLine("2", "Loan repayments received this period. (Total Column (c) plus loans "
                    "under $100 repaid or forgiven.)", ("H", "2")),
        SummaryLine("3", "Net change this period. (Subtract Line 2 from Line 1. Enter here and on "
                    "the Summary Page, Column A, Line 7.)", ("H", "3"), "NET"),
    ),
    legend=("Interest received on loans made is reported on Schedule I, Line 3.",),
)

SCHEDULE_I = Section(
    key="I", title="SCHEDULE I", subtitle="Miscellaneous Increases to Cash", select=("RCPT", "I"),
    columns=(
        Column("DATE\nRECEIVED", 44, Date("Rcpt_Date")),
        Column("NAME AND ADDRESS OF SOURCE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 210,
               _RCPT_PARTY),
        Column("DESCRIPTION OF RECEIPT", 222, Text("Ctrib_Dscr")),
        Column("AMOUNT\nRECEIVED", 80, Money("Amount"), "R", ("Amount",)),
    ),
    summary_title="Schedule I Summary",
    summary=(
        SummaryLine("1", "Itemized increases to cash this period.", ("I", "1")),
        SummaryLine("2", "Unitemized increases to cash of under $100 this period.", ("I", "2")),
        SummaryLine("3", "Total of all interest received this period on loans made to others. "
                    "(Enter amount from Schedule H, Column (e).)", ("I", "3")),
        SummaryLine("4", "Total miscellaneous increases to cash this period. (Add Lines 1 through "
                    "3. Enter here and on the Summary Page, Line 14.)", ("I", "4"), "TOTAL"),
    ),
)

SECTIONS = (SCHEDULE_A, SCHEDULE_B1, SCHEDULE_B2, SCHEDULE_C, SCHEDULE_D, SCHEDULE_E,
            SCHEDULE_F, SCHEDULE_G, SCHEDULE_H, SCHEDULE_I)

# Summary page: (group heading, lines) and where each line's amount comes from.
SUMMARY_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Contributions Received", ("1", "2", "3", "4", "5")),
    ("Expenditures Made", ("6", "7", "8", "9", "10", "11")),
    ("Current Cash Statement", ("12", "13", "14", "15", "16")),
    ("", ("17",)),
    ("Cash Equivalents and Outstanding Debts", ("18", "19")),
)
SUMMARY_SOURCES = {
    "1": "Schedule A, Line 3", "2": "Schedule B, Line 3", "3": "Add Lines 1 + 2",
    "4": "Schedule C, Line 3", "5": "Add Lines 3 + 4", "6": "Schedule E, Line 4",
    "7": "Schedule H, Line 3", "8": "Add Lines 6 + 7", "9": "Schedule F, Line 3",
    "10": "Schedule C, Line 3", "11": "Add Lines 8 + 9 + 10",
    "12": "Previous Summary Page, Line 16", "13": "Column A, Line 3 above",
    "14": "Schedule I, Line 4", "15": "Column A, Line 8 above",
    "16": "Add Lines 12 + 13 + 14, then subtract Line 15", "17": "Schedule B, Part 2",
    "18": "See instructions", "19": "Add Line 2 + Line 9 in Column B above",
}
SUMMARY_BOLD = frozenset({"3", "5", "8", "11", "16"})
SUMMARY_NOTE = (
    "To calculate Column B, add amounts in Column A to the corresponding amounts from Column B "
    "of your last report. Some amounts in Column A may be negative figures that should be "
    "subtracted from previous period amounts. If this is the first report being filed for this "
    "calendar year, only carry over the amounts from Lines 2, 7, and 9 (if any)."
)

STATEMENT_TYPES = (
    ("PE", "Preelection Statement"), ("SA", "Semi-annual Statement"),
    ("TS", "Termination Statement (Also file a Form 410 Termination)"),
    ("AMD", "Amendment (Explain below)"), ("QT", "Quarterly Statement"),
    ("SY", "Special Odd-Year Report"),
    ("SE", "Supplemental Preelection Statement - Attach Form 495"),
)
