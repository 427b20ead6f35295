"""The fast summary (``summary_of``: records summed into groups by
``services/totals/grouped``, no values read) equals the summary of the full snapshot
(every record decided on its own), for every form with a summary, on both stores: any
mix of schedules, contacts, itemize choices, memo and child items, loans, bills and
records without a contact, with contributions earlier in the year."""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.domain.money import format_cal_amount
from calaccess_desktop.services import editing, snapshots
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize, summary_of
from calaccess_desktop.services.totals import grouped
from tests.pg.stores import STORE_KINDS

# Schedules of each form with a summary (rec_type, form_type).
KINDS = {
    "F460": [("RCPT", "A"), ("RCPT", "C"), ("RCPT", "I"), ("EXPN", "E"), ("EXPN", "D"),
             ("LOAN", "B1"), ("LOAN", "H"), ("DEBT", "F")],
    "F450": [("RCPT", "A"), ("RCPT", "C"), ("RCPT", "I"), ("EXPN", "F450P5")],
    "F461": [("EXPN", "F461P5"), ("EXPN", "E")],
    "F465": [("EXPN", "F465P3")],
}
PEOPLE = [("Okafor", "95811"), ("Chen", "95822"), ("Ramirez", "95816")]  # None: no contact
AMOUNTS = [0, 100, 3000, 4000, 4999, 5000, 6000, 9999, 10000, 10001, -500]  # $100: 10000
CHOICES = ["auto", "auto", "always", "never", "lump"]  # left to the totals most often

# (schedule, person, cents, choice, memo, child): the first two schedules most often, so
# that one person's records meet (and reach the threshold together or not).
entry = st.tuples(st.one_of(st.integers(0, 1), st.integers(0, 7)),
                  st.sampled_from(range(len(PEOPLE) + 1)), st.sampled_from(AMOUNTS),
                  st.sampled_from(CHOICES), st.booleans(),
                  st.booleans())


def fields_for(kind: tuple[str, str], who: int, cents: int, memo: bool,
               child: bool) -> dict[str, str]:
    amount = format_cal_amount(cents)
    rec_type = kind[0]
    named = who < len(PEOPLE)
    last, zip4 = PEOPLE[who] if named else ("", "")
    if rec_type == "LOAN":
        fields = {"Lndr_NamL": last, "Loan_ZIP4": zip4, "Loan_Date1": "20260815",
                  "Loan_Amt1": amount, "Loan_Amt2": amount, "Loan_Amt5": "1.00",
                  "Loan_Amt7": "0.50"}
    elif rec_type == "DEBT":
        fields = {"Payee_NamL": last, "Payee_ZIP4": zip4, "Amt_Incur": amount,
                  "Amt_Paid": "1.00", "End_Bal": amount}
    else:
        prefix = "Payee" if rec_type == "EXPN" else "Ctrib"
        fields = {"Amount": amount, f"{prefix}_NamL": last, f"{prefix}_ZIP4": zip4}
        fields["Rcpt_Date" if rec_type == "RCPT" else "Expn_Date"] = "20260815"
    if memo:
        fields["Memo_Code"] = "X"
    if child:
        fields["BakRef_TID"] = "P1"
    return fields


def make_statement(store: Store, form: str, entries: list[tuple[Any, ...]],
                   kept_only: bool) -> int:
    """A committee whose first statement this year has gifts, and a second with
    ``entries`` (``kept_only``: every choice kept, as in an imported file)."""
    kinds = KINDS[form]
    with store.transaction() as s:
        cid = editing.create_committee(s, f"Random {form}", committee_type="G")
        first = editing.create_statement(s, cid, form, period_from=dt.date(2026, 1, 1),
                                         period_through=dt.date(2026, 6, 30))
        for kind in kinds[:2]:
            editing.add_transaction(s, first, kind[0], kind[1],
                                    fields_for(kind, 0, 3000, False, False))
        sid = editing.create_statement(s, cid, form, period_from=dt.date(2026, 7, 1),
                                       period_through=dt.date(2026, 12, 31))
        for which, who, cents, choice, memo, child in entries:
            kind = kinds[which % len(kinds)]
            itemize = "always" if kept_only and choice == "auto" else choice
            editing.add_transaction(s, sid, kind[0], kind[1],
                                    fields_for(kind, who, cents, memo, child), itemize=itemize)
    return sid


def assert_same(store: Store, sid: int) -> None:
    with store.read() as s:
        fast = summary_of(s, sid)
        _snap, full = summarize(s, sid)
    assert fast == full


@pytest.mark.parametrize("store_kind", STORE_KINDS, indirect=True)
@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.sampled_from(sorted(KINDS)), st.lists(entry, min_size=1, max_size=25),
       st.booleans())
# Two people under the threshold whose gifts together reach it; a loan that takes its
# lender over; a child item and a memo item of the same person.
@example("F460", [(0, 1, 3000, "auto", False, False), (0, 2, 9999, "auto", False, False)],
         False)
@example("F460", [(0, 1, 4000, "auto", False, False), (5, 1, 6000, "auto", False, False),
                  (0, 3, 9999, "auto", False, False)], False)
@example("F450", [(0, 0, 5000, "auto", False, True), (0, 0, 5000, "auto", True, False),
                  (3, 2, 10000, "always", False, False)], False)
