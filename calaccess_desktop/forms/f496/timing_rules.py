"""Form 496 rules that need the committee's other reports (form-rules.md §6.16): how a
communication about several candidates is shared among their reports.
``forms/f496/spec.py``'s ``rules`` hook adds them to the form's own ``RULES``."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from calaccess_desktop.forms.f496.subject import IE_PREFIX, subject_key
from calaccess_desktop.validation.api import WARNING, Ctx, Found, collect, rule, sdate


def _others(ctx: Ctx) -> dict[str, set[dt.date]]:
    """The candidates and measures of the committee's other Forms 496 for this election
    (the snapshot's ``late_reported``), with the days of their lines."""
    own = subject_key(ctx.cover_get)
    out: dict[str, set[dt.date]] = {}
    for key, day, _cents in ctx.snap.late_reported:
        if key.startswith(IE_PREFIX) and key[len(IE_PREFIX):] != own:
            out.setdefault(key[len(IE_PREFIX):], set()).add(day)
    return out


@rule("F496-P2-002", severity=WARNING, scope="across", forms=("F496",))
def shared_communication(ctx: Ctx) -> Iterator[Found]:
    """A communication about several candidates is divided among them, each one's share on
    that candidate's own Form 496 (a $4,000 mailer about two candidates: $2,000 on each):
    a line whose description names the candidate of another of the committee's 496s for
    this election, when that report has no line of the same day, was not divided.
    Source: [RWC-496-OLD]"""
    others = _others(ctx)
    if not others:
        return
    for r in ctx.kind("S496", "F496"):
        day = sdate(r.get("Exp_Date"))
        words = r.get("Expn_Dscr").upper()
        if not r.counts or day is None or not words:
            continue
        for name, days in sorted(others.items()):
            if day in days or not re.search(rf"\b{re.escape(name)}\b", words):
                continue
            yield (ctx.at(r.rec, "Amount"),
                   f"This communication ({r.get('Expn_Dscr').strip()}, {day:%m/%d/%Y}) also "
                   f"names {name.title()}, whose Form 496 for this election has no "
                   "expenditure of that day.",
                   "Divide its cost between the candidates and report each one's share on "
                   "that candidate's own Form 496 (a $4,000 mailer about two candidates: "
                   "$2,000 on each).")


TIMING_RULES = collect(globals())
