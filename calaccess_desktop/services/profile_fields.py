"""The committee profile (cover-page data): fields in groups, inline checks, saving.

Profile keys are CVR field names (``Filer_Adr1``, ``Tres_NamL`` ...), so a new
statement's cover page is built from them; the assistant treasurer (a CVR2 ATR
record) and the bank are app-only keys in lower case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.cal.values import check_common
from calaccess_desktop.db.orm import Committee
from calaccess_desktop.forms.filing_calendar import elections_problem
from calaccess_desktop.officers.catalog import PROFILE_KEY
from calaccess_desktop.services.concurrency.conflicts import (
    EditConflict,
    FieldChange,
    changed_by,
    changed_here,
    conflict_message,
)
from calaccess_desktop.services.editing import EditError, create_committee, update_committee
from calaccess_desktop.services.entry_fields import choices_for, too_long

COLUMNS = ("name", "filer_id", "committee_type", "entity_cd")  # Committee columns, not profile


@dataclass(frozen=True, slots=True)
class ProfileField:
    """One field of the profile editor."""

    key: str
    label: str
    max_len: int = 55
    choices: tuple[tuple[str, str], ...] = ()
    required: bool = False


def _f(key: str, label: str, required: bool = False) -> ProfileField:
    cvr = {f.name: f for f in fields_for("CVR", "F460")}
    max_len = cvr[key].max_len if key in cvr else {"name": 200, "filer_id": 9}.get(key, 55)
    lookup = {"committee_type": "Cmtte_Type", "entity_cd": "Entity_Cd"}.get(key, key)
    choices = choices_for(lookup, "CVR")
    if key == "entity_cd":
        choices = tuple(c for c in choices if c[0] in ("CTL", "RCP", "BMC", "CAO", "MDI"))
    if key.endswith("_YN"):
        choices = (("Y", "Yes"), ("N", "No"))
    return ProfileField(key, label, max_len, choices, required)


def _address(prefix: str, who: str) -> tuple[ProfileField, ...]:
    return (_f(f"{prefix}_Adr1", f"{who} street address"),
            _f(f"{prefix}_Adr2", f"{who} address line 2"),
            _f(f"{prefix}_City", f"{who} city"), _f(f"{prefix}_ST", f"{who} state"),
            _f(f"{prefix}_ZIP4", f"{who} ZIP code"))


GROUPS: tuple[tuple[str, tuple[ProfileField, ...]], ...] = (
    ("Committee", (
        _f("name", "Committee name", True), _f("filer_id", "Committee ID number (from the SOS)"),
        _f("committee_type", "Type of committee", True), _f("entity_cd", "Filer is a"),
        *_address("Filer", "Committee"), _f("Filer_Phon", "Committee phone"),
        _f("File_Email", "Committee email"),
        _f("Flag1_YN", "State candidate election committee?"), _f("Flag2_YN", "Recall committee?"),
    )),
    ("Mailing address (if different)", _address("Mail", "Mailing")),
    ("Treasurer", (
        _f("Tres_NamL", "Treasurer last name", True), _f("Tres_NamF", "Treasurer first name"),
        *_address("Tres", "Treasurer"), _f("Tres_Phon", "Treasurer phone"),
        _f("Tres_Email", "Treasurer email"),
    )),
    ("Assistant treasurer (optional)", (
        _f("atr_naml", "Assistant treasurer last name"),
        _f("atr_namf", "Assistant treasurer first name"),
        *_address("atr", "Assistant treasurer"), _f("atr_phon", "Assistant treasurer phone"),
    )),
    ("Candidate or ballot measure", (
        _f("Cand_NamL", "Candidate last name"), _f("Cand_NamF", "Candidate first name"),
        *_address("Cand", "Candidate"), _f("Office_Cd", "Office"),
        _f("Offic_Dscr", "Office (if Other)"), _f("Juris_Cd", "Jurisdiction"),
        _f("Juris_Dscr", "Jurisdiction name"), _f("Dist_No", "District number"),
        _f("Off_S_H_Cd", "Office sought or held"), _f("Bal_Name", "Ballot measure name"),
        _f("Bal_Num", "Measure number or letter"), _f("Bal_Juris", "Measure jurisdiction"),
        _f("Sup_Opp_Cd", "Support or oppose the measure"),
    )),
    ("Bank account", (
        _f("bank_name", "Bank name"), *_address("bank", "Bank"), _f("bank_phon", "Bank phone"),
        _f("bank_account_last4", "Account number (last 4 digits)"),
    )),
    # Form 410 (Statement of Organization) and Form 501 facts: the profile is their source.
    ("Registration (Form 410) and candidate (Form 501)", (
        ProfileField("elections", "Elections the committee takes part in (dates, e.g. "
                     "2026-06-02, 2026-11-03)", 120),
        ProfileField("County_Res", "County of domicile", 20),
        ProfileField("County_Act", "Jurisdiction where active (county)", 20),
        ProfileField("Actvty_Lvl", "Level of activity (general purpose committee)", 2,
                     (("CI", "City"), ("CO", "County"), ("ST", "State"))),
        ProfileField("GPC_Descr", "Description of activity (general purpose committee)", 300),
        ProfileField("Qualfy_Dt", "Date qualified as a committee (MM/DD/YYYY)", 10),
        ProfileField("bank_acct_no", "Bank account number (printed on Form 410 only)", 20),
        ProfileField("cand_party", "Candidate's party (blank: nonpartisan office)", 200),
        ProfileField("cand_year", "Year of the candidate's election (YYYY)", 4),
        ProfileField("cand_agency", "Agency of the office (Form 501)", 90),
        ProfileField("vec_501", "Voluntary expenditure ceiling (state legislative and "
                     "statewide candidates)", 1, (("A", "Accepts"), ("R", "Rejects"))),
        ProfileField("f501_under_2000", "Form 501: will not raise or spend $2,000 or more "
                     "this year", 1, (("Y", "Yes"),)),
        ProfileField("f501_sig_Dt", "Form 501: date the candidate signed (MM/DD/YYYY)", 10),
        ProfileField("f501_sig_loc", "Form 501: place signed (city, state)", 45),
        ProfileField("f470_reached_Dt", "Form 470 Supplement: date $2,000 was received or "
                     "spent (MM/DD/YYYY)", 10),
    )),
    ("Principal officer (Form 410)", (
        ProfileField("pof_naml", "Principal officer last name", 200),
        ProfileField("pof_namf", "Principal officer first name", 45),
        ProfileField("pof_title", "Principal officer title", 45),
        *_address("pof", "Principal officer"), _f("pof_phon", "Principal officer phone"),
    )),
    ("Sponsor (Form 410, sponsored committees)", (
        ProfileField("spo_naml", "Sponsor name", 200),
        ProfileField("spo_industry", "Sponsor's industry group or affiliation", 90),
        *_address("spo", "Sponsor"), _f("spo_phon", "Sponsor phone"),
    )),
)

FIELDS = {f.key: f for _title, group in GROUPS for f in group}

_ZIP = re.compile(r"^\d{5}(-?\d{4})?$")
_STATE = re.compile(r"^[A-Za-z]{2}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def check_profile_value(key: str, value: str) -> str | None:
    """A plain-words problem with one profile value, or None."""
    spec = FIELDS.get(key)
    if not value:
        return "required" if spec and spec.required else None
    problem = too_long(value, spec.max_len if spec else 200) or \
        check_common(value, spec.max_len if spec else 200)
    if problem:
        return problem
    if key == "filer_id" and not value.isdigit():
        return "the ID number has digits only (leave blank while it is pending)"
    if key.endswith("_ZIP4") and not _ZIP.match(value):
        return "a ZIP code is 5 digits, or ZIP+4 like 95814-1234"
    if key.endswith("_ST") and not _STATE.match(value):
        return "use the 2-letter state code, e.g. CA"
    if key.endswith(("_Phon", "_phon")) and len(re.sub(r"\D", "", value)) not in (10, 11):
        return "a phone number has 10 digits, e.g. 916-555-0142"
    if key.endswith(("Email", "_email")) and not _EMAIL.match(value):
        return "this does not look like an email address"
    if key == "bank_account_last4" and not re.fullmatch(r"\d{4}", value):
        return "enter only the last 4 digits"
    if key == "elections":
        return elections_problem(value)
    if key.endswith("_Dt") and profile_date(value) is None:
        return "enter a date like 01/15/2026"
    if key == "cand_year" and not re.fullmatch(r"(19|20)\d\d", value):
        return "enter the year with 4 digits, e.g. 2026"
    if spec and spec.choices and value not in {c for c, _w in spec.choices}:
        return f"{value!r} is not one of the listed choices"
    return None


def profile_date(value: str) -> str | None:
    """A profile date (MM/DD/YYYY or CCYYMMDD) as a CAL date (CCYYMMDD), or None."""
    from calaccess_desktop.cal.values import format_date, parse_date

    text = value.strip()
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if m:
        text = f"{m[3]}{int(m[1]):02d}{int(m[2]):02d}"
    day = parse_date(text) if re.fullmatch(r"\d{8}", text) else None
    return format_date(day) if day else None


def not_required_for(values: dict[str, str]) -> frozenset[str]:
    """Fields a filer of this kind may leave blank: a candidate with no committee (who
    files Forms 470 and 501) has no committee type and no treasurer."""
    if values.get("entity_cd", "").strip().upper() == "CAO":
        return frozenset({"committee_type", "Tres_NamL"})
    return frozenset()


def profile_values(committee: Committee) -> dict[str, str]:
    """The editor's values for a committee."""
    values = {k: str(v) for k, v in (committee.profile or {}).items()}
    values.update(name=committee.name, filer_id=committee.filer_id,
                  committee_type=committee.committee_type, entity_cd=committee.entity_cd)
    return values


