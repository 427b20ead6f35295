"""Form 460 math (form-rules.md §4): the summary identities hold for random statements."""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.domain.snapshot import CommitteeSnap, SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460.itemize import Entry, decide
from calaccess_desktop.forms.f460.summary import carry_forward, compute

money = st.integers(min_value=0, max_value=5_000_000)


def rec(rec_type: str, schedule: str, itemized: bool = True, **fields: int | str) -> SnapRecord:
    r = CalRecord([rec_type, schedule], cvr_form="F460")
    for name, value in fields.items():
        r.set(name, format_cal_amount(value) if isinstance(value, int) else value)
    return SnapRecord(tuple(r.values), cvr_form="F460", itemized=itemized)


def snapshot(records: list[SnapRecord], prior_b: dict[str, int] | None = None,
             prior_cash: int | None = None) -> StatementSnapshot:
    committee = CommitteeSnap(1, "1234567", "Test", "G", "RCP", MappingProxyType({}))
    return StatementSnapshot(
        committee, 1, "F460", dt.date(2026, 7, 1), dt.date(2026, 12, 31), None, "SA", 0, "",
        "draft", "", None, "", SnapRecord(("CVR", "F460")), tuple(records),
        MappingProxyType(prior_b or {}), prior_cash)


@st.composite
def statements(draw: st.DrawFn) -> tuple[list[SnapRecord], dict[str, int], int]:
    records = []
    for schedule in ("A", "C", "I"):
        for amount, itemized, memo in draw(st.lists(st.tuples(money, st.booleans(),
                                                              st.booleans()), max_size=6)):
            records.append(rec("RCPT", schedule, itemized, Amount=amount,
                               Memo_Code="X" if memo else ""))
    for schedule in ("D", "E"):
        for amount, itemized in draw(st.lists(st.tuples(money, st.booleans()), max_size=6)):
            records.append(rec("EXPN", schedule, itemized, Amount=amount))
    for schedule in ("B1", "H"):
        for beg, new, paid, forgiven, interest in draw(
                st.lists(st.tuples(money, money, money, money, money), max_size=4)):
            paid = min(paid, beg + new)
            forgiven = min(forgiven, beg + new - paid)
            records.append(rec("LOAN", schedule, Loan_Amt4=beg, Loan_Amt1=new, Loan_Amt5=paid,
                               Loan_Amt6=forgiven, Loan_Amt7=interest,
                               Loan_Amt2=beg + new - paid - forgiven))
    for beg, incurred, paid in draw(st.lists(st.tuples(money, money, money), max_size=4)):
        paid = min(paid, beg + incurred)
        records.append(rec("DEBT", "F", Beg_Bal=beg, Amt_Incur=incurred, Amt_Paid=paid,
                           End_Bal=beg + incurred - paid))
    for amount in draw(st.lists(money, max_size=3)):
        records.append(rec("LOAN", "B2", Loan_Amt1=amount))
    prior = {n: draw(st.integers(-10**7, 10**7)) for n in ("1", "2", "4", "6", "7", "9")}
    prior["3"] = prior["1"] + prior["2"]  # a previous statement's column B is consistent
    prior["5"] = prior["3"] + prior["4"]
    prior["8"] = prior["6"] + prior["7"]
    prior["10"] = prior["4"]
    prior["11"] = prior["8"] + prior["9"] + prior["10"]
    return records, prior, draw(st.integers(-10**7, 10**7))


