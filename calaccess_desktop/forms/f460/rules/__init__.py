"""Form 460's own rules: its schedules (A to I), its summary page and its limits.

Each module's ``RULES`` is collected here; ``forms/f460/spec.py`` hands the tuple to the
app's rule set (``FormSpec.rules``). The rules are written with
:mod:`calaccess_desktop.validation.api` and keep the catalog's ids.
"""

from calaccess_desktop.forms.f460.rules import limits, loans, payments, receipts, summary

RULES = (*limits.RULES, *loans.RULES, *payments.RULES, *receipts.RULES, *summary.RULES)

__all__ = ["RULES"]
