"""What a rule reports: a finding with its rule id, severity, location, message and fix."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

ERROR = "error"  # the SOS would reject the filing, or the form's math is broken: blocks filing
WARNING = "warning"  # accepted, but worth a look
SEVERITIES = (ERROR, WARNING)

# Order of schedules on the printed statement (cover first, summary next, A..I, then others).
SCHEDULE_ORDER = (
    "file", "cover", "summary", "A", "A1", "B1", "B2", "C", "D", "E", "F", "G", "H", "I",
)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a finding is: committee / statement / schedule / row / field (and file line)."""

    statement_id: int = 0
    schedule: str = ""  # "cover", "summary", "A", "B1", ... "I", or record type for other forms
    record_id: int = 0  # SnapRecord.record_id (0 for statement-level)
    tran_id: str = ""
    field: str = ""  # spec field name, e.g. "Ctrib_Occ"
    line: int = 0  # line in a .CAL file when validating a file
    signer: str = ""  # a verification on the cover: whose (CVR3 entity code, "TRE", "CAO")
    label: str = ""  # the field in plain words ("Contributor's employer")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem, in words a treasurer understands, and how to fix it."""

    rule_id: str
    severity: str  # "error" | "warning"
    location: Location
    message: str
    fix: str

    def render(self, source: str = "") -> str:
        """One line: ``where: severity RULE: message Fix: ...``; the field is named in
        plain words first, its CAL name after: ``Contributor's employer (Ctrib_Emp)``."""
        loc = self.location
        parts = []
        if source:
            parts.append(f"{source}:{loc.line}:" if loc.line else f"{source}:")
        elif loc.statement_id:
            parts.append(f"statement {loc.statement_id}:")
        field = f"{loc.label} ({loc.field})" if loc.label and loc.field else loc.field
        where = " ".join(p for p in (schedule_label(loc.schedule), loc.tran_id, field) if p)
        if where:
            parts.append(where + ":")
        parts.append(f"{self.severity} {self.rule_id}: {self.message}")
        if self.fix:
            parts.append(f"Fix: {self.fix}")
        return " ".join(parts)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        data = asdict(self)
        data["location"] = asdict(self.location)
        return data


def schedule_label(schedule: str) -> str:
    """'A' -> 'Schedule A', 'cover' -> 'Cover page', others unchanged."""
    if schedule in ("cover", "summary", "file"):
        return {"cover": "Cover page", "summary": "Summary page", "file": "File"}[schedule]
    if schedule and schedule in SCHEDULE_ORDER:
        return f"Schedule {schedule}"
    return schedule


def schedule_rank(schedule: str) -> int:
    """Position of a schedule in printed order (unknown schedules after I)."""
    try:
        return SCHEDULE_ORDER.index(schedule)
    except ValueError:
        return len(SCHEDULE_ORDER)


def sort_key(f: Finding, seq: int = 0) -> tuple[Any, ...]:
    """Sort by statement, schedule, row (file line or statement order), field, rule."""
    loc = f.location
    return (
        loc.statement_id, schedule_rank(loc.schedule), loc.schedule, loc.line, seq,
        loc.record_id, loc.field, f.rule_id, f.message,
    )


def blocking(findings: Iterable[Finding]) -> bool:
    """Whether any finding is an error (filing is blocked)."""
    return any(f.severity == ERROR for f in findings)


def to_json(findings: Iterable[Finding]) -> str:
    """Findings as a JSON list."""
    return json.dumps([f.as_dict() for f in findings], indent=1)
