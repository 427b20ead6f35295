"""Form 465's own rules (form-rules.md §6.19) in the rule API of ``validation.api``.
The triggers that call for a 465 (F460-D-010) and for a 496 from a 465's expenditures
(F496-TRG-001/002) are in ``forms/f496/rules.py``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.forms.f465.reported import STATEMENT_FORMS, key
from calaccess_desktop.forms.filing_calendar import Filer, filing_year
from calaccess_desktop.validation.api import (
    WARNING,
    Ctx,
    Found,
    Issue,
    Row,
    collect,
    rule,
    sdate,
)
from calaccess_desktop.validation.words import money


@rule("F465-GEN-002", severity="warning", scope="record", applies_to=(("CVR", "F465"),),
      forms=("F465",))
def one_subject_465(r: Row) -> list[Issue] | None:
    """One Form 465 per candidate or measure.
    Source: [YUMPU-M6-16]"""
    if r.has("Cand_NamL") and (r.has("Bal_Name") or r.has("Bal_Num")):
        return r.say("Bal_Name", "The report names both a candidate and a ballot measure.",
                     "File one Form 465 per candidate or measure.")
    return None


@rule("F465-GEN-003", severity="warning", scope="statement", forms=("F465",))
def parts_465(ctx: Ctx) -> Iterator[Found]:
    """Parts 1-6 are completed: filer, candidate or measure with support/oppose, the
    expenditures, summary, filing officers and verification.
    Source: [RAW-SECT]"""
    if not ctx.kind("EXPN", "F465P3"):
        yield (ctx.cover_at(), "Form 465 lists no independent expenditures (Part 3).",
               "List the expenditures.")
    if not ctx.cvr2:
        yield (ctx.cover_at(), "Form 465 does not name the filing officers it is filed "
               "with (Part 5).", "Add the filing officers.")


# ------------------------------------------- when and with what (form-rules §3.6, §6.19)
def _candidate_ends(election: dt.date, year: int) -> list[dt.date]:
    """The days the periods of a candidate on that ballot end in the year."""
    return [i.period_through for i in filing_year(Filer("C", "CTL", (election,)), year)
            if i.kind == "statement"]


@rule("F465-GEN-001", severity=WARNING, scope="statement", forms=("F465",))
def on_the_candidates_schedule(ctx: Ctx) -> Iterator[Found]:
    """A Form 465 is filed in the periods, and with the filing officers, of the candidate
    or committee it is about: its period ends the day one of that candidate's statements
    ends (semi-annual, or 45 and 17 days before the election).
    Source: [CALACCESS-F465][RAW-FORMS]"""
    election, end = ctx.election, ctx.period_thru
    if election is None or end is None:
        return
    ends = _candidate_ends(election, end.year)
    if end not in ends:
        listed = ", ".join(f"{d:%m/%d/%Y}" for d in ends)
        yield (ctx.cover_at("Thru_Date"),
               f"A Form 465 goes with the statements of the candidate it is about: for the "
               f"{election:%m/%d/%Y} election their periods end {listed}; this one ends "
               f"{end:%m/%d/%Y}.",
               "End the period on the day the candidate's statement ends, and file it with "
               "that statement, where the candidate files.")


@rule("F465-GEN-001", severity=WARNING, scope="across", forms=("F461",), part=2)
def owed_by_a_461(ctx: Ctx) -> Iterator[Found]:
    """Independent expenditures of $1,000 or more in a calendar year for or against one
    candidate or measure on a Form 461 call for a Form 465 for that candidate or measure
    (Form 460's are rule F460-D-010's), unless the committee has a 465 for the period.
    Source: [CALACCESS-F465][RAW-FORMS]"""
    from calaccess_desktop.forms.f496.rules import target
    from calaccess_desktop.forms.limits import value

    if ctx.period_from is None or ctx.period_thru is None:
        return
    start, end = ctx.period_from, ctx.period_thru
    if any(b.form_type == "F465" and b.period_through is not None
           and b.period_from is not None and b.period_from <= end
           and b.period_through >= start for b in ctx.snap.history):
        return
    limit = value("ie_committee", end)
    totals: dict[str, int] = {}
    for r in ctx.kind("EXPN", "F461P5"):
        if not r.counts or r.up("Expn_Code") != "IND":
            continue
        who = target(ctx, r)
        totals[who] = max(totals.get(who, 0) + r.amount, r.cents("Cum_YTD"))
        if totals[who] >= limit:
            yield (ctx.at(r.rec, "Amount"),
                   f"Independent expenditures for or against {who.title() or 'one candidate'} "
                   f"reached {money(totals[who])} this year ({r.where()}), and the committee "
                   "has no Form 465 for this period.",
                   "File a Form 465 for that candidate or measure with the candidate's "
                   "statement for the period (the filing calendar lists its due dates).")
            totals[who] = -10**15  # once per candidate or measure


@rule("F465-X-001", severity=WARNING, scope="across", forms=("F465",))
def also_on_460_461(ctx: Ctx) -> Iterator[Found]:
    """The independent expenditures on a Form 465 also appear on the filer's Form 460 or
    461 for the period they were made in (a payment of the same date and amount), once
    that statement is in the data file.
    Source: [YUMPU-M6-16]"""
    periods = [b for b in ctx.snap.history if b.form_type in STATEMENT_FORMS
               and b.status != "amended" and b.period_from and b.period_through]
    seen = ctx.snap.late_reported
    for r in ctx.kind("EXPN", "F465P3"):
        day = sdate(r.get("Expn_Date"))
        if not r.counts or day is None:
            continue
        covering = [b for b in periods if b.period_from and b.period_through
                    and b.period_from <= day <= b.period_through]
        if not covering or any((key(b.statement_id), day, r.amount) in seen
                               for b in covering):
            continue
        b = covering[0]
        yield (ctx.at(r.rec, "Amount"),
               f"This expenditure ({r.where()}, {day:%m/%d/%Y}) is not on the committee's "
               f"Form {b.form_type.removeprefix('F')} for that period (statement "
               f"{b.statement_id}).",
               "Report it there too (Schedule E, or Part 5 of Form 461), with the same date "
               "and amount.")


RULES = collect(globals())
