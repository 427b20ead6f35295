"""Limits and thresholds as dated, versioned data (forms/limits.json), and the deadline
arithmetic the late-report rules use."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.forms import limits
from calaccess_desktop.validation.rules.across import add_business_days, next_business_day
from tests.validation.builder import Stmt


def test_limit_in_force_on_a_date() -> None:
    lim = limits.contribution_limit("person_to_legislative", dt.date(2026, 3, 1))
    assert lim is not None and lim.cents == 590000 and lim.cycle == "2025-2026"
    assert lim.per == "election" and "Senate or Assembly" in lim.label
    assert limits.contribution_limit("person_to_legislative", dt.date(2024, 3, 1)).cents == 550000
    assert limits.contribution_limit("person_to_legislative", dt.date(2015, 3, 1)) is None
    assert limits.contribution_limit("no_such_limit", dt.date(2026, 3, 1)) is None


def test_thresholds_ceilings_and_version() -> None:
    assert limits.version() >= 1
    assert limits.value("major_donor_notice", dt.date(2026, 1, 1)) == 500000
    assert limits.value("form_470_supplement", dt.date(2010, 1, 1)) == 100000
    assert limits.value("form_470_supplement", dt.date(2020, 1, 1)) == 200000
    assert limits.days("late_window") == 90
    assert limits.expenditure_ceiling("ASM", dt.date(2026, 5, 1), "primary") == 78400000
    assert limits.expenditure_ceiling("TRE", dt.date(2024, 5, 1), "general") == 1090800000
    assert limits.expenditure_ceiling("ASM", dt.date(2019, 5, 1), "primary") is None


def test_limit_finding_names_the_limit_and_the_years() -> None:
    s = Stmt.f460()
    s.add("RCPT", "A", contact=9, Entity_Cd="OTH", Ctrib_NamL="Acme Builders Inc.",
          Ctrib_Adr1="1 Main St", Ctrib_City="Sacramento", Ctrib_ST="CA", Ctrib_ZIP4="95814",
          Rcpt_Date="20260301", Amount="6000.00", Cum_YTD="6000.00")
    [f] = [f for f in s.findings() if f.rule_id == "F460-A-018"]
    assert "$5,900.00 limit" in f.message and "2025-2026" in f.message
    assert "no limit of its own" in f.message and "$100.00" in f.fix


def test_candidates_own_money_and_parties_are_not_limited() -> None:
    s = Stmt.f460()
    s.add("RCPT", "A", contact=9, Entity_Cd="IND", Ctrib_NamL="Lopez", Ctrib_NamF="Maria",
          Ctrib_Adr1="2215 Capitol Avenue", Ctrib_City="Sacramento", Ctrib_ST="CA",
          Ctrib_ZIP4="95816", Ctrib_Emp="City of Sacramento", Ctrib_Occ="Planner",
          Rcpt_Date="20260301", Amount="9000.00", Cum_YTD="9000.00")
    s.add("RCPT", "A", contact=10, Entity_Cd="PTY", Ctrib_NamL="County Democrats",
          Ctrib_Adr1="1 Main St", Ctrib_City="Sacramento", Ctrib_ST="CA", Ctrib_ZIP4="95814",
          Cmte_ID="1000001", Rcpt_Date="20260301", Amount="9000.00", Cum_YTD="9000.00")
    assert "F460-A-018" not in {f.rule_id for f in s.findings()}


def test_business_days() -> None:
    friday = dt.date(2026, 7, 3)
    assert next_business_day(dt.date(2026, 7, 4)) == dt.date(2026, 7, 6)
    assert next_business_day(friday) == friday
    assert add_business_days(friday, 10) == dt.date(2026, 7, 17)
