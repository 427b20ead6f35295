"""Form 425's own rules (form-rules.md §6.22). F425-GEN-001 (committee information,
period, verification) is said by the general rules GEN-PER-001, GEN-ADR-002, GEN-TRS-001
and GEN-VER-001."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.forms.f425.periods import TYPES, half_year, type_of
from calaccess_desktop.validation.api import ERROR, WARNING, Ctx, Found, collect, rule

ACTIVITY = frozenset({"RCPT", "EXPN", "LOAN", "DEBT", "S497", "S496"})


@rule("F425-ELG-001", severity=ERROR, scope="statement", forms=["F425"])
def no_activity_425(ctx: Ctx) -> Iterator[Found]:
    """Form 425 is allowed only if there were no contributions received and no
    expenditures made in the whole semi-annual period.
    Source: [CALACCESS-F425]"""
    found = [r for r in ctx.rows if r.plan.rec_type in ACTIVITY]
    if found:
        r = found[0]
        more = f" and {len(found) - 1} more" if len(found) > 1 else ""
        yield (ctx.at(r.rec), f"A statement of no activity reports activity ({r.where()}"
               f"{more}).", "File a Form 460 (or 450) for this period instead.")


@rule("F425-ELG-002", severity=ERROR, scope="statement", forms=["F425"])
def not_candidates_425(ctx: Ctx) -> Iterator[Found]:
    """Form 425 is not allowed for candidates, officeholders or their controlled
    committees (a committee of type C is told by GEN-TYP-003: one fact, one finding).
    Source: [FPPC-FORMS][M2-16-CH8]"""
    if ctx.cmtte != "C" and ctx.entity in ("CAO", "CTL"):
        yield (ctx.cover_at("Entity_Cd"), "Candidates, officeholders and their controlled "
               "committees cannot file Form 425.", "File a Form 460 showing no activity "
               "instead.")


@rule("F425-PER-001", severity=WARNING, scope="statement", forms=["F425"])
def half_year_425(ctx: Ctx) -> Iterator[Found]:
    """The Form 425 period is exactly 1 January - 30 June (S1) or 1 July - 31 December
    (S2). Source: [RAW-CHOICES]"""
    start, end = ctx.period_from, ctx.period_thru
    if start is None or end is None:
        return
    actual = type_of(start, end)
    if not actual or (ctx.stmt_type in TYPES and ctx.stmt_type != actual):
        want = ctx.stmt_type if ctx.stmt_type in TYPES else ""
        fix = "Use the half-year dates that match the statement type."
        if want:
            a, b = half_year(want, start.year)
            fix = f"Use {a:%m/%d/%Y} to {b:%m/%d/%Y} ({TYPES[want]})."
        yield (ctx.cover_at("From_Date"), f"A Form 425 covers January-June (S1) or "
               f"July-December (S2); this one covers {ctx.period_words()} "
               f"({ctx.stmt_type or 'no type'}).", fix)


RULES = collect(globals())
