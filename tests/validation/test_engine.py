"""The engine's contract: sorted findings, the incremental check, blocking, rendering, and
a registry whose every rule states itself and its source."""

from __future__ import annotations

import re

import pytest

from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import Finding, Location, blocking, validate_records
from calaccess_desktop.validation.engine import validate
from calaccess_desktop.validation.findings import schedule_label, to_json
from calaccess_desktop.validation.ruleset import SCOPES, RuleSet, rule
from tests.validation.builder import TODAY, Stmt

ID = re.compile(r"^([A-Z0-9]+(-[A-Z0-9]+)*-\d{3}|CAL-FMT-\d{3}|CAL-CODE-\d{3})$")


def test_every_rule_has_id_docstring_and_source() -> None:
    for r in rule_set():
        key = r.key
        assert ID.match(r.id), r.id
        assert r.severity in ("error", "warning") and r.scope in SCOPES
        assert r.title.endswith(".") and r.source.startswith("["), (key, r.doc)
        if r.scope == "record" and r.fn is not None:
            assert r.applies_to, key


def test_a_rule_twice_or_without_source_is_refused() -> None:
    twice = rule_set()["F460-A-004"]
    with pytest.raises(ValueError, match="twice"):
        rule_set().extend([twice])
    with pytest.raises(ValueError, match="Source"):
        @rule("TEST-XYZ-001", severity="warning", scope="statement")
        def nodoc(ctx):  # type: ignore[no-untyped-def]
            """No source here."""
    assert "TEST-XYZ-001" not in rule_set()


def test_decorating_registers_nothing() -> None:
    """A decorated function is only marked; the set a check runs is the value passed."""
    before = len(rule_set())

    @rule("TEST-XYZ-002", severity="warning", scope="statement")
    def always(ctx):  # type: ignore[no-untyped-def]
        """Says something about every statement. Source: [TEST]"""
        yield ctx.cover_at("Filer_ID"), "Said.", "Nothing to fix."

    assert len(rule_set()) == before and "TEST-XYZ-002" not in rule_set()
    snap = Stmt.f460().snapshot()
    assert "TEST-XYZ-002" not in {f.rule_id for f in validate(snap, today=TODAY)}
    found = validate(snap, rules=RuleSet([always.__rule__]), today=TODAY)  # type: ignore[attr-defined]
    assert [(f.rule_id, f.severity, f.location.field) for f in found] == [
        ("TEST-XYZ-002", "warning", "Filer_ID")]


def test_findings_are_sorted_by_location() -> None:
    s = Stmt.f460()
    s.set(File_Email="")
    s.edit(s.first("RCPT", "A"), Ctrib_Occ="")
    s.edit(s.first("EXPN", "E"), Payee_City="")
    found = [f for f in s.findings() if f.rule_id != "APP-SOS-001"]
    order = [f.location.schedule for f in found]
    assert order == ["cover", "A", "E"], order


def test_incremental_check_covers_only_the_rows_asked() -> None:
    s = Stmt.f460()
    a, e = s.first("RCPT", "A"), s.first("EXPN", "E")
    s.edit(a, Ctrib_Occ="")
    s.edit(e, Payee_City="")
    snap = s.snapshot()
    only_a = validate_records(snap, [a], rules=rule_set(), today=TODAY)
    assert {f.location.record_id for f in only_a} == {a}
    assert {(f.rule_id, f.location.field) for f in only_a} == {("F460-A-004", "Ctrib_Occ")}
    both = validate_records(snap, [a, e], rules=rule_set(), today=TODAY)
    assert {f.location.record_id for f in both} == {a, e}
    full = validate(snap, rules=rule_set(), today=TODAY)
    assert set(both) <= set(full)
    assert validate_records(snap, [], rules=rule_set(), today=TODAY) == []


def test_blocking_means_any_error() -> None:
    loc = Location(1, "A", 2, "T2", "Ctrib_Occ")
    warning = Finding("F460-A-004", "warning", loc, "m.", "f.")
    error = Finding("SPEC-RCPT-03", "error", loc, "m.", "f.")
    assert not blocking([warning]) and blocking([warning, error]) and not blocking([])


def test_render_and_json() -> None:
    f = Finding("F460-A-004", "warning", Location(3, "A", 7, "CD1-7", "Ctrib_Occ", 12,
                                                  label="Contributor's occupation"),
                "Contributor's occupation is missing.", "Enter it.")
    assert f.render("x.cal") == ("x.cal:12: Schedule A CD1-7 Contributor's occupation "
                                 "(Ctrib_Occ): warning F460-A-004: "
                                 "Contributor's occupation is missing. Fix: Enter it.")
    bare = Finding("X-001", "warning", Location(3, "A", 7, "CD1-7", "Ctrib_Occ"), "m.", "f.")
    assert bare.render().startswith("statement 3: Schedule A CD1-7 Ctrib_Occ: warning")
    assert f.render().startswith("statement 3: Schedule A")
    assert '"field": "Ctrib_Occ"' in to_json([f])
    assert schedule_label("cover") == "Cover page" and schedule_label("S497") == "S497"


def test_validation_is_pure() -> None:
    snap = Stmt.f460().snapshot()
    before = snap.sha256()
    first = validate(snap, rules=rule_set(), today=TODAY)
    assert validate(snap, rules=rule_set(), today=TODAY) == first and snap.sha256() == before


def test_unknown_record_layout_is_left_alone() -> None:
    s = Stmt.f460()
    s.items[0].rec.values[1] = "ZZ"
    assert all(f.location.record_id != s.items[0].record_id for f in s.findings())


def test_findings_name_the_field_in_plain_words_then_its_cal_name() -> None:
    """Every finding at a field carries the field's label; the line shows it first."""
    s = Stmt.f460()
    s.set(File_Email="")
    s.edit(s.first("RCPT", "A"), Ctrib_Emp="")
    found = [f for f in s.findings() if f.location.field]
    assert found and all(f.location.label for f in found), [f.location for f in found]
    lines = {f.location.field: f.render() for f in found}
    assert "Schedule A " in lines["Ctrib_Emp"]
    assert "Contributor's employer (Ctrib_Emp): warning" in lines["Ctrib_Emp"]
    assert "Cover page " in lines["File_Email"] and "(File_Email): " in lines["File_Email"]
    for f in found:
        assert f"{f.location.label} ({f.location.field}): " in f.render(), f.render()
