"""Form 497's own rules (form-rules.md §6.15) in the rule API of ``validation.api``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.validation.api import WARNING, Ctx, Found, collect, rule
from calaccess_desktop.validation.words import mdy, money

# Where a 460 reports what a 497's Part 1 listed: (kind, name, amount, date fields).
REPORTED_AS = ((("RCPT", "A"), "Ctrib_NamL", "Amount", "Rcpt_Date"),
               (("RCPT", "C"), "Ctrib_NamL", "Amount", "Rcpt_Date"),
               (("LOAN", "B1"), "Lndr_NamL", "Loan_Amt1", "Loan_Date1"))


def _shown(ctx: Ctx) -> set[tuple[str, dt.date, Cents]]:
    from calaccess_desktop.validation.context import sdate

    out = set()
    for kind, name, amount, date in REPORTED_AS:
        for r in ctx.kind(*kind):
            day = sdate(r.get(date))
            if day is not None:
                out.add((r.up(name), day, r.cents(amount)))
    return out


@rule("F497-X-001", severity=WARNING, scope="across", forms=["F460"])
def late_lines_on_next_statement(ctx: Ctx) -> Iterator[Found]:
    """Everything a Form 497 reported as received appears again on the Form 460 that
    covers its date: a line of the committee's 497s dated in this statement's period
    must be among its contributions or loans received (same name, date and amount). A
    Form 450 itemizes no receipts, so only the 460 is checked.
    Source: [CP20-292][CP20-437]"""
    start, end = ctx.period_from, ctx.period_thru
    if start is None or end is None or not ctx.snap.late_reported:
        return
    shown = _shown(ctx)
    for name, day, cents in sorted(ctx.snap.late_reported, key=lambda t: (t[1], t[0])):
        if start <= day <= end and (name, day, cents) not in shown:
            yield (ctx.statement_at("A", "Amount"),
                   f"A Form 497 reported {money(cents)} received from {name.title()} on "
                   f"{mdy(day)}, but this statement does not show it (Schedule A, B or C).",
                   "Enter that contribution here with the same name, date and amount: "
                   "everything on a Form 497 is reported again on the next statement.")


RULES = collect(globals())
