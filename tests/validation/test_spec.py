"""Spec-level rules: every Rx/Cx/R/C field of the CAL layouts becomes a check, with an
explicit condition for every conditionally required field, and committees are only
told what applies to them."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from calaccess_desktop.cal.layouts import fields_for
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import conditions
from calaccess_desktop.validation.conditions import NEVER, TABLE
from calaccess_desktop.validation.ruleset import level_severity
from tests.validation.builder import Stmt, ids, render

CANDIDATE_FIELDS = {"Cand_NamL", "Cand_NamF", "Cand_Adr1", "Cand_City", "Cand_ST",
                    "Cand_ZIP4", "Office_Cd", "Juris_Cd", "Off_S_H_Cd", "Dist_No"}


def all_fields() -> list[tuple[str, str, str]]:
    """(rec_type, name, level) of every field definition in layouts.json."""
    data = json.loads(resources.files("calaccess_desktop.cal").joinpath("layouts.json")
                      .read_text("utf-8"))
    out = []
    for rec_type, record in data["records"].items():
        for lay in record["layouts"]:
            for slot in lay["fields"]:
                for f in slot.get("alternatives", [slot]):
                    out.append((rec_type, f["name"], f["level"]))
    return out


def test_every_conditional_field_has_a_written_condition() -> None:
    missing = sorted({(rt, n) for rt, n, level in all_fields()
                      if level in ("C", "Cx") and not TABLE.get((rt, n))})
    assert not missing, missing


def test_table_names_only_real_fields_and_rules() -> None:
    names = {(rt, n) for rt, n, _ in all_fields()}
    assert set(TABLE) <= names, sorted(set(TABLE) - names)
    for key, entry in TABLE.items():
        for need in entry:
            if need.rule:
                assert need.rule in rule_set(), (key, need.rule)
            if need.why == NEVER or need.severity:
                assert need.note, f"{key}: say why in the note"


def test_owning_rules_have_the_fields_severity() -> None:
    """A catalog rule that reports a missing field has the severity of the field's level
    (Rx/Cx error, R/C warning), unless the table documents an override."""
    for rec_type, name, level in all_fields():
        if level not in ("Rx", "R", "Cx", "C"):
            continue
        for need in TABLE.get((rec_type, name), ()):
            if need.rule and need.why != NEVER and not need.severity:
                assert rule_set()[need.rule].severity == level_severity(level), \
                    (rec_type, name, level, need.rule)


def test_rx_field_missing_is_an_error_named_by_field() -> None:
    s = Stmt.f460()
    record = s.first("RCPT", "A")
    s.edit(record, Tran_ID="")
    found = [f for f in s.findings() if f.location.record_id == record
             and f.location.field == "Tran_ID"]
    assert [(f.rule_id, f.severity) for f in found] == [("SPEC-RCPT-03", "error")]
    assert "Transaction ID is missing (Schedule A, Grace Okafor, $350.00)" in found[0].message


def test_c_field_missing_is_a_warning_in_plain_words() -> None:
    s = Stmt.f460()
    s.edit(s.first("RCPT", "A"), Ctrib_Occ="")
    [f] = [f for f in s.findings() if f.location.field == "Ctrib_Occ"]
    assert f.severity == "warning" and f.rule_id == "F460-A-004"
    assert f.message == "Contributor's occupation is missing (Schedule A, Grace Okafor, $350.00)."
    assert "occupation" in f.fix and f.location.schedule == "A"


def test_pac_gets_no_candidate_warnings() -> None:
    s = Stmt.pac()
    s.set(Cand_NamL="", Sup_Opp_Cd="")
    # Only the notice of what the SOS's system will warn about names candidate fields.
    notices = [f for f in s.findings() if f.rule_id == "APP-SOS-001"]
    assert len(notices) == 1 and notices[0].severity == "warning"
    assert "candidate's name" in notices[0].message and "support or oppose" in notices[0].message
    found = [f for f in s.findings() if f.rule_id != "APP-SOS-001"]
    assert not [f for f in found if f.location.field in CANDIDATE_FIELDS | {"Sup_Opp_Cd"}], \
        render(found)
    assert not [f for f in found if "candidate" in f.message.lower()], render(found)
    assert not ids(found) & {"EFS-001", "EFS-002", "GEN-P5-001", "GEN-P7-001"}


def test_candidate_committee_is_told_about_missing_candidate() -> None:
    s = Stmt.f460()
    s.set(Cand_NamL="", Cand_NamF="")
    found = [f for f in s.findings() if f.location.field == "Cand_NamL"]
    assert [f.rule_id for f in found] == ["EFS-001"]
    assert found[0].severity == "warning"
    assert found[0].message.startswith("Candidate's name is missing")


@pytest.mark.parametrize("build", [Stmt.pac, Stmt.f460])
def test_support_oppose_only_for_primarily_formed(build) -> None:  # type: ignore[no-untyped-def]
    assert "EFS-002" not in ids(build().set(Sup_Opp_Cd="").findings())
    assert "EFS-002" in ids(Stmt.measure().set(Sup_Opp_Cd="").findings())
    assert "EFS-002" in ids(Stmt.primarily_formed().set(Sup_Opp_Cd="").findings())


def test_measure_not_primarily_formed_is_not_asked_for_measure() -> None:
    s = Stmt.measure().set(Flag1_YN="N", Bal_Name="", Bal_Num="", Bal_Juris="", Sup_Opp_Cd="")
    assert not ids(s.findings()) & {"GEN-P6-001", "EFS-002"}


def test_pick_resolves_committee_specific_owner() -> None:
    entry = conditions.needs_for("CVR", "Office_Cd")
    from calaccess_desktop.validation.context import Ctx

    c_ctx = Ctx(Stmt.f460().snapshot())
    p_ctx = Ctx(Stmt.primarily_formed().snapshot())
    g_ctx = Ctx(Stmt.pac().snapshot())
    assert conditions.pick(entry, "F460", c_ctx).rule == "GEN-P5-001"  # type: ignore[union-attr]
    assert conditions.pick(entry, "F460", p_ctx).rule == "GEN-P7-001"  # type: ignore[union-attr]
    assert conditions.pick(entry, "F460", g_ctx) is None


def test_transfers_without_committee_id_are_a_documented_warning() -> None:
    [need] = conditions.needs_for("RCPT", "Int_CmteId")
    assert need.severity == "warning" and "accepted" in need.note
    assert [f.level for f in fields_for("RCPT", "A") if f.name == "Int_CmteId"] == ["Cx"]
