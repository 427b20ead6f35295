"""The list of filing officers (``officers.json``): loading, checking, finding one."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from calaccess_desktop.domain.snapshot import LocalLimit
from calaccess_desktop.errors import UserError
from calaccess_desktop.officers.model import (
    LEVELS,
    METHODS,
    OTHER_CODE,
    SOS_CODE,
    WAYS,
    WHEN,
    DeliveryRule,
    Officer,
)

FILE = "officers.json"
CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
PRACTICE_AGENCY = "PRAC"


class OfficerError(UserError, LookupError):
    """An unknown filing officer, or a list of officers that does not hold together."""


def _bad(where: str, what: str) -> OfficerError:
    return OfficerError(f"{where}: {what}")


def _text(entry: Mapping[str, Any], key: str, where: str, required: bool = False) -> str:
    value = entry.get(key, "")
    if not isinstance(value, str):
        raise _bad(where, f"'{key}' must be text")
    if required and not value.strip():
        raise _bad(where, f"'{key}' is missing")
    return value.strip()


def _cents(value: Any, where: str, key: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise _bad(where, f"'{key}' must be a whole number of cents above zero (not {value!r})")
    return value


def _day(value: Any, where: str, key: str) -> dt.date | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _bad(where, f"'{key}' must be a date like 2026-01-01 (not {value!r})") from None


def _rule(raw: Any, where: str) -> DeliveryRule:
    if not isinstance(raw, Mapping):
        raise _bad(where, "a delivery rule must be an object")
    when = _text(raw, "when", where, True)
    ways = raw.get("ways", [])
    if when not in WHEN:
        raise _bad(where, f"delivery 'when' must be one of {', '.join(WHEN)} (not {when!r})")
    if not isinstance(ways, list) or not ways or any(w not in WAYS for w in ways):
        raise _bad(where, f"delivery 'ways' must list some of {', '.join(WAYS)}")
    return DeliveryRule(when, tuple(ways), _text(raw, "words", where, True))


def _limit(raw: Any, where: str) -> LocalLimit:
    if not isinstance(raw, Mapping):
        raise _bad(where, "a contribution limit must be an object")
    per = _text(raw, "per", where, True)
    if per not in ("election", "year"):
        raise _bad(where, f"a limit's 'per' must be election or year (not {per!r})")
    cents = _cents(raw.get("cents"), where, "cents")
    if cents is None:
        raise _bad(where, "a limit needs 'cents'")
    start, end = _day(raw.get("from"), where, "from"), _day(raw.get("to"), where, "to")
    if start and end and end < start:
        raise _bad(where, "a limit's 'to' is before its 'from'")
    return LocalLimit(_text(raw, "office", where).upper(), cents, per,
                      _text(raw, "label", where, True), _text(raw, "contributor", where).upper(),
                      start, end, _text(raw, "src", where))


def _officer(raw: Any, where: str, defaults: tuple[DeliveryRule, ...]) -> Officer:
    if not isinstance(raw, Mapping):
        raise _bad(where, "each officer must be an object")
    code = _text(raw, "code", where, True)
    where = f"{where} ({code})"
    if not CODE.fullmatch(code) or code == OTHER_CODE:
        raise _bad(where, "the code must be 1 to 20 capital letters, digits or dashes "
                   f"(and not {OTHER_CODE})")
    level, method = _text(raw, "level", where, True), _text(raw, "method", where, True)
    if level not in LEVELS:
        raise _bad(where, f"'level' must be one of {', '.join(LEVELS)} (not {level!r})")
    if method not in METHODS:
        raise _bad(where, f"'method' must be one of {', '.join(METHODS)} (not {method!r})")
    example, practice = bool(raw.get("example", False)), bool(raw.get("practice", False))
    agency = _text(raw, "netfile_agency", where).upper()
    address = raw.get("address", [])
    if not isinstance(address, list) or any(not isinstance(a, str) for a in address):
        raise _bad(where, "'address' must be a list of lines")
    email = _text(raw, "email", where)
    if method == "netfile" and not agency and not example:
        raise _bad(where, "a NetFile officer needs its 'netfile_agency' code")
    if method != "netfile" and agency:
        raise _bad(where, "only a NetFile officer has a 'netfile_agency' code")
    if method == "paper" and not address and not example:
        raise _bad(where, "a paper filing officer needs its 'address'")
    if method == "email" and "@" not in email:
        raise _bad(where, "an e-mail filing officer needs its 'email'")
    own = tuple(_rule(r, where) for r in raw.get("delivery", []))
    if method in ("paper", "email"):
        have = {r.when for r in own}
        own += tuple(r for r in defaults if r.when not in have)
    limits = raw.get("limits", [])
    extra = raw.get("extra_forms", [])
    if not isinstance(limits, list) or not isinstance(extra, list):
        raise _bad(where, "'limits' and 'extra_forms' must be lists")
    return Officer(
        code, _text(raw, "name", where, True), _text(raw, "jurisdiction", where, True), level,
        method, agency, tuple(a.strip() for a in address if a.strip()), email,
        _text(raw, "phone", where), _text(raw, "website", where), own,
        bool(raw.get("signers_required", False)),
        _cents(raw.get("itemize_threshold_cents"), where, "itemize_threshold_cents"),
        _cents(raw.get("late_threshold_cents"), where, "late_threshold_cents"),
        tuple(_limit(x, where) for x in limits), tuple(str(x) for x in extra),
        example, practice, _text(raw, "notes", where), _text(raw, "src", where))


def load(text: str, source: str = FILE) -> tuple[Officer, ...]:
    """Parse and check a list of officers; an OfficerError names the entry and field."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise OfficerError(f"{source} is not readable JSON: {exc}") from None
    if not isinstance(data, Mapping) or not isinstance(data.get("officers"), list):
        raise OfficerError(f"{source} must hold an 'officers' list")
    defaults = tuple(_rule(r, f"{source}: delivery_defaults")
                     for r in data.get("delivery_defaults", []))
    out = tuple(_officer(raw, f"{source}: officer {n}", defaults)
                for n, raw in enumerate(data["officers"], 1))
    codes = [o.code for o in out]
    dupes = sorted({c for c in codes if codes.count(c) > 1})
    if dupes:
        raise OfficerError(f"{source}: the code {', '.join(dupes)} is used twice")
    if SOS_CODE not in codes or next(o for o in out if o.code == SOS_CODE).method != "sos":
        raise OfficerError(f"{source}: the Secretary of State ({SOS_CODE}, method sos) is missing")
    if not any(o.practice and o.netfile_agency == PRACTICE_AGENCY for o in out):
        raise OfficerError(f"{source}: the practice city (NetFile agency {PRACTICE_AGENCY}) "
                           "is missing")
    return out


