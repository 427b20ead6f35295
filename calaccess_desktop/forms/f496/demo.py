"""Demo Form 496 of the demo PAC: mailers and digital ads supporting the demo candidate
inside the 90 days before the election, and the contributions of $100 or more it
received since July 1."""

from __future__ import annotations

from typing import Any

SUBJECT = {
    "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Cand_Adr1": "2215 Capitol Avenue",
    "Cand_City": "Sacramento", "Cand_ST": "CA", "Cand_ZIP4": "95816", "Office_Cd": "CCM",
    "Juris_Cd": "CIT",
    "Juris_Dscr": "City of Sacramento", "Dist_No": "", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S",
}
EXPENDITURES = (
    {"Exp_Date": "20261005", "Amount": "3200.00",
     "Expn_Dscr": "Mailer supporting Maria Lopez for City Council, 12,000 households"},
    {"Exp_Date": "20261008", "Date_Thru": "20261014", "Amount": "1850.00",
     "Expn_Dscr": "Digital video ads supporting Maria Lopez (social media)"},
)
SIGNED = {"Sig_Date": "20261014", "Sig_Loc": "Sacramento, CA"}
CONTRIBUTIONS = (
    ("IND", "Whitaker", "Ellen", "2901 Land Park Drive", "95818", "Whitaker Farms",
     "Farmer", "20260712", "2500.00"),
    ("IND", "Nakamura", "Ken", "816 University Avenue", "95825", "Sacramento State",
     "Professor", "20260803", "250.00"),
    ("OTH", "River City Anglers Club", "", "1 Discovery Park Road", "95833", "", "",
     "20260921", "1000.00"),
)


def create(session: Any, committees: Any) -> list[int]:
    """The PAC's Form 496 about the demo candidate, signed by its treasurer; returns
    its statement id."""
    from calaccess_desktop.forms.f497.demo import sign_by_treasurer
    from calaccess_desktop.services.editing import add_transaction, create_statement
    from calaccess_desktop.services.late_reports import set_cover_fields

    sid = create_statement(session, committees.pac, "F496", election_date=committees.election)
    set_cover_fields(session, sid, SUBJECT)
    for line in EXPENDITURES:
        add_transaction(session, sid, "S496", "F496", dict(line))
    for code, last, first, adr, zip4, emp, occ, day, amount in CONTRIBUTIONS:
        fields = {"Entity_Cd": code, "Ctrib_NamL": last, "Ctrib_NamF": first,
                  "Ctrib_Adr1": adr, "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                  "Ctrib_ZIP4": zip4, "Ctrib_Emp": emp, "Ctrib_Occ": occ, "Rcpt_Date": day,
                  "Amount": amount, "Cum_YTD": amount}
        add_transaction(session, sid, "RCPT", "F496P3", {k: v for k, v in fields.items() if v})
    sign_by_treasurer(session, sid, SIGNED)
    return [sid]