@settings(max_examples=200, deadline=None)
@given(statements())
def test_summary_page_identities(case: tuple[list[SnapRecord], dict[str, int], int]) -> None:
    records, prior, cash = case
    s = compute(snapshot(records, prior, cash))
    a = {k: v[0] for k, v in s.lines.items()}
    sch = s.schedules
    live = [r for r in records if not r.is_memo]

    def total(rt: str, ft: str, name: str = "Amount") -> int:
        return sum(r.cents(name) for r in live if (r.rec_type, r.form_type) == (rt, ft))

    assert sch["A"]["3"] == sch["A"]["1"] + sch["A"]["2"] == total("RCPT", "A")
    assert sch["C"]["3"] == total("RCPT", "C")
    assert sch["E"]["4"] == sch["E"]["1"] + sch["E"]["2"] + sch["E"]["3"]
    assert sch["E"]["3"] == total("LOAN", "B1", "Loan_Amt7")
    assert sch["I"]["4"] == total("RCPT", "I") + total("LOAN", "H", "Loan_Amt7")
    assert a["1"] == sch["A"]["3"] and a["2"] == sch["B1"]["3"] and a["4"] == sch["C"]["3"]
    assert a["3"] == a["1"] + a["2"] and a["5"] == a["3"] + a["4"]
    assert a["6"] == sch["E"]["4"] and a["7"] == sch["H"]["3"] and a["9"] == sch["F"]["3"]
    assert a["8"] == a["6"] + a["7"] and a["10"] == a["4"]
    assert a["11"] == a["8"] + a["9"] + a["10"]
    assert a["12"] == cash and a["13"] == a["3"] and a["15"] == a["8"]
    assert a["14"] == sch["I"]["4"]
    assert a["16"] == a["12"] + a["13"] + a["14"] - a["15"]
    assert a["17"] == total("LOAN", "B2", "Loan_Amt1")
    for line in (str(n) for n in range(1, 12)):
        assert s.b(line) == prior[line] + a[line]
    assert a["19"] == s.b("2") + s.b("9")
    assert sch["D"]["3"] == total("EXPN", "D")  # Schedule D is not carried to the summary
    assert all(s.lines[x][1] is None for x in map(str, range(12, 20)))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(money, money, money), min_size=1, max_size=5))
def test_outstanding_balances_carry_between_statements(
        loans: list[tuple[int, int, int]]) -> None:
    """Identity 3 and 4: B2 == Σ Schedule B col (d) when each loan's (a) is last period's (d)."""
    first = [rec("LOAN", "B1", Loan_Amt4=0, Loan_Amt1=new, Loan_Amt5=0, Loan_Amt2=new)
             for new, _, _ in loans]
    s1 = compute(snapshot(first))
    second = []
    for new, more, paid in loans:
        paid = min(paid, new + more)
        second.append(rec("LOAN", "B1", Loan_Amt4=new, Loan_Amt1=more, Loan_Amt5=paid,
                          Loan_Amt2=new + more - paid))
    prior = carry_forward({k: v[1] or 0 for k, v in s1.lines.items()},
                          dt.date(2026, 6, 30), dt.date(2026, 7, 1))
    s2 = compute(snapshot(second, prior, s1.a("16")))
    assert s1.b("2") == s1.outstanding["B1"]
    assert s2.b("2") == s2.outstanding["B1"]
    assert s2.a("12") == s1.a("16")


def test_new_year_carries_only_lines_2_7_9() -> None:
    prior = {str(n): 100 * n for n in range(1, 12)}
    assert carry_forward(prior, dt.date(2025, 12, 31), dt.date(2026, 1, 1)) == {
        "2": 200, "7": 700, "9": 900}
    assert carry_forward(prior, dt.date(2026, 6, 30), dt.date(2026, 7, 1)) == prior


def test_memo_and_child_items_do_not_count() -> None:
    s = compute(snapshot([rec("RCPT", "A", Amount=10000),
                          rec("RCPT", "A", Amount=5000, Memo_Code="X"),
                          rec("EXPN", "E", Amount=900),
                          rec("EXPN", "G", Amount=900, BakRef_TID="E1")]))
    assert s.a("1") == 10000 and s.a("6") == 900


def test_itemization_threshold_rules() -> None:
    entries = [Entry("RCPT", "A", "auto", 1, 6000), Entry("RCPT", "A", "auto", 1, 3000),
               Entry("RCPT", "A", "auto", 2, 9999), Entry("RCPT", "A", "auto", 3, 100),
               Entry("EXPN", "E", "auto", 4, 6000), Entry("EXPN", "E", "auto", 4, 4000),
               Entry("EXPN", "E", "auto", 5, 9999), Entry("RCPT", "A", "never", 6, 50000),
               Entry("LOAN", "B1", "auto", 1, 2000)]
    out = decide(entries, {3: 9900}, 10000)
    assert [d.itemized for d in out] == [True, True, False, True, True, True, False, False, True]
    assert out[0].cumulative == 11000  # loans from the same source count too
    assert out[3].cumulative == 10000  # earlier statements this year count


def test_schedule_d_cumulates_per_payee_per_year() -> None:
    entries = [Entry("EXPN", "D", "auto", 7, 6000), Entry("EXPN", "D", "auto", 8, 5000)]
    out = decide(entries, {}, 10000, {7: 5000})
    assert [(d.itemized, d.cumulative) for d in out] == [(True, 11000), (False, 5000)]
