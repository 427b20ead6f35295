"""When a conditionally required (C/Cx) field is required: the explicit table.

The spec's layouts mark each field Rx, R, Cx, C or O (page 5): a missing Rx or Cx
field makes the SOS reject the filing (an *error* here), a missing R or C field is
accepted (a *warning*). Whether a C/Cx field is needed depends on a condition the spec
states in words ("Req. if Entity = 'IND'", "Req if [COM|RCP] & no ID#", "(Req on F450
& F460)", "Fields 46 - 59 used on F401A" ...). ``TABLE`` writes every such condition
down, field by field, as a predicate on the row; ``tests/validation`` checks that every
C/Cx field of every layout has an entry. R fields are required everywhere unless the
table lists them (the CVR candidate fields 49-57 and Sup_Opp_Cd 70, which only apply
to some committees, are the famous case: the SOS warns every committee about them).

Each entry may name the catalog rule (form-rules.md §6) that reports the missing field,
so a finding carries that rule's id instead of a generated ``SPEC-<REC>-<NN>`` id.
The table is split by record type, one module each (``cvr.py``, ``rcpt.py`` ...);
their vocabulary (``Need``, the predicates) is in ``base.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from calaccess_desktop.validation.conditions import (
    cvr,
    cvr2,
    cvr3,
    debt,
    expn,
    loan,
    other,
    rcpt,
    s496,
    s497,
)
from calaccess_desktop.validation.conditions.base import NEVER, Entry, Need, Test

if TYPE_CHECKING:
    from calaccess_desktop.validation.context import Ctx

__all__ = ["NEVER", "TABLE", "Entry", "Need", "Test", "needs_for", "pick"]

TABLE: dict[tuple[str, str], Entry] = {
    key: entry
    for module in (cvr, cvr2, cvr3, rcpt, expn, loan, debt, s497, s496, other)
    for key, entry in module.ENTRIES.items()
}


def needs_for(rec_type: str, name: str) -> Entry:
    """The table's entries for a field ('' tuple when the table does not list it)."""
    return TABLE.get((rec_type, name), ())


def pick(entry: Entry, form: str, ctx: Ctx) -> Need | None:
    """The first entry that applies to this Form_Type and committee, or None."""
    for need in entry:
        if need.forms is not None and form not in need.forms:
            continue
        if need.ctx is not None and not need.ctx(ctx):
            continue
        return need
    return None
