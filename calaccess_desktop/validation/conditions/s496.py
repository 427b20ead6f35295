"""The conditions table for S496 (Form 496 lines)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    N,
    Table,
)

_t = Table()
add = _t.add

add("S496", "Amount Exp_Date Expn_Dscr", N("", rule="F496-P2-001"))

ENTRIES = _t.entries
