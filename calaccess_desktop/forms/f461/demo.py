"""Demo Forms 461 of a major donor (a growers' association that gave $10,000 or more to
state and local candidates and committees): two semi-annual statements of 2026, the
second starting its Line 4 from the first one's Line 5."""

from __future__ import annotations

import datetime as dt
from typing import Any

NAME = "Sierra Valley Growers Association"
PROFILE = {
    "Filer_NamL": NAME, "Filer_Adr1": "4150 Fruitridge Road", "Filer_City": "Sacramento",
    "Filer_ST": "CA", "Filer_ZIP4": "95820", "Filer_Phon": "916-555-0170",
    "File_Email": "compliance@sierravalleygrowers.org",
    "Tres_NamL": "Haddad", "Tres_NamF": "Leila", "Tres_Adr1": "4150 Fruitridge Road",
    "Tres_City": "Sacramento", "Tres_ST": "CA", "Tres_ZIP4": "95820",
    "Tres_Phon": "916-555-0171",
    "BusAct_CB": "X",
    "BusActvity": "Agricultural cooperative of almond and walnut growers",
}


def _committee(name: str, adr: str, city: str, zip4: str, cmte_id: str) -> dict[str, str]:
    return {"Entity_Cd": "COM", "Payee_NamL": name, "Payee_Adr1": adr, "Payee_City": city,
            "Payee_ST": "CA", "Payee_ZIP4": zip4, "Cmte_ID": cmte_id}


FIRST = [
    ({**_committee("Maria Lopez for City Council 2026", "1420 K Street, Suite 300",
                   "Sacramento", "95814", "1449876"),
      "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Office_Cd": "CCM", "Juris_Cd": "CIT",
      "Juris_Dscr": "City of Sacramento", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S"},
     "20260305", "2500.00", "2500.00", "MON"),
    ({**_committee("Yes on Measure W - Clean Water Bond", "900 J Street", "Sacramento",
                   "95814", "1461122"),
      "Bal_Name": "Measure W - Clean Water Bond", "Bal_Num": "W",
      "Bal_Juris": "Sacramento County", "Sup_Opp_Cd": "S"},
     "20260414", "7500.00", "7500.00", "MON"),
    ({**_committee("Kaur for Assembly 2026", "1010 11th Street", "Sacramento", "95814",
                   "1458890"),
      "Cand_NamL": "Kaur", "Cand_NamF": "Simran", "Office_Cd": "ASM", "Juris_Cd": "ASM",
      "Dist_No": "07", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S"},
     "20260520", "1500.00", "1500.00", "MON"),
]
SECOND = [
    ({**_committee("Yes on Measure W - Clean Water Bond", "900 J Street", "Sacramento",
                   "95814", "1461122"),
      "Bal_Name": "Measure W - Clean Water Bond", "Bal_Num": "W",
      "Bal_Juris": "Sacramento County", "Sup_Opp_Cd": "S",
      "Expn_Dscr": "Printing and postage of a mailer to county voters, paid to the "
                   "committee's vendor"},
     "20260908", "4000.00", "11500.00", "IKD"),
    ({**_committee("Kaur for Assembly 2026", "1010 11th Street", "Sacramento", "95814",
                   "1458890"),
      "Cand_NamL": "Kaur", "Cand_NamF": "Simran", "Office_Cd": "ASM", "Juris_Cd": "ASM",
      "Dist_No": "07", "Off_S_H_Cd": "S", "Sup_Opp_Cd": "S"},
     "20261002", "2000.00", "3500.00", "MON"),
]


def _statement(session: Any, cid: int, start: dt.date, end: dt.date, rows: list[Any],
               signed: str) -> int:
    from calaccess_desktop.services.editing import add_transaction, create_statement

    sid = create_statement(session, cid, "F461", period_from=start, period_through=end)
    for fields, day, amount, cumulative, code in rows:
        add_transaction(session, sid, "EXPN", "F461P5", {
            **fields, "Expn_Date": day, "Amount": amount, "Cum_YTD": cumulative,
            "Expn_Code": code})
    add_transaction(session, sid, "CVR3", "F461", {
        "Entity_Cd": "OFF", "Sig_Date": signed, "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Haddad", "Sig_NamF": "Leila"})
    return sid


NATURE = ("EmplBus_CB", "BusAct_CB", "Assoc_CB", "Other_CB")


def _donor(session: Any, committees: Any) -> int:
    """The demo's major donor (its Part 2 filled in when blank), or a new one."""
    from calaccess_desktop.db.orm import Committee
    from calaccess_desktop.services.editing import create_committee, update_committee

    cid = int(getattr(committees, "major_donor", 0) or 0)
    donor = session.get(Committee, cid) if cid else None
    if donor is None:
        return create_committee(session, NAME, filer_id="1462020", committee_type="",
                                entity_cd="MDI", profile=PROFILE)
    profile = dict(donor.profile or {})
    if not any(profile.get(box) for box in NATURE):
        profile.update(BusAct_CB="X", BusActvity=PROFILE["BusActvity"])
        update_committee(session, cid, profile=profile)
    return cid


def demo(session: Any, committees: Any = None) -> list[int]:
    """The FormSpec.demo hook: two 2026 statements of the demo's major donor."""
    cid = _donor(session, committees)
    first = _statement(session, cid, dt.date(2026, 1, 1), dt.date(2026, 6, 30), FIRST,
                       "20260727")
    second = _statement(session, cid, dt.date(2026, 7, 1), dt.date(2026, 12, 31), SECOND,
                        "20270125")
    return [first, second]
