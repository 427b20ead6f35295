"""CAL 2.01 record layouts, read from ``layouts.json`` (generated from the spec).

The json is produced by ``tools/gen_layouts.py`` from the SOS spec text; this
module only looks things up.  Data is loaded once, lazily, and every lookup is
cached, so per-record calls are dictionary hits after the first one.

Record values are case-insensitive (spec p.6): rec types, form types and
variant values are compared in upper case.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

Variant = Mapping[str, str] | Iterable[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a record layout, as the spec defines it."""

    number: int
    name: str
    level: str
    max_len: int
    kind: str
    description: str
    condition: str | None


@cache
def _data() -> dict[str, Any]:
    text = resources.files(__package__).joinpath("layouts.json").read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


def _spec(entry: dict[str, Any]) -> FieldSpec:
    return FieldSpec(
        number=entry["number"],
        name=entry["name"],
        level=entry["level"],
        max_len=entry["max_len"],
        kind=entry["kind"],
        description=entry["description"],
        condition=entry["condition"],
    )


def record_types() -> frozenset[str]:
    """Campaign record types that have a layout."""
    return frozenset(_data()["records"])


def is_known_unimplemented(rec_type: str, form_type: str = "") -> bool:
    """True for record types (or lobbying Form_Types) the spec names but we do not lay out.

    Covers the lobbying records of spec sections 3-4 (LEXP, LPAY, ...), F405
    (listed for F461 without a layout) and F501/F502.  A reader should skip
    such records with a warning instead of failing.
    """
    absent = _data()["absent"]
    return (
        rec_type.strip().upper() in absent["record_types"]
        or form_type.strip().upper() in absent["form_types"]
    )


@cache
def _variant_keys(rec_type: str) -> frozenset[str]:
    """Record fields (other than Form_Type) that select alternatives of rec_type."""
    keys: set[str] = set()
    for lay in _data()["records"].get(rec_type, {}).get("layouts", ()):
        for slot in lay["fields"]:
            for alt in slot.get("alternatives", ()):
                keys.update(k.upper() for k in alt["when"] or {})
    keys.discard("FORM_TYPE")
    return frozenset(keys)


def _normal_variant(rec_type: str, variant: Variant | None) -> tuple[tuple[str, str], ...]:
    if not variant:
        return ()
    pairs = variant.items() if isinstance(variant, Mapping) else variant
    wanted = _variant_keys(rec_type)
    return tuple(sorted((k.upper(), v.strip().upper()) for k, v in pairs if k.upper() in wanted))


def fields_for(
    rec_type: str,
    form_type: str = "",
    *,
    cvr_form: str = "",
    variant: Variant | None = None,
) -> tuple[FieldSpec, ...]:
    """The ordered fields (one per field number) of a record.

    ``form_type`` is the record's own Form_Type (field 2): it picks the CVR/CVR2
    layout and the LOAN/S498 schedule alternatives; when empty, ``cvr_form``
    (the filing's CVR Form_Type) is used instead.  ``variant`` holds record
    values that pick alternatives, e.g. ``{"Tran_Type": "X"}`` for RCPT or
    ``{"Cmtte_Type": "G"}`` for CVR, as a mapping or a tuple of pairs.
    Returns ``()`` when the spec has no layout for this record and Form_Type.
    """
    rec = rec_type.strip().upper()
    form = (form_type or cvr_form).strip().upper()
    return _resolve(rec, form, _normal_variant(rec, variant))


@lru_cache(maxsize=2048)
def _resolve(rec: str, form: str, variant: tuple[tuple[str, str], ...]) -> tuple[FieldSpec, ...]:
    record = _data()["records"].get(rec)
    if record is None:
        return ()
    layouts = record["layouts"]
    if len(layouts) > 1:
        layouts = [lay for lay in layouts if form in lay["form_types"]]
        if not layouts:
            return ()
    context = dict(variant, FORM_TYPE=form)
    return tuple(_spec(_choose(slot, context)) for slot in layouts[0]["fields"])


def _choose(slot: dict[str, Any], context: dict[str, str]) -> dict[str, Any]:
    """The alternative whose selector matches the record, else the default."""
    for alt in slot.get("alternatives", ()):
        when = alt["when"]
        if when and all(
            context.get(key.upper()) in {v.upper() for v in values} for key, values in when.items()
        ):
            return alt
    return slot


@lru_cache(maxsize=2048)
def _index(fields: tuple[FieldSpec, ...]) -> dict[str, int]:
    index: dict[str, int] = {}
    for position, spec in enumerate(fields):
        index.setdefault(spec.name.lower(), position)
    return index


def field_index(
    rec_type: str,
    form_type: str,
    name: str,
    *,
    cvr_form: str = "",
    variant: Variant | None = None,
) -> int:
    """0-based position of a field (name is case-insensitive); KeyError if absent."""
    fields = fields_for(rec_type, form_type, cvr_form=cvr_form, variant=variant)
    try:
        return _index(fields)[name.lower()]
    except KeyError:
        raise KeyError(f"{rec_type} {form_type} has no field {name}") from None


def field_count(rec_type: str, form_type: str = "", *, cvr_form: str = "") -> int:
    """Number of fields of a record (0 when there is no layout)."""
    return len(fields_for(rec_type, form_type, cvr_form=cvr_form))


def codes(list_name: str) -> dict[str, str]:
    """A code list (code -> description), e.g. "office", "expense", "entity_cvr"."""
    return dict(_data()["codes"][list_name])


def code_lists() -> tuple[str, ...]:
    """Names of the code lists."""
    return tuple(sorted(_data()["codes"]))


@cache
def form_components(form_type: str) -> tuple[tuple[str, str], ...]:
    """(rec_type, schedule) pairs a filing of this Form_Type may contain; () if unknown."""
    form = _data()["forms"].get(form_type.strip().upper())
    if form is None:
        return ()
    return tuple((c["rec_type"], c["schedule"]) for c in form["components"])


@cache
def smry_lines(form_or_schedule: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """SMRY (Line_Item, used amount columns) for a SMRY Form_Type; () if none listed.

    Columns are SMRY field names, e.g. ``("Amount_A", "Amount_B")``.
    """
    entry = _data()["smry_lines"].get(form_or_schedule.strip().upper())
    if entry is None:
        return ()
    return tuple((line, tuple(columns)) for line, columns in entry["lines"])


@cache
def smry_form_types() -> tuple[str, ...]:
    """Every SMRY Form_Type the spec lists summary lines for."""
    return tuple(sorted(_data()["smry_lines"]))
