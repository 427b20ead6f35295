"""Small helpers rules share (the built-in families and the form packages' rules)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.validation.context import Ctx, Row, cents, sdate
from calaccess_desktop.validation.ruleset import Issue
from calaccess_desktop.validation.words import mdy

Issues = list[Issue] | None  # what a record rule returns

_PO_BOX = re.compile(r"\b(P\.?\s*O\.?\s*BOX|POST\s+OFFICE\s+BOX|P\.?O\.?B\.?\s*\d|BOX\s+\d+$)",
                     re.IGNORECASE)


def is_po_box(text: str) -> bool:
    """Whether an address line is a post office box."""
    return bool(_PO_BOX.search(text))


def date_field(r: Row) -> str:
    """A receipt's main date field name (Trans_Date for transfers)."""
    return "Trans_Date" if "Trans_Date" in r.ix else "Rcpt_Date"


def dated_after_period(rows: list[Row], name: str) -> list[Row]:
    """The rows whose date ``name`` is after the period's last day (``after_period``'s
    screen: CCYYMMDD text sorts as dates)."""
    i = rows[0].ix.get(name) if rows else None
    pt = rows[0].ctx.pt if rows else ""
    if i is None or not pt:
        return []
    days = rows[0].ctx.column(rows, i)
    if max(days) <= pt:
        return []
    return [r for r, day in zip(rows, days, strict=True) if day > pt]


def after_period(r: Row, name: str) -> Issues:
    """A current-period item dated after the period's last day (an error: it cannot be
    on this statement). A date before the first day is rule APP-DATE-001's warning."""
    i = r.ix.get(name)
    day = r.v[i] if i is not None else ""
    ctx = r.ctx
    if not day or not ctx.pt or day <= ctx.pt:
        return None
    when = sdate(day)
    if when is None or not r.counts:
        return None  # memos and sub-items: XST-006
    return r.say(name, f"The date {mdy(when)} is after the end of this statement's "
                 f"period ({ctx.period_words()}) ({r.where()}).",
                 f"An item dated after {mdy(ctx.period_thru)} belongs on the next "
                 "statement: enter it there, or correct the date if it is a typing "
                 "mistake.")


def rows_holding(rows: list[Row], name: str, wrong: Callable[[str], bool]) -> list[Row]:
    """The rows whose field ``name`` holds a value ``wrong`` says yes to, each distinct
    value asked once (a record rule's ``screen``; ``rows`` share one layout)."""
    i = rows[0].ix.get(name) if rows else None
    if i is None:
        return []
    texts = rows[0].ctx.column(rows, i)
    bad = {text for text in set(texts) if wrong(text)}
    return [r for r, text in zip(rows, texts, strict=True) if text in bad] if bad else []


def values_of(rows: list[Row], name: str) -> set[str]:
    """The distinct values of one field in rows of one layout."""
    i = rows[0].ix.get(name) if rows else None
    return set(rows[0].ctx.column(rows, i)) if i is not None else set()


# Columns of one schedule (``Ctx.kind``) for statement-level rules: read once per check
# (the check's shared ``Ctx.columns`` when the schedule's rows are one layout's rows, as
# in the app) and cached on the context, so rules summing a schedule share one pass.


def _kind_cache(ctx: Ctx) -> dict[tuple[object, ...], object]:
    cache: dict[tuple[object, ...], object] | None = ctx.__dict__.get("_kind_columns")
    if cache is None:
        cache = ctx.__dict__["_kind_columns"] = {}
    return cache


def kind_column(ctx: Ctx, rec_type: str, form_type: str, name: str) -> Sequence[str]:
    """Field ``name`` of each row of ``ctx.kind(rec_type, form_type)``, in that order
    ('' where a row's layout has no such field)."""
    key = ("text", rec_type, form_type, name)
    cache = _kind_cache(ctx)
    found = cache.get(key)
    if found is None:
        rows = ctx.kind(rec_type, form_type)
        found = cache[key] = _column_of(ctx, rows, name)
    return found  # type: ignore[return-value]


