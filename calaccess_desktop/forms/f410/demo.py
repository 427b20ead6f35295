"""Demo Form 410s: the demo candidate committee's Statement of Organization (filled from
its profile, with the registration facts a 410 needs), signed by the treasurer and the
candidate; and the PAC's (a general purpose committee with a principal officer)."""

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

PAC_REGISTRATION = {
    "County_Res": "Sacramento", "County_Act": "Sacramento", "Qualfy_Dt": "20250304",
    "Tres_Email": "colleen.brennan@cleanwaterpac.org",
    "Actvty_Lvl": "CI",
    "GPC_Descr": "Supports candidates and measures for clean rivers and safe drinking water",
    "bank_Adr1": "3100 Zinfandel Drive", "bank_City": "Rancho Cordova", "bank_ST": "CA",
    "bank_ZIP4": "95670", "bank_phon": "916-555-0175", "bank_acct_no": "000778122290",
    "pof_naml": "Alvarez", "pof_namf": "Teresa", "pof_title": "Chair",
    "pof_Adr1": "1107 9th Street, Suite 810", "pof_City": "Sacramento", "pof_ST": "CA",
    "pof_ZIP4": "95814", "pof_phon": "916-555-0122",
}


def _registered(session: Any, committee_id: int, facts: dict[str, str], day: str,
                signers: tuple[str, ...]) -> int:
    from calaccess_desktop.db.orm import Committee
    from calaccess_desktop.services.editing import add_transaction
    from calaccess_desktop.services.registration import start_410

    committee = session.get(Committee, committee_id)
    profile = dict(committee.profile or {})
    for key, value in facts.items():
        profile.setdefault(key, value)
    committee.profile = profile
    session.flush()
    sid = start_410(session, committee.id)
    place = f"{profile.get('Filer_City', 'Sacramento')}, CA"
    who = {"TRE": ("Tres_NamL", "Tres_NamF"), "CAO": ("Cand_NamL", "Cand_NamF")}
    for role in signers:
        last, first = who[role]
        add_transaction(session, sid, "CVR3", "F410", {
            "Entity_Cd": role, "Sig_NamL": str(profile.get(last, "")),
            "Sig_NamF": str(profile.get(first, "")), "Sig_Date": day, "Sig_Loc": place})
    return sid


def demo(session: Any, committees: Any) -> list[int]:
    """The candidate committee's and the PAC's initial Forms 410 (signed drafts)."""
    return [
        _registered(session, committees.candidate_committee, REGISTRATION, "20260114",
                    ("TRE", "CAO")),
        _registered(session, committees.pac, PAC_REGISTRATION, "20250306", ("TRE",)),
    ]
