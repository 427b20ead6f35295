"""Turn a record's CAL values into the store's row (typed columns derived from values)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import layout_for, name_index, per_layout, trimmed
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import cents_or_none

# The ``records`` columns a record's values give, in the order of ``record_tuple``.
RECORD_COLUMNS = ("statement_id", "seq", "rec_type", "form_type", "tran_id", "entity_cd",
                  "amount_cents", "tran_date", "memo", "bakref_tid", "itemize", "values")

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


def record_tuple(values: list[str], cvr_form: str, *, seq: int, statement_id: int,
                 itemize: str = "always",
                 fields: tuple[FieldSpec, ...] | None = None) -> tuple[Any, ...]:
    """The ``records`` row for a CAL record as a tuple in ``RECORD_COLUMNS`` order."""
    rec_type = values[0].upper()
    layout = fields if fields is not None else layout_for(values, cvr_form)
    n = len(values)
    tran_type, amount, date, transfer_date, tran_id, entity, memo, bakref, ptran = (
        values[i] if i is not None and i < n else "" for i in _positions(rec_type, layout)
    )
    if tran_type and tran_type.upper() == "X":
        date = transfer_date
    return (
        statement_id, seq, rec_type, values[1].upper() if n > 1 else "", tran_id or None,
        entity.upper(), cents_or_none(amount), parse_date(date), memo.upper() == "X",
        bakref or ptran, itemize, trimmed(values),
    )


def record_row(values: list[str], cvr_form: str, *, seq: int, statement_id: int,
               itemize: str = "always",
               fields: tuple[FieldSpec, ...] | None = None) -> dict[str, Any]:
    """The ``records`` row for a CAL record as a dict (without contact_id)."""
    return dict(zip(RECORD_COLUMNS,
                    record_tuple(values, cvr_form, seq=seq, statement_id=statement_id,
                                 itemize=itemize, fields=fields), strict=True))


def record_tuples(rows: Sequence[list[str]], cvr_form: str, *, seq: int, statement_id: int,
                  itemize: str = "always",
                  fields: tuple[FieldSpec, ...]) -> list[tuple[Any, ...]]:
    """``record_tuple`` of many records of one layout (``fields``), numbered from ``seq``:
    the positions read once per record type, each distinct amount parsed once."""
    out: list[tuple[Any, ...]] = []
    getters: dict[tuple[str, int], Callable[[list[str]], tuple[str, ...]]] = {}
    cents: dict[str, int | None] = {}
    for i, values in enumerate(rows):
        rec_type = values[0].upper()
        n = len(values)
        get = getters.get((rec_type, n))
        if get is None:
            get = getters[(rec_type, n)] = _getter(_positions(rec_type, fields), n)
        tran_type, amount, date, transfer_date, tran_id, entity, memo, bakref, ptran = \
            get(values)
        if tran_type and tran_type.upper() == "X":
            date = transfer_date
        amount_cents = cents.get(amount, cents)
        if amount_cents is cents:
            amount_cents = cents[amount] = cents_or_none(amount)
        out.append((
            statement_id, seq + i, rec_type, values[1].upper() if n > 1 else "",
            tran_id or None, entity.upper(), amount_cents, parse_date(date),
            memo.upper() == "X", bakref or ptran, itemize, trimmed(values),
        ))
    return out


def _getter(positions: _Positions, n: int) -> Callable[[list[str]], tuple[str, ...]]:
    """The values at ``positions`` of a record of ``n`` values ('' where it has none)."""
    if all(i is not None and i < n for i in positions):
        return itemgetter(*positions)
    get = itemgetter(*(i if i is not None and i < n else n for i in positions))
    return lambda values: get([*values, ""])  # position n: the '' of a field not there
