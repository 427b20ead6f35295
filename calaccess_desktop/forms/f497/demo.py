"""Demo Form 497 of the demo PAC: a large contribution it received and one it made to a
ballot measure committee, inside the 90 days before the demo election."""

from __future__ import annotations

from typing import Any

RECEIVED = {
    "Entity_Cd": "OTH", "Enty_NamL": "Sacramento Valley Water Agencies Association",
    "Enty_Adr1": "915 L Street, Suite 1100", "Enty_City": "Sacramento", "Enty_ST": "CA",
    "Enty_ZIP4": "95814", "Ctrib_Date": "20260914", "Amount": "5000.00",
}
RECEIVED_IND = {
    "Entity_Cd": "IND", "Enty_NamL": "Alvarez", "Enty_NamF": "Teresa",
    "Enty_Adr1": "4120 Riverside Blvd", "Enty_City": "Sacramento", "Enty_ST": "CA",
    "Enty_ZIP4": "95818", "Ctrib_Emp": "Alvarez Engineering", "Ctrib_Occ": "Civil engineer",
    "Ctrib_Date": "20260916", "Amount": "1200.00",
}
MADE = {
    "Entity_Cd": "RCP", "Enty_NamL": "Yes on Measure W - Clean Rivers 2026",
    "Enty_Adr1": "1107 9th Street, Suite 400", "Enty_City": "Sacramento", "Enty_ST": "CA",
    "Enty_ZIP4": "95814", "Cmte_ID": "1481234", "Ctrib_Date": "20260915",
    "Amount": "2500.00", "Elec_Date": "20261103",
    "Bal_Name": "Sacramento River Cleanup Bond", "Bal_Num": "W",
    "Bal_Juris": "City of Sacramento",
}


SIGNED = {"Sig_Date": "20260916", "Sig_Loc": "Sacramento, CA"}


def sign_by_treasurer(session: Any, statement_id: int, signed: dict[str, str]) -> None:
    """The verification of a late report (497 or 496), by the committee's treasurer as
    its profile names them: kept as a CVR3 record for the check and the printout (the
    CAL layouts of these forms have no verification record, so it is not exported)."""
    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services.editing import add_transaction

    stmt = session.get(Statement, statement_id)
    profile = stmt.committee.profile or {}
    add_transaction(session, statement_id, "CVR3", stmt.form_type, {
        "Entity_Cd": "TRE", "Sig_NamL": str(profile.get("Tres_NamL", "")),
        "Sig_NamF": str(profile.get("Tres_NamF", "")), **signed})


def create(session: Any, committees: Any) -> list[int]:
    """The PAC's Form 497 (Parts 1 and 2), signed by its treasurer; returns its
    statement id."""
    from calaccess_desktop.services.editing import add_transaction, create_statement

    sid = create_statement(session, committees.pac, "F497", election_date=committees.election)
    add_transaction(session, sid, "S497", "F497P1", dict(RECEIVED))
    add_transaction(session, sid, "S497", "F497P1", dict(RECEIVED_IND))
    add_transaction(session, sid, "S497", "F497P2", dict(MADE))
    sign_by_treasurer(session, sid, SIGNED)
    return [sid]
