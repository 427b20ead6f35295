"""Sums Form 460's statement rules share, each worked out once per check from the
schedules' columns (``validation.checks.kind_*``) in one pass.

A full check of 100,000 rows runs several rules that add up the same amounts (a source's
period total: F460-A-001, A-011, A-018; a schedule's itemized total: the summary
rules); each is computed here once and cached on the check's context.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import compress

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.validation.api import Ctx
from calaccess_desktop.validation.checks import (
    kind_cents,
    kind_column,
    kind_contacts,
    kind_counting,
    kind_itemized,
)

# What a source gives in a statement: contributions (A), nonmonetary ones (C) and loans
# received (B Part 1), each with its amount field.
RECEIVED = ((("RCPT", "A"), "Amount"), (("RCPT", "C"), "Amount"),
            (("LOAN", "B1"), "Loan_Amt1"))


def _cache(ctx: Ctx) -> dict[object, object]:
    cache: dict[object, object] | None = ctx.__dict__.get("_f460_tallies")
    if cache is None:
        cache = ctx.__dict__["_f460_tallies"] = {}
    return cache


def period_by_contact(ctx: Ctx) -> dict[int, Cents]:
    """What each contact gave in this statement: the amounts of the counting rows
    (``Row.counts``) of Schedules A, C and B Part 1 linked to it."""
    cache = _cache(ctx)
    found: dict[int, Cents] | None = cache.get("period")  # type: ignore[assignment]
    if found is None:
        totals: dict[int, Cents] = defaultdict(int)
        for (rec_type, form_type), field in RECEIVED:
            if not ctx.kind(rec_type, form_type):
                continue
            for contact, counts, amount in zip(
                    kind_contacts(ctx, rec_type, form_type),
                    kind_counting(ctx, rec_type, form_type),
                    kind_cents(ctx, rec_type, form_type, field), strict=True):
                if counts and contact is not None:
                    totals[contact] += amount
        found = cache["period"] = totals
    return found


def itemized_counting(ctx: Ctx, rec_type: str, form_type: str) -> Sequence[bool]:
    """Whether each row of a schedule is itemized and counts toward its totals."""
    cache = _cache(ctx)
    key = ("itemized_counting", rec_type, form_type)
    found: Sequence[bool] | None = cache.get(key)  # type: ignore[assignment]
    if found is None:
        found = cache[key] = [i and c for i, c in zip(
            kind_itemized(ctx, rec_type, form_type),
            kind_counting(ctx, rec_type, form_type), strict=True)]
    return found


def itemized_total(ctx: Ctx, rec_type: str, form_type: str, field: str,
                   counting: bool = True) -> Cents:
    """The total of one amount field over a schedule's itemized rows (only those that
    count toward totals, unless ``counting`` is False)."""
    if not ctx.kind(rec_type, form_type):
        return 0
    mask = (itemized_counting(ctx, rec_type, form_type) if counting
            else kind_itemized(ctx, rec_type, form_type))
    return sum(compress(kind_cents(ctx, rec_type, form_type, field), mask))


def name_keys(ctx: Ctx, rec_type: str, form_type: str, field: str) -> Sequence[str]:
    """A name field of each row of a schedule, upper case with its spaces squeezed
    (how payees and creditors are matched across schedules)."""
    cache = _cache(ctx)
    key = ("names", rec_type, form_type, field)
    found: Sequence[str] | None = cache.get(key)  # type: ignore[assignment]
    if found is None:
        texts = kind_column(ctx, rec_type, form_type, field)
        of = {t: " ".join(t.upper().split()) for t in set(texts)}
        found = cache[key] = list(map(of.__getitem__, texts))
    return found
