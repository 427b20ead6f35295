"""Every implemented rule, one case each: a statement that breaks exactly that rule gives
a finding with the rule's id (at the right field), and a statement that satisfies it
gives none. The cases are in ``cases/`` (one module per rule family, and each form
package's ``tests/<folder>/rule_cases.py``); docs/RULES.md names them."""

from __future__ import annotations

import pytest

from calaccess_desktop.services.validation import rule_set
from tests.validation.builder import ids, render
from tests.validation.cases import CASES, Case


def _run(case: Case, change: object) -> list:  # type: ignore[type-arg]
    stmt = case.base()
    change(stmt)  # type: ignore[operator]
    return stmt.findings(case.today)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule_breaks_and_holds(case: Case) -> None:
    base = case.base().findings(case.today)
    bad = _run(case, case.bad)
    hits = [f for f in bad if f.rule_id == case.rule]
    assert hits, f"{case.rule} not reported:\n{render(bad)}"
    if case.field:
        assert case.field in {f.location.field for f in hits}, render(hits)
    rules = rule_set()
    if case.rule in rules:
        assert {f.severity for f in hits} == {rules[case.rule].severity}
    for f in hits:
        assert f.message and f.fix, f
    extra = ids(bad) - ids(base) - {case.rule} - set(case.also)
    assert not extra, f"{case.rule} also broke {sorted(extra)}:\n{render(bad)}"
    good = _run(case, case.good)
    assert case.rule not in ids(good), render(good)
