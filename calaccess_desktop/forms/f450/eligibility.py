"""May this committee file the short Form 450? (form-rules.md §3.7, rule F450-ELG-001)

Only if all of these hold; otherwise it files Form 460:
1. it is not controlled by a candidate (a candidate-controlled ballot measure committee
   may use the form);
2. no contribution must be itemized (no source reached $100 in the calendar year);
3. no other payment of $100 or more was received (miscellaneous increases to cash);
4. it has no outstanding loans, made or received;
5. it has no accrued expenses (unpaid bills).

``assess(facts)`` is the test as a pure function; ``facts_of(snapshot)`` gathers the
facts of a statement. Every reason names the limit and the amount in plain words.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from calaccess_desktop.domain.money import Cents, format_display
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.constants import threshold

RECEIVED = (("RCPT", "A"), ("RCPT", "C"), ("LOAN", "B1"))


@dataclass(frozen=True, slots=True)
class Source:
    """One contributor's (or payer's) total, and a record that shows it."""

    name: str
    cents: Cents
    record: SnapRecord | None = None


@dataclass(frozen=True, slots=True)
class Facts:
    """What the test looks at."""

    committee_type: str  # C, P, B, G or ''
    contributors: Sequence[Source] = ()  # calendar-year totals per source
    misc_receipts: Sequence[Source] = ()  # this period's totals per source
    loans: Sequence[Source] = ()  # loans made or received with a balance
    unpaid_bills: Sequence[Source] = ()  # accrued expenses owed at the end of the period
    limit: Cents = 10_000  # the itemization threshold in force


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the short form may not be used: which condition, the limit and the amount."""

    condition: str  # controlled | contribution | misc_receipt | loan | unpaid_bill
    words: str
    amount: Cents | None = None
    limit: Cents | None = None
    record: SnapRecord | None = field(default=None, compare=False)


USE_460 = "This committee must file Form 460 instead."


def _money(cents: Cents) -> str:
    return "$" + format_display(cents)


def assess(facts: Facts) -> tuple[Reason, ...]:
    """Every reason the committee may not file Form 450 (empty: it may)."""
    out: list[Reason] = []
    limit = _money(facts.limit)
    if facts.committee_type.upper() == "C":
        out.append(Reason("controlled", "The committee is controlled by a candidate or "
                          "officeholder; only a candidate-controlled ballot measure "
                          "committee may use Form 450."))
    for s in facts.contributors:
        if s.cents >= facts.limit:
            out.append(Reason("contribution", f"{s.name} has given {_money(s.cents)} this "
                              f"calendar year; a contributor of {limit} or more must be "
                              "itemized, which Form 450 cannot do.", s.cents, facts.limit,
                              s.record))
    for s in facts.misc_receipts:
        if s.cents >= facts.limit:
            out.append(Reason("misc_receipt", f"{s.name} paid the committee {_money(s.cents)} "
                              f"this period (other than a contribution); a payment of "
                              f"{limit} or more received rules out Form 450.", s.cents,
                              facts.limit, s.record))
    for s in facts.loans:
        out.append(Reason("loan", f"The committee has a loan with {s.name} "
                          f"({_money(s.cents)} outstanding); a committee with loans made or "
                          "received cannot use Form 450.", s.cents, None, s.record))
    for s in facts.unpaid_bills:
        out.append(Reason("unpaid_bill", f"The committee owes {s.name} {_money(s.cents)} "
                          "(an unpaid bill); a committee with accrued expenses cannot use "
                          "Form 450.", s.cents, None, s.record))
    return tuple(out)


def _name(r: SnapRecord) -> str:
    for prefix in ("Ctrib", "Lndr", "Payee", "Enty"):
        last = r.get(f"{prefix}_NamL")
        if last:
            first = r.get(f"{prefix}_NamF")
            return f"{first} {last}".strip()
    return "An unnamed source"


def _key(r: SnapRecord) -> object:
    return r.contact_id if r.contact_id is not None else _name(r).upper()


def _summed(records: Sequence[SnapRecord], before: Mapping[int, Cents]) -> list[Source]:
    totals: dict[object, Source] = {}
    for r in records:
        key = _key(r)
        had = totals.get(key)
        if had is None:
            start = before.get(r.contact_id, 0) if r.contact_id is not None else 0
            had = Source(_name(r), start, r)
        totals[key] = Source(had.name, had.cents + r.cents("Amount"), had.record or r)
    return list(totals.values())


def _live(snap: StatementSnapshot, kinds: Sequence[tuple[str, str]]) -> list[SnapRecord]:
    return [r for r in snap.records if (r.rec_type, r.form_type) in kinds and not r.is_memo
            and not r.get("BakRef_TID")]


def _loan_balance(r: SnapRecord) -> Cents:
    # Loan_Amt2 is the outstanding balance at the close of the period (B1 and H).
    return r.cents("Loan_Amt2") if r.get("Loan_Amt2") else r.cents("Loan_Amt1")


def facts_of(snap: StatementSnapshot, on: dt.date | None = None) -> Facts:
    """The facts of a statement (its own records plus the year's earlier contributions)."""
    kind = snap.cover.get("Cmtte_Type") or snap.committee.committee_type
    contributors = _summed([r for r in _live(snap, RECEIVED) if r.rec_type == "RCPT"],
                           snap.ytd_before)
    misc = _summed(_live(snap, (("RCPT", "I"),)), {})
    loans = [Source(_name(r), _loan_balance(r), r)
             for r in snap.records if r.rec_type == "LOAN" and _loan_balance(r) > 0]
    bills = [Source(_name(r), r.cents("End_Bal"), r)
             for r in snap.records if r.rec_type == "DEBT" and r.cents("End_Bal") > 0]
    # the lowest itemization threshold of the committee's filing officers, else the state's
    limit = snap.itemize_threshold(threshold("itemize_contributor", on or snap.period_through))
    return Facts(kind, contributors, misc, loans, bills, limit)


def why_not(snap: StatementSnapshot) -> tuple[Reason, ...]:
    """Every reason this statement's committee may not use Form 450 (empty: it may)."""
    return assess(facts_of(snap))


def summary_words(reasons: Sequence[Reason]) -> str:
    """One paragraph for a message box: the reasons, then what to do."""
    if not reasons:
        return "This committee may file the short Form 450."
    return " ".join(r.words for r in reasons) + " " + USE_460
