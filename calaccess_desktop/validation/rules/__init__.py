"""The built-in rules, as one explicit set: ``DEFAULT``.

Each module's ``RULES`` is the tuple of rules it defines (``ruleset.collect``); the order
here is the order they run in. A form package's own rules come from its
``FormSpec.rules()``; ``services.validation.rule_set()`` adds them to ``DEFAULT``.
"""

from calaccess_desktop.validation.rules import (
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
    server,
    summary,
)
from calaccess_desktop.validation.ruleset import RuleSet

# Alphabetical, as the modules were imported (and rules registered) before.
DEFAULT = RuleSet.of(
    across.RULES, amended_items.RULES, calfmt.RULES, cover.RULES, forms.RULES, late.RULES,
    limits.RULES, loans.RULES, payments.RULES, period.RULES, receipts.RULES, server.RULES,
    summary.RULES,
)

__all__ = ["DEFAULT"]