def test_the_fast_summary_is_the_full_one(store: Store, form: str,
                                          entries: list[tuple[Any, ...]],
                                          kept_only: bool) -> None:
    # One store for every example: each adds its own committee.
    assert_same(store, make_statement(store, form, entries, kept_only))


class Group(NamedTuple):
    """One group of ``grouped.totals_groups``, as a row."""

    record_id: int | None
    contact_id: int | None
    rec_type: str
    form_type: str
    itemize: str
    memo: bool
    child: bool
    cents: int


def groups_of(store: Store, sid: int) -> list[Group]:
    with store.read() as s:
        found = grouped.totals_groups(s, sid, itemizes=True)
    return [Group(rid, e.contact_id, e.rec_type, e.form_type, e.itemize, e.memo, child,
                  e.amount)
            for e, child, rid in zip(found.entries, found.child, found.record_id, strict=True)]


def test_kept_choices_are_summed_over_the_statement_at_once(store: Store) -> None:
    entries = [(0, who, 6000, "always", False, False) for who in range(3)] + [
        (3, 0, 2500, "never", False, False), (0, 1, 100, "auto", True, False)]
    sid = make_statement(store, "F460", entries, kept_only=False)
    groups = groups_of(store, sid)
    assert {(g.contact_id, g.rec_type, g.form_type, g.itemize, g.cents) for g in groups} == {
        (None, "RCPT", "A", "always", 18000), (None, "EXPN", "E", "never", 2500),
        (None, "RCPT", "A", "auto", 100)}  # the memo item: itemized whatever its total
    assert_same(store, sid)


def test_a_choice_left_to_the_totals_sums_per_contact(store: Store) -> None:
    entries = [(0, 0, 6000, "auto", False, False), (0, 0, 4000, "always", False, False),
               (0, 1, 3000, "auto", False, False), (0, 3, 2000, "auto", False, False),
               (5, 1, 7000, "auto", False, False)]  # a loan of Chen's counts to his total
    sid = make_statement(store, "F460", entries, kept_only=False)
    groups = groups_of(store, sid)
    with_contacts = [g for g in groups if g.record_id is None]
    assert len({g.contact_id for g in with_contacts}) == 2
    assert all(g.contact_id is not None for g in with_contacts)
    alone = sorted((g.rec_type, g.cents) for g in groups if g.record_id is not None)
    assert alone == [("LOAN", 7000), ("RCPT", 2000)]  # the loan; the gift without a name
    with store.read() as s:
        lines = summary_of(s, sid).schedules["A"]
    # Okafor: 60 + 40 with 60 before (itemized); Chen: 30 and a 70 loan (itemized); the
    # nameless 20 on its own (unitemized).
    assert lines == {"1": 13000, "2": 2000, "3": 15000}
    assert_same(store, sid)


def test_many_combinations_are_grouped_in_one_query(store: Store) -> None:
    entries = [(k, who, 4000, choice, False, child) for k in (0, 1, 3) for who in (0, 1)
               for choice in ("auto", "always") for child in (False, True)]
    sid = make_statement(store, "F460", entries, kept_only=False)
    groups = groups_of(store, sid)
    combos = {(g.rec_type, g.form_type, g.itemize, g.memo, g.child) for g in groups}
    assert len(combos) > grouped.MAX_COMBOS
    assert {g.contact_id for g in groups} != {None}
    assert_same(store, sid)


def test_many_contacts_year_totals_are_read_without_a_list_of_them(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    sid = make_statement(store, "F460", [(0, who, 4000, "auto", False, False)
                                         for who in range(4)], kept_only=False)
    with store.read() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        contacts = {c for c in s.scalars(select(Record.contact_id).where(
            Record.statement_id == sid)) if c is not None}
        found = {}
        for few, many in ((50, 2000), (0, 2000), (0, 1)):  # by contact, listed, all
            monkeypatch.setattr(snapshots, "FEW", few)
            monkeypatch.setattr(snapshots, "MANY", many)
            found[(few, many)] = snapshots.year_before(s, stmt, contacts)
            okafor = set(found[(few, many)][0])
            # Only the contacts asked for, whichever way they are read.
            assert snapshots.year_before(s, stmt, contacts - okafor) == ({}, {})
    given = found[(50, 2000)][0]
    assert len(given) == 1 and sum(given.values()) == 6000  # Okafor's A and C of the spring
    assert found[(0, 2000)] == found[(0, 1)] == found[(50, 2000)]


def test_the_choices_left_to_the_totals_are_those_decide_leaves_to_them() -> None:
    left = {(rt, ft) for rt, ft in (("RCPT", "A"), ("RCPT", "C"), ("LOAN", "B1"),
                                    ("EXPN", "D"), ("EXPN", "E"), ("RCPT", "I"))}
    for kind in (*left, ("EXPN", "G"), ("LOAN", "H"), ("DEBT", "F"), ("EXPN", "F461P5")):
        assert grouped.by_totals(*kind, "auto", False) == (kind in left), kind
        assert grouped.by_totals(*kind, "", False) == (kind in left), kind  # as auto
        for kept in ("always", "never", "lump"):
            assert not grouped.by_totals(*kind, kept, False), (kind, kept)
        assert not grouped.by_totals(*kind, "auto", True), kind  # a memo item: itemized
