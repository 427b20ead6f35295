"""Dollar constants by date, from ``constants.json`` (one place, versioned data)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from importlib import resources
from typing import Any

from calaccess_desktop.domain.money import Cents


@cache
def _data() -> dict[str, Any]:
    text = (resources.files("calaccess_desktop.forms") / "constants.json").read_text("utf-8")
    return dict(json.loads(text))


def threshold(name: str, on: dt.date | None = None) -> Cents:
    """The threshold in force on a date (latest entry whose 'from' is not after it)."""
    entries = _data()["thresholds"][name]
    day = (on or dt.date.today()).isoformat()
    chosen = entries[0]
    for entry in entries:
        if entry["from"] <= day:
            chosen = entry
    return int(chosen["cents"])


def lowest(name: str) -> Cents:
    """The smallest value a threshold has had (to select every record it could apply to)."""
    return min(int(entry["cents"]) for entry in _data()["thresholds"][name])


def calendar_days(name: str, on: dt.date | None = None) -> int:
    """A day count of the filing calendar in force on a date (an election's date for the
    pre-election counts): the latest ``calendar.days`` entry whose 'from' is not after it."""
    entries = _data()["calendar"]["days"]
    day = (on or dt.date.today()).isoformat()
    chosen = entries[0]
    for entry in entries:
        if entry["from"] <= day:
            chosen = entry
    return int(chosen[name])
