"""Turn a record's CAL values into the store's row (typed columns derived from values)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from calaccess_desktop.cal.model import layout_for, name_index, trimmed
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import AmountError, parse_cal_amount


def _get(values: Sequence[str], idx: dict[str, int], name: str) -> str:
    i = idx.get(name.lower())
    return values[i] if i is not None and i < len(values) else ""


def record_row(values: list[str], cvr_form: str, *, seq: int, statement_id: int,
               itemize: str = "always") -> dict[str, Any]:
    """The ``records`` row for a CAL record (without contact_id)."""
    rec_type = values[0].upper()
    idx = name_index(layout_for(values, cvr_form))
    amount_name, date_name = MAIN_AMOUNT_DATE.get(rec_type, ("", ""))
    if rec_type == "RCPT" and _get(values, idx, "Tran_Type").upper() == "X":
        date_name = "Trans_Date"
    amount_text = _get(values, idx, amount_name) if amount_name else ""
    try:
        amount = parse_cal_amount(amount_text) if amount_text else None
    except AmountError:
        amount = None
    tran_id = _get(values, idx, "Tran_ID") or None
    return {
        "statement_id": statement_id,
        "seq": seq,
        "rec_type": rec_type,
        "form_type": values[1].upper() if len(values) > 1 else "",
        "tran_id": tran_id,
        "entity_cd": _get(values, idx, "Entity_Cd").upper(),
        "amount_cents": amount,
        "tran_date": parse_date(_get(values, idx, date_name)) if date_name else None,
        "memo": _get(values, idx, "Memo_Code").upper() == "X",
        "bakref_tid": _get(values, idx, "BakRef_TID") or _get(values, idx, "Ptran_Id"),
        "itemize": itemize,
        "values": trimmed(values),
    }
