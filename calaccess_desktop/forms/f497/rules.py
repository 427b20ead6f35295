"""Form 497's rules (form-rules.md §3.2, §6.15) in the rule API of ``validation.api``:
the contributions that call for a 497 (checked on the 460 or 450 that lists them), the
497's verification, and that its lines appear again on the next Form 460.

The election is the statement's election date (a pre-election statement's). A 497 is
due within 24 hours when one source's contributions inside the 90 days before that
election (election day included) reach $1,000; outside the window, a single $5,000
contribution to a state candidate or state measure committee is due within 10 business
days. Every window and deadline comes from the filing calendar (``forms.calendar``),
which also says when a deadline moves off a weekend or state holiday. A 497's own
deadline is DATE-002.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

from calaccess_desktop.domain.dates import sub_days
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.constants import threshold
from calaccess_desktop.forms.f497.lines import MADE_PREFIX
from calaccess_desktop.forms.limits import days as limit_days
from calaccess_desktop.validation.api import Ctx, Found, Issue, Row, collect, owner, rule
from calaccess_desktop.validation.context import sdate
from calaccess_desktop.validation.words import mdy, money

_LLC = re.compile(r"\bL\.?L\.?C\.?\b", re.IGNORECASE)

PERIODIC = ("F460", "F450")
RECEIVED = ((("RCPT", "A"), "Amount", "Rcpt_Date"), (("RCPT", "C"), "Amount", "Rcpt_Date"),
            (("LOAN", "B1"), "Loan_Amt1", "Loan_Date1"))


def window(ctx: Ctx) -> tuple[dt.date, dt.date] | None:
    """The 90 days before the election, election day included."""
    span = calendar.late_window(ctx.election)
    return None if span is None else (span.start, span.end)


def _source(r: Row, name_field: str) -> object:
    if r.rec.contact_id is not None:
        return r.rec.contact_id
    first = name_field.replace("NamL", "NamF")
    return (r.up(name_field), r.up(first))


def _received(ctx: Ctx) -> Iterator[tuple[Row, Cents, dt.date, str]]:
    for kind, amount_field, date_field in RECEIVED:
        for r in ctx.kind(*kind):
            if not r.counts:
                continue
            day = sdate(r.get(date_field) or r.get("Trans_Date"))
            amount = r.cents(amount_field)
            if day is not None and amount > 0:
                yield r, amount, day, "Lndr_NamL" if kind[0] == "LOAN" else "Ctrib_NamL"


def _already_reported(ctx: Ctx, r: Row, amount: Cents, day: dt.date) -> bool:
    """Whether the contribution that crossed the threshold is on one of the committee's
    Forms 497 already (then the report was made and nothing is owed): Part 1 for one
    received, Part 2 (MADE_PREFIX) for one made."""
    name = " ".join((r.get("Ctrib_NamL") or r.get("Lndr_NamL")).upper().split())
    if r.rec_type == "EXPN":
        name = MADE_PREFIX + " ".join(r.up("Payee_NamL").split())
    return (name, day, amount) in ctx.snap.late_reported


def _is_due(ctx: Ctx, due: dt.date) -> str:
    """'is due' while the deadline is ahead (or today), 'was due' once it has passed."""
    return "is due" if ctx.today <= due else "was due"


def _listing(items: list[tuple[Row, Cents, dt.date]]) -> str:
    return "; ".join(f"{mdy(d)} {money(a)}" for _r, a, d in items)


@rule("F497-TRG-001", severity="warning", scope="across", forms=PERIODIC)
def late_contribution_24h(ctx: Ctx) -> Iterator[Found]:
    """Within the 90 days before an election (election day included), a source whose
    contributions (monetary, nonmonetary and loans) reach $1,000 in aggregate triggers a
    Form 497 due within 24 hours; so do contributions of $1,000 or more made to a
    candidate or committee in that window.
    Source: [CP20-286][M2-23-428]"""
    span = window(ctx)
    if span is None:
        return
    start, end = span
    state = threshold("late_contribution_24h", end)
    limit = ctx.snap.late_threshold(state)
    whose = "" if limit == state else (
        f" ({money(limit)} or more calls for one where this committee files: "
        f"{ctx.snap.officer_name})")
    groups: dict[tuple[str, object], list[tuple[Row, Cents, dt.date]]] = defaultdict(list)
    for r, amount, day, name in _received(ctx):
        if start <= day <= end:
            groups[("in", _source(r, name))].append((r, amount, day))
    for r in ctx.kind("EXPN", "D"):
        made = sdate(r.get("Expn_Date"))
        if r.counts and r.up("Expn_Code") in ("MON", "IKD") and made and start <= made <= end:
            groups[("out", _source(r, "Payee_NamL"))].append((r, r.cents("Amount"), made))
    for (direction, _key), items in groups.items():
        items.sort(key=lambda t: t[2])
        total = 0
        for i, (r, amount, day) in enumerate(items):
            total += amount
            if total >= limit and _already_reported(ctx, r, amount, day):
                break
            if total >= limit:
                counted = items[: i + 1]
                due = calendar.late_report_due(day, end, "F497")
                who = r.name or "One source"
                verb = "gave" if direction == "in" else "was given"
                form_part = "Part 1" if direction == "in" else "Part 2"
                yield (ctx.at(r.rec, "Amount" if "Amount" in r.ix else
                                           "Loan_Amt1"),
                    f"{who} {verb} {money(total)} within 90 days of the "
                    f"{mdy(end)} election ({_listing(counted)}): a Form 497 "
                    f"({form_part}) {_is_due(ctx, due)} within 24 hours, by {mdy(due)}"
                    f"{whose}.",
                    "File a Form 497 late contribution report by then if you have not; one "
                    "due the weekend before the election is not moved to Monday.")
                break


def _state_committee(ctx: Ctx) -> bool:
    if ctx.state_candidate:
        return True
    juris = ctx.cover_get("Bal_Juris").upper()
    return ctx.primarily_formed and ctx.cmtte == "B" and (
        "STATE" in juris or juris in ("CA", "CALIFORNIA", "STW"))


@rule("F497-TRG-002", severity="warning", scope="across", forms=PERIODIC,
      when=_state_committee)
def late_contribution_10day(ctx: Ctx) -> Iterator[Found]:
    """Outside the 90-day window, a single contribution of $5,000 or more received by a
    state candidate's committee or a state primarily formed measure committee triggers a
    Form 497 due within 10 business days.
    Source: [CP20-286][FPPCADA-497][M2-23-428]"""
    span = window(ctx)
    for r, amount, day, _name in _received(ctx):
        if span is not None and span[0] <= day <= span[1]:
            continue
        if amount >= threshold("late_contribution_10day", day):
            due = calendar.late_report_due(day, None, "F497")
            yield (ctx.at(r.rec, "Amount" if "Amount" in r.ix
                                                     else "Loan_Amt1"),
                              f"{r.name or 'A source'} gave {money(amount)} on "
                              f"{mdy(day)}: a Form 497 {_is_due(ctx, due)} within 10 "
                              f"business days, by {mdy(due)}.",
                              "File a Form 497 (10-day report) if you have not.")


@rule("F460-C-008", severity="warning", scope="across", forms=PERIODIC)
def late_nonmonetary(ctx: Ctx) -> Iterator[Found]:
    """A nonmonetary contribution of $1,000 or more in the 90-day window triggers a 497;
    the contributor must tell the committee its value within 24 hours (local committees
    file within 48 hours).
    Source: [CP20-718][M2-23-428]"""
    span = window(ctx)
    if span is None:
        return
    limit = ctx.snap.late_threshold(threshold("late_contribution_24h", span[1]))
    for r in ctx.kind("RCPT", "C"):
        day = sdate(r.get("Rcpt_Date"))
        if r.counts and day and span[0] <= day <= span[1] and r.cents("Amount") >= limit:
            yield (ctx.at(r.rec, "Amount"),
                   f"A nonmonetary contribution of {money(r.cents('Amount'))} "
                   f"received {mdy(day)}, within 90 days of the election "
                   f"({r.where()}).", "The contributor must tell you its value "
                   "within 24 hours, and it goes on a Form 497.")


LATE_SIGNERS = ("TRE", "ATR", "CAO", "OFF")


@rule("LATE-VER-001", severity="warning", scope="statement", forms=calendar.LATE_FORMS)
def late_report_verified(ctx: Ctx) -> Iterator[Found]:
    """A Form 497 (or 496) is verified too: the treasurer, assistant treasurer, candidate
    or responsible officer signs it under penalty of perjury, with the date signed. A CAL
    file has no verification record for these forms (the e-filing itself is signed), so
    only a statement kept in the app is checked.
    Source: [CP20-617][FPPCADA-497]"""
    if ctx.is_file:
        return
    if not any(r.up("Entity_Cd") in LATE_SIGNERS and r.has("Sig_NamL") for r in ctx.cvr3):
        yield (ctx.statement_at("cover", "Sig_NamL"),
               f"This Form {ctx.form[1:]} is not signed yet: there is no "
               "verification by the treasurer (or assistant treasurer, candidate "
               "or responsible officer).",
               "On the cover page, fill in the date signed under Verification and "
               "save; sign the paper or e-filed report the same day.")



# Where a 460 reports what a 497's Part 1 listed: (kind, name, amount, date fields).
REPORTED_AS = ((("RCPT", "A"), "Ctrib_NamL", "Amount", "Rcpt_Date", ""),
               (("RCPT", "C"), "Ctrib_NamL", "Amount", "Rcpt_Date", ""),
               (("LOAN", "B1"), "Lndr_NamL", "Loan_Amt1", "Loan_Date1", ""),
               (("EXPN", "D"), "Payee_NamL", "Amount", "Expn_Date", MADE_PREFIX),
               (("EXPN", "E"), "Payee_NamL", "Amount", "Expn_Date", MADE_PREFIX))


def _shown(ctx: Ctx) -> set[tuple[str, dt.date, Cents]]:
    out = set()
    for kind, name, amount, date, prefix in REPORTED_AS:
        for r in ctx.kind(*kind):
            day = sdate(r.get(date))
            if day is not None:
                out.add((prefix + " ".join(r.up(name).split()), day, r.cents(amount)))
    return out


def _part(key: str) -> tuple[str, str] | None:
    """(Form 497 part, name) of a ``late_reported`` key; None for another form's line."""
    if key.startswith(MADE_PREFIX):
        return "2", key.removeprefix(MADE_PREFIX)
    from calaccess_desktop.forms.f496.subject import IE_PREFIX

    return None if key.startswith(IE_PREFIX) else ("1", key)


