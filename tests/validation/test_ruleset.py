"""The app's rule set: the built-in rules plus every registered form's own rules, as one
value; a form's rule replaces a built-in rule of its id; two forms giving one id, a rule
twice or a second part without its first are refused."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import calaccess_desktop
from calaccess_desktop.forms.registry import all_forms
from calaccess_desktop.services.validation import compose, rule_set
from calaccess_desktop.validation import DEFAULT, validate
from calaccess_desktop.validation.api import Ctx, Found, RuleSet, collect, rule
from tests.validation.builder import TODAY, Stmt


@rule("GEN-ID-001", severity="warning", scope="statement")
def replacement(ctx: Ctx) -> Iterator[Found]:
    """A stand-in for a built-in rule moving into a form package. Source: [TEST]"""
    yield ctx.cover_at("Filer_ID"), "Replaced.", "Nothing."


@rule("TEST-FORM-001", severity="error", scope="record", applies_to=[("RCPT", "A")])
def every_row(row):  # type: ignore[no-untyped-def]
    """Flags every contribution. Source: [TEST]"""
    return row.say("Amount", f"Flagged ({row.where()}).", "Nothing.")


@rule("TEST-FORM-001", severity="error", scope="statement", part=2)
def once(ctx: Ctx) -> Iterator[Found]:
    """The same rule's statement check. Source: [TEST]"""
    yield ctx.statement_at("cover"), "Once.", "Nothing."


FORM_RULES = collect(globals())


def test_collect_takes_the_module_rules_in_order() -> None:
    assert [r.key for r in FORM_RULES] == ["GEN-ID-001", "TEST-FORM-001", "TEST-FORM-001#2"]


def test_the_app_set_holds_every_registered_form_rule() -> None:
    full = rule_set()
    for spec in all_forms():
        for r in (spec.rules() if spec.rules else ()):
            assert full.by_key[r.key] is r, (spec.code, r.key)
    assert DEFAULT.ids <= full.ids


def test_a_form_rule_replaces_the_built_in_one_and_runs() -> None:
    rules = compose(DEFAULT, [FORM_RULES])
    assert rules["GEN-ID-001"] is replacement.__rule__  # type: ignore[attr-defined]
    assert len(rules) == len(DEFAULT) + 2
    s = Stmt.f460()
    found = validate(s.snapshot(), rules=rules, today=TODAY)
    mine = [(f.rule_id, f.severity, f.message) for f in found if f.rule_id.startswith("TEST")]
    rows = sum(1 for i in s.items if i.rec.rec_type == "RCPT" and i.rec.form_type == "A")
    assert mine.count(("TEST-FORM-001", "error", "Once.")) == 1
    assert sum(1 for m in mine if m[2].startswith("Flagged")) == rows >= 1
    assert ("GEN-ID-001", "warning", "Replaced.") in {(f.rule_id, f.severity, f.message)
                                                       for f in found}


def test_two_forms_with_one_id_are_refused() -> None:
    with pytest.raises(ValueError, match="twice"):
        compose(DEFAULT, [FORM_RULES, FORM_RULES[:1]])


def test_a_second_part_needs_its_first() -> None:
    with pytest.raises(ValueError, match="part 1"):
        RuleSet(FORM_RULES[2:])


def test_no_rule_body_names_a_rule_id() -> None:
    """The engine stamps ids: a rule's code never spells one (a copied id would lie)."""
    root = Path(calaccess_desktop.__file__).parent
    rule_id = re.compile(r"^[A-Z0-9]+(-[A-Z0-9]+)*-\d{3}$")
    files = [*root.glob("validation/rules/*.py"), *root.glob("forms/f460/rules/*.py")]
    assert len(files) > 10
    for path in files:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if not isinstance(node, ast.FunctionDef):
                continue
            in_decorators = {id(x) for d in node.decorator_list for x in ast.walk(d)}
            for sub in ast.walk(node):
                if id(sub) not in in_decorators and isinstance(sub, ast.Constant):
                    assert not (isinstance(sub.value, str) and rule_id.match(sub.value)), (
                        path.name, node.name, sub.value)