def load_profile(session: Session, committee_id: int) -> dict[str, str]:
    """A committee's profile values by key."""
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise EditError(f"there is no committee {committee_id}")
    return profile_values(committee)


@dataclass(frozen=True, slots=True)
class ProfileSeen:
    """A committee's profile as the editor loaded it, with the committee's version then."""

    committee_id: int
    version: int
    values: dict[str, str]
    officers: tuple[str, ...] = ()  # the filing officers' names, primary first


def _seen(committee: Committee) -> ProfileSeen:
    from calaccess_desktop.officers.catalog import chosen

    return ProfileSeen(committee.id, committee.version, profile_values(committee),
                       tuple(o.the_name for o in chosen(committee.profile or {})))


def loaded_profile(session: Session, committee_id: int) -> ProfileSeen:
    """A committee's profile values and version (what the editor saves over)."""
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise EditError(f"there is no committee {committee_id}")
    return _seen(committee)


def profile_changes(seen: ProfileSeen, now: ProfileSeen) -> list[FieldChange]:
    """The editor's fields (and filing officers) whose stored value differs from what
    was loaded, labelled as the editor labels them."""
    old, new = seen.values, now.values
    out = [FieldChange(key, spec.label, old.get(key, ""), new.get(key, ""))
           for key, spec in FIELDS.items() if old.get(key, "") != new.get(key, "")]
    if seen.officers != now.officers:
        out.append(FieldChange(PROFILE_KEY, "Filing officers", ", ".join(seen.officers),
                               ", ".join(now.officers)))
    return out


