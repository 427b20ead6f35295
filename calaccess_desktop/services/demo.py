"""A realistic sample committee: two consecutive Form 460s using every schedule, and a
Form 497, entered through the same services the GUI uses. ``demo --all-forms`` adds the
committees the other forms need (``DemoCommittees``, ``services/demo_forms.py``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from calaccess_desktop.services.editing import (
    add_transaction,
    create_committee,
    create_statement,
    update_transaction,
)

DEMO_NAME = "Maria Lopez for City Council 2026"
DEMO_ELECTION = dt.date(2026, 11, 3)  # the general election all demo data is about


@dataclass(frozen=True, slots=True)
class DemoCommittees:
    """The demo committees each form's ``FormSpec.demo(session, committees)`` hook gets
    (row ids), and the election they take part in."""

    candidate_committee: int  # Maria Lopez for City Council 2026 (C, CTL): 460, 497, 410
    pac: int  # Californians for Clean Water PAC (G, RCP; makes IEs): 461, 465, 496, 497
    small_committee: int  # Friends of Midtown Parks (G, RCP, small): 450, 425
    candidate: int  # James Whitfield, candidate with no committee (CAO): 470, 501
    major_donor: int  # Sierra Builders Association (MDI): a major donor's 461
    election: dt.date = DEMO_ELECTION

PROFILE = {
    "Filer_NamL": DEMO_NAME,
    "Filer_Adr1": "1420 K Street, Suite 300", "Filer_City": "Sacramento", "Filer_ST": "CA",
    "Filer_ZIP4": "95814", "Filer_Phon": "916-555-0142", "File_Email": "treasurer@lopez2026.org",
    "Tres_NamL": "Nguyen", "Tres_NamF": "David", "Tres_Adr1": "88 Capitol Mall",
    "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95814",
    "Tres_Phon": "916-555-0199", "Tres_Email": "david.nguyen@lopez2026.org",
    "Flag1_YN": "N", "Flag2_YN": "N",
    "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Cand_Adr1": "2215 Capitol Avenue",
    "Cand_City": "Sacramento", "Cand_ST": "CA", "Cand_ZIP4": "95816",
    "Office_Cd": "CCM", "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento",
    "Off_S_H_Cd": "S", "Dist_No": "",
    "bank_name": "Golden 1 Credit Union", "bank_account_last4": "4417",
}


def _ind(last: str, first: str, adr: str, city: str, zip4: str, emp: str, occ: str,
         prefix: str = "Ctrib", adr_prefix: str = "") -> dict[str, str]:
    a = adr_prefix or prefix
    out = {"Entity_Cd": "IND", f"{prefix}_NamL": last, f"{prefix}_NamF": first,
           f"{a}_Adr1": adr, f"{a}_City": city, f"{a}_ST": "CA", f"{a}_ZIP4": zip4}
    if emp:
        out[f"{prefix}_Emp"], out[f"{prefix}_Occ"] = emp, occ
    return out


def _payee(name: str, adr: str, city: str, zip4: str, entity: str = "OTH") -> dict[str, str]:
    return {"Entity_Cd": entity, "Payee_NamL": name, "Payee_Adr1": adr, "Payee_City": city,
            "Payee_ST": "CA", "Payee_ZIP4": zip4}


CONTRIBUTORS = [
    ("Okafor", "Grace", "1901 J Street", "Sacramento", "95811", "Sutter Health", "Nurse"),
    ("Chen", "Robert", "4410 Freeport Blvd", "Sacramento", "95822", "Chen Design Studio",
     "Architect"),
    ("Ramirez", "Ana", "310 Alhambra Blvd", "Sacramento", "95816", "Sacramento City USD",
     "Teacher"),
    ("Goldberg", "Samuel", "77 Howe Avenue", "Sacramento", "95825", "Goldberg & Ito LLP",
     "Attorney"),
    ("Patel", "Priya", "2600 Capitol Avenue", "Sacramento", "95816", "UC Davis Health",
     "Physician"),
    ("Johnson", "Terrell", "5020 Franklin Blvd", "Sacramento", "95820", "Retired", "Retired"),
]


def _receipts(session: Session, sid: int, day: dt.date, scale: int) -> None:
    for i, (last, first, adr, city, zip4, emp, occ) in enumerate(CONTRIBUTORS):
        amount = (250 + 125 * i) * scale
        add_transaction(session, sid, "RCPT", "A", {
            **_ind(last, first, adr, city, zip4, emp, occ),
            "Rcpt_Date": (day + dt.timedelta(days=9 * i)).strftime("%Y%m%d"),
            "Amount": f"{amount}.00"})
    for i, (last, first) in enumerate((("Kim", "Jae"), ("Silva", "Rosa"), ("Walker", "Ben"))):
        add_transaction(session, sid, "RCPT", "A", {
            **_ind(last, first, f"{100 + i} Broadway", "Sacramento", "95818", "", ""),
            "Rcpt_Date": (day + dt.timedelta(days=3 + i)).strftime("%Y%m%d"),
            "Amount": "25.00"})
    add_transaction(session, sid, "RCPT", "A", {
        "Entity_Cd": "COM", "Ctrib_NamL": "Sacramento Firefighters PAC", "Cmte_ID": "1367440",
        "Ctrib_Adr1": "2420 Del Paso Road", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
        "Ctrib_ZIP4": "95834", "Rcpt_Date": (day + dt.timedelta(days=20)).strftime("%Y%m%d"),
        "Amount": f"{1000 * scale}.00"})


def _first_statement(session: Session, cid: int) -> int:
    sid = create_statement(session, cid, "F460", period_from=dt.date(2026, 1, 1),
                           period_through=dt.date(2026, 6, 30), stmt_type="SA")
    _receipts(session, sid, dt.date(2026, 2, 2), 1)
    add_transaction(session, sid, "LOAN", "B1", {
        **_ind("Lopez", "Maria", "2215 Capitol Avenue", "Sacramento", "95816", "", "",
               prefix="Lndr", adr_prefix="Loan"),
        "Loan_EMP": "City of Sacramento", "Loan_OCC": "Planner",
        "Loan_Date1": "20260115", "Loan_Date2": "20261231", "Loan_Amt1": "5000.00",
        "Loan_Amt2": "4000.00", "Loan_Amt4": "0.00", "Loan_Rate": "0%",
        "Loan_Amt5": "1000.00", "Loan_Amt8": "5000.00"})
    add_transaction(session, sid, "LOAN", "B2", {
        "Entity_Cd": "IND", "Lndr_NamL": "Lopez", "Lndr_NamF": "Eduardo",
        "Loan_Adr1": "2215 Capitol Avenue", "Loan_City": "Sacramento", "Loan_ST": "CA",
        "Loan_ZIP4": "95816", "Loan_Date1": "20260115", "Loan_Amt1": "5000.00",
        "Loan_Amt2": "5000.00", "Loan_EMP": "Retired", "Loan_OCC": "Retired"})
    add_transaction(session, sid, "RCPT", "C", {
        **_ind("Ramirez", "Ana", "310 Alhambra Blvd", "Sacramento", "95816",
               "Sacramento City USD", "Teacher"),
        "Rcpt_Date": "20260320", "Amount": "180.00",
        "Ctrib_Dscr": "Food and refreshments for house party"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("Capitol Print & Mail", "1700 I Street", "Sacramento", "95811"),
        "Expn_Date": "20260405", "Amount": "1850.00", "Expn_Code": "LIT",
        "Expn_Dscr": "Walk pieces and door hangers"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("City of Sacramento", "915 I Street", "Sacramento", "95814"),
        "Expn_Date": "20260301", "Amount": "300.00", "Expn_Code": "FIL"})
    consulting = add_transaction(session, sid, "EXPN", "E", {
        **_payee("Rivera Strategies", "555 Capitol Mall", "Sacramento", "95814"),
        "Expn_Date": "20260510", "Amount": "3000.00", "Expn_Code": "CNS",
        "Expn_Dscr": "Campaign consulting, April-May"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("Corner Coffee", "2000 16th Street", "Sacramento", "95818"),
        "Expn_Date": "20260210", "Amount": "45.00", "Expn_Code": "MTG"})
    add_transaction(session, sid, "EXPN", "G", {
        **_payee("Meta Platforms", "1 Hacker Way", "Menlo Park", "94025"),
        "Agent_NamL": "Rivera Strategies", "Amount": "900.00", "Expn_Code": "WEB",
        "Expn_Dscr": "Online advertising placed by consultant",
        "BakRef_TID": _tran_id(session, consulting), "G_From_E_F": "E"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("Yes on Measure L", "900 J Street", "Sacramento", "95814", "COM"),
        "Cmte_ID": "1456789", "Expn_Date": "20260415", "Amount": "500.00", "Expn_Code": "CTB",
        "Expn_Dscr": "Contribution to support Measure L"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("Delta Web Design", "1212 Del Paso Blvd", "Sacramento", "95815"),
        "Expn_Date": "20260520", "Amount": "400.00", "Expn_Code": "WEB",
        "Expn_Dscr": "Partial payment for campaign website"})
    add_transaction(session, sid, "EXPN", "D", {
        **_payee("Friends of the River Parkway", "400 Jibboom Street", "Sacramento",
                 "95811", "COM"),
        "Expn_Date": "20260601", "Amount": "750.00", "Expn_Code": "MON",
        "Expn_Dscr": "Loan to the committee (see Schedule H)", "Sup_Opp_Cd": "S"})
    add_transaction(session, sid, "EXPN", "D", {
        **_payee("Yes on Measure L", "900 J Street", "Sacramento", "95814", "COM"),
        "Expn_Date": "20260415", "Amount": "500.00", "Expn_Code": "MON",
        "Bal_Name": "Measure L - Library Parcel Tax", "Bal_Num": "L",
        "Bal_Juris": "City of Sacramento", "Sup_Opp_Cd": "S"})
    add_transaction(session, sid, "DEBT", "F", {
        **_payee("Delta Web Design", "1212 Del Paso Blvd", "Sacramento", "95815"),
        "Beg_Bal": "0.00", "Amt_Incur": "1200.00", "Amt_Paid": "400.00", "End_Bal": "800.00",
        "Expn_Code": "WEB", "Expn_Dscr": "Campaign website"})
    add_transaction(session, sid, "LOAN", "H", {
        "Entity_Cd": "COM", "Lndr_NamL": "Friends of the River Parkway",
        "Loan_Adr1": "400 Jibboom Street", "Loan_City": "Sacramento", "Loan_ST": "CA",
        "Loan_ZIP4": "95811", "Loan_Date1": "20260601", "Loan_Date2": "20261201",
        "Loan_Amt1": "750.00", "Loan_Amt2": "750.00", "Loan_Amt4": "0.00",
        "Loan_Rate": "2%", "Loan_Amt8": "750.00"})
    add_transaction(session, sid, "RCPT", "I", {
        "Entity_Cd": "OTH", "Ctrib_NamL": "Golden 1 Credit Union",
        "Ctrib_Adr1": "8945 Cal Center Drive",
        "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95826",
        "Rcpt_Date": "20260630", "Amount": "112.40", "Ctrib_Dscr": "Interest on account"})
    add_transaction(session, sid, "CVR3", "F460", {
        "Entity_Cd": "TRE", "Sig_Date": "20260728", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Nguyen", "Sig_NamF": "David"})
    add_transaction(session, sid, "CVR3", "F460", {
        "Entity_Cd": "CAO", "Sig_Date": "20260728", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Lopez", "Sig_NamF": "Maria"})
    add_transaction(session, sid, "TEXT", "E", {
        "Text4000": "Printing costs were shared with the Measure L committee; "
                    "our share is reported here."})
    return sid


def _carried(session: Session, sid: int, rec_type: str, schedule: str) -> int:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    return session.scalars(
        select(Record.id).where(Record.statement_id == sid, Record.rec_type == rec_type,
                                Record.form_type == schedule)
    ).one()


def _tran_id(session: Session, record_id: int) -> str:
    from calaccess_desktop.db.orm import Record

    rec = session.get(Record, record_id)
    return rec.tran_id or "" if rec else ""


def _second_statement(session: Session, cid: int) -> int:
    sid = create_statement(session, cid, "F460", period_from=dt.date(2026, 7, 1),
                           period_through=dt.date(2026, 9, 19), stmt_type="PE",
                           election_date=dt.date(2026, 11, 3))
    _receipts(session, sid, dt.date(2026, 7, 6), 2)
    # Open loans and the unpaid bill were carried over from the first statement.
    update_transaction(session, _carried(session, sid, "LOAN", "B1"),
                       {"Loan_Amt5": "1000.00", "Loan_Amt2": "3000.00"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("KXJZ Capital Public Radio", "7055 Folsom Blvd", "Sacramento", "95826"),
        "Expn_Date": "20260815", "Amount": "4200.00", "Expn_Code": "RAD"})
    add_transaction(session, sid, "EXPN", "E", {
        **_payee("Delta Web Design", "1212 Del Paso Blvd", "Sacramento", "95815"),
        "Expn_Date": "20260720", "Amount": "800.00", "Expn_Code": "WEB",
        "Expn_Dscr": "Payment of accrued expense (website)"})
    update_transaction(session, _carried(session, sid, "DEBT", "F"),
                       {"Amt_Paid": "800.00", "End_Bal": "0.00"})
    update_transaction(session, _carried(session, sid, "LOAN", "H"),
                       {"Loan_Amt5": "250.00", "Loan_Amt7": "7.50", "Loan_Amt2": "500.00"})
    add_transaction(session, sid, "CVR3", "F460", {
        "Entity_Cd": "TRE", "Sig_Date": "20260922", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Nguyen", "Sig_NamF": "David"})
    add_transaction(session, sid, "CVR3", "F460", {
        "Entity_Cd": "CAO", "Sig_Date": "20260922", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Lopez", "Sig_NamF": "Maria"})
    return sid


# Contributions of $1,000 or more in the 90 days before the election (Form 497, Part 1).
LATE_CONTRIBUTIONS = [
    ("Patel", "Priya", "2600 Capitol Avenue", "95816", "UC Davis Health", "Physician",
     "20260811", "1500.00"),
    ("Johnson", "Terrell", "5020 Franklin Blvd", "95820", "Retired", "Retired",
     "20260820", "1750.00"),
]


def _late_report(session: Session, cid: int) -> int:
    sid = create_statement(session, cid, "F497", election_date=dt.date(2026, 11, 3))
    for last, first, adr, zip4, emp, occ, day, amount in LATE_CONTRIBUTIONS:
        add_transaction(session, sid, "S497", "F497P1", {
            **_ind(last, first, adr, "Sacramento", zip4, "", "", prefix="Enty"),
            "Ctrib_Emp": emp, "Ctrib_Occ": occ, "Ctrib_Date": day, "Amount": amount})
    add_transaction(session, sid, "S497", "F497P1", {
        **_ind("Goldberg", "Samuel", "77 Howe Avenue", "Sacramento", "95825",
               "", "", prefix="Enty"),
        "Ctrib_Emp": "Goldberg & Ito LLP", "Ctrib_Occ": "Attorney",
        "Ctrib_Date": "20261012", "Amount": "1500.00"})
    return sid


def create_demo(session: Session) -> tuple[int, list[int]]:
    """Create the demo committee and its statements; returns (committee id, statement ids)."""
    cid = create_committee(session, DEMO_NAME, filer_id="1449876", committee_type="C",
                           entity_cd="CTL", profile=PROFILE)
    first = _first_statement(session, cid)
    second = _second_statement(session, cid)
    late = _late_report(session, cid)
    return cid, [first, second, late]
