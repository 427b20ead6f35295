"""Late-report rules moved into their forms' packages (they are added to the rule set by
each form's ``FormSpec.rules``): the Form 497 triggers, F460-C-008, LATE-VER-001 and
F497-X-001 in ``forms/f497/rules.py``; the independent-expenditure triggers (F496-TRG-001,
F496-TRG-002, F460-D-010) in ``forms/f496/rules.py``. Nothing is left here."""

from __future__ import annotations

from calaccess_desktop.validation.ruleset import Rule

RULES: tuple[Rule, ...] = ()
