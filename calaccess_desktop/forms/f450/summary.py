"""Form 450 summary math, as pure functions (lines in ``forms/f450/lines.py``).

Contributions received are entered as Schedule A/C-style receipts that are never
itemized on this form (a source of $100 or more makes the committee file Form 460:
``eligibility.py``); payments are Part 5 (EXPN F450P5). Memo items and child records
(BakRef_TID) never count.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from calaccess_desktop.domain.money import Cents, cents_or_zero, format_cal_amount
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f450.lines import COMPUTED, KEPT

MONETARY = ("RCPT", "A")
NONMONETARY = ("RCPT", "C")
MISC = ("RCPT", "I")
PAYMENTS = ("EXPN", "F450P5")


@dataclass(frozen=True)
class Summary:
    """Form 450 totals in cents: ``lines["11"] == (amount, None)`` (one column);
    ``schedules["P5"]``: Part 5 itemized (1), unitemized (2) and total (3) payments."""

    lines: dict[str, tuple[Cents, Cents | None]]
    schedules: dict[str, dict[str, Cents]] = field(default_factory=dict)

    def a(self, line: str) -> Cents:
        """The amount of a line (0 when absent)."""
        return self.lines.get(line, (0, None))[0]


def counts(rec: SnapRecord) -> bool:
    """Whether a record counts toward totals (not a memo, not a child sub-item)."""
    return not rec.is_memo and not rec.get("BakRef_TID")


def totals_by_kind(snap: StatementSnapshot) -> dict[tuple[str, str], Cents]:
    """Amounts per (Rec_Type, Form_Type) of the records that count."""
    out: dict[tuple[str, str], Cents] = {}
    for r in snap.records:
        if r.rec_type in ("RCPT", "EXPN") and counts(r):
            key = (r.rec_type, r.form_type)
            out[key] = out.get(key, 0) + r.cents("Amount")
    return out


def compute(snap: StatementSnapshot, carry_in: Mapping[str, Any] | None = None) -> Summary:
    """The summary page of a Form 450 snapshot. ``carry_in`` (an imported statement's)
    gives the filed beginning cash and lines 12-15."""
    carry = carry_in or {}
    kinds = totals_by_kind(snap)
    itemized = sum(r.cents("Amount") for r in snap.records if (r.rec_type, r.form_type) ==
                   PAYMENTS and counts(r) and r.itemized and not r.lump)
    monetary, nonmonetary = kinds.get(MONETARY, 0), kinds.get(NONMONETARY, 0)
    misc, paid = kinds.get(MISC, 0), kinds.get(PAYMENTS, 0)
    if "beginning_cash" in carry:
        beginning = int(carry["beginning_cash"])
    else:
        beginning = snap.prior_ending_cash or 0
    amounts = {
        "1": monetary, "2": nonmonetary, "3": monetary + nonmonetary,
        "4": paid, "5": nonmonetary, "6": paid + nonmonetary,
        "7": beginning, "8": monetary, "9": misc, "10": paid,
        "11": beginning + monetary + misc - paid,
    }
    lines: dict[str, tuple[Cents, Cents | None]] = {n: (amounts[n], None) for n in COMPUTED}
    for n, cents in (carry.get("lines") or {}).items():
        if n in KEPT:
            lines[n] = (int(cents), None)
    part5 = {"1": itemized, "2": paid - itemized, "3": paid}
    return Summary(lines, {"P5": part5})


def smry_records(summary: Summary) -> list[list[str]]:
    """SMRY F450 record values (line, Amount_A) for a computed summary."""
    return [["SMRY", "F450", line, format_cal_amount(a)] for line, (a, _b) in
            summary.lines.items()]


def filed_lines(records: list[Any]) -> dict[str, Cents]:
    """Amount_A by line of the SMRY F450 records of a read file (``CalRecord``s)."""
    return {r.get("Line_Item").strip(): cents_or_zero(r.get("Amount_A")) for r in records
            if r.rec_type == "SMRY" and r.form_type == "F450"}


def summary_rows(summary: Summary) -> list[tuple[str, str, int | None, int | None]]:
    """The editor's Summary page rows: headings ("", words, None, None) and lines."""
    from calaccess_desktop.forms.f450.lines import HEADINGS, LINES

    out: list[tuple[str, str, int | None, int | None]] = []
    for n in [*LINES, *(k for k in KEPT if k in summary.lines)]:
        if n in HEADINGS:
            out.append(("", HEADINGS[n], None, None))
        out.append((n, LINES.get(n, f"Line {n} (as filed)"), summary.a(n), None))
    return out
