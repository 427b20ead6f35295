"""Forms other than the 460 (form-rules.md §6.15-§6.22): 497, 496, 410, 461, 465, 450,
470 and 425."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from calaccess_desktop.domain.dates import sub_days
from calaccess_desktop.forms.limits import days as limit_days
from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Ctx, Row, sdate
from calaccess_desktop.validation.rules.summary import identity
from calaccess_desktop.validation.ruleset import Found, collect, owner, rule
from calaccess_desktop.validation.words import mdy, money

_LLC = re.compile(r"\bL\.?L\.?C\.?\b", re.IGNORECASE)
ACTIVITY = frozenset({"RCPT", "EXPN", "LOAN", "DEBT", "S497", "S496"})


# ------------------------------------------------------------------- Form 497
_F497_P1_001 = owner(
    "F497-P1-001", severity="warning", forms=("F497",), doc="""A Form 497 Part 1 row has
    the date received, name, street address, ZIP, contributor code, occupation and
    employer (individuals) and amount (the spec table's S497 conditions on F497P1).
    Source: [CP20-617][M2-23-198013625-379]""")

_F497_P2_001 = owner(
    "F497-P2-001", severity="warning", forms=("F497",), doc="""A Form 497 Part 2 row has
    the date made, recipient name and address, the candidate's office (and district) or
    the measure's number and jurisdiction, and the amount (the spec table's S497
    conditions on F497P2). Source: [CP20-617]""")

_F497_HDR_001 = owner(
    "F497-HDR-001", severity="error", forms=("F497",), doc="""Every 497 carries a report
    number (CVR Rpt_ID_Num, Cx: the SOS rejects the filing without it); the app numbers
    its reports uniquely. Source: [FPPCADA-497][RAW-CAMP]""")

_F497_HDR_002 = owner(
    "F497-HDR-002", severity="warning", forms=("F497",), doc="""The date of election is
    given for a contribution made (Part 2), required when it went to a city or county
    committee (the spec table's S497 Elec_Date condition).
    Source: [CP20-292]""")


@rule("F497-P1-003", severity="warning", scope="record", applies_to=(("S497", "F497P1"),))
def late_llc(r: Row) -> Issues:
    """An LLC contributor of $100 or more is reported with the LLC's name plus the
    responsible officer or the individual who approved the contribution.
    Source: [M2-23-198013625-379]"""
    if _LLC.search(r.get("Enty_NamL")) and r.cents("Amount") >= r.ctx.itemize and \
            not r.has("Memo_RefNo"):
        return r.say("Enty_NamL", f"An LLC contribution does not name the responsible "
                     f"officer ({r.where()}).", "Add a memo naming the LLC's responsible "
                     "officer or the person who approved the contribution.")
    return None


def _election(ctx: Ctx) -> dt.date | None:
    return ctx.election or sdate(ctx.cover_get("Elect_Date"))


@rule("DATE-004", severity="warning", scope="record", applies_to=(("S497", "F497P1"),))
def late_window_497(r: Row) -> Issues:
    """A 24-hour Form 497 reports contributions dated in the 90 days before the election,
    election day included; outside the window only the 10-day $5,000 rules apply.
    Source: [CP20-286][FPPCADA-497]"""
    election = _election(r.ctx)
    day = sdate(r.get("Ctrib_Date"))
    if election is None or day is None:
        return None
    start = sub_days(election, limit_days("late_window"))
    if start <= day <= election or r.cents("Amount") >= 500000:
        return None
    return r.say("Ctrib_Date", f"The contribution is dated {mdy(day)}, outside the 90 "
                 f"days before the {mdy(election)} election ({r.where()}).",
                 "Only contributions inside the 90-day window (or single contributions of "
                 "$5,000 or more outside it) go on a Form 497; report it on the 460.")


# ------------------------------------------------------------------- Form 496
@rule("F496-P1-001", severity="warning", scope="record", applies_to=(("CVR", "F496"),),
      forms=("F496",))
def one_subject_496(r: Row) -> Issues:
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
def late_window_496(r: Row) -> Issues:
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


# ------------------------------------------------------------------- Form 410
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


# ------------------------------------------------------------------- Form 461
_F461_P1_001 = owner(
    "F461-P1-001", severity="warning", forms=("F461",), doc="""Form 461 gives the filer's
    name and address, and for an entity its responsible officer (the spec table's CVR
    conditions: Tres_* when the filer is not a person). Source: [YUMPU-M6-13]""")


@rule("F461-P2-001", severity="warning", scope="record", applies_to=(("CVR", "F461"),),
      forms=("F461",))
def nature_461(r: Row) -> Issues:
    """Part 2, nature and interests: exactly one of the categories (individual, business,
    association, other) is filled in.
    Source: [YUMPU-M6-13][ISP-461]"""
    boxes = [n for n in ("EmplBus_CB", "BusAct_CB", "Assoc_CB", "Other_CB") if r.has(n)]
    if len(boxes) != 1:
        return r.say("EmplBus_CB", "Part 2 (nature and interests of the filer) should have "
                     f"exactly one box checked; {len(boxes)} are.",
                     "Check the one category that describes the filer.")
    return None


@rule("F461-P3-002", severity="error", scope="statement", forms=("F461",))
def summary_461(ctx: Ctx) -> Iterator[Found]:
    """Summary: Line 3 = Line 1 (itemized) + Line 2 (unitemized); Line 5 = Line 3 +
    Line 4. Source: [YUMPU-M6-13][WEBLEARN-461]"""
    yield from identity(ctx, ("F461", "3", "A"),
                        [(1, ("F461", "1", "A")), (1, ("F461", "2", "A"))], "line 1 + line 2")
    yield from identity(ctx, ("F461", "5", "A"),
                        [(1, ("F461", "3", "A")), (1, ("F461", "4", "A"))], "line 3 + line 4")


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


@rule("F450-ELG-001", severity="error", scope="statement", forms=("F450",))
def eligible_450(ctx: Ctx) -> Iterator[Found]:
    """Form 450 is allowed only if the committee has no itemizable contribution, no other
    receipt of $100 or more, no loans and no accrued expenses (controlled committees:
    GEN-TYP-003); otherwise it files Form 460.
    Source: [PAPERZZ-450][FPPCADA-450]"""
    found = [r for r in ctx.rows if r.plan.rec_type in ("RCPT", "LOAN", "DEBT")]
    if found:
        r = found[0]
        yield (ctx.at(r.rec), f"A Form 450 cannot report "
                          f"itemized receipts, loans or unpaid bills ({r.where()}).",
                          "Use Form 460 for this period.")


# ------------------------------------------------------------------- Form 470
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


# ------------------------------------------------------------------- Form 425
@rule("F425-ELG-001", severity="error", scope="statement", forms=("F425",))
def no_activity_425(ctx: Ctx) -> Iterator[Found]:
    """Form 425 is allowed only if there were no contributions received and no
    expenditures made in the whole semi-annual period.
    Source: [CALACCESS-F425]"""
    found = [r for r in ctx.rows if r.plan.rec_type in ACTIVITY]
    if found:
        r = found[0]
        yield (ctx.at(r.rec), f"A statement of no activity "
                          f"reports activity ({r.where()}).", "File a Form 460 (or 450) for "
                          "this period instead.")


@rule("F425-ELG-002", severity="error", scope="statement", forms=("F425",))
def not_candidates_425(ctx: Ctx) -> Iterator[Found]:
    """Form 425 is not allowed for candidates, officeholders or their controlled
    committees. Source: [FPPC-FORMS][M2-16-CH8]"""
    if ctx.cmtte == "C" or ctx.entity in ("CAO", "CTL"):
        yield (ctx.cover_at("Entity_Cd"), "Candidates, "
                          "officeholders and their controlled committees cannot file Form "
                          "425.", "File a Form 460 showing no activity instead.")


@rule("F425-PER-001", severity="warning", scope="statement", forms=("F425",))
def half_year_425(ctx: Ctx) -> Iterator[Found]:
    """The Form 425 period is exactly 1 January - 30 June (S1) or 1 July - 31 December
    (S2). Source: [RAW-CHOICES]"""
    start, end = ctx.period_from, ctx.period_thru
    if start is None or end is None:
        return
    first = (dt.date(start.year, 1, 1), dt.date(start.year, 6, 30))
    second = (dt.date(start.year, 7, 1), dt.date(start.year, 12, 31))
    want = {"S1": first, "S2": second}.get(ctx.stmt_type)
    if (start, end) not in (first, second) or (want and (start, end) != want):
        yield (ctx.cover_at("From_Date"),
               f"A Form 425 covers January-June (S1) or July-December (S2); this "
               f"one covers {ctx.period_words()} ({ctx.stmt_type or 'no type'}).",
               "Use the half-year dates that match the statement type.")


RULES = collect(globals())