@rule("F497-X-001", severity="warning", scope="across", forms=["F460"])
def late_lines_on_next_statement(ctx: Ctx) -> Iterator[Found]:
    """Everything a Form 497 reported appears again on the Form 460 that covers its
    date: a Part 1 line (contribution received) of the committee's 497s dated in this
    statement's period must be among its contributions or loans received (Schedule A, B
    or C), a Part 2 line (contribution made) among its payments (Schedule D or E), with
    the same name, date and amount. A Form 450 itemizes no receipts, so only the 460 is
    checked.
    Source: [CP20-292][CP20-437]"""
    start, end = ctx.period_from, ctx.period_thru
    if start is None or end is None or not ctx.snap.late_reported:
        return
    shown = _shown(ctx)
    for key, day, cents in sorted(ctx.snap.late_reported, key=lambda t: (t[1], t[0])):
        part = _part(key)
        if part is None or not start <= day <= end or (key, day, cents) in shown:
            continue
        number, name = part
        source = ctx.snap.late_sources.get((key, day, cents)) or "A Form 497"
        if number == "1":
            yield (ctx.statement_at("A", "Amount"),
                   f"{source} reported {money(cents)} received from {name.title()} on "
                   f"{mdy(day)}, but this statement does not show it (Schedule A, B or C).",
                   "Enter that contribution here with the same name, date and amount: "
                   "everything on a Form 497 is reported again on the next statement.")
        else:
            yield (ctx.statement_at("E", "Amount"),
                   f"{source} reported a contribution of {money(cents)} made to "
                   f"{name.title()} on {mdy(day)}, but this statement does not show it "
                   "(Schedule D or E).",
                   "Enter that contribution made on Schedule D (to a candidate or "
                   "measure) or E with the same name, date and amount: everything on a "
                   "Form 497 is reported again on the next statement.")


