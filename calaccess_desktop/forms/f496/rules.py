"""Independent expenditures that call for Forms 496, 465 and 462 (form-rules.md §3.4,
§3.6, §6.16, §6.19), checked on the statements that list them (460, 461, 465), in the
rule API of ``validation.api``. An expenditure already on one of the committee's Forms
496 (same candidate or measure, date and amount) is reported."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from calaccess_desktop.domain.dates import sub_days
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.f496.subject import IE_PREFIX, subject_key
from calaccess_desktop.forms.limits import days as limit_days
from calaccess_desktop.forms.limits import value
from calaccess_desktop.validation.api import (
    WARNING,
    Ctx,
    Found,
    Issue,
    Row,
    collect,
    owner,
    rule,
)
from calaccess_desktop.validation.context import sdate
from calaccess_desktop.validation.words import mdy, money

IE_KINDS = (("EXPN", "D"), ("EXPN", "F461P5"), ("EXPN", "F465P3"))
STATE = ("CA", "CALIFORNIA", "STW")


def target(ctx: Ctx, r: Row) -> str:
    """The candidate or measure of an expenditure: a Form 465 names it on its cover."""
    if r.form_type == "F465P3":
        return subject_key(ctx.cover_get, r.up("Payee_NamL"))
    return subject_key(r.up, r.up("Payee_NamL"))


def _juris(ctx: Ctx, r: Row) -> tuple[str, bool]:
    get = ctx.cover_get if r.form_type == "F465P3" else r.get
    return get("Bal_Juris").upper(), bool(get("Bal_Name") or get("Bal_Num"))


def _ies(ctx: Ctx) -> Iterator[tuple[Row, Cents, dt.date | None]]:
    """Independent expenditures: code IND (every line of a Form 465's Part 3 is one)."""
    for kind in IE_KINDS:
        for r in ctx.kind(*kind):
            if r.counts and (kind[1] == "F465P3" or r.up("Expn_Code") == "IND"):
                yield r, r.cents("Amount"), sdate(r.get("Expn_Date"))


def _reported(ctx: Ctx, key: str, day: dt.date, cents: Cents) -> bool:
    return (IE_PREFIX + key, day, cents) in ctx.snap.late_reported


@rule("F460-D-010", severity=WARNING, scope="across", forms=["F460"])
def ie_reports(ctx: Ctx) -> Iterator[Found]:
    """Independent expenditures of $1,000 or more in a calendar year for or against one
    candidate or measure require Forms 465 and 462 (and a 496 inside the 90 days).
    Source: [M2-23-385][YUMPU-M6-16][CP20-286]"""
    limit = value("ie_committee", ctx.period_thru)
    seen: set[str] = set()
    for r, amount, _day in _ies(ctx):
        key = target(ctx, r)
        total = max(r.cents("Cum_YTD"), amount)
        if total >= limit and key not in seen:
            seen.add(key)
            yield (ctx.at(r.rec, "Amount"),
                   f"Independent expenditures for or against "
                   f"{key.title() or 'one candidate or measure'} reached "
                   f"{money(total)} this year ({r.where()}).",
                   "File Form 465 with this statement and Form 462 (verification) "
                   "within 10 days.")


@rule("F496-TRG-001", severity=WARNING, scope="across", forms=["F460", "F461", "F465"])
def late_ie_24h(ctx: Ctx) -> Iterator[Found]:
    """Independent expenditures reaching $1,000 in aggregate for or against one candidate
    or measure inside the 90-day window require a Form 496 within 24 hours (each time a
    further $1,000 is reached), unless the expenditure is on one of the committee's
    Forms 496 already.
    Source: [FILL-496][RWC-496-OLD]"""
    span = calendar.late_window(ctx.election)
    if span is None:
        return
    limit = value("late_ie_24h", span.end)
    groups: dict[str, list[tuple[Row, Cents, dt.date]]] = defaultdict(list)
    for r, amount, day in _ies(ctx):
        if day is not None and span.start <= day <= span.end:
            groups[target(ctx, r)].append((r, amount, day))
    for key, items in groups.items():
        items.sort(key=lambda t: t[2])
        total, reported = 0, 0
        for r, amount, day in items:
            total += amount
            if total - reported >= limit:
                reported = total
                if _reported(ctx, key, day, amount):
                    continue
                yield (ctx.at(r.rec, "Amount"),
                       f"Independent expenditures about {key.title()} reached "
                       f"{money(total)} on {mdy(day)}, within 90 days of the "
                       f"election: a Form 496 was due within 24 hours, by "
                       f"{mdy(calendar.late_report_due(day, span.end, 'F496'))}.",
                       "File a Form 496 now if you have not.")


@rule("F496-TRG-002", severity=WARNING, scope="across", forms=["F460", "F461", "F465"])
def ie_state_measure_10day(ctx: Ctx) -> Iterator[Found]:
    """A committee that must e-file and makes independent expenditures of $5,000 or more
    on a single state measure outside the 90-day window files a 496 within 10 business
    days. Source: [FILL-496]"""
    span = calendar.late_window(ctx.election)
    totals: dict[str, Cents] = defaultdict(int)
    for r, amount, day in _ies(ctx):
        juris, measure = _juris(ctx, r)
        if not measure or not ("STATE" in juris or juris in STATE):
            continue
        if day is None or (span is not None and span.start <= day <= span.end):
            continue
        key = target(ctx, r)
        before = totals[key]
        totals[key] += amount
        limit = value("ie_10day_state_measure", day)
        if before < limit <= totals[key] and not _reported(ctx, key, day, amount):
            due = calendar.late_report_due(day, None, "F496")
            yield (ctx.at(r.rec, "Amount"),
                   f"Independent expenditures on state measure {key.title()} "
                   f"reached {money(totals[key])} on {mdy(day)}: a Form 496 "
                   f"was due within 10 business days, by {mdy(due)}.",
                   "File a Form 496 (10-day report) if you have not.")


# ----------------------------------------------------------- the report itself
def _election(ctx: Ctx) -> dt.date | None:
    return ctx.election or sdate(ctx.cover_get("Elect_Date"))


@rule("F496-P1-001", severity="warning", scope="record", applies_to=(("CVR", "F496"),),
      forms=("F496",))
def one_subject_496(r: Row) -> list[Issue] | None:
    """Exactly one candidate or measure per 496, with district or measure number and
    jurisdiction and support/oppose (the fields are the spec table's CVR conditions).
    Source: [CP20-280]"""
    if r.has("Cand_NamL") and (r.has("Bal_Name") or r.has("Bal_Num")):
        return r.say("Bal_Name", "The report names both a candidate and a ballot measure.",
                     "File one Form 496 per candidate or measure.")
    return None


_F496_P2_001 = owner(
    "F496-P2-001", severity="warning", forms=("F496",), doc="""Each independent
    expenditure on a 496 has its date, a description of the communication and the amount
    (the spec table's S496 conditions). Source: [CP20-280]""")

_F496_P3_001 = owner(
    "F496-P3-001", severity="warning", forms=("F496",), doc="""Part 3 lists contributions
    of $100 or more received since the last 450/460, with name, address, occupation and
    employer, date, amount and cumulative (the spec table's RCPT conditions on F496P3).
    Source: [CP20-280][CUPERTINO]""")


@rule("DATE-005", severity="warning", scope="record", applies_to=(("S496", "*"),))
def late_window_496(r: Row) -> list[Issue] | None:
    """A 24-hour Form 496 reports independent expenditures disseminated in the 90 days
    before the election.
    Source: [M2-23-385][FILL-496]"""
    election = _election(r.ctx)
    day = sdate(r.get("Exp_Date"))
    if election is None or day is None:
        return None
    start = sub_days(election, limit_days("late_window"))
    if start <= day <= election or r.cents("Amount") >= 500000:
        return None
    return r.say("Exp_Date", f"The expenditure is dated {mdy(day)}, outside the 90 days "
                 f"before the {mdy(election)} election ({r.where()}).",
                 "Check the date the communication was disseminated.")


@rule("F496-X-001", severity="warning", scope="statement", forms=("F496",))
def companion_forms_496(ctx: Ctx) -> Iterator[Found]:
    """After a 496: file Form 462 within 10 days (once per candidate or measure per
    election), and report the expenditures on the next 460/461 and on a Form 465.
    Source: [M2-23-385][ISP-462][YUMPU-M6-16]"""
    total = sum(r.cents("Amount") for r in ctx.kind("S496", "F496"))
    if total:
        yield (ctx.cover_at(),
               f"This report shows {money(total)} of independent expenditures.",
               "Also file Form 462 within 10 days and Form 465, and report them on "
               "the next Form 460 or 461.")


@rule("F496-X-002", severity="warning", scope="statement", forms=("F496",))
def controlled_ie(ctx: Ctx) -> Iterator[Found]:
    """A candidate-controlled committee may not make independent expenditures supporting
    or opposing other candidates (GC 85501).
    Source: [CP20-711]"""
    if ctx.cmtte == "C" or ctx.entity in ("CTL", "CAO"):
        yield (ctx.cover_at("Entity_Cd"),
               "A candidate-controlled committee is reporting independent "
               "expenditures.", "A controlled committee may not make independent "
               "expenditures for or against other candidates; check the filer.")



@rule("F496-P3-001", severity=WARNING, scope="statement", forms=["F496"], part=2)
def part3_through_the_expenditure(ctx: Ctx) -> Iterator[Found]:
    """Part 3 covers contributions received through the date of the expenditure (the
    last one on the report), and each one's cumulative is at least its amount.
    Source: [CP20-280][CUPERTINO]"""
    days = [d for r in ctx.kind("S496", "F496") if r.counts
            and (d := sdate(r.get("Date_Thru")) or sdate(r.get("Exp_Date"))) is not None]
    last = max(days, default=None)
    for r in ctx.kind("RCPT", "F496P3"):
        day = sdate(r.get("Rcpt_Date"))
        if last is not None and day is not None and day > last:
            yield (ctx.at(r.rec, "Rcpt_Date"),
                   f"A contribution received {mdy(day)}, after the report's last "
                   f"expenditure ({mdy(last)}), is listed in Part 3 ({r.where()}).",
                   "Part 3 lists what was received through the expenditure date; report "
                   "later contributions on the next Form 496 or Form 460.")
        if r.has("Cum_YTD") and r.cents("Cum_YTD") < r.cents("Amount"):
            yield (ctx.at(r.rec, "Cum_YTD"),
                   f"The cumulative to date ({money(r.cents('Cum_YTD'))}) is less than the "
                   f"contribution itself ({money(r.cents('Amount'))}) ({r.where()}).",
                   "The cumulative includes this contribution and the earlier ones.")


RULES = collect(globals())
