"""Demo Form 410s: the demo candidate committee's Statement of Organization (filled from
its profile, with the registration facts a 410 needs), signed by the treasurer and the
candidate."""

from __future__ import annotations

from typing import Any

REGISTRATION = {
    "County_Res": "Sacramento", "County_Act": "Sacramento",
    "Qualfy_Dt": "20260112", "cand_party": "", "cand_year": "2026",
    "bank_Adr1": "8945 Cal Center Drive", "bank_City": "Sacramento", "bank_ST": "CA",
    "bank_ZIP4": "95826", "bank_phon": "916-555-0170", "bank_acct_no": "000123454417",
    "atr_naml": "Okafor", "atr_namf": "Daniel", "atr_Adr1": "901 H Street",
    "atr_City": "Sacramento", "atr_ST": "CA", "atr_ZIP4": "95814",
    "atr_phon": "916-555-0131",
}


def demo(session: Any, committees: Any) -> list[int]:
    """The candidate committee's initial Form 410 (a signed draft)."""
    from calaccess_desktop.db.orm import Committee
    from calaccess_desktop.services.editing import add_transaction
    from calaccess_desktop.services.registration import start_410

    committee = session.get(Committee, committees.candidate_committee)
    profile = dict(committee.profile or {})
    for key, value in REGISTRATION.items():
        profile.setdefault(key, value)
    committee.profile = profile
    session.flush()
    sid = start_410(session, committee.id)
    place = f"{profile.get('Filer_City', 'Sacramento')}, CA"
    add_transaction(session, sid, "CVR3", "F410", {
        "Entity_Cd": "TRE", "Sig_NamL": str(profile.get("Tres_NamL", "")),
        "Sig_NamF": str(profile.get("Tres_NamF", "")), "Sig_Date": "20260114",
        "Sig_Loc": place})
    add_transaction(session, sid, "CVR3", "F410", {
        "Entity_Cd": "CAO", "Sig_NamL": str(profile.get("Cand_NamL", "")),
        "Sig_NamF": str(profile.get("Cand_NamF", "")), "Sig_Date": "20260114",
        "Sig_Loc": place})
    return [sid]
