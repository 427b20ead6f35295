"""Demo Form 450s of the small committee: a semi-annual statement with a few small
contributions and itemized payments, entered through the services the window uses."""

from __future__ import annotations

import datetime as dt
from typing import Any

# Neighbors giving under $100 each in the year: nothing to itemize (Form 450 allows it).
SMALL = [("Alvarez", "Lucia", "25.00"), ("Brooks", "Henry", "40.00"),
         ("Castro", "Mina", "75.00"), ("Dunn", "Oliver", "60.00"),
         ("Ellis", "Nora", "35.00"), ("Fong", "Wesley", "50.00"),
         ("Garcia", "Elena", "90.00"), ("Hughes", "Tom", "20.00"),
         ("Ito", "Kenji", "45.00"), ("Jones", "Ruth", "99.00")]

PAYMENTS = [
    ("Midtown Print Shop", "2115 J Street", "95816", "20260312", "240.00", "LIT",
     "Flyers for the park clean-up day"),
    ("Sacramento Parks Foundation", "1 Capitol Park", "95814", "20260420", "150.00", "CVC",
     "Donation for new benches"),
    ("Corner Hardware", "2400 K Street", "95816", "20260515", "35.50", "OFC",
     "Gloves and trash bags"),
    ("Kaur for Assembly 2026", "1010 11th Street", "95814", "20260506", "100.00", "CTB",
     "Contribution to Simran Kaur, candidate for Assembly District 7"),
]
# A contribution made to a candidate: who it supports, and its amount per election to
# date (Part 5's SPLT record: the general election of November 3, 2026).
TARGETS = {"Kaur for Assembly 2026": {
    "Entity_Cd": "COM", "Cmte_ID": "1458890", "Cand_NamL": "Kaur", "Cand_NamF": "Simran",
    "Office_Cd": "ASM", "Juris_Cd": "ASM", "Dist_No": "07", "Off_S_H_Cd": "S",
    "Sup_Opp_Cd": "S"}}
PER_ELECTION = {"Kaur for Assembly 2026": ("G", "20261103", "100.00")}


def _payee(name: str, adr: str, zip4: str) -> dict[str, str]:
    return {"Entity_Cd": "OTH", "Payee_NamL": name, "Payee_Adr1": adr,
            "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": zip4}


def tran_id_of(session: Any, record_id: int) -> str:
    """The Tran_ID a stored record was given."""
    from calaccess_desktop.db.orm import Record

    record = session.get(Record, record_id)
    return str(record.tran_id) if record is not None else ""


def demo(session: Any, committees: Any) -> list[int]:
    """The FormSpec.demo hook: one semi-annual Form 450 (Jan-Jun 2026)."""
    from calaccess_desktop.services.editing import add_transaction, create_statement

    cid = committees.small_committee
    sid = create_statement(session, cid, "F450", period_from=dt.date(2026, 1, 1),
                           period_through=dt.date(2026, 6, 30), stmt_type="SA")
    for i, (last, first, amount) in enumerate(SMALL):
        add_transaction(session, sid, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": last, "Ctrib_NamF": first,
            "Ctrib_Adr1": f"{200 + 17 * i} P Street", "Ctrib_City": "Sacramento",
            "Ctrib_ST": "CA", "Ctrib_ZIP4": "95816",
            "Rcpt_Date": (dt.date(2026, 2, 3) + dt.timedelta(days=9 * i)).strftime("%Y%m%d"),
            "Amount": amount})
    add_transaction(session, sid, "RCPT", "I", {
        "Entity_Cd": "OTH", "Ctrib_NamL": "River City Bank", "Ctrib_Adr1": "2485 Natomas Park",
        "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95833",
        "Rcpt_Date": "20260630", "Amount": "3.18", "Ctrib_Dscr": "Interest on account"})
    for name, adr, zip4, day, amount, code, words in PAYMENTS:
        rid = add_transaction(session, sid, "EXPN", "F450P5", {
            **_payee(name, adr, zip4), "Expn_Date": day, "Amount": amount, "Expn_Code": code,
            "Expn_Dscr": words, **TARGETS.get(name, {})})
        if name in PER_ELECTION:
            elec_code, elec_date, elec_amount = PER_ELECTION[name]
            add_transaction(session, sid, "SPLT", "F450P5", {
                "Ptran_Id": tran_id_of(session, rid), "Elec_Code": elec_code,
                "Elec_Date": elec_date, "Elec_Amount": elec_amount})
    add_transaction(session, sid, "CVR3", "F450", {
        "Entity_Cd": "TRE", "Sig_Date": "20260729", "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Okoye", "Sig_NamF": "Adaeze"})
    return [sid]
