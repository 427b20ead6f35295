"""Form 470 rules (form-rules §6.21). The ones that were built in (validation/rules/
forms.py) live here now under the same ids, which replace the built-in copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.dates import add_days
from calaccess_desktop.validation.api import WARNING, Ctx, Found, collect, owner, rule
from calaccess_desktop.validation.words import money


@rule("F470-SUP-001", severity=WARNING, scope="statement", forms=["F470"])
def supplement_on_time(ctx: Ctx) -> Iterator[Found]:
    """A 470 Supplement is filed within 48 hours of reaching $2,000 (contributions,
    loans and personal funds, or expenditures), with the filing officer, the SOS and
    each opponent, not by regular mail; then a Form 410 and Forms 460.
    Source: [CP20-710][M2-23-141]"""
    reached = parse_date(ctx.cover_get("Date_1000"))
    if reached is None:
        return
    due = add_days(reached, 2)
    if ctx.as_of > due:
        yield (ctx.cover_at("Date_1000"),
               f"The 470 Supplement was due by {due:%m/%d/%Y} (48 hours after reaching "
               f"$2,000 on {reached:%m/%d/%Y}).",
               "File it now, by personal delivery or online, and send a copy to every "
               "other candidate for the office; then file a Form 410 within 10 days.")


# ------------------------------------- moved from validation/rules/across.py
@rule("XST-008", severity=WARNING, scope="across", forms=("F460",))
def supplement_470(ctx: Ctx) -> Iterator[Found]:
    """A candidate who filed a Form 470 and later reached $2,000 received or spent files
    the 470 Supplement within 48 hours, and a Form 410 within 10 days.
    Source: [CP20-710]"""
    from calaccess_desktop.forms.limits import value

    if ctx.period_thru is None:
        return
    year = ctx.period_thru.year
    if not any(b.form_type == "F470" and b.period_through and b.period_through.year == year
               for b in ctx.snap.history):
        return
    threshold = value("form_470_supplement", ctx.period_thru)
    for line in ("5", "11"):
        row = ctx.smry.get(("F460", line))
        if row is not None and row.cents("Amount_B") >= threshold:
            yield (ctx.at(row.rec, "Amount_B", schedule="summary"),
                   f"A Form 470 was filed for {year}, and the campaign has now "
                   f"reached {money(row.cents('Amount_B'))}.",
                   "File the Form 470 Supplement within 48 hours of reaching "
                   f"{money(threshold)}, and a Form 410 within 10 days.")
            return


@rule("F470-ELG-002", severity=WARNING, scope="statement", forms=("F470",))
def under_2000_470(ctx: Ctx) -> Iterator[Found]:
    """Form 470 is for a candidate who stays under $2,000 received and under $2,000 spent
    in the calendar year (filing-fee and statement-of-qualifications payments excluded):
    the candidate's own statements of the same year (Forms 460 and 450 in the data file)
    say whether the year's totals reached it.
    Source: [FILL-470][FPPCADA-470]"""
    from calaccess_desktop.forms.limits import value

    if ctx.period_thru is None:
        return
    year = ctx.period_thru.year
    limit = value("form_470_supplement", ctx.period_thru)
    for b in ctx.snap.history:
        if b.form_type not in YEAR_TOTALS or b.period_through is None or \
                b.period_through.year != year:
            continue
        for line, what in (("5", "received"), ("11", "spent")):
            total = b.column_b.get(line, 0)
            if total >= limit:
                yield (ctx.cover_at(),
                       f"Form 470 is for a candidate under {money(limit)} in {year}, but "
                       f"statement {b.statement_id} (Form {b.form_type.removeprefix('F')}, "
                       f"through {b.period_through:%m/%d/%Y}) shows {money(total)} {what} "
                       "this year.",
                       "File the 470 Supplement (within 48 hours of reaching "
                       f"{money(limit)}), then a Form 410 and Forms 460 instead.")
                return


YEAR_TOTALS = frozenset({"F460"})  # statements whose column B is the calendar year's


# ----------------------------------------------- moved from validation/rules/forms.py
_F470_CVR_001 = owner(
    "F470-CVR-001", severity="warning", forms=("F470",), doc="""Form 470 gives the
    candidate's name, address, office sought or held, district and jurisdiction (the spec
    table's CVR conditions on F470; the election date in even years).
    Source: [RAW-INACTIVE]""")


@rule("F470-ELG-001", severity="error", scope="statement", forms=("F470",))
def eligible_470(ctx: Ctx) -> Iterator[Found]:
    """Form 470 is not allowed when the candidate or officeholder has a controlled
    committee (past, future or ballot-measure).
    Source: [M2-23-141][FILL-470]"""
    if ctx.snap.committee.committee_type == "C" or ctx.cmtte == "C":
        yield (ctx.cover_at(), "A candidate with a controlled "
                          "committee cannot file Form 470.", "File Form 460 for the "
                          "committee instead.")


@rule("F470-PER-001", severity="warning", scope="statement", forms=("F470",))
def calendar_year_470(ctx: Ctx) -> Iterator[Found]:
    """The Form 470 period is always the calendar year (1 January - 31 December).
    Source: [FPPCADA-470]"""
    start, end = ctx.period_from, ctx.period_thru
    if start and end and not (start == dt.date(start.year, 1, 1)
                              and end == dt.date(start.year, 12, 31)):
        yield (ctx.cover_at(), f"A Form 470 covers a calendar "
                          f"year; this one covers {ctx.period_words()}.",
                          f"Use 01/01/{start.year} to 12/31/{start.year}.")


RULES = collect(globals())
