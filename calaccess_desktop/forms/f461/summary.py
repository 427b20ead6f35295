"""Form 461 Part 3 summary (SMRY F461 lines 1-5, Amount_A: spec page 36), as pure
functions.

1. Itemized contributions and independent expenditures made this period (Part 5);
2. unitemized ones (under $100 to one candidate, committee or measure in the year);
3. total this period (1 + 2); 4. total from January 1 through the previous statement
(line 5 of the previous Form 461 of the same calendar year, zero on the first);
5. total this calendar year (3 + 4). Line 3 and 5 as sums are [INF] from the line
roles (form-rules §6.18). Memo items and child records never count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calaccess_desktop.domain.money import Cents, format_cal_amount
from calaccess_desktop.domain.snapshot import StatementSnapshot

PART_5 = ("EXPN", "F461P5")
LINES: dict[str, str] = {
    "1": "Contributions and independent expenditures of $100 or more made this period "
         "(itemized in Part 5)",
    "2": "Unitemized contributions and independent expenditures of under $100 made this "
         "period",
    "3": "TOTAL contributions and independent expenditures made this period",
    "4": "Total contributions and independent expenditures made from January 1 through the "
         "period covered by the previous statement (line 5 of the previous Form 461 this "
         "calendar year; zero on the first)",
    "5": "TOTAL contributions and independent expenditures made this calendar year",
}
HOW = {"3": "Add Lines 1 + 2", "5": "Add Lines 3 + 4"}
BEFORE_KEY = "f461_before"  # snapshot extras: the previous 461's line 5, as stored now
IMPORTED_KEY = "line4"  # carry-in of an imported statement: line 4 as filed
CREATED_KEY = "line4_from_previous"  # carry-in of an app-made one: set when it is started


@dataclass(frozen=True)
class Summary:
    """Form 461 totals in cents: ``lines["5"] == (amount, None)``."""

    lines: dict[str, tuple[Cents, Cents | None]]
    schedules: dict[str, dict[str, Cents]] = field(default_factory=dict)

    def a(self, line: str) -> Cents:
        """The amount of a line (0 when absent)."""
        return self.lines.get(line, (0, None))[0]


def before(snap: StatementSnapshot, carry_in: Mapping[str, Any]) -> Cents:
    """Line 4: what an imported statement was filed with; for a statement started in the
    app, the previous Form 461's line 5 in the same calendar year as it was when this one
    was started (``history.start_from_previous``); else zero. (Rule F461-P3-001 says so
    when the previous statement has changed since.)"""
    for key in (IMPORTED_KEY, CREATED_KEY):
        if key in carry_in:
            return int(carry_in[key])
    extras: Mapping[str, Any] = getattr(snap, "extras", None) or {}
    return int(extras.get(BEFORE_KEY, 0) or 0)


def compute(snap: StatementSnapshot, carry_in: Mapping[str, Any] | None = None) -> Summary:
    """The Part 3 summary of a Form 461 snapshot."""
    itemized = unitemized = 0
    for r in snap.records:
        if (r.rec_type, r.form_type) != PART_5 or r.is_memo or r.get("BakRef_TID"):
            continue
        if r.itemized and not r.lump:
            itemized += r.cents("Amount")
        else:
            unitemized += r.cents("Amount")
    line4 = before(snap, carry_in or {})
    total = itemized + unitemized
    amounts = {"1": itemized, "2": unitemized, "3": total, "4": line4, "5": total + line4}
    return Summary({n: (a, None) for n, a in amounts.items()})


def smry_records(summary: Summary) -> list[list[str]]:
    """SMRY F461 record values (line, Amount_A)."""
    return [["SMRY", "F461", line, format_cal_amount(a)] for line, (a, _b) in
            summary.lines.items()]


def summary_rows(summary: Summary) -> list[tuple[str, str, int | None, int | None]]:
    """The editor's Summary page rows (Part 3, lines 1-5)."""
    return [(n, words, summary.a(n), None) for n, words in LINES.items()]
