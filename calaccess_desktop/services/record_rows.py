"""Turn a record's CAL values into the store's row (typed columns derived from values)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import layout_for, name_index, per_layout, trimmed
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import AmountError, parse_cal_amount

# Positions read for the typed columns, prepared once per layout (an import calls this
# 100,000 times): tran_type, amount, date, transfer date, tran_id, entity, memo, back ref.
_Positions = tuple[int | None, ...]


def _find(names: tuple[str, ...], fields: tuple[FieldSpec, ...]) -> _Positions:
    idx = name_index(fields)
    return tuple(idx.get(n.lower()) if n else None for n in names)


def _typed(rec_type: str) -> Callable[[tuple[FieldSpec, ...]], _Positions]:
    amount, date = MAIN_AMOUNT_DATE.get(rec_type, ("", ""))
    return partial(_find, ("tran_type", amount, date, "trans_date", "tran_id", "entity_cd",
                           "memo_code", "bakref_tid", "ptran_id"))


_TYPED = {rec_type: _typed(rec_type) for rec_type in MAIN_AMOUNT_DATE}
_UNTYPED = _typed("")


def _positions(rec_type: str, fields: tuple[FieldSpec, ...]) -> _Positions:
    return per_layout(fields, "typed-columns", _TYPED.get(rec_type, _UNTYPED))


def record_row(values: list[str], cvr_form: str, *, seq: int, statement_id: int,
               itemize: str = "always",
               fields: tuple[FieldSpec, ...] | None = None) -> dict[str, Any]:
    """The ``records`` row for a CAL record (without contact_id)."""
    rec_type = values[0].upper()
    layout = fields if fields is not None else layout_for(values, cvr_form)
    n = len(values)
    got = [values[i] if i is not None and i < n else "" for i in _positions(rec_type, layout)]
    tran_type, amount_text, date_text, transfer_date, tran_id, entity, memo, bakref, ptran = got
    if tran_type.upper() == "X":
        date_text = transfer_date
    try:
        amount = parse_cal_amount(amount_text) if amount_text else None
    except AmountError:
        amount = None
    return {
        "statement_id": statement_id,
        "seq": seq,
        "rec_type": rec_type,
        "form_type": values[1].upper() if n > 1 else "",
        "tran_id": tran_id or None,
        "entity_cd": entity.upper(),
        "amount_cents": amount,
        "tran_date": parse_date(date_text) if date_text else None,
        "memo": memo.upper() == "X",
        "bakref_tid": bakref or ptran,
        "itemize": itemize,
        "values": trimmed(values),
    }
