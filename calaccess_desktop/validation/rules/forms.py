"""The spec-table owners of Forms 461 and 450 (form-rules.md §6.15-§6.22): rules whose only
check is the conditions table. Every other form's rules are in its package
(``forms/fNNN/rules.py``), which replaces a rule of the same id."""

from __future__ import annotations

from calaccess_desktop.validation.ruleset import collect, owner

# ------------------------------------------------------------------- Form 461
_F461_P1_001 = owner(
    "F461-P1-001", severity="warning", forms=("F461",), doc="""Form 461 gives the filer's
    name and address, and for an entity its responsible officer (the spec table's CVR
    conditions: Tres_* when the filer is not a person). Source: [YUMPU-M6-13]""")


_F461_P5_001 = owner(
    "F461-P5-001", severity="warning", forms=("F461",), doc="""Form 461 Part 5 itemizes
    contributions and expenditures: date, payee, committee ID, the candidate or measure,
    support/oppose, type of payment, amount and cumulative (the spec table's EXPN
    conditions on F461P5). Source: [WEBLEARN-461][ISP-461]""")


# ------------------------------------------------------------------- Form 450
_F450_P5_001 = owner(
    "F450-P5-001", severity="warning", forms=("F450",), doc="""Form 450 Part 5 payments
    are itemized like Schedule E (payee name and address, code or description, amount),
    with per-election SPLT records where needed (the spec table's EXPN conditions on
    F450P5). Source: [CAL-ERRATA-201]""")


RULES = collect(globals())
