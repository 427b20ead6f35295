"""forms/filing_calendar: what a committee owes in a year, from its type and elections."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.filing_calendar import (
    DueItem,
    Filer,
    filing_year,
    parse_elections,
)

D = dt.date
GENERAL = D(2026, 11, 3)
PRIMARY = D(2026, 6, 2)


def _rows(items: list[DueItem]) -> list[tuple[object, ...]]:
    return [(i.kind, i.form, i.statement_type, i.period_from, i.period_through, i.due,
             i.election) for i in items]


def test_city_council_candidate_in_the_general() -> None:
    items = filing_year(Filer("C", "CTL", (GENERAL,)), 2026)
    assert _rows(items) == [
        ("statement", "F460", "SA", D(2026, 1, 1), D(2026, 6, 30), D(2026, 7, 31), None),
        ("statement", "F460", "PE", D(2026, 7, 1), D(2026, 9, 19), D(2026, 9, 24), GENERAL),
        ("window", "F497", None, D(2026, 8, 5), GENERAL, None, GENERAL),
        ("statement", "F460", "PE", D(2026, 9, 20), D(2026, 10, 17), D(2026, 10, 22), GENERAL),
        # Jan 31 2027 is a Sunday: the next business day
        ("statement", "F460", "SA", D(2026, 10, 18), D(2026, 12, 31), D(2027, 2, 1), None),
    ]
    window = items[2]
    assert window.as_json() == {"kind": "window", "form": "F497", "period_from": "2026-08-05",
                                "period_through": "2026-11-03", "due": None,
                                "election": "2026-11-03"}
    assert "statement_type" in items[0].as_json()


def test_periods_chain_without_gaps_through_two_elections() -> None:
    items = [i for i in filing_year(Filer("C", "CTL", (PRIMARY, GENERAL)), 2026)
             if i.kind == "statement"]
    assert items[0].period_from == D(2026, 1, 1) and items[-1].period_through == D(2026, 12, 31)
    for before, after in zip(items, items[1:], strict=False):
        assert after.period_from == before.period_through + dt.timedelta(days=1)
    # the primary's pre-election statements: 45 and 17 days before, due 40 and 12 before
    assert (items[0].period_through, items[0].due) == (D(2026, 4, 18), D(2026, 4, 23))
    assert (items[1].period_through, items[1].due) == (D(2026, 5, 16), D(2026, 5, 21))
    assert [i.statement_type for i in items] == ["PE", "PE", "SA", "PE", "PE", "SA"]
    windows = [i for i in filing_year(Filer("C", "CTL", (PRIMARY, GENERAL)), 2026)
               if i.kind == "window"]
    assert [(w.period_from, w.period_through) for w in windows] == [
        (D(2026, 3, 4), PRIMARY), (D(2026, 8, 5), GENERAL)]


def test_a_year_without_elections_is_two_semi_annuals() -> None:
    items = filing_year(Filer("C", "CTL", (GENERAL,)), 2027)
    assert _rows([i for i in items if i.kind == "statement"]) == [
        ("statement", "F460", "SA", D(2027, 1, 1), D(2027, 6, 30), D(2027, 8, 2), None),
        ("statement", "F460", "SA", D(2027, 7, 1), D(2027, 12, 31), D(2028, 1, 31), None),
    ]


def test_ballot_measure_committee_quarterlies() -> None:
    # no election this year: quarterlies through Mar 31 and Sep 30 beside the semi-annuals
    no_election = filing_year(Filer("B", "BMC", ()), 2027)
    assert [(i.statement_type, i.period_through, i.due) for i in no_election] == [
        ("QT", D(2027, 3, 31), D(2027, 4, 30)), ("SA", D(2027, 6, 30), D(2027, 8, 2)),
        ("QT", D(2027, 9, 30), D(2027, 11, 1)),  # Oct 31 2027 is a Sunday
        ("SA", D(2027, 12, 31), D(2028, 1, 31))]
    # a November election: pre-election statements in the second half, so no Q3
    general = filing_year(Filer("B", "BMC", (GENERAL,)), 2026)
    assert [i.statement_type for i in general if i.kind == "statement"] == [
        "QT", "SA", "PE", "PE", "SA"]
    # after the measure's election: no more quarterlies
    after = filing_year(Filer("B", "BMC", (D(2026, 6, 2),)), 2026)
    assert [i.statement_type for i in after if i.kind == "statement"] == [
        "PE", "PE", "SA", "SA"]


def test_recall_committee_files_quarterly_until_the_recall_half_year() -> None:
    items = filing_year(Filer("C", "CTL", (D(2026, 11, 3),), recall=True), 2026)
    assert [(i.statement_type, i.period_through) for i in items if i.kind == "statement"] == [
        ("QT", D(2026, 3, 31)), ("QT", D(2026, 6, 30)), ("PE", D(2026, 9, 19)),
        ("PE", D(2026, 10, 17)), ("SA", D(2026, 12, 31))]


def test_major_donor_files_461s_and_both_windows() -> None:
    items = filing_year(Filer("", "MDI", (GENERAL,)), 2026)
    assert [(i.kind, i.form) for i in items if i.kind != "conditional"] == [
        ("statement", "F461"), ("statement", "F461"), ("window", "F496"), ("window", "F497")]
    assert {i.form for i in items if i.kind == "conditional"} == {"F465"}
    assert [(i.statement_type, i.due, i.words) for i in items if i.kind == "statement"] == [
        (None, D(2026, 7, 31), "Semi-annual statement (Form 461)"),
        (None, D(2027, 2, 1), "Semi-annual statement (Form 461)")]
    # a 461 leaves Stmt_Type blank (spec page 22): due as a semi-annual statement
    assert calendar.statement_due("F461", "", D(2026, 6, 30)) == D(2026, 7, 31)
    assert calendar.statement_due("F461", "", D(2026, 5, 31)) is None
    assert calendar.statement_due("F460", "", D(2026, 6, 30)) is None
    pac = filing_year(Filer("G", "RCP", (GENERAL,)), 2026)
    assert {i.form for i in pac if i.kind == "window"} == {"F496", "F497"}
    assert [i.statement_type for i in pac if i.kind == "statement"] == ["SA", "SA"]


def test_candidate_without_a_committee_files_one_470() -> None:
    supplement, item = filing_year(Filer("", "CAO", (GENERAL,)), 2026)
    assert (item.form, item.period_from, item.period_through, item.due, item.election) == (
        "F470", D(2026, 1, 1), D(2026, 12, 31), D(2026, 9, 24), GENERAL)
    assert item.as_json()["statement_type"] is None
    # the 470 Supplement: only on reaching $2,000, within 48 hours (no day of its own)
    assert (supplement.kind, supplement.form, supplement.due) == ("conditional", "F470", None)
    assert supplement.sentence() == (
        "Form 470 Supplement for the Nov 3, 2026 election, Jan 1, 2026 to Dec 31, 2026, only "
        "if the candidate receives or spends $2,000 or more in the year: within 48 hours, to "
        "the filing officer, the Secretary of State and every other candidate for the office "
        "(not by regular mail); then a Form 410 within 10 days and Forms 460")
    (officeholder,) = [i for i in filing_year(Filer("", "CAO", ()), 2027)
                       if i.kind == "statement"]
    assert officeholder.due == D(2027, 8, 2)  # July 31 2027 is a Saturday


def test_the_latest_periodic_form_is_kept() -> None:
    small = filing_year(Filer("G", "RCP", (), periodic_form="F450"), 2026)
    assert {i.form for i in small} == {"F450"}
    idle = filing_year(Filer("G", "RCP", (), periodic_form="F425"), 2026)
    assert [(i.form, i.statement_type) for i in idle] == [("F425", "S1"), ("F425", "S2")]
    assert idle[1].due == D(2027, 2, 1)


def test_every_due_date_is_a_business_day_and_periods_hold() -> None:
    for year in range(2024, 2031):
        for filer in (Filer("C", "CTL", (D(year, 3, 5), D(year, 11, 5))), Filer("B", "BMC"),
                      Filer("", "MDI", (D(year, 6, 4),)), Filer("G", "RCP", recall=True)):
            for item in filing_year(filer, year):
                assert item.period_from <= item.period_through
                if item.due is not None:
                    assert calendar.is_business_day(item.due), item
                    assert item.due > item.period_through


def test_the_ends_of_the_calendar() -> None:
    for year in (1, 9999):
        items = filing_year(Filer("C", "CTL", (D(year, 1, 1), D(year, 12, 31))), year)
        assert items and all(i.period_from <= i.period_through for i in items)


@pytest.mark.parametrize("value,dates", [
    ("2026-11-03", (GENERAL,)),
    ("2026-11-03, 2026-06-02", (PRIMARY, GENERAL)),
    ("20260602;2026-11-03 2026-11-03", (PRIMARY, GENERAL)),
    (["2026-11-03"], (GENERAL,)),
    ("not a date, 2026-02-30, ２０２６-11-03", ()),
    (None, ()), (5, ()), ({"a": 1}, ()),
])
def test_parse_elections(value: object, dates: tuple[dt.date, ...]) -> None:
    assert parse_elections(value) == dates


def test_veterans_day_on_a_saturday_is_observed_the_friday_before() -> None:
    # Gov. Code §6701; 2023-11-11 and 2028-11-11 are Saturdays
    assert D(2023, 11, 10) in calendar.state_holidays(2023)
    assert D(2028, 11, 10) in calendar.state_holidays(2028)
    assert calendar.next_business_day(D(2023, 11, 10)) == D(2023, 11, 13)
    # other Saturday holidays are not moved (unlike the holidays package): July 4 2026
    assert calendar.is_business_day(D(2026, 7, 3))
    assert calendar.is_business_day(D(2021, 12, 24))
    # days the package adds on which state offices stay open
    assert calendar.is_business_day(D(2026, 6, 19))  # Juneteenth
    assert calendar.is_business_day(D(2029, 2, 15))  # Susan B. Anthony Day (a Thursday)


def test_a_465_is_due_with_its_period_but_starts_no_period_of_its_own() -> None:
    assert calendar.statement_due("F465", "PE", D(2026, 10, 17), GENERAL) == D(2026, 10, 22)
    assert calendar.statement_due("F465", "SA", D(2026, 12, 31)) == D(2027, 2, 1)
    assert "F465" not in calendar.PERIODIC_FORMS


def test_a_425_half_year_must_match_its_type() -> None:
    assert calendar.period_problem("S2", D(2026, 7, 1), D(2026, 12, 31)) == ""
    assert calendar.period_problem("S1", D(2026, 1, 1), D(2026, 6, 30)) == ""
    assert "ends on June 30" in calendar.period_problem("S1", D(2026, 7, 1), D(2026, 12, 31))
    assert "ends on December 31" in calendar.period_problem("S2", D(2026, 1, 1),
                                                            D(2026, 6, 30))

FILERS = st.builds(
    Filer, committee_type=st.sampled_from(["", "C", "P", "B", "G", "Z"]),
    entity_cd=st.sampled_from(["", "CTL", "RCP", "BMC", "CAO", "MDI"]),
    elections=st.lists(st.dates(), max_size=4).map(lambda d: tuple(sorted(set(d)))),
    periodic_form=st.sampled_from(["", "F460", "F450", "F425", "F461"]),
    recall=st.booleans())


@settings(max_examples=300, deadline=None)
@given(filer=FILERS, year=st.integers(1, 9999))
def test_any_filer_any_year(filer: Filer, year: int) -> None:
    items = filing_year(filer, year)
    statements = [i for i in items if i.kind == "statement"]
    assert statements, "every filer files something every year"
    assert statements[0].period_from == D(year, 1, 1)
    assert statements[-1].period_through == D(year, 12, 31)
    for before, after in zip(statements, statements[1:], strict=False):
        assert after.period_from == before.period_through + dt.timedelta(days=1)
    for item in items:
        assert item.period_from <= item.period_through
        if item.kind == "window":
            assert item.due is None and item.election == item.period_through
            assert item.period_from <= D(year, 12, 31) and item.period_through >= D(year, 1, 1)
        elif item.due is not None and year < 9999:
            assert item.due >= item.period_through or item.form == "F470"
        item.as_json()
        item.sentence(D(2026, 12, 1))


# ---------------------------------------------------- conditional and registration items
def _conditional(items: list[DueItem]) -> list[tuple[object, ...]]:
    return [r for r, i in zip(_rows(items), items, strict=True) if i.kind == "conditional"]


def test_special_odd_year_reports_in_an_odd_year_only() -> None:
    odd = filing_year(Filer("G", "RCP", ()), 2027)
    assert _conditional(odd) == [
        ("conditional", "F460", "SY", D(2027, 1, 1), D(2027, 3, 31), D(2027, 4, 30), None),
        # October 31 2027 is a Sunday
        ("conditional", "F460", "SY", D(2027, 7, 1), D(2027, 9, 30), D(2027, 11, 1), None)]
    assert "$10,000 or more in the quarter to elected state officers" in odd[0].sentence()
    assert odd[0].as_json()["statement_type"] == "SY"
    assert _conditional(filing_year(Filer("G", "RCP", ()), 2026)) == []
    # a ballot-measure committee's own quarterly ends those days: no second statement
    measure = filing_year(Filer("B", "BMC", (D(2028, 3, 7),)), 2027)
    assert [i.statement_type for i in measure if i.kind == "conditional"] == []
    # a Form 470 filer and a major donor are not recipient committees
    assert [r[2] for r in _conditional(filing_year(Filer("", "CAO", ()), 2027))] == [
        None]  # only the 470 Supplement
    assert _conditional(filing_year(Filer("", "MDI", ()), 2027)) == []


def test_supplemental_pre_election_for_a_committee_without_pre_election_statements() -> None:
    pac = filing_year(Filer("G", "RCP", (GENERAL,)), 2026)
    se = [i for i in pac if i.statement_type == "SE"]
    assert _rows(se) == [
        ("conditional", "F460", "SE", D(2026, 7, 1), D(2026, 9, 19), D(2026, 9, 24), GENERAL),
        ("conditional", "F460", "SE", D(2026, 9, 20), D(2026, 10, 17), D(2026, 10, 22),
         GENERAL)]
    assert se[0].sentence().endswith(
        "for the Nov 3, 2026 election, Jul 1, 2026 to Sep 19, 2026, due Thursday, September "
        "24, 2026, only if the committee gives (or spends independently) $10,000 or more for "
        "this election in the period (attach Form 495)")
    assert se[0].words == "Supplemental pre-election statement (Form 460)"
    # a committee with pre-election statements of its own files those instead
    assert not [i for i in filing_year(Filer("C", "CTL", (GENERAL,)), 2026)
                if i.statement_type == "SE"]
    small = filing_year(Filer("G", "RCP", (GENERAL,), periodic_form="F450"), 2026)
    assert {i.form for i in small if i.statement_type == "SE"} == {"F450"}


def test_form_465_periods_are_those_of_the_candidates() -> None:
    for filer in (Filer("G", "RCP", (GENERAL,)), Filer("", "MDI", (GENERAL,))):
        f465 = [i for i in filing_year(filer, 2026) if i.form == "F465"]
        assert _rows(f465) == [
            ("conditional", "F465", "SA", D(2026, 1, 1), D(2026, 6, 30), D(2026, 7, 31), None),
            ("conditional", "F465", "PE", D(2026, 7, 1), D(2026, 9, 19), D(2026, 9, 24),
             GENERAL),
            ("conditional", "F465", "PE", D(2026, 9, 20), D(2026, 10, 17), D(2026, 10, 22),
             GENERAL),
            ("conditional", "F465", "SA", D(2026, 10, 18), D(2026, 12, 31), D(2027, 2, 1),
             None)]
        assert "reach $1,000" in f465[1].sentence()
        assert f465[1].words == ("Supplemental independent expenditure report (Form 465) "
                                 "with the first pre-election statements")
    # no election that year, or a committee that makes no IEs: none
    assert not [i for i in filing_year(Filer("G", "RCP", ()), 2026) if i.form == "F465"]
    assert not [i for i in filing_year(Filer("C", "CTL", (GENERAL,)), 2026)
                if i.form == "F465"]


def test_form_410_within_10_days_of_qualifying() -> None:
    unknown = [i for i in filing_year(Filer("P", "RCP", (GENERAL,), registered=False), 2026)
               if i.kind == "registration"]
    assert _rows(unknown) == [
        ("registration", "F410", None, D(2026, 1, 1), D(2026, 12, 31), None, None)]
    assert "within 10 days of receiving $2,000 in the calendar year" in unknown[0].sentence()
    assert "statement_type" not in unknown[0].as_json()
    # qualified on a Thursday: due 10 days later (a Sunday, so Monday)
    july = [i for i in filing_year(Filer("P", "RCP", (GENERAL,), registered=False,
                                         qualified=D(2026, 7, 9)), 2026)
            if i.kind == "registration"]
    assert _rows(july) == [
        ("registration", "F410", None, D(2026, 1, 1), D(2026, 7, 9), D(2026, 7, 20), None)]
    # in the 16 days before an election it files pre-election statements for: 24 hours
    late = filing_year(Filer("P", "RCP", (GENERAL,), registered=False,
                             qualified=D(2026, 10, 20)), 2026)
    assert [i.due for i in late if i.form == "F410"] == [D(2026, 10, 21)]
    assert calendar_registration(D(2026, 10, 17), pre=True) == D(2026, 10, 27)  # 17 days
    assert calendar_registration(D(2026, 10, 18), pre=True) == D(2026, 10, 19)  # 16 days
    assert calendar_registration(D(2026, 10, 20), pre=False) == D(2026, 10, 30)
    # registered, qualified another year, a major donor or a Form 470 filer: no 410
    for filer in (Filer("P", "RCP", (GENERAL,)),
                  Filer("P", "RCP", (), registered=False, qualified=D(2025, 3, 1)),
                  Filer("", "MDI", (), registered=False), Filer("", "CAO", (), registered=False)):
        assert not [i for i in filing_year(filer, 2026) if i.form == "F410"], filer


def calendar_registration(qualified: dt.date, *, pre: bool) -> dt.date:
    from calaccess_desktop.forms.filing_calendar import registration_due

    return registration_due(qualified, (GENERAL,), pre)


def test_form_501_before_the_first_contribution_of_each_election() -> None:
    new = filing_year(Filer("C", "CTL", (PRIMARY, GENERAL), started=False), 2026)
    assert _rows([i for i in new if i.form == "F501"]) == [
        ("registration", "F501", None, D(2026, 1, 1), PRIMARY, None, PRIMARY),
        ("registration", "F501", None, D(2026, 1, 1), GENERAL, None, GENERAL)]
    (first, *_rest) = [i for i in new if i.form == "F501"]
    assert first.sentence() == (
        "Candidate intention statement (Form 501) for the Jun 2, 2026 election: before "
        "soliciting or receiving any contribution or spending personal funds on the campaign "
        "(beyond the filing fees)")
    alone = filing_year(Filer("", "CAO", (GENERAL,), started=False), 2026)
    assert [i.form for i in alone if i.kind == "registration"] == ["F501"]
    # a committee with statements on file is past that day; a PAC has no candidate
    assert not [i for i in filing_year(Filer("C", "CTL", (GENERAL,)), 2026) if i.form == "F501"]
    assert not [i for i in filing_year(Filer("G", "RCP", (GENERAL,), started=False), 2026)
                if i.form == "F501"]
