"""Every form the app knows, in one list. Adding a form: write its package under
``forms/`` with a ``spec.py`` that builds its ``FormSpec``, and add one line here."""

from __future__ import annotations

from types import MappingProxyType

from calaccess_desktop.forms.f460.spec import SPEC as F460
from calaccess_desktop.forms.spec import FormSpec

_ALL: tuple[FormSpec, ...] = (
    F460,
)

FORMS: MappingProxyType[str, FormSpec] = MappingProxyType({f.code: f for f in _ALL})


def form(code: str) -> FormSpec | None:
    """The form with this code ("F460"; case and spaces ignored), or None."""
    return FORMS.get(code.strip().upper())


def all_forms() -> tuple[FormSpec, ...]:
    """Every registered form, in the order the app lists them."""
    return _ALL
