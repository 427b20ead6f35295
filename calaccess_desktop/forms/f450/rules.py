"""Form 450's own rules (form-rules.md §6.20). The short-form eligibility test lives in
``eligibility.py``; GEN-TYP-003 (candidate-controlled) and the statement-type codes
(GEN-TYP-001, CAL-005) are general rules."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.forms.f450.eligibility import why_not
from calaccess_desktop.validation.api import ERROR, Ctx, Found, collect, rule

FIX = "File Form 460 for this period instead (Statement > New statement)."


@rule("F450-ELG-001", severity=ERROR, scope="statement", forms=["F450"])
def eligible_450(ctx: Ctx) -> Iterator[Found]:
    """Form 450 is allowed only if the committee has no contributor of $100 or more in the
    calendar year, no other receipt of $100 or more, no outstanding loans made or received
    and no accrued expenses (a candidate-controlled committee: GEN-TYP-003); otherwise it
    files Form 460. Source: [PAPERZZ-450][FPPCADA-450]"""
    for reason in why_not(ctx.snap):
        if reason.condition == "controlled":
            continue  # GEN-TYP-003 says it
        field = "Amount" if reason.condition in ("contribution", "misc_receipt") else ""
        where = ctx.at(reason.record, field) if reason.record is not None else ctx.cover_at()
        yield where, reason.words, FIX


RULES = collect(globals())
