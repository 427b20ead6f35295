"""The conditions table for CVR3 (verifications)."""

from __future__ import annotations

from calaccess_desktop.validation.conditions.base import (
    N,
    Table,
)

_t = Table()
add = _t.add

add("CVR3", "Sig_Date Sig_NamL Sig_NamF", N(""))

ENTRIES = _t.entries
