"""Form 461's own rules (form-rules.md §6.18). The Part 1 and Part 5 field checks are
the spec table's (owners F461-P1-001, F461-P5-001 in validation)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from calaccess_desktop.forms.f461.summary import BEFORE_KEY
from calaccess_desktop.validation.api import ERROR, WARNING, Ctx, Found, Issue, Row, collect, rule
from calaccess_desktop.validation.words import money

BOXES = ("EmplBus_CB", "BusAct_CB", "Assoc_CB", "Other_CB")


@rule("F461-P2-001", severity=WARNING, scope="record", applies_to=[("CVR", "F461")],
      forms=["F461"])
def nature_461(r: Row) -> list[Issue] | None:
    """Part 2, nature and interests: exactly one of the categories (individual, business,
    association, other) is filled in.
    Source: [YUMPU-M6-13][ISP-461]"""
    boxes = [n for n in BOXES if r.has(n)]
    if len(boxes) != 1:
        return r.say("EmplBus_CB", "Part 2 (nature and interests of the filer) should have "
                     f"exactly one box checked; {len(boxes)} are.",
                     "Check the one category that describes the filer.")
    return None


def _line(ctx: Ctx, n: str) -> int | None:
    row = ctx.smry.get(("F461", n))
    return row.cents("Amount_A") if row is not None else None


@rule("F461-P3-002", severity=ERROR, scope="statement", forms=["F461"])
def summary_461(ctx: Ctx) -> Iterator[Found]:
    """Summary: Line 3 = Line 1 (itemized) + Line 2 (unitemized); Line 5 = Line 3 +
    Line 4. Source: [YUMPU-M6-13][WEBLEARN-461]"""
    for total, parts, how in (("3", ("1", "2"), "Line 1 + Line 2"),
                              ("5", ("3", "4"), "Line 3 + Line 4")):
        got = _line(ctx, total)
        if got is None:
            continue
        want = sum(_line(ctx, p) or 0 for p in parts)
        if got != want:
            row = ctx.smry[("F461", total)]
            yield (ctx.at(row.rec, "Amount_A", "summary"), f"Summary Line {total} is "
                   f"{money(got)} but {how} is {money(want)}.",
                   f"Correct Line {total} to {money(want)}.")


@rule("F461-P3-001", severity=ERROR, scope="across", forms=["F461"])
def carried_461(ctx: Ctx) -> Iterator[Found]:
    """Summary Line 4 equals Line 5 of the previous Form 461 in the same calendar year;
    zero on the first. Source: [YUMPU-M6-13]"""
    extras: Mapping[str, Any] = getattr(ctx.snap, "extras", None) or {}
    got = _line(ctx, "4")
    if BEFORE_KEY not in extras or got is None:
        return
    want = int(extras[BEFORE_KEY] or 0)
    if got != want:
        row = ctx.smry[("F461", "4")]
        yield (ctx.at(row.rec, "Amount_A", "summary"), f"Summary Line 4 is {money(got)}, "
               f"but Line 5 of the previous Form 461 this year is {money(want)}.",
               f"Correct Line 4 to {money(want)} (zero on the year's first statement).")


RULES = collect(globals())
