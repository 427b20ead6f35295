"""What a form package needs to write its own rules (``forms/fNNN/rules.py``).

    from calaccess_desktop.validation.api import ERROR, Ctx, Row, collect, rule

    @rule("F496-P1-002", severity=ERROR, scope="statement", forms=["F496"])
    def one_subject(ctx: Ctx) -> Iterator[Found]:
        \"\"\"... Source: [form-rules 6.x].\"\"\"
        yield ctx.cover_at("Cand_NamL"), "The message.", "The fix."

    RULES = collect(globals())

Helpers: ``after_period``, ``date_field``, ``is_po_box``, ``rows_holding`` and
``values_of`` (for a record rule's ``screen=``: :mod:`.checks`), ``cents``,
``sdate``, ``dstr`` (:mod:`.context`); words in :mod:`.words`. The form's
``FormSpec.rules`` returns that tuple; the services add it to the built-in
set (``services.validation.rule_set()``). See :mod:`.ruleset` for the scopes.
"""

from calaccess_desktop.validation.checks import (
    Issues,
    after_period,
    date_field,
    dated_after_period,
    is_po_box,
    rows_holding,
    values_of,
)
from calaccess_desktop.validation.context import STATE_OFFICES, Ctx, Row, cents, dstr, sdate
from calaccess_desktop.validation.findings import ERROR, WARNING, Location
from calaccess_desktop.validation.ruleset import Found, Issue, Rule, RuleSet, collect, owner, rule

__all__ = ["ERROR", "STATE_OFFICES", "WARNING", "Ctx", "Found", "Issue", "Issues", "Location",
           "Row", "Rule", "RuleSet", "after_period", "cents", "collect", "date_field",
           "dated_after_period", "dstr",
           "is_po_box", "owner", "rows_holding", "rule", "sdate", "values_of"]
