"""Empty fields a filing server flags, read from the layouts the way the SOS reads them.

- An empty R field is accepted with a warning.
- An empty Cx or C field is flagged when the field's own description says it is
  required here ("Req. on F465, F496, F497 & F498", "Required when Tran_Type = X"):
  Cx rejects the filing (error), C is accepted with a warning. Descriptions this
  module cannot read are not judged.
- A field the spec marks "N/A (Not Used)" is never flagged.

The practice server's judge (``efile/judge.py``) reports these gaps, and the app's own
check (rules APP-SOS-001/002) reports every one of them first, in its own words.
Empty Rx fields are the reader's (``cal/reader.py``) and are not repeated here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from calaccess_desktop.cal.layouts import FieldSpec
from calaccess_desktop.cal.model import per_layout

_FORMS = r"F?\d{3}(?:\s*(?:,|&|and)\s*F?\d{3})*"
_NOT_ON = re.compile(rf"^(?:Null value \{{not Req\.?\}}|not Req\.?) on ({_FORMS})(?: filings)?$",
                     re.I)
_ON = re.compile(rf"^Req(?:\.|uired)? on ({_FORMS})(?: filings)?$", re.I)
_WHEN = re.compile(r"^Req(?:\.|uired)? (?:if|when) (\w+) ?= ?\[?([\w|]+)\]?$", re.I)
_PAREN = re.compile(r"\(([^()]*)\)")
_NOT_USED = re.compile(r"\bN/A\b.*\bnot used\b", re.I)
# Cx fields the SOS is known to accept blank (filings it accepted carry them empty):
# flagged with a warning only. The evidence is in validation/conditions.py.
ACCEPTED_BLANK = frozenset({("RCPT", "Int_CmteId")})


@dataclass(frozen=True, slots=True)
class Gap:
    """One empty field a server flags: ``level`` is error (rejected) or warning."""

    position: int  # 0-based index in the record's values
    spec: FieldSpec
    level: str


@dataclass(frozen=True, slots=True)
class _Check:
    position: int
    spec: FieldSpec
    level: str
    on_forms: frozenset[str] | None  # required only on (or, negated, not on) these forms
    negate: bool
    when: tuple[int, frozenset[str]] | None  # (position, values) of another field


def _forms(text: str) -> frozenset[str]:
    return frozenset("F" + n for n in re.findall(r"\d{3}", text))


def _condition(spec: FieldSpec, index: dict[str, int]) -> tuple[bool, _Check | None]:
    """(readable, check) for a C/Cx field's description."""
    level = "error" if spec.level == "Cx" else "warning"
    for clause in _PAREN.findall(" ".join(spec.description.split())):
        clause = clause.strip()
        if m := _NOT_ON.match(clause):
            return True, _Check(0, spec, level, _forms(m[1]), True, None)
        if m := _ON.match(clause):
            return True, _Check(0, spec, level, _forms(m[1]), False, None)
        if (m := _WHEN.match(clause)) and m[1].lower() in index:
            values = frozenset(v.upper() for v in m[2].split("|"))
            return True, _Check(0, spec, level, None, False, (index[m[1].lower()], values))
    return False, None


def checks_of(fields: tuple[FieldSpec, ...]) -> tuple[_Check, ...]:
    """The server-gap checks of one layout's fields (built once per layout)."""
    index: dict[str, int] = {}
    for i, f in enumerate(fields):
        index.setdefault(f.name.lower(), i)
    out = []
    for i, spec in enumerate(fields):
        if _NOT_USED.search(spec.description):
            continue
        if spec.level == "R":
            out.append(_Check(i, spec, "warning", None, False, None))
        elif spec.level in ("Cx", "C"):
            readable, check = _condition(spec, index)
            if readable and check is not None:
                out.append(_Check(i, spec, check.level, check.on_forms, check.negate,
                                  check.when))
    return tuple(out)


def gaps(values: Sequence[str], fields: tuple[FieldSpec, ...], form: str) -> list[Gap]:
    """The empty fields of one record a server flags, in field order. ``form`` is the
    filing's form (the CVR's Form_Type)."""
    out = []
    n = len(values)
    rec_type = values[0].upper() if values else ""
    for c in per_layout(fields, "server_gaps", checks_of):
        if c.position < n and values[c.position]:
            continue
        if c.on_forms is not None and (form in c.on_forms) == c.negate:
            continue
        if c.when is not None:
            at, wanted = c.when
            if not (at < n and values[at].upper() in wanted):
                continue
        level = "warning" if (rec_type, c.spec.name) in ACCEPTED_BLANK else c.level
        out.append(Gap(c.position, c.spec, level))
    return out
