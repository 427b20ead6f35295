"""What an imported Form 460 carries besides its records: the unitemized totals of
each schedule (kept as 'lump' records) and the column-B carry-in of its summary page."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import cents_or_zero, format_cal_amount

# Schedules whose summary line 2 is an unitemized total, and the record kind it counts as.
UNITEMIZED_LINES = {"A": "RCPT", "C": "RCPT", "D": "EXPN", "E": "EXPN", "I": "RCPT"}


def _smry(records: list[CalRecord]) -> dict[tuple[str, str], CalRecord]:
    return {(r.form_type, r.get("Line_Item").upper()): r
            for r in records if r.rec_type == "SMRY"}


def _amount(rec: CalRecord | None, name: str) -> int:
    return cents_or_zero(rec.get(name)) if rec is not None else 0


def lumps(records: list[CalRecord], form: str) -> list[list[str]]:
    """Values of one 'lump' record per schedule with an unitemized total (line 2)."""
    smry = _smry(records)
    out = []
    for schedule, rec_type in UNITEMIZED_LINES.items():
        cents = _amount(smry.get((schedule, "2")), "Amount_A")
        if cents:
            lump = CalRecord([rec_type, schedule], cvr_form=form)
            lump.set("Amount", format_cal_amount(cents))
            out.append(lump.values)
    return out


def carry_in(records: list[CalRecord]) -> dict[str, Any]:
    """Column B minus column A of the filed summary: what earlier statements carried in."""
    smry = _smry(records)
    column_b = {}
    for line in range(1, 12):
        rec = smry.get(("F460", str(line)))
        if rec is not None and rec.get("Amount_B"):
            column_b[str(line)] = _amount(rec, "Amount_B") - _amount(rec, "Amount_A")
    return {
        "column_b": column_b,
        "beginning_cash": _amount(smry.get(("F460", "12")), "Amount_A"),
        "cash_equivalents": _amount(smry.get(("F460", "18")), "Amount_A"),
    }


def import_extras(cal: Any) -> dict[str, Any]:
    """The FormSpec.import_extras hook (``cal`` is a ``cal.reader.CalFile``)."""
    return {"lumps": lumps(cal.records, cal.form_type), "carry_in": carry_in(cal.records)}
