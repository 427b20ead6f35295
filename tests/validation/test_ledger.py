"""docs/RULES.md lists every catalog rule (implemented with its tests, covered, or not yet
and why), is current, and at least 150 catalog rules are implemented with tests."""

from __future__ import annotations

import re

from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.catalog import COVERED_BY, NOT_YET, entries
from tests.conftest import REPO
from tests.validation import ledger
from tests.validation.cases import CASES

SCOPES = {"field", "record", "schedule", "statement", "across"}


def test_catalog_is_well_formed_data() -> None:
    """catalog.json: unique ids, a section, a severity and scope, a one-line summary."""
    rows = entries()
    assert len({e.id for e in rows}) == len(rows) >= 240
    for e in rows:
        assert re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{3}", e.id), e.id
        assert re.fullmatch(r"6\.\d+ \S.*", e.section), e
        assert e.severity in ("error", "warning") and e.scope in SCOPES, e
        assert e.summary.endswith(".") and "\n" not in e.summary and len(e.summary) < 160, e
    assert not {e.id for e in rows} & {r for r in rule_set().catalog() if r.startswith(
        ledger.BEYOND)}, "the project's own rules are not catalog rules"


def test_rules_md_is_current() -> None:
    assert (REPO / "docs" / "RULES.md").read_text(encoding="utf-8") == ledger.render(), (
        "docs/RULES.md is out of date: run .venv/bin/python -m tests.validation.ledger")


def test_every_catalog_rule_is_accounted_for() -> None:
    ids = [rid for _s, rid, *_ in ledger.catalog()]
    assert len(ids) == len(set(ids)) >= 240
    registered = set(rule_set().catalog())
    for rid in ids:  # a rule a form package implements counts as implemented
        assert rid in registered or (rid in COVERED_BY) + (rid in NOT_YET) == 1, rid
    assert set(NOT_YET) | set(COVERED_BY) <= set(ids)
    for rid in COVERED_BY:
        assert COVERED_BY[rid][0] in registered


def test_at_least_150_implemented_with_tests() -> None:
    ids = {rid for _s, rid, *_ in ledger.catalog()}
    implemented = [rid for rid in rule_set().catalog() if rid in ids]
    assert len(implemented) >= 150
    for rid in implemented:
        assert ledger.tests_of(rid), f"{rid} has no test"


def test_named_tests_exist() -> None:
    case_ids = {c.id for c in CASES}
    assert len(case_ids) == len(CASES), "case ids are unique"
    for rid in rule_set().catalog():
        for test in ledger.tests_of(rid):
            path, _, name = test.partition("::")
            func = re.sub(r"\[.*\]$", "", name)
            assert f"def {func}(" in (REPO / path).read_text(encoding="utf-8"), test
            if "[" in name:
                assert name[name.index("[") + 1:-1] in case_ids, test
