"""Demo Form 501: the candidate's intention statement for the 2026-11-03 election,
signed (it is then filed on paper)."""

from __future__ import annotations

from typing import Any


def demo(session: Any, committees: Any) -> list[int]:
    """The candidate's Form 501."""
    from calaccess_desktop.forms.f470.demo import candidate_profile
    from calaccess_desktop.services.registration import set_501_fields, start_501

    candidate_profile(session, committees.candidate)
    sid = start_501(session, committees.candidate, committees.election)
    set_501_fields(session, sid, {"Sig_Date": "20260210", "Sig_Loc": "Sacramento, CA",
                                  "Under_2000": "Y"})
    return [sid]
