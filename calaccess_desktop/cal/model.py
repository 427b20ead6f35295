"""In-memory CAL records: the values of one line in spec order, with layout lookup."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar, cast

from calaccess_desktop.cal import layouts
from calaccess_desktop.cal.layouts import FieldSpec

# Record values that select among the spec's alternative field definitions.
_VARIANT_FIELDS: dict[str, tuple[tuple[str, int], ...]] = {
    "RCPT": (("Tran_Type", 17),),
    "CVR": (("Cmtte_Type", 41),),
}


@lru_cache(maxsize=512)
def _layout(
    rec_type: str, form_type: str, cvr_form: str, variant: tuple[tuple[str, str], ...]
) -> tuple[FieldSpec, ...]:
    return layouts.fields_for(rec_type, form_type, cvr_form=cvr_form, variant=dict(variant))


T = TypeVar("T")
_PER_LAYOUT: dict[tuple[int, str], tuple[tuple[FieldSpec, ...], Any]] = {}


def per_layout(fields: tuple[FieldSpec, ...], name: str,
               build: Callable[[tuple[FieldSpec, ...]], T]) -> T:
    """Something derived from a layout, built once and kept (keyed by the layout's
    identity: hashing a layout of 66 specs on every call would dominate an import)."""
    hit = _PER_LAYOUT.get((id(fields), name))
    if hit is not None and hit[0] is fields:
        return cast(T, hit[1])
    value = build(fields)
    _PER_LAYOUT[(id(fields), name)] = (fields, value)
    return value


def _names(fields: tuple[FieldSpec, ...]) -> dict[str, int]:
    return {f.name.lower(): i for i, f in enumerate(fields)}


def name_index(fields: tuple[FieldSpec, ...]) -> dict[str, int]:
    """Lower-case field name -> position, cached per layout."""
    return per_layout(fields, "names", _names)


def layout_for(values: list[str] | tuple[str, ...], cvr_form: str = "") -> tuple[FieldSpec, ...]:
    """The ordered field specs that apply to a record with these values."""
    rec_type = values[0].upper()
    form_type = values[1].upper() if len(values) > 1 else ""
    variant: tuple[tuple[str, str], ...] = ()
    for name, number in _VARIANT_FIELDS.get(rec_type, ()):
        if len(values) >= number and values[number - 1]:
            variant += ((name, values[number - 1].upper()),)
    return _layout(rec_type, form_type, cvr_form.upper(), variant)


@dataclass(slots=True)
class CalRecord:
    """One CAL record. ``values[0]`` is Rec_Type, ``values[n-1]`` is field #n."""

    values: list[str]
    line: int = 0
    cvr_form: str = ""
    _fields: tuple[FieldSpec, ...] | None = field(default=None, repr=False)

    @classmethod
    def laid_out(cls, values: list[str], fields: tuple[FieldSpec, ...],
                 cvr_form: str = "") -> CalRecord:
        """A record whose layout is already known (as a snapshot record's is)."""
        return cls(values, 0, cvr_form, fields)

    @property
    def rec_type(self) -> str:
        """Rec_Type, upper case."""
        return self.values[0].upper()

    @property
    def form_type(self) -> str:
        """The record's Form_Type (its schedule for transaction records), upper case."""
        return self.values[1].upper() if len(self.values) > 1 else ""

    @property
    def fields(self) -> tuple[FieldSpec, ...]:
        """The layout of this record."""
        if self._fields is None:
            self._fields = layout_for(self.values, self.cvr_form)
        return self._fields

    def get(self, name: str) -> str:
        """The value of the named field ('' when blank, absent or not in this layout)."""
        i = name_index(self.fields).get(name.lower())
        if i is None or i >= len(self.values):
            return ""
        return self.values[i]

    def set(self, name: str, value: str) -> None:
        """Set the named field, extending the value list as needed."""
        i = name_index(self.fields).get(name.lower())
        if i is None:
            raise KeyError(f"record {self.rec_type} {self.form_type} has no field {name}")
        if i >= len(self.values):
            self.values.extend([""] * (i + 1 - len(self.values)))
        self.values[i] = value
        if name.lower() in ("tran_type", "cmtte_type"):
            self._fields = None

    def has_field(self, name: str) -> bool:
        """Whether this record's layout has the named field."""
        return name.lower() in name_index(self.fields)


def field_position(fields: tuple[FieldSpec, ...], name: str) -> int | None:
    """0-based position of a field name in a layout (case-insensitive)."""
    return name_index(fields).get(name.lower())


def trimmed(values: list[str]) -> list[str]:
    """Values without trailing blanks (how the store keeps them)."""
    if not values or values[-1]:
        return list(values)
    # Joined with a separator no valid value holds, the blanks at the end strip in C.
    joined = "\x00".join(values)
    if joined.count("\x00") == len(values) - 1:
        kept = joined.rstrip("\x00")
        return values[: kept.count("\x00") + 1] if kept else []
    end = len(values)
    while end and not values[end - 1]:
        end -= 1
    return values[:end]
