"""Demo Form 465 of the demo PAC: its independent expenditures supporting the demo
candidate in the second pre-election period, filed with the city clerk."""

from __future__ import annotations

import datetime as dt
from typing import Any

SUBJECT = {
    "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Cand_Adr1": "2215 Capitol Avenue",
    "Cand_City": "Sacramento", "Cand_ST": "CA", "Cand_ZIP4": "95816", "Office_Cd": "CCM",
    "Juris_Cd": "CIT",
    "Juris_Dscr": "City of Sacramento", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S",
}
PAYMENTS = (
    ("Capitol Mail Works", "2020 Del Paso Blvd", "95815", "20261005", "3200.00", "3200.00",
     "LIT", "Mailer supporting Maria Lopez for City Council, 12,000 households"),
    ("Sierra Digital Media", "700 R Street, Suite 210", "95811", "20261008", "1850.00",
     "1850.00", "WEB", "Digital video ads supporting Maria Lopez (social media)"),
)
OFFICER = {"Entity_Cd": "OFF", "Title": "City Clerk, City of Sacramento",
           "Mail_Adr1": "915 I Street, 5th Floor", "Mail_City": "Sacramento",
           "Mail_ST": "CA", "Mail_ZIP4": "95814"}
SIGNER = {"Entity_Cd": "TRE", "Sig_NamL": "Okonkwo", "Sig_NamF": "Adaeze",
          "Sig_Date": "20261020", "Sig_Loc": "Sacramento, CA"}


def create(session: Any, committees: Any) -> list[int]:
    """The PAC's Form 465 for the second pre-election period; returns its statement id."""
    from calaccess_desktop.services.editing import add_transaction, create_statement
    from calaccess_desktop.services.late_reports import set_cover_fields

    sid = create_statement(session, committees.pac, "F465", period_from=dt.date(2026, 9, 20),
                           period_through=dt.date(2026, 10, 17), stmt_type="PE",
                           election_date=committees.election)
    set_cover_fields(session, sid, SUBJECT)
    for name, adr, zip4, day, amount, cumulative, code, what in PAYMENTS:
        add_transaction(session, sid, "EXPN", "F465P3", {
            "Entity_Cd": "OTH", "Payee_NamL": name, "Payee_Adr1": adr,
            "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": zip4,
            "Expn_Date": day, "Amount": amount, "Cum_YTD": cumulative, "Expn_Code": code,
            "Expn_Dscr": what})
    add_transaction(session, sid, "CVR2", "F465", dict(OFFICER))
    add_transaction(session, sid, "CVR3", "F465", dict(SIGNER))
    return [sid]
