"""Form 465's own rules (form-rules.md §6.19) in the rule API of ``validation.api``.
The triggers that call for a 465 (F460-D-010) and for a 496 from a 465's expenditures
(F496-TRG-001/002) are in ``forms/f496/rules.py``."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.validation.api import Ctx, Found, Issue, Row, collect, rule


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


RULES = collect(globals())