@cache
def all_officers() -> tuple[Officer, ...]:
    """Every officer in the package's list, in its order (the SOS first)."""
    text = (resources.files("calaccess_desktop.officers") / FILE).read_text("utf-8")
    return load(text)


@cache
def _by_code() -> dict[str, Officer]:
    return {o.code: o for o in all_officers()}


def officer(code: str) -> Officer:
    """The officer with this code (any case); an OfficerError says which codes exist."""
    found = _by_code().get(code.strip().upper())
    if found is None:
        shown = code.strip() if len(code.strip()) <= 40 else code.strip()[:37] + "..."
        raise OfficerError(
            f"There is no filing officer with the code {shown!r}. "
            "Run 'calaccess-desktop officers' for the list, or give --other NAME.")
    return found


def sos() -> Officer:
    """The Secretary of State."""
    return officer(SOS_CODE)


def resolve(choice: object) -> Officer:
    """An officer from what a committee profile stores: a code, ``{"code": ...}``, or
    ``{"code": "OTHER", "name": ..., "email": ..., "address": [...]}``."""
    if isinstance(choice, str):
        return officer(choice)
    if isinstance(choice, Mapping):
        code = str(choice.get("code", "")).strip().upper()
        if code != OTHER_CODE:
            return officer(code)
        name = str(choice.get("name", "")).strip()
        if not name:
            raise OfficerError("An 'other' filing officer needs a name.")
        address = choice.get("address", ())
        lines = tuple(str(a) for a in address) if isinstance(address, list | tuple) \
            else str(address)
        return Officer.other(name, email=str(choice.get("email", "")), address=lines,
                             jurisdiction=str(choice.get("jurisdiction", "")),
                             level=str(choice.get("level", "city")),
                             phone=str(choice.get("phone", "")))
    raise OfficerError(f"A filing officer is stored as {str(choice)[:60]!r}, which the app "
                       "cannot read.")


def search(text: str) -> tuple[Officer, ...]:
    """Officers whose code, name or jurisdiction holds every word of ``text``."""
    words = text.lower().split()
    return tuple(o for o in all_officers()
                 if all(w in f"{o.code} {o.name} {o.jurisdiction}".lower() for w in words))


PROFILE_KEY = "filing_officers"


def chosen(profile: Mapping[str, Any]) -> tuple[Officer, ...]:
    """The officers a committee profile names (``filing_officers``), in its order; the
    Secretary of State when it names none. An entry the list no longer has is left out
    (the profile dialog shows what is stored and offers the list)."""
    stored = profile.get(PROFILE_KEY) or ()
    if isinstance(stored, str | Mapping):
        stored = (stored,)
    out: list[Officer] = []
    for choice in stored if isinstance(stored, list | tuple) else ():
        try:
            found = resolve(choice)
        except OfficerError:
            continue
        if found not in out:
            out.append(found)
    return tuple(out) or (sos(),)
