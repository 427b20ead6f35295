"""Form 410 rules of the catalog not in the built-in set (form-rules §6.17)."""

from __future__ import annotations

from collections.abc import Iterator

from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.forms.f410 import from_profile, profile_diff
from calaccess_desktop.validation.api import ERROR, WARNING, Ctx, Found, collect, rule

NOT_FILED = frozenset({"draft", "ready", "queued", "sending", "rejected"})


@rule("F410-GEN-001", severity=ERROR, scope="statement", forms=["F410"])
def termination_410(ctx: Ctx) -> Iterator[Found]:
    """A Form 410 is initial, amendment or termination; a termination gives its date (not
    after the day it is filed) and follows every other statement the committee owes.
    Source: [FPPCADA-410][ISP-410]"""
    raw = ctx.cover_get("Term_Date")
    if not raw:
        return
    day = parse_date(raw)
    if day is None:
        yield (ctx.cover_at("Term_Date"), f"The termination date {raw!r} is not a date.",
               "Enter the date the committee ends.")
        return
    if day > ctx.as_of:
        yield (ctx.cover_at("Term_Date"),
               f"The termination date {day:%m/%d/%Y} is after the day this 410 is filed.",
               "A committee terminates on or before the day it files the termination.")
    open_ = [b for b in ctx.snap.history if b.form_type != "F410" and b.status in NOT_FILED]
    if open_:
        first = open_[0]
        yield (ctx.cover_at("Term_Date"),
               f"The committee still has {len(open_)} statement(s) not filed (the first: a "
               f"Form {first.form_type.removeprefix('F')}, statement {first.statement_id}).",
               "File every other statement (with the termination Form 460) before the "
               "Form 410 termination.")


@rule("F410-AMD-001", severity=WARNING, scope="statement", forms=["F410"])
def profile_changed(ctx: Ctx) -> Iterator[Found]:
    """Changes to registration data (a new treasurer, new contact details, ...) are
    reported on an amended Form 410 within 10 days: a filed 410 that no longer matches
    the committee profile needs an amendment.
    Source: [SOS-REG]"""
    snap = ctx.snap
    if snap.status in NOT_FILED or snap.status == "amended":
        return
    committee = snap.committee
    now = from_profile.cover_values(committee, report_num=snap.report_num,
                                    kept=from_profile.kept_fields(list(snap.cover.values)))
    names = [list(r.values) for r in snap.records if r.rec_type == "CVR2"
             and r.tran_id in from_profile.PROFILE_TRAN_IDS]
    changes = profile_diff.diff(list(snap.cover.values), names, now,
                                from_profile.names_records(committee))
    if changes:
        listed = "; ".join(c.words() for c in changes[:4])
        more = f" and {len(changes) - 4} more" if len(changes) > 4 else ""
        yield (ctx.cover_at(), f"The committee profile no longer matches this filed Form "
               f"410: {listed}{more}.",
               "File an amended Form 410 within 10 days of the change (the app offers it "
               "when the profile is saved).")


RULES = collect(globals())