def _column_of(ctx: Ctx, rows: list[Row], name: str) -> Sequence[str]:
    if not rows:
        return ()
    plan = rows[0].plan
    group = ctx.by_plan.get(id(plan))
    if group is not None and len(group) == len(rows):  # one layout: its rows are these
        i = plan.ix.get(name)
        return ctx.columns(plan)[i] if i is not None else ("",) * len(rows)
    return [r.get(name) for r in rows]


def kind_cents(ctx: Ctx, rec_type: str, form_type: str, name: str) -> Sequence[Cents]:
    """Amount field ``name`` of each row of a schedule in cents (``cents``: 0 when blank
    or malformed), each distinct text converted once."""
    key = ("cents", rec_type, form_type, name)
    cache = _kind_cache(ctx)
    found = cache.get(key)
    if found is None:
        texts = kind_column(ctx, rec_type, form_type, name)
        of = {t: cents(t) for t in set(texts)}
        found = cache[key] = list(map(of.__getitem__, texts))
    return found  # type: ignore[return-value]


def kind_counting(ctx: Ctx, rec_type: str, form_type: str) -> Sequence[bool]:
    """``Row.counts`` of each row of a schedule (not a memo, not a sub-item)."""
    key = ("counts", rec_type, form_type)
    cache = _kind_cache(ctx)
    found = cache.get(key)
    if found is None:
        memo = kind_column(ctx, rec_type, form_type, "Memo_Code")
        bakref = kind_column(ctx, rec_type, form_type, "BakRef_TID")
        found = cache[key] = [m not in ("X", "x") and not b
                              for m, b in zip(memo, bakref, strict=True)]
    return found  # type: ignore[return-value]


def kind_contacts(ctx: Ctx, rec_type: str, form_type: str) -> Sequence[int | None]:
    """The contact of each row of a schedule (None: not linked to one)."""
    key = ("contacts", rec_type, form_type)
    cache = _kind_cache(ctx)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [r.rec.contact_id for r in ctx.kind(rec_type, form_type)]
    return found  # type: ignore[return-value]


def kind_itemized(ctx: Ctx, rec_type: str, form_type: str) -> Sequence[bool]:
    """Whether each row of a schedule is itemized."""
    key = ("itemized", rec_type, form_type)
    cache = _kind_cache(ctx)
    found = cache.get(key)
    if found is None:
        found = cache[key] = [r.rec.itemized for r in ctx.kind(rec_type, form_type)]
    return found  # type: ignore[return-value]


def parent_ids(ctx: Ctx) -> frozenset[str]:
    """The Tran_IDs (upper case) some row points at as its parent: the keys of
    ``Ctx.children`` that have a child, found a column at a time."""
    cache = _kind_cache(ctx)
    found = cache.get(("parents",))
    if found is None:
        ids: set[str] = set()
        for group in ctx.by_plan.values():
            plan = group[0].plan
            i = plan.bakref_i if plan.rec_type != "SPLT" else plan.ix.get("Ptran_Id", -1)
            if i >= 0:
                ids.update(t.upper() for t in set(ctx.columns(plan)[i]) if t)
        found = cache[("parents",)] = frozenset(ids)
    return found  # type: ignore[return-value]


def kind_rows_holding(ctx: Ctx, kind: tuple[str, str], name: str,
                      wanted: Callable[[str], bool]) -> list[Row]:
    """The rows of a schedule (``kind``: rec type, form type), in order, whose field
    ``name`` holds a value ``wanted`` says yes to, each distinct value asked once (a
    statement rule's first sift: the rule still asks each row it gets)."""
    texts = kind_column(ctx, *kind, name)
    yes = {t for t in set(texts) if wanted(t)}
    if not yes:
        return []
    return [r for r, t in zip(ctx.kind(*kind), texts, strict=True) if t in yes]
