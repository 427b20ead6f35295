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
