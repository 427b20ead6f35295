"""The rules of forms other than the 460 (form-rules.md §6.15-§6.22) still here: the
spec-table owners of Forms 461 and 450 and the Form 465 checks. The others moved into
their form packages (``forms/fNNN/rules.py``), which replace a rule of the same id."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Ctx, Row
from calaccess_desktop.validation.ruleset import Found, collect, owner, rule

# ------------------------------------------------------------------- Form 461
_F461_P1_001 = owner(
    "F461-P1-001", severity="warning", forms=("F461",), doc="""Form 461 gives the filer's
    name and address, and for an entity its responsible officer (the spec table's CVR
    conditions: Tres_* when the filer is not a person). Source: [YUMPU-M6-13]""")


_F461_P5_001 = owner(
    "F461-P5-001", severity="warning", forms=("F461",), doc="""Form 461 Part 5 itemizes
    contributions and expenditures: date, payee, committee ID, the candidate or measure,
    support/oppose, type of payment, amount and cumulative (the spec table's EXPN
    conditions on F461P5). Source: [WEBLEARN-461][ISP-461]""")


# ------------------------------------------------------------------- Form 465
@rule("F465-GEN-002", severity="warning", scope="record", applies_to=(("CVR", "F465"),),
      forms=("F465",))
def one_subject_465(r: Row) -> Issues:
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
        yield (ctx.cover_at(), "Form 465 lists no independent "
                          "expenditures (Part 3).", "List the expenditures.")
    if not ctx.cvr2:
        yield (ctx.cover_at(), "Form 465 does not name the filing "
                          "officers it is filed with (Part 5).", "Add the filing officers.")


# ------------------------------------------------------------------- Form 450
_F450_P5_001 = owner(
    "F450-P5-001", severity="warning", forms=("F450",), doc="""Form 450 Part 5 payments
    are itemized like Schedule E (payee name and address, code or description, amount),
    with per-election SPLT records where needed (the spec table's EXPN conditions on
    F450P5). Source: [CAL-ERRATA-201]""")


RULES = collect(globals())
