"""Form 460 math: schedule summaries and the summary page, as pure functions.

Follows ``form-rules.md`` §4: schedule summary blocks (the spec's SMRY line
items A 1-3, B1 1-3, C 1-3, D 1-3, E 1-4, F 1-3, H 1-3, I 1-4) and summary
page lines 1-19 with column A (this period) and column B (calendar year).
Memo items and child sub-items (BakRef_TID) never count toward totals.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460.schedules import SCHEDULES

# Summary lines that carry column B across a new calendar year (form-rules §4).
CARRIED_ACROSS_YEARS = ("2", "7", "9")
TWO_COLUMN_LINES = tuple(str(n) for n in range(1, 12))
ONE_COLUMN_LINES = tuple(str(n) for n in range(12, 20))


@dataclass(frozen=True)
class Summary:
    """Computed totals: ``schedules["A"]["1"]`` and ``lines["16"] == (a, b)`` in cents."""

    schedules: dict[str, dict[str, Cents]]
    lines: dict[str, tuple[Cents, Cents | None]]
    outstanding: dict[str, Cents] = field(default_factory=dict)  # B1, F, H column (d) totals

    def a(self, line: str) -> Cents:
        """Column A of a summary line."""
        return self.lines[line][0]

    def b(self, line: str) -> Cents | None:
        """Column B of a summary line (None for one-column lines)."""
        return self.lines[line][1]


def counts(rec: SnapRecord) -> bool:
    """Whether a record counts toward totals (not a memo, not a child sub-item)."""
    return not rec.is_memo and not rec.get("BakRef_TID")


Live = dict[str, list[SnapRecord]]  # schedule letter -> records that count toward totals


def live_records(snap: StatementSnapshot) -> Live:
    """Each schedule's records that count toward totals, grouped in one pass."""
    letter_of = {kind: letter for letter, kind in SCHEDULES.items()}
    live: Live = {letter: [] for letter in SCHEDULES}
    for r in snap.records:
        letter = letter_of.get((r.rec_type, r.form_type))
        if letter is not None and counts(r):
            live[letter].append(r)
    return live


def _sum(records: Iterable[SnapRecord], name: str) -> Cents:
    return sum(r.cents(name) for r in records)


def _itemized_block(records: list[SnapRecord], amount: str = "Amount") -> dict[str, Cents]:
    itemized = _sum((r for r in records if r.itemized and not r.lump), amount)
    unitemized = _sum((r for r in records if not r.itemized or r.lump), amount)
    return {"1": itemized, "2": unitemized, "3": itemized + unitemized}


def schedule_summaries(live: Live) -> dict[str, dict[str, Cents]]:
    """SMRY line items of each schedule (spec page 36)."""
    b1, h, f = live["B1"], live["H"], live["F"]
    b1_in, b1_out = _sum(b1, "Loan_Amt1"), _sum(b1, "Loan_Amt5") + _sum(b1, "Loan_Amt6")
    h_out, h_in = _sum(h, "Loan_Amt1"), _sum(h, "Loan_Amt5") + _sum(h, "Loan_Amt6")
    f_inc, f_paid = _sum(f, "Amt_Incur"), _sum(f, "Amt_Paid")
    e = _itemized_block(live["E"])
    e_interest = _sum(b1, "Loan_Amt7")
    i = _itemized_block(live["I"])
    i_interest = _sum(h, "Loan_Amt7")
    return {
        "A": _itemized_block(live["A"]),
        "B1": {"1": b1_in, "2": b1_out, "3": b1_in - b1_out},
        "C": _itemized_block(live["C"]),
        "D": _itemized_block(live["D"]),
        "E": {"1": e["1"], "2": e["2"], "3": e_interest, "4": e["3"] + e_interest},
        "F": {"1": f_inc, "2": f_paid, "3": f_inc - f_paid},
        "H": {"1": h_out, "2": h_in, "3": h_out - h_in},
        "I": {"1": i["1"], "2": i["2"], "3": i_interest, "4": i["3"] + i_interest},
    }


def outstanding_balances(live: Live) -> dict[str, Cents]:
    """Column (d) totals: loans received (B1), accrued expenses (F), loans made (H)."""
    return {
        "B1": _sum(live["B1"], "Loan_Amt2"),
        "F": _sum(live["F"], "End_Bal"),
        "H": _sum(live["H"], "Loan_Amt2"),
    }


def column_a(sch: Mapping[str, Mapping[str, Cents]], beginning_cash: Cents,
             guarantees: Cents, cash_equivalents: Cents = 0) -> dict[str, Cents]:
    """Summary page column A (lines 1-17, 18 as given; 19 needs column B)."""
    a: dict[str, Cents] = {}
    a["1"] = sch["A"]["3"]
    a["2"] = sch["B1"]["3"]
    a["3"] = a["1"] + a["2"]
    a["4"] = sch["C"]["3"]
    a["5"] = a["3"] + a["4"]
    a["6"] = sch["E"]["4"]
    a["7"] = sch["H"]["3"]
    a["8"] = a["6"] + a["7"]
    a["9"] = sch["F"]["3"]
    a["10"] = a["4"]
    a["11"] = a["8"] + a["9"] + a["10"]
    a["12"] = beginning_cash
    a["13"] = a["3"]
    a["14"] = sch["I"]["4"]
    a["15"] = a["8"]
    a["16"] = a["12"] + a["13"] + a["14"] - a["15"]
    a["17"] = guarantees
    a["18"] = cash_equivalents
    return a


def carry_forward(prior_b: Mapping[str, Cents], prior_through: dt.date | None,
                  this_from: dt.date | None) -> dict[str, Cents]:
    """Column B to start from: all lines within a year, only 2, 7 and 9 across a new year."""
    same_year = prior_through is not None and this_from is not None and (
        prior_through.year == this_from.year
    )
    keep = TWO_COLUMN_LINES if same_year else CARRIED_ACROSS_YEARS
    return {line: prior_b.get(line, 0) for line in keep}


def compute(snap: StatementSnapshot, *, cash_equivalents: Cents = 0) -> Summary:
    """The whole Form 460 summary for a snapshot whose ``prior_column_b`` is already
    carried forward (see ``carry_forward``) and whose ``prior_ending_cash`` is line 16
    of the previous statement (None: no previous statement, begin at 0)."""
    live = live_records(snap)
    sch = schedule_summaries(live)
    guarantees = _sum(live["B2"], "Loan_Amt1")
    a = column_a(sch, snap.prior_ending_cash or 0, guarantees, cash_equivalents)
    lines: dict[str, tuple[Cents, Cents | None]] = {}
    for line in ("1", "2", "4", "6", "7", "9"):
        lines[line] = (a[line], snap.prior_column_b.get(line, 0) + a[line])
    b = {k: v[1] or 0 for k, v in lines.items()}
    b["3"] = b["1"] + b["2"]
    b["5"] = b["3"] + b["4"]
    b["8"] = b["6"] + b["7"]
    b["10"] = b["4"]
    b["11"] = b["8"] + b["9"] + b["10"]
    for line in ("3", "5", "8", "10", "11"):
        lines[line] = (a[line], b[line])
    for line in ONE_COLUMN_LINES:
        if line != "19":
            lines[line] = (a[line], None)
    lines["19"] = (b["2"] + b["9"], None)
    ordered = {k: lines[k] for k in (*TWO_COLUMN_LINES, *ONE_COLUMN_LINES)}
    return Summary(sch, ordered, outstanding_balances(live))
