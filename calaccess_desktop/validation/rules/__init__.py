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
    period,
    server,
)
from calaccess_desktop.validation.ruleset import RuleSet

# The general rules (cover, periods, amendments, CAL format, the SOS's gaps). Form 460's
# schedules, summary and limits are its own (forms/f460/rules/), like every form's.
DEFAULT = RuleSet.of(
    across.RULES, amended_items.RULES, calfmt.RULES, cover.RULES, forms.RULES, late.RULES,
    period.RULES, server.RULES,
)

__all__ = ["DEFAULT"]
