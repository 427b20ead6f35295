"""Form 501's own fields. CAL 2.01 has no 501 layout, so a 501 statement keeps its
values by NAME in its cover: ``Statement.cover == ["CVR", "F501", "<JSON object>"]``
(no migration; names, not positions, so a field added later shifts nothing).

The candidate's facts come from the committee profile (the 501's source, as for the
410); the statement keeps its own signature and the "under $2,000" statement.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any

from calaccess_desktop.cal.layouts import codes

FORM = "F501"

# name -> label, in the form's order (Part 1 candidate, Part 2 VEC, Part 3 verification).
FIELDS: dict[str, str] = {
    "Cand_NamL": "Candidate last name", "Cand_NamF": "Candidate first name",
    "Cand_NamT": "Title", "Cand_NamS": "Suffix",
    "Cand_Adr1": "Street address", "Cand_Adr2": "Address line 2", "Cand_City": "City",
    "Cand_ST": "State", "Cand_ZIP4": "ZIP code", "Cand_Phon": "Phone",
    "Cand_Email": "Email", "Office": "Office sought", "Agency": "Agency name",
    "Dist_No": "District number", "Party": "Party preference (partisan offices)",
    "Juris": "Jurisdiction (State, County, City, Multi-county, Other)",
    "Juris_Dscr": "Jurisdiction name", "Elect_Year": "Year of election",
    "Elect_Date": "Date of election", "State_Office": "State legislative or statewide office",
    "VEC": "Voluntary expenditure ceiling (A accepts, R rejects)",
    "Under_2000": "Will not raise or spend $2,000 or more in the year (Y)",
    "Sig_Date": "Date signed", "Sig_Loc": "Place signed",
}
# Kept from the statement when the profile does not give them (``with_own``).
OWN_FIELDS = ("Sig_Date", "Sig_Loc", "Under_2000")

STATE_JURIS = frozenset({"STW", "SEN", "ASM", "BOE"})
STATE_OFFICES = frozenset({"SEN", "ASM", "GOV", "LTG", "SOS", "CON", "TRE", "ATT", "INS",
                           "SUP", "BOE"})
# Offices whose candidates skip Part 2 even at state level (CalPERS/CalSTRS, judges).
NO_VEC = frozenset({"PER", "APP", "SPM", "SCJ"})
JURIS_BOX = {"STW": "State", "SEN": "State", "ASM": "State", "BOE": "State",
             "CTY": "County", "CIT": "City", "LOC": "Other", "OTH": "Other"}


def with_own(cover: Sequence[str], values: Mapping[str, str]) -> list[str]:
    """A 501 cover with the statement's own fields (date and place signed, the "under
    $2,000" statement) set; ValueError, in words, for any other field (those come from
    the committee profile)."""
    unknown = [k for k in values if k not in OWN_FIELDS]
    if unknown:
        raise ValueError(f"A Form 501 keeps only the date and place signed and the "
                         f"'under $2,000' statement itself; {', '.join(unknown)} come "
                         "from the committee profile.")
    current = read(cover)
    current.update(values)
    return write(current)


def read(cover: Sequence[str]) -> dict[str, str]:
    """The 501's values by name from a stored cover ({} when there are none)."""
    if len(cover) < 3 or str(cover[1]).upper() != FORM:
        return {}
    try:
        data = json.loads(cover[2])
    except (TypeError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if k in FIELDS and v not in ("", None)}


def write(values: Mapping[str, str]) -> list[str]:
    """A 501 cover holding these values (unknown names and blanks dropped)."""
    kept = {k: str(v).strip() for k, v in values.items() if k in FIELDS and str(v).strip()}
    return ["CVR", FORM, json.dumps(kept, sort_keys=True, ensure_ascii=False)]


def vec_applies(values: Mapping[str, str]) -> bool:
    """Part 2 (expenditure ceiling) is for state Senate, Assembly and statewide offices."""
    return values.get("State_Office") == "Y"


def from_profile(profile: Mapping[str, Any], *, name: str, election_year: str,
                 election_date: str = "") -> dict[str, str]:
    """The 501's Part 1 and Part 2 values from a committee profile."""
    p = {k: str(v) for k, v in profile.items() if isinstance(v, str | int) and str(v)}
    office_cd = p.get("Office_Cd", "").upper()
    office = p.get("Offic_Dscr") if office_cd == "OTH" else codes("office").get(office_cd, "")
    juris_cd = p.get("Juris_Cd", "").upper()
    state = (juris_cd in STATE_JURIS or office_cd in STATE_OFFICES) and office_cd not in NO_VEC
    out = {key: p.get(key, "") for key in ("Cand_NamL", "Cand_NamF", "Cand_NamT", "Cand_NamS",
                                           "Cand_Adr1", "Cand_Adr2", "Cand_City", "Cand_ST",
                                           "Cand_ZIP4", "Cand_Phon", "Cand_Email", "Dist_No",
                                           "Juris_Dscr")}
    if not out["Cand_NamL"]:
        out["Cand_NamL"] = name
    sig = p.get("f501_sig_Dt", "")
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", sig)
    out.update(Sig_Date=f"{m[3]}{int(m[1]):02d}{int(m[2]):02d}" if m else sig,
               Sig_Loc=p.get("f501_sig_loc", ""), Under_2000=p.get("f501_under_2000", ""))
    out.update(Office=office or "", Agency=p.get("cand_agency", ""),
               Party=p.get("cand_party", ""), Juris=JURIS_BOX.get(juris_cd, ""),
               Elect_Year=p.get("cand_year") or election_year, Elect_Date=election_date,
               State_Office="Y" if state else "", VEC=p.get("vec_501", "") if state else "")
    return {k: v for k, v in out.items() if v}
