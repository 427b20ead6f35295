"""State contribution limits, ceilings and thresholds by date, from ``limits.json``.

The data file is versioned (``version``) and dated per entry; rules ask for the value in
force on a date and get ``None`` when the file has no figure for that date (the guide
has no numbers for some cycles), so nothing is checked against a made-up limit.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import StatementSnapshot


@dataclass(frozen=True, slots=True)
class Limit:
    """One limit in force: amount, the cycle it belongs to, and what it limits."""

    kind: str
    cents: Cents
    label: str
    per: str  # "election" or "year"
    start: dt.date
    end: dt.date
    src: str
    local_to: str = ""  # a filing officer's own limit: "the Practice City Clerk"

    @property
    def cycle(self) -> str:
        """'2025-2026'."""
        return f"{self.start.year}-{self.end.year}" if self.end.year != self.start.year \
            else str(self.start.year)


@cache
def data() -> dict[str, Any]:
    """The parsed data file."""
    text = (resources.files("calaccess_desktop.forms") / "limits.json").read_text("utf-8")
    return dict(json.loads(text))


def version() -> int:
    """The data file's version number."""
    return int(data()["version"])


def _day(on: dt.date | None) -> str:
    return (on or dt.date.today()).isoformat()


def value(name: str, on: dt.date | None = None) -> Cents:
    """A threshold in force on a date (latest entry whose 'from' is not after it)."""
    entries = data()["thresholds"][name]
    day = _day(on)
    chosen = entries[0]
    for entry in entries:
        if entry["from"] <= day:
            chosen = entry
    return int(chosen["cents"])


def days(name: str) -> int:
    """A number of days (return, amend and reporting windows)."""
    return int(data()["days"][name])


def contribution_limit(kind: str, on: dt.date | None) -> Limit | None:
    """The contribution limit of ``kind`` in force on a date, or None if not on file."""
    spec = data()["contribution_limits"].get(kind)
    if spec is None or on is None:
        return None
    day = on.isoformat()
    for entry in spec["amounts"]:
        if entry["from"] <= day <= entry["to"]:
            return Limit(kind, int(entry["cents"]), spec["label"], spec["per"],
                         dt.date.fromisoformat(entry["from"]), dt.date.fromisoformat(entry["to"]),
                         entry["src"])
    return None


def limit_kinds() -> tuple[str, ...]:
    """Names of the contribution limits on file."""
    return tuple(data()["contribution_limits"])


def expenditure_ceiling(office: str, on: dt.date | None, election: str) -> Cents | None:
    """The voluntary expenditure ceiling for an office (ASM, SEN, BOE, GOV or any other
    statewide office) and election ('primary' or 'general'), or None if not on file."""
    if on is None:
        return None
    offices = data()["expenditure_ceilings"]["offices"]
    key = office if office in offices else "STATEWIDE"
    day = on.isoformat()
    for entry in offices[key]:
        if entry["from"] <= day <= entry["to"]:
            return int(entry[election])
    return None


LOCAL_KIND = "local_default"  # the state's default for a city or county office


def local_limit(snap: StatementSnapshot, office: str, contributor: str,
                on: dt.date | None) -> Limit | None:
    """The committee's filing officer's own limit on gifts from ``contributor`` to a
    candidate for ``office`` (a local office), as a ``Limit`` whose label names the
    officer; None when no officer of the committee has one."""
    found = snap.local_limit(office, contributor, on)
    if found is None:
        return None
    officer, lim = found
    start = lim.start or (on or dt.date.today())
    end = lim.end or start
    return Limit(f"local:{officer.code}", lim.cents, lim.label, lim.per, start, end,
                 lim.src or officer.name, local_to=officer.name)


def applicable_limit(snap: StatementSnapshot, kind: str | None, office: str,
                     contributor: str, on: dt.date | None) -> Limit | None:
    """The limit a rule checks: for a city or county office (``kind`` is the state's
    local default) the filing officer's own limit where it has one, else the state limit
    of ``kind`` in force on ``on``."""
    if kind == LOCAL_KIND or (kind is None and office and snap.local_limit(
            office, contributor, on) is not None):
        own = local_limit(snap, office, contributor, on)
        if own is not None:
            return own
    return contribution_limit(kind, on) if kind else None


def lowest_applicable(snap: StatementSnapshot, kind: str | None, office: str,
                      contributor: str) -> Cents | None:
    """The smallest amount the applicable limit could be (to skip sources below it)."""
    state = None if kind is None or kind not in data()["contribution_limits"] else min(
        int(e["cents"]) for e in data()["contribution_limits"][kind]["amounts"])
    if kind != LOCAL_KIND and kind is not None:
        return state
    own = [lim.cents for o in snap.officers for lim in o.limits
           if lim.applies(office, contributor, None)]
    return min([*own, *([state] if state is not None else [])]) if own else state