def check_profile_unchanged(session: Session, seen: ProfileSeen) -> None:
    """Refuse (``EditConflict``, its ``current`` the profile as stored now) when someone
    else changed a field of the editor since ``seen`` was loaded; nothing is written."""
    committee = session.scalars(select(Committee).where(Committee.id == seen.committee_id)
                                .with_for_update()).first()
    if committee is None:
        raise EditConflict("Someone else deleted this committee since you opened its "
                           "profile. Nothing was saved.", None, gone=True)
    if committee.version == seen.version:
        return
    now = _seen(committee)
    changes = profile_changes(seen, now)
    if not changes or changed_here(session, None, "committees", committee.id):
        return
    who = changed_by(session, None, "committees", committee.id)
    raise EditConflict(conflict_message("committee profile", changes, who), now)


def save_profile(session: Session, committee_id: int | None, values: dict[str, str],
                 officers: Sequence[Any] | None = None, *,
                 seen: ProfileSeen | None = None) -> int:
    """Create or update a committee from the editor's values (and, when given, its filing
    officers: codes, ``Officer`` values or "other" dicts; ``services.officers``) in one
    undoable step; refused with every problem listed when a value is wrong. ``seen``:
    the profile as the editor loaded it; a change made since by someone else refuses
    the save (``EditConflict``). Returns the committee id."""
    from calaccess_desktop.services.officers import pick, refresh_drafts, with_officers

    if committee_id is not None and seen is not None:
        check_profile_unchanged(session, seen)

    chosen = pick(officers) if officers is not None else None
    clean = {k: v.strip() for k, v in values.items()}
    if clean.get("Filer_ST"):
        for key in [k for k in clean if k.endswith("_ST")]:
            clean[key] = clean[key].upper()
    optional = not_required_for(clean)
    problems = [f"{FIELDS[k].label}: {msg}" for k, v in clean.items()
                if k in FIELDS and (msg := check_profile_value(k, v))
                and not (k in optional and not v)]
    problems += [f"{f.label}: required" for f in FIELDS.values()
                 if f.required and f.key not in clean and f.key not in optional]
    if problems:
        raise EditError("; ".join(problems))
    edited = {k: v for k, v in clean.items() if k not in COLUMNS}
    if committee_id is None:
        profile: dict[str, Any] = {k: v for k, v in edited.items() if v}
        profile.setdefault("Filer_NamL", clean["name"])
        if chosen is not None:
            profile = with_officers(profile, chosen)
        return create_committee(session, clean["name"], filer_id=clean.get("filer_id", ""),
                                committee_type=clean.get("committee_type", ""),
                                entity_cd=clean.get("entity_cd") or "RCP", profile=profile)
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise EditError(f"there is no committee {committee_id}")
    old = dict(committee.profile or {})
    profile = dict(old)
    for key, value in edited.items():
        if value:
            profile[key] = value
        else:
            profile.pop(key, None)
    if old.get("Filer_NamL", committee.name) == committee.name:
        profile["Filer_NamL"] = clean["name"]
    if chosen is not None:
        profile = with_officers(profile, chosen)
    update_committee(session, committee_id, name=clean["name"],
                     filer_id=clean.get("filer_id", ""),
                     committee_type=clean.get("committee_type", ""),
                     entity_cd=clean.get("entity_cd") or committee.entity_cd, profile=profile)
    if profile.get(PROFILE_KEY) != old.get(PROFILE_KEY):
        refresh_drafts(session, committee_id)
    return committee_id
