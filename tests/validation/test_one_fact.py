"""#10 leftovers: one lateness fact gives one finding (DATE-002 or DATE-003, never both),
and a semi-annual candidate statement hears about its blank election date (the practice
server's judge warns about it) in the app's words: blank is right there."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.efile.judge import judge
from calaccess_desktop.services.exporter import export_snapshot
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation import Finding, validate
from tests.validation.builder import Stmt

AFTER_DUE = dt.date(2026, 8, 20)  # the semi-annual statement was due 07/31/2026


def _late(s: Stmt, today: dt.date = AFTER_DUE) -> list[Finding]:
    return [f for f in validate(s.snapshot(), rules=rule_set(), today=today)
            if f.rule_id in ("DATE-002", "DATE-003")]


def test_a_late_report_date_on_a_draft_is_one_finding() -> None:
    found = _late(Stmt.f460().set(Rpt_Date="20260815"))
    assert [f.rule_id for f in found] == ["DATE-003"]
    assert "15 day(s) after the due date 07/31/2026" in found[0].message


def test_a_draft_past_due_without_a_late_report_date_is_not_yet_filed() -> None:
    for rpt_date in ("", "20260730"):  # no report date, or one before the due date
        found = _late(Stmt.f460().set(Rpt_Date=rpt_date))
        assert [f.rule_id for f in found] == ["DATE-002"], rpt_date
        assert "was due on 07/31/2026 and is not filed yet" in found[0].message


def test_on_time_has_no_lateness() -> None:
    assert _late(Stmt.f460().set(Rpt_Date="20260729"), today=dt.date(2026, 7, 29)) == []


def _election_date(s: Stmt) -> list[Finding]:
    return [f for f in validate(s.snapshot(), rules=rule_set(), today=AFTER_DUE)
            if f.location.field == "Elect_Date"]


def test_semi_annual_candidate_statement_is_told_blank_is_right() -> None:
    s = Stmt.f460().set(Sup_Opp_Cd="S")  # the election date is the cover's only gap
    snap = s.snapshot()
    assert snap.stmt_type == "SA" and snap.committee.committee_type == "C"
    verdict = judge(export_snapshot(snap, today=AFTER_DUE), filer_id=snap.committee.filer_id)
    assert [m.field_name for m in verdict.messages if m.line == 2] == ["Elect_Date"]
    found = _election_date(s)
    assert [(f.rule_id, f.severity) for f in found] == [("APP-SOS-001", "warning")]
    f = found[0]
    assert f.message.startswith("Date of the election is blank (cover page)")
    assert "rightly blank: a semi-annual statement is not tied to one election" in f.message
    assert f.fix.startswith("Nothing to fix") and f.location.label == "Date of the election"


def test_the_reason_stays_in_the_one_notice_of_the_cover() -> None:
    found = _election_date(Stmt.f460())  # Sup_Opp_Cd is blank too: one notice for both
    assert len(found) == 1 and "support or oppose are blank" in found[0].message
    assert "rightly blank: a semi-annual statement" in found[0].message


def test_a_pre_election_statement_is_asked_for_its_election_date() -> None:
    s = Stmt.f460().set(Stmt_Type="PE", From_Date="20260701", Thru_Date="20260919")
    found = _election_date(s)
    assert [f.rule_id for f in found] == ["GEN-PER-004"]
    assert "not tied" not in found[0].message
