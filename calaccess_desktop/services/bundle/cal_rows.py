"""A bundle's CAL values checked as the app's own rows are: a statement's cover and each
entry's values must be lists of text that name their record (its type and form), and an
entry's typed columns (amount, date, transaction ID ...) are read again from its values,
as the store always derives them (``record_rows``), so that a bundle cannot carry an
amount its values do not say."""

from __future__ import annotations

from typing import Any

from calaccess_desktop.services.bundle.archive import BundleError
from calaccess_desktop.services.record_rows import RECORD_COLUMNS, record_tuple

Row = dict[str, Any]

MAX_VALUES = 400  # fields in one CAL record (the widest layout has fewer than 100)
MAX_VALUE = 2000  # characters in one field (the longest CAL field holds 200)
_DERIVED = [c for c in RECORD_COLUMNS if c not in ("statement_id", "seq", "itemize")]


def check_cal_rows(tables: dict[str, list[Row]], shown: str) -> None:
    """Refuse covers and values that are not CAL records; rewrite each entry's typed
    columns from its values (BundleError naming the row)."""
    forms: dict[Any, str] = {}
    for stmt in tables.get("statements", []):
        cover = stmt.get("cover")
        if cover is not None:
            _values(cover, f"{shown}: statements row {stmt.get('id')}, cover")
        forms[stmt.get("id")] = str(stmt.get("form_type") or "")
    for rec in tables.get("records", []):
        place = f"{shown}: records row {rec.get('id')}, values"
        values = _values(rec.get("values"), place)
        try:
            typed = record_tuple(list(values), forms.get(rec.get("statement_id"), ""),
                                 seq=0, statement_id=0)
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            raise BundleError(f"{place}: not a CAL record this program can read ({exc})") \
                from None
        derived = dict(zip(RECORD_COLUMNS, typed, strict=True))
        rec.update({c: derived[c] for c in _DERIVED})


def _values(value: Any, place: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise BundleError(f"{place}: not a list of CAL fields (text)")
    if len(value) < 2 or not value[0].strip():
        raise BundleError(f"{place}: a CAL record names its type and form first; this one "
                          "does not")
    if len(value) > MAX_VALUES or any(len(v) > MAX_VALUE for v in value):
        raise BundleError(f"{place}: far longer than any CAL record")
    return value
