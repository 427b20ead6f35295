"""Every form the app knows, in one list. Adding a form: write its package under
``forms/`` with a ``spec.py`` that builds its ``FormSpec``, and add one line here."""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from calaccess_desktop.cal.layouts import form_components
from calaccess_desktop.forms.f410.spec import SPEC as F410
from calaccess_desktop.forms.f425.spec import SPEC as F425
from calaccess_desktop.forms.f450.spec import SPEC as F450
from calaccess_desktop.forms.f460.spec import SPEC as F460
from calaccess_desktop.forms.f461.spec import SPEC as F461
from calaccess_desktop.forms.f465.spec import SPEC as F465
from calaccess_desktop.forms.f470.spec import SPEC as F470
from calaccess_desktop.forms.f496.spec import SPEC as F496
from calaccess_desktop.forms.f497.spec import SPEC as F497
from calaccess_desktop.forms.f501.spec import SPEC as F501
from calaccess_desktop.forms.spec import FormSpec, Part

_ALL: tuple[FormSpec, ...] = (
    F460,
    F450,
    F425,
    F461,
    F497,
    F496,
    F465,
    F410,
    F470,
    F501,
)

FORMS: MappingProxyType[str, FormSpec] = MappingProxyType({f.code: f for f in _ALL})

# Records that are never an entry page of their own (cover pages, summary, memos, splits).
NOT_PARTS = frozenset({"HDR", "CVR", "CVR2", "CVR3", "F495", "SMRY", "SPLT", "TEXT"})


def form(code: str) -> FormSpec | None:
    """The form with this code ("F460"; case and spaces ignored), or None."""
    return FORMS.get(code.strip().upper())


def all_forms() -> tuple[FormSpec, ...]:
    """Every registered form, in the order the app lists them."""
    return _ALL


def spec_for(code: str) -> FormSpec:
    """The registered form, or for a form nobody registered (a .CAL of another form) a
    stand-in built from the CAL layouts: its parts and record order as the spec lists
    them, nothing computed or printed. Such a statement still imports, lists, opens and
    exports."""
    return FORMS.get(code.strip().upper()) or _stand_in(code.strip().upper())


@cache
def _stand_in(code: str) -> FormSpec:
    components = form_components(code)
    parts = tuple(Part(ft, rt, ft, f"{rt} {ft}", ft)
                  for rt, ft in components if rt not in NOT_PARTS)
    order = tuple((rt, "" if rt in NOT_PARTS else ft)
                  for rt, ft in components if rt not in ("HDR", "CVR"))
    number = code.removeprefix("F") or "?"
    return FormSpec(code=code, title=f"Form {number}", short_name=f"Form {number}",
                    kind="once", parts=parts, record_order=order, registered=False)


def printable_forms() -> tuple[str, ...]:
    """Codes of the forms the app can print."""
    return tuple(f.code for f in _ALL if f.printer is not None)


def cash_forms() -> tuple[str, ...]:
    """Codes of the forms whose ending cash the next statement begins with."""
    return tuple(f.code for f in _ALL if f.ending_cash_line is not None)


def periodic_forms() -> tuple[str, ...]:
    """Codes of the registered periodic forms (they carry totals from one to the next)."""
    return tuple(f.code for f in _ALL if f.kind == "periodic")


def find_part(rec_type: str, form_type: str, form_code: str = "") -> tuple[FormSpec, Part] | None:
    """The form and part a record belongs to: of ``form_code`` when given, else of the
    first registered form that has such a part (None: a cover, summary or text record)."""
    forms = (spec_for(form_code),) if form_code else _ALL
    for spec in forms:
        part = spec.part_of(rec_type, form_type)
        if part is not None:
            return spec, part
    return None


def part_by_key(key: str) -> Part | None:
    """The first registered form's part with this key ("A", "B1", "P1")."""
    return next((p for f in _ALL for p in f.parts if p.key == key.strip().upper()), None)


def is_summary_name(text: str) -> bool:
    """Whether a place named in a finding means the summary page: "SMRY", "summary", or
    the code of a form that has one ("F460")."""
    upper = text.strip().upper()
    spec = FORMS.get(upper)
    return upper in ("SMRY", "SUMMARY") or (spec is not None and spec.summarize is not None)
