"""Demo Form 470: the candidate with no controlled committee files the short form for
2026 (the general election of 2026-11-03), signed."""

from __future__ import annotations

from typing import Any

DEMO_FILER_ID = "1478021"
CANDIDATE = {
    "Cand_NamL": "Whitfield", "Cand_NamF": "James", "Cand_Adr1": "4120 Riverside Blvd",
    "Cand_City": "Sacramento", "Cand_ST": "CA", "Cand_ZIP4": "95822",
    "Cand_Phon": "916-555-0188", "Office_Cd": "BED", "Juris_Cd": "LOC",
    "Juris_Dscr": "Sacramento City Unified School District", "Dist_No": "4",
    "Off_S_H_Cd": "S", "cand_agency": "Sacramento City Unified School District",
    "cand_year": "2026",
}


def candidate_profile(session: Any, committee_id: int) -> dict[str, Any]:
    """Fill the demo candidate's own facts the 470 and 501 need (kept when present)."""
    from calaccess_desktop.db.orm import Committee

    committee = session.get(Committee, committee_id)
    profile = dict(committee.profile or {})
    for key, value in CANDIDATE.items():
        profile.setdefault(key, value)
    committee.profile = profile
    if not committee.filer_id:  # the SOS gives a candidate an ID number with the 501
        committee.filer_id = DEMO_FILER_ID
    session.flush()
    return profile


def demo(session: Any, committees: Any) -> list[int]:
    """The candidate's Form 470 for 2026."""
    from calaccess_desktop.services.editing import add_transaction
    from calaccess_desktop.services.registration import start_470

    profile = candidate_profile(session, committees.candidate)
    sid = start_470(session, committees.candidate, committees.election.year,
                    election=committees.election)
    add_transaction(session, sid, "CVR3", "F470", {
        "Entity_Cd": "CAO", "Sig_NamL": str(profile["Cand_NamL"]),
        "Sig_NamF": str(profile.get("Cand_NamF", "")), "Sig_Date": "20260305",
        "Sig_Loc": "Sacramento, CA"})
    return [sid]
