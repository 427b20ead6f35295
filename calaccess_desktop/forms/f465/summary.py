"""Form 465 Part 4 (summary): independent expenditures of $100 or more made this period
(Part 3), those under $100 not itemized, and their total (SMRY F465 lines 1-3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import Cents, format_cal_amount

PART_3 = ("EXPN", "F465P3")
LINES = (("1", "Independent expenditures of $100 or more made this period (Part 3)"),
         ("2", "Unitemized independent expenditures under $100 made this period"),
         ("3", "Total independent expenditures made this period (add Lines 1 and 2)"))


@dataclass(frozen=True, slots=True)
class Summary:
    """The three lines of Part 4, in cents."""

    itemized: Cents
    unitemized: Cents

    @property
    def total(self) -> Cents:
        """Line 3 = Line 1 + Line 2."""
        return self.itemized + self.unitemized

    def line(self, number: str) -> Cents:
        """A line by its number ("1", "2", "3")."""
        return {"1": self.itemized, "2": self.unitemized, "3": self.total}[number]


def compute(snapshot: Any, _carry_in: Mapping[str, Any] | None = None) -> Summary:
    """Part 4 from the Part 3 records (imported unitemized totals are 'lump' records)."""
    itemized = unitemized = 0
    for r in snapshot.records:
        if (r.rec_type, r.form_type) != PART_3 or r.is_memo:
            continue
        if r.lump or not r.itemized:
            unitemized += r.cents("Amount")
        else:
            itemized += r.cents("Amount")
    return Summary(itemized, unitemized)


def summary_rows(summary: Summary) -> list[tuple[str, str, int | None, int | None]]:
    """Part 4 as the editor's Summary tab shows it: (line, words, amount, None)."""
    return [(n, words, summary.line(n), None) for n, words in LINES]


def smry_records(summary: Summary) -> list[list[str]]:
    """The SMRY F465 records caching Part 4 (one per line, Amount_A)."""
    out = []
    for number, _text in LINES:
        rec = CalRecord(["SMRY", "F465"], cvr_form="F465")
        rec.set("Line_Item", number)
        rec.set("Amount_A", format_cal_amount(summary.line(number)))
        out.append(rec.values)
    return out


def import_extras(cal: Any) -> dict[str, Any]:
    """An imported 465's unitemized total (SMRY line 2) as a 'lump' Part 3 record, so
    the recomputed summary is the filed one."""
    from calaccess_desktop.domain.money import cents_or_zero

    for r in cal.records:
        if r.rec_type == "SMRY" and r.form_type == "F465" and r.get("Line_Item") == "2":
            cents = cents_or_zero(r.get("Amount_A"))
            if cents:
                lump = CalRecord(list(PART_3), cvr_form="F465")
                lump.set("Amount", format_cal_amount(cents))
                return {"lumps": [lump.values]}
    return {}
