"""One case per rule: a small statement that breaks exactly that rule, and one that
satisfies it. ``test_rules.py`` runs them; ``docs/RULES.md`` names each case's test.

The cases sit in one module per rule family (``cases/cover.py`` for
``validation/rules/cover.py``, ``cases/receipts.py`` for ``forms/f460/rules/receipts.py``
...). A form package's own rule cases live beside its
tests, in ``tests/<folder>/rule_cases.py`` exporting ``CASES`` (and optionally
``RULE_TESTS``: rule id -> other test names); they are picked up here.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from tests.validation.cases import (
    across,
    amended_items,
    calfmt,
    cover,
    forms,
    late,
    limits,
    loans,
    payments,
    period,
    receipts,
    spec,
    summary,
)
from tests.validation.cases.common import Case, f496, f497, in_kind, misc

TESTS = Path(__file__).resolve().parents[2]


def form_case_modules() -> list[ModuleType]:
    """``tests/<folder>/rule_cases.py`` of every test folder (form packages' cases)."""
    return [importlib.import_module(f"tests.{p.parent.name}.rule_cases")
            for p in sorted(TESTS.glob("*/rule_cases.py"))]


FAMILIES = (cover, summary, receipts, payments, loans, across, amended_items, late, limits,
            period, calfmt, spec, forms)
CASES: list[Case] = [
    c for m in (*FAMILIES, *form_case_modules()) for c in getattr(m, "CASES", ())]

__all__ = ["CASES", "Case", "f496", "f497", "form_case_modules", "in_kind", "misc"]
