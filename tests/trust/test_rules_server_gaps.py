"""APP-SOS-001/002: what the SOS's system flags when blank is said by the check first,
once per record for warnings, and as an error wherever the SOS would reject."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal import gaps
from tests.validation.builder import GRACE, Stmt


def test_warnings_are_one_notice_per_record_naming_each_field() -> None:
    s = Stmt.pac()
    notices = [f for f in s.findings() if f.rule_id == "APP-SOS-001"]
    assert len(notices) == 1 and notices[0].severity == "warning"
    for label in ("candidate's name", "support or oppose", "date of the election"):
        assert label in notices[0].message
    assert "still accepts the filing" in notices[0].message


def test_a_field_another_rule_reports_is_not_repeated() -> None:
    s = Stmt.f460().set(Stmt_Type="PE")  # GEN-PER-004: the election date is missing
    found = s.findings()
    assert [f.rule_id for f in found if f.location.field == "Elect_Date"] == ["GEN-PER-004"]
    notice = [f for f in found if f.rule_id == "APP-SOS-001"]
    assert notice and "date of the election" not in notice[0].message


def test_a_gap_that_rejects_is_an_error_even_beside_a_warning(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Were the SOS to enforce the transfer's committee ID (Cx), the app's own warning
    about it would not be enough: the check says the filing is rejected."""
    s = Stmt.f460()
    s.add("RCPT", "A", contact=7, **dict(GRACE, Ctrib_NamL="Chen", Tran_Type="X"))
    before = [f for f in s.findings() if f.location.field == "Int_CmteId"]
    assert {f.severity for f in before} == {"warning"}
    monkeypatch.setattr(gaps, "ACCEPTED_BLANK", frozenset())
    after = [f for f in s.findings() if f.location.field == "Int_CmteId"]
    rejected = [f for f in after if f.rule_id == "APP-SOS-002"]
    assert rejected and rejected[0].severity == "error"
    assert "rejects this filing" in rejected[0].message
