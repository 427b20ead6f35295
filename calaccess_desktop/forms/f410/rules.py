"""Form 410 rules (form-rules §6.17). The ones that were built in (validation/rules/
forms.py) live here now under the same ids, which replace the built-in copies."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.dates import add_days
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.f410 import from_profile, profile_diff
from calaccess_desktop.forms.filing_calendar import (
    PRE_ELECTION_TYPES,
    parse_elections,
    registration_due,
)
from calaccess_desktop.validation.api import (
    ERROR,
    WARNING,
    Ctx,
    Found,
    Issue,
    Row,
    collect,
    owner,
    rule,
)

Issues = list[Issue] | None

NOT_FILED = frozenset({"draft", "ready", "queued", "sending", "rejected"})
IE_REPORTS = frozenset({"F496", "F465"})  # reports of independent expenditures


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


# ----------------------------------------------- moved from validation/rules/forms.py
_F410_CMT_001 = owner(
    "F410-CMT-001", severity="warning", forms=("F410",), doc="""Form 410 gives the
    committee's street address, phone and county of domicile (the spec table's CVR
    conditions on F410). Source: [ISP-410][FPPCADA-410]""")

_F410_OFF_001 = owner(
    "F410-OFF-001", severity="warning", forms=("F410",), doc="""Form 410 names the
    treasurer with address and phone (the spec table's CVR conditions on F410).
    Source: [ISP-410][FPPCADA-410]""")


@rule("F410-BNK-001", severity="warning", scope="record", applies_to=(("CVR", "F410"),),
      forms=("F410",))
def bank(r: Row) -> Issues:
    """Form 410 lists the committee's bank: name, address, phone and account number (the
    address, phone and account are the spec table's conditions).
    Source: [FPPCADA-410][ISP-410]"""
    if not r.has("Bank_Nam"):
        return r.say("Bank_Nam", "The bank's name is missing (Form 410).",
                     "Enter the name of the financial institution.")
    return None


def _cvr2_items(ctx: Ctx, item: str) -> list[Row]:
    return [r for r in ctx.cvr2 if r.up("Item_Cd") == item]


@rule("F410-TYP-001", severity="warning", scope="statement", forms=("F410",))
def controlled_410(ctx: Ctx) -> Iterator[Found]:
    """A controlled committee lists each controlling person with office, district, year
    of election and party (the details are the spec table's CVR2 conditions).
    Source: [FPPCADA-410]"""
    if ctx.cover_get("Control_CB").upper() == "X" and not _cvr2_items(ctx, "CTL"):
        yield (ctx.cover_at("Control_CB"),
               "The committee is controlled, but no controlling candidate is "
               "listed.", "List each controlling officeholder or candidate.")


@rule("F410-TYP-002", severity="warning", scope="statement", forms=("F410",))
def committee_type_410(ctx: Ctx) -> Iterator[Found]:
    """A primarily formed committee lists its candidates or measures; a general purpose
    committee describes its activity; a sponsored committee names its sponsor; a small
    contributor committee gives the date it qualified.
    Source: [ISP-410][FPPCADA-410]"""
    c = ctx.cover_get
    checks = (
        ("PrimFC_CB", bool(_cvr2_items(ctx, "PFC")), "the candidates or measures it was "
         "formed for"),
        ("GenPurp_CB", bool(c("GPC_Descr")), "a description of its activity"),
        ("Sponsor_CB", bool(_cvr2_items(ctx, "SPO")), "its sponsor"),
        ("BrdBase_CB", bool(c("SmCont_QualDt")), "the date it qualified as a small "
         "contributor committee"),
    )
    for box, ok, what in checks:
        if c(box).upper() == "X" and not ok:
            yield (ctx.cover_at(box), f"The committee type box is "
                              f"checked but the statement does not give {what}.",
                              f"Add {what}.")


@rule("F410-CMT-002", severity="warning", scope="statement", forms=("F410",))
def committee_name_410(ctx: Ctx) -> Iterator[Found]:
    """A candidate-controlled election committee's name includes the candidate's last
    name; a sponsored committee's name includes its sponsor.
    Source: [M2-07][RWC-2]"""
    name = ctx.cover_get("Filer_NamL").upper()
    for item, what in (("CTL", "controlling candidate's last name"), ("SPO", "sponsor")):
        for r in _cvr2_items(ctx, item):
            needed = r.up("Enty_NamL")
            if needed and needed.split()[0] not in name:
                yield (ctx.cover_at("Filer_NamL"),
                       f"The committee name does not include the {what} "
                       f"({r.get('Enty_NamL')}).",
                       f"Include the {what} in the committee's name.")


@rule("F410-VER-001", severity="error", scope="statement", forms=("F410",))
def verified_410(ctx: Ctx) -> Iterator[Found]:
    """Form 410 is signed by the treasurer or assistant treasurer, plus the controlling
    officeholder, candidate or proponent where applicable.
    Source: [FPPCADA-410]"""
    if not any(r.entity in ("TRE", "ATR") for r in ctx.cvr3):
        yield (ctx.statement_at("cover", "Sig_NamL"),
               "The Statement of Organization is not signed by the treasurer.",
               "Have the treasurer sign (name and date).")


# ----------------------------------------------- when the 410 is due (form-rules §3.3)
def _qualified(ctx: Ctx) -> dt.date | None:
    """The day an original Form 410 says the committee qualified (None: not a first
    registration, a termination, no date ("not yet qualified"), or a draft of a committee
    that already has its ID number: the SOS gives the number when the first 410 is filed,
    so that 410 is behind it)."""
    if ctx.report_num or ctx.cover_get("Term_Date"):
        return None
    if ctx.snap.status in NOT_FILED and ctx.snap.committee.filer_id.strip():
        return None
    return parse_date(ctx.cover_get("Qualfy_Dt"))


def _filed_on(ctx: Ctx) -> dt.date:
    """The day the 410 is (or was) filed: its report date, the day it was filed, else
    the day of the check."""
    day = parse_date(ctx.cover_get("Rpt_Date"))
    if day is None and ctx.snap.filed_at is not None:
        day = ctx.snap.filed_at.date()
    return day or ctx.today


def _elections(ctx: Ctx) -> tuple[dt.date, ...]:
    """The elections the committee takes part in: its profile's and the statement's."""
    days = set(parse_elections(ctx.snap.committee.profile.get("elections")))
    if ctx.election is not None:
        days.add(ctx.election)
    return tuple(sorted(days))


def _ie_election(ctx: Ctx, qualified: dt.date) -> dt.date | None:
    """An election within 90 days after ``qualified`` for which the committee reports
    independent expenditures of $1,000 or more (a Form 496 or 465 dated in its window)."""
    for election in _elections(ctx):
        window = calendar.late_window(election)
        if window is None or not window.start <= qualified <= window.end:
            continue
        for b in ctx.snap.history:
            day = b.period_through or b.period_from
            if b.form_type in IE_REPORTS and day is not None and \
                    window.start <= day <= window.end:
                return election
    return None


def _on_time(ctx: Ctx) -> tuple[dt.date, dt.date, dt.date | None, str] | None:
    """(qualified, 10-day due date, 24-hour due date or None, why 24 hours)."""
    qualified = _qualified(ctx)
    if qualified is None:
        return None
    ten = registration_due(qualified, (), pre_election=False)
    pre = ctx.snap.committee.committee_type.upper() in PRE_ELECTION_TYPES or \
        ctx.cmtte in PRE_ELECTION_TYPES
    day = registration_due(qualified, _elections(ctx), pre_election=pre)
    if day != ten:
        return qualified, ten, day, "in the 16 days before an election it files " \
                                    "pre-election statements for"
    election = _ie_election(ctx, qualified)
    if election is not None:
        return (qualified, ten, calendar.next_business_day(add_days(qualified, 1)),
                f"in the 90 days before the {election:%m/%d/%Y} election, in which it makes "
                "independent expenditures of $1,000 or more")
    return qualified, ten, None, ""


@rule("F410-TIM-001", severity=WARNING, scope="across", forms=("F410",))
def registered_in_time(ctx: Ctx) -> Iterator[Found]:
    """The first Form 410 is due within 10 days of qualifying ($2,000 received in a
    calendar year; personal funds count, except the filing and ballot-statement fees):
    the day it qualified (Qualfy_Dt) against the day it is filed (Rpt_Date, the day it was
    filed, else today).
    Source: [CP20-190][SOS-REG]"""
    facts = _on_time(ctx)
    if facts is None:
        return
    qualified, ten, _day, _why = facts
    filed = _filed_on(ctx)
    if filed > ten:
        yield (ctx.cover_at("Qualfy_Dt"),
               f"The committee qualified on {qualified:%m/%d/%Y}; its Form 410 was due by "
               f"{ten:%m/%d/%Y} (10 days later), and it is filed {filed:%m/%d/%Y}.",
               "File it now; check the date qualified (the day contributions reached "
               "$2,000 in the calendar year).")


@rule("F410-TIM-002", severity=WARNING, scope="across", forms=("F410",))
def registered_in_24_hours(ctx: Ctx) -> Iterator[Found]:
    """A committee that qualifies in the last 16 days before an election it files
    pre-election statements for, or in the 90 days before an election in which it makes
    independent expenditures of $1,000 or more, files the 410 within 24 hours (a later
    filing that still meets the 10 days is F410-TIM-001's).
    Source: [FORMSBANK-410]"""
    facts = _on_time(ctx)
    if facts is None:
        return
    qualified, ten, day, why = facts
    filed = _filed_on(ctx)
    if day is not None and day < filed <= ten:
        yield (ctx.cover_at("Qualfy_Dt"),
               f"The committee qualified on {qualified:%m/%d/%Y}, {why}: its Form 410 was "
               f"due within 24 hours (by {day:%m/%d/%Y}), and it is filed "
               f"{filed:%m/%d/%Y}.",
               "File it now, by personal delivery or online.")


RULES = collect(globals())
