"""What an imported Form 461 carries besides its records: its unitemized total (line 2,
kept as a 'lump' Part 5 record) and line 4 (kept in the statement's carry-in), so
re-computing gives the filed numbers."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import cents_or_zero, format_cal_amount
from calaccess_desktop.forms.f461.summary import IMPORTED_KEY


def _lines(records: list[CalRecord]) -> dict[str, int]:
    return {r.get("Line_Item").strip(): cents_or_zero(r.get("Amount_A")) for r in records
            if r.rec_type == "SMRY" and r.form_type == "F461"}


def import_extras(cal: Any, *_: Any) -> dict[str, Any]:
    """The FormSpec.import_extras hook (``cal`` is a ``cal.reader.CalFile``)."""
    filed = _lines(cal.records)
    lumps = []
    if filed.get("2"):
        lump = CalRecord(["EXPN", "F461P5"], cvr_form="F461")
        lump.set("Amount", format_cal_amount(filed["2"]))
        lumps.append(lump.values)
    carry = {IMPORTED_KEY: filed["4"]} if "4" in filed else {}
    return {"lumps": lumps, "carry_in": carry}