# ----------------------------------------------------------- the report itself
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
def late_llc(r: Row) -> list[Issue] | None:
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
def late_window_497(r: Row) -> list[Issue] | None:
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



MEASURE_MADE = 500000  # cents: a contribution made for a measure that calls for Part 1


@rule("F497-HDR-003", severity="warning", scope="statement", forms=["F497"])
def measure_contribution_lists_receipts(ctx: Ctx) -> Iterator[Found]:
    """A filer reporting $5,000 or more made for a measure (Part 2) lists in Part 1 every
    contribution of $100 or more received since its last 450/460 closing date. The app
    sees only this report, so it warns when Part 1 is empty (it cannot know whether
    there were such contributions).
    Source: [CP20-292]"""
    made = [r for r in ctx.kind("S497", "F497P2") if r.counts and r.cents("Amount")
            >= MEASURE_MADE and (r.has("Bal_Name") or r.has("Bal_Num"))]
    if made and not any(r.counts for r in ctx.kind("S497", "F497P1")):
        r = made[0]
        yield (ctx.at(r.rec, "Amount"),
               f"This report lists {money(r.cents('Amount'))} made for a ballot measure "
               f"({r.where()}) but no contributions received in Part 1.",
               "List in Part 1 every contribution of $100 or more received since the "
               "closing date of your last Form 460 (or 450), if there were any.")


RULES = collect(globals())
