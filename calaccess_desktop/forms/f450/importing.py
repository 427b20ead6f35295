"""What an imported Form 450 carries besides its records: the unitemized totals of its
summary page (kept as 'lump' records, so re-computing gives the filed numbers), the
beginning cash and lines 12-15 (kept in the statement's carry-in)."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import cents_or_zero, format_cal_amount
from calaccess_desktop.forms.f450.lines import KEPT
from calaccess_desktop.forms.f450.summary import filed_lines

# Summary line -> the record kind its amount is entered as (nothing is itemized there).
RECEIPT_LINES = {"1": ("RCPT", "A"), "2": ("RCPT", "C"), "9": ("RCPT", "I")}


def _lump(rec_type: str, form_type: str, cents: int) -> list[str]:
    rec = CalRecord([rec_type, form_type], cvr_form="F450")
    rec.set("Amount", format_cal_amount(cents))
    return rec.values


def _itemized_payments(records: list[CalRecord]) -> int:
    return sum(cents_or_zero(r.get("Amount")) for r in records
               if (r.rec_type, r.form_type) == ("EXPN", "F450P5")
               and r.get("Memo_Code").upper() != "X" and not r.get("BakRef_TID"))


def lumps(records: list[CalRecord]) -> list[list[str]]:
    """One 'lump' record per summary amount the file's own records do not carry."""
    filed = filed_lines(records)
    out = [_lump(rt, ft, filed[line]) for line, (rt, ft) in RECEIPT_LINES.items()
           if filed.get(line)]
    unitemized = filed.get("4", 0) - _itemized_payments(records)
    if "4" in filed and unitemized:
        out.append(_lump("EXPN", "F450P5", unitemized))
    return out


def carry_in(records: list[CalRecord]) -> dict[str, Any]:
    """The filed beginning cash (line 7) and lines 12-15, when the file has them."""
    filed = filed_lines(records)
    out: dict[str, Any] = {}
    if "7" in filed:
        out["beginning_cash"] = filed["7"]
    kept = {line: filed[line] for line in KEPT if line in filed}
    if kept:
        out["lines"] = kept
    return out


def import_extras(cal: Any, *_: Any) -> dict[str, Any]:
    """The FormSpec.import_extras hook (``cal`` is a ``cal.reader.CalFile``)."""
    return {"lumps": lumps(cal.records), "carry_in": carry_in(cal.records)}
