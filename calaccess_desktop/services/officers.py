"""A committee's filing officers: which it files with (kept in its profile under
``filing_officers``), where its e-filing goes, and choosing them."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f460.itemize import contributor_threshold
from calaccess_desktop.officers.catalog import PROFILE_KEY, OfficerError, chosen, resolve
from calaccess_desktop.officers.model import OTHER_CODE, Officer


class NoCommittee(UserError, LookupError):
    """No such committee."""


def _committee(session: Session, committee_id: int) -> Committee:
    committee = session.get(Committee, committee_id)
    if committee is None:
        raise NoCommittee(f"There is no committee {committee_id}.")
    return committee


def officers_of(session: Session, committee_id: int) -> list[Officer]:
    """The committee's filing officers, primary first (the Secretary of State when none
    is chosen: a state committee)."""
    return list(chosen(_committee(session, committee_id).profile or {}))


def primary_officer(session: Session, committee_id: int) -> Officer:
    """Where the committee's statements are filed (and its e-filing goes): the first
    officer chosen, else the Secretary of State."""
    return officers_of(session, committee_id)[0]


def officers_of_statement(session: Session, statement_id: int) -> list[Officer]:
    """The filing officers of a statement's committee."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise NoCommittee(f"There is no statement {statement_id}.")
    return officers_of(session, stmt.committee_id)


EMAIL = re.compile(r"[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+")
MAX_TEXT = 200


def other_officer(name: str, email: str = "", address: str = "") -> Officer:
    """An officer not in the list from typed details, checked (OfficerError in words)."""
    return _other({"name": name, "email": email, "address": address})


def _other(raw: Mapping[str, Any]) -> Officer:
    name = str(raw.get("name", "")).strip()
    if not name:
        raise OfficerError("Give the other filing officer's name (for example "
                           "'City Clerk of Arcata').")
    email = str(raw.get("email", "")).strip()
    if email and not EMAIL.fullmatch(email):
        raise OfficerError(f"The other filing officer's e-mail {email[:60]!r} does not look "
                           "like an e-mail address (name@example.org).")
    found = resolve({**raw, "code": OTHER_CODE})
    for what, text in (("name", found.name), ("jurisdiction", found.jurisdiction),
                       *(("address", line) for line in found.address)):
        if len(text) > MAX_TEXT or any(ord(c) < 32 for c in text):
            raise OfficerError(f"The other filing officer's {what} is longer than "
                               f"{MAX_TEXT} characters or holds control characters.")
    return found


def pick(choices: Sequence[str | Mapping[str, Any] | Officer]) -> list[Officer]:
    """Officers from codes, ``Officer`` values or "other" dicts (name, email, address),
    in order, each once; an unknown code or a nameless "other" is refused in words."""
    picked: list[Officer] = []
    for choice in choices:
        if isinstance(choice, Officer):
            found = _other(choice.to_choice()) if choice.code == OTHER_CODE else choice
        elif isinstance(choice, Mapping) and str(choice.get("code", OTHER_CODE)).upper() \
                in (OTHER_CODE, ""):
            found = _other(choice)
        else:
            found = resolve(choice)
        if found not in picked:
            picked.append(found)
    return picked


def with_officers(profile: Mapping[str, Any], officers: Sequence[Officer]) -> dict[str, Any]:
    """A copy of a profile naming these officers (none: back to the default, the SOS)."""
    out = dict(profile)
    if officers:
        out[PROFILE_KEY] = [o.to_choice() for o in officers]
    else:
        out.pop(PROFILE_KEY, None)
    return out


def refresh_drafts(session: Session, committee_id: int) -> None:
    """Recompute the summaries of the committee's drafts: itemization follows the
    officers' threshold."""
    from calaccess_desktop.services.editing import EDITABLE
    from calaccess_desktop.services.summaries import refresh_smry

    for stmt in _committee(session, committee_id).statements:
        if stmt.status in EDITABLE and not stmt.source_file:
            refresh_smry(session, stmt.id)


def set_officers(session: Session, committee_id: int,
                 choices: Sequence[str | Mapping[str, Any] | Officer]) -> list[Officer]:
    """Choose the committee's filing officers (codes from the list, ``Officer`` values, or
    an "other" dict with name, email, address). The first is the primary. An empty list
    goes back to the default (the Secretary of State). One undoable step; statements
    being drafted are checked against the new officers' rules from now on."""
    from calaccess_desktop.services.editing import update_committee

    committee = _committee(session, committee_id)
    profile = with_officers(committee.profile or {}, pick(choices))
    if profile != (committee.profile or {}):
        update_committee(session, committee_id, profile=profile)
        refresh_drafts(session, committee_id)
    return list(chosen(profile))


def itemize_threshold(session: Session, committee_id: int, on: dt.date | None = None) -> Cents:
    """The contributor itemization threshold for the committee on a date (Schedules A, C
    and B1): the lowest of its officers' own, else the state's $100. Payments (D, E, I)
    keep the state's ``itemize_payment``."""
    state = threshold("itemize_contributor", on)
    return contributor_threshold(state, (o.itemize_threshold
                                         for o in officers_of(session, committee_id)))


def late_threshold(session: Session, committee_id: int, state: Cents) -> Cents:
    """The Form 497 trigger for the committee: the lowest of its officers' own, else
    ``state`` (the state's $1,000)."""
    own = [o.late_threshold for o in officers_of(session, committee_id)
           if o.late_threshold is not None]
    return min([*own, state]) if own else state
