"""Across statements: periods, amendments, deadlines (form-rules.md §6.12-§6.14).

These rules compare the statement with the committee's other statements
(``snapshot.history``); a .CAL file checked on its own has no history, so they stay
silent there.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from calaccess_desktop.domain.dates import add_days
from calaccess_desktop.domain.snapshot import StatementBrief
from calaccess_desktop.forms import calendar
from calaccess_desktop.validation.checks import Issues
from calaccess_desktop.validation.context import Ctx, Row, sdate
from calaccess_desktop.validation.ruleset import Found, collect, owner, rule
from calaccess_desktop.validation.words import mdy, money

PERIODIC = ("F460", "F450", "F425")
FILED = ("filed", "accepted", "amended", "queued", "sent")
LATE_LINES = (("S497", "F497P1"), ("S497", "F497P2"), ("S496", "F496"))


@dataclass(frozen=True)
class Other:
    """Another periodic statement with both period dates known."""

    brief: StatementBrief
    start: dt.date
    end: dt.date

    def words(self) -> str:
        return f"{mdy(self.start)}-{mdy(self.end)}"


def _periodic(ctx: Ctx) -> list[Other]:
    return [Other(b, b.period_from, b.period_through) for b in ctx.snap.history
            if b.form_type in PERIODIC and b.period_from and b.period_through]


def _same_period(ctx: Ctx, o: Other) -> bool:
    return o.start == ctx.period_from and o.end == ctx.period_thru


@rule("GEN-PER-002", severity="error", scope="across", forms=PERIODIC)
def no_gap_after_previous(ctx: Ctx) -> Iterator[Found]:
    """'From' equals the day after the 'through' date of the last statement filed, so
    there is no gap between statements.
    Source: [RWC-2][CP20-210][CP20-718]"""
    start = ctx.period_from
    if start is None:
        return
    before = [o for o in _periodic(ctx) if o.end < start and not _same_period(ctx, o)]
    if not before:
        return
    prev = max(before, key=lambda o: o.end)
    expected = add_days(prev.end, 1)
    if start != expected:
        yield (ctx.cover_at("From_Date"),
               f"The period starts {mdy(start)}, but the previous statement "
               f"ended {mdy(prev.end)}: the days in between are not "
               "reported on any statement.",
               f"Start this statement on {mdy(expected)}.")


@rule("XST-002", severity="error", scope="across", forms=PERIODIC)
def no_overlap(ctx: Ctx) -> Iterator[Found]:
    """Periods of the same statement family never overlap, and an amendment covers
    exactly the original period.
    Source: [RWC-2][ISP-ERR]"""
    if ctx.period_from is None or ctx.period_thru is None:
        return
    for o in _periodic(ctx):
        if _same_period(ctx, o):
            continue
        if o.start <= ctx.period_thru and o.end >= ctx.period_from:
            original = ctx.snap.original_filing_id
            if ctx.report_num and o.brief.filing_id and o.brief.filing_id == original:
                yield (ctx.cover_at("From_Date"),
                       f"This amendment covers {ctx.period_words()}, but the "
                       f"statement it amends covers {o.words()}.",
                       "An amendment covers exactly the original period.")
            else:
                yield (ctx.cover_at("From_Date"),
                       f"The period {ctx.period_words()} overlaps another "
                       f"statement ({o.words()}).",
                       "Statements may not cover the same days twice; adjust the "
                       "dates.")


def _half(day: dt.date) -> tuple[int, int]:
    return day.year, 1 if day.month <= 6 else 2


@rule("XST-003", severity="warning", scope="across", forms=PERIODIC)
def missing_semiannual(ctx: Ctx) -> Iterator[Found]:
    """Every open committee files each semi-annual statement, even with no activity,
    until it terminates; a half-year with no statement is a missing filing.
    Source: [SCHSD][THOMPSON-10][CALACCESS-F425]"""
    stmts = _periodic(ctx)
    if not stmts or ctx.period_from is None:
        return
    covered: set[tuple[int, int]] = set()
    for o in stmts:
        day = o.start
        while day <= o.end:
            covered.add(_half(day))
            if (day.year, day.month) >= (dt.date.max.year, 7):
                break
            day = dt.date(day.year, 7, 1) if day.month <= 6 else dt.date(day.year + 1, 1, 1)
    first = min(o.start for o in stmts)
    missing = []
    year, half = _half(first)
    while (year, half) < _half(ctx.period_from):
        if (year, half) not in covered:
            missing.append(f"{'January-June' if half == 1 else 'July-December'} {year}")
        year, half = (year, 2) if half == 1 else (year + 1, 1)
    if missing:
        listed = ", ".join(missing) if len(missing) <= 6 else (
            f"{len(missing)} half-years, from {missing[0]} to {missing[-1]}")
        yield (ctx.cover_at("From_Date"),
               f"No statement covers {listed}.",
               "File the missing semi-annual statement(s) (Form 425 if there was "
               "no activity and the committee may use it).")


@rule("XST-004", severity="warning", scope="statement", forms=("F460", "F450"),
      when=lambda c: c.stmt_type == "TS")
def termination_zero(ctx: Ctx) -> Iterator[Found]:
    """A termination statement ends with cash (Line 16), loans received and made, and
    accrued expenses all at zero; a Form 410 termination goes with it.
    Source: [COUNTYKINGS][ISP-410][ISP-TERM][M2-23-198013625-290]"""
    for line, col, what in (("16", "Amount_A", "ending cash"),
                            ("2", "Amount_B", "loans received still owed"),
                            ("7", "Amount_B", "loans made still outstanding"),
                            ("9", "Amount_B", "unpaid bills")):
        row = ctx.smry.get(("F460", line))
        if row is not None and row.cents(col):
            yield (ctx.at(row.rec, col, schedule="summary"),
                   f"A termination statement shows {what} of "
                   f"{money(row.cents(col))} (line {line}).",
                   "Spend, return or donate remaining cash and settle loans and "
                   "bills before terminating.")


def _memos_and_subitems(rows: list[Row]) -> list[Row]:
    """The rows that do not count toward totals (memos, sub-items)."""
    plan, ctx = rows[0].plan, rows[0].ctx
    if plan.memo_i < 0 and plan.bakref_i < 0:
        return []
    memo = plan.memo_i >= 0 and not {"X", "x"}.isdisjoint(ctx.column(rows, plan.memo_i))
    if not memo and (plan.bakref_i < 0 or not any(ctx.column(rows, plan.bakref_i))):
        return []  # (a column at a time: no memo code and no parent anywhere)
    return [r for r in rows if not r.counts]


@rule("XST-006", severity="warning", scope="record",
      applies_to=(("RCPT", "*"), ("EXPN", "*")), screen=_memos_and_subitems)
def future_subitem(r: Row) -> Issues:
    """A memo or sub-item (a split or support/oppose memo) dated after the period's end
    is probably misdated.
    Source: [ISP-ERR]"""
    pt = r.ctx.pt
    if not pt or r.counts:
        return None
    name = "Rcpt_Date" if r.rec_type == "RCPT" else "Expn_Date"
    day = r.get(name)
    if day and sdate(day) and day > pt:
        return r.say(name, f"A memo or sub-item is dated {mdy(sdate(day))}, after the "
                     f"period ends ({r.where()}).", "Check the date; report it on the "
                     "statement for the period it happened in.")
    return None


def _year_totals(ctx: Ctx, line: str) -> dict[int, int]:
    out: dict[int, int] = {}
    for o in _periodic(ctx):
        year = o.end.year
        out[year] = max(out.get(year, 0), o.brief.column_b.get(line, 0))
    return out


@rule("XST-007", severity="warning", scope="across", forms=("F460", "F450"))
def efile_threshold(ctx: Ctx) -> Iterator[Found]:
    """A committee that has raised or spent $25,000 since 1 January 2000 must file
    electronically from then on.
    Source: [SOS-EFI]"""
    from calaccess_desktop.forms.constants import threshold

    if ctx.is_file or ctx.period_thru is None:
        return
    limit = threshold("mandatory_efile", ctx.period_thru)
    for line, what in (("5", "raised"), ("11", "spent")):
        years = _year_totals(ctx, line)
        row = ctx.smry.get(("F460", line))
        this_b = row.cents("Amount_B") if row is not None else 0
        this_a = row.cents("Amount_A") if row is not None else 0
        earlier_years = sum(v for y, v in years.items() if y < ctx.period_thru.year)
        before = earlier_years + this_b - this_a  # this year's total before this statement
        after = before + this_a
        if before < limit <= after:
            yield (ctx.statement_at("summary", "Amount_B"),
                   f"The committee has now {what} {money(after)} since 2000, "
                   f"reaching {money(limit)}.",
                   "From now on this committee must file its statements "
                   "electronically.")
            return


@rule("XST-009", severity="warning", scope="across", forms=("F460", "F450"))
def needs_410(ctx: Ctx) -> Iterator[Found]:
    """A committee that reached $2,000 received in a calendar year without a Form 410 on
    file (no committee ID yet) must file the 410 within 10 days.
    Source: [CP20-190][FORMSBANK-410]"""
    from calaccess_desktop.forms.constants import threshold

    if ctx.snap.committee.filer_id or ctx.cover_get("Filer_ID"):
        return
    row = ctx.smry.get(("F460", "5"))
    limit = threshold("committee_qualification", ctx.period_thru)
    if row is not None and row.cents("Amount_B") >= limit:
        yield (ctx.cover_at("Filer_ID"),
               f"The committee received {money(row.cents('Amount_B'))} this year "
               "and has no committee ID number.",
               f"File Form 410 (Statement of Organization) within 10 days of "
               f"reaching {money(limit)}.")


# ---------------------------------------------------------------- amendments
def _chain(ctx: Ctx) -> list[StatementBrief]:
    original = ctx.snap.original_filing_id
    if not original:
        return []
    return [b for b in ctx.snap.history
            if b.filing_id == original or b.original_filing_id == original]


@rule("AMD-001", severity="error", scope="across", when=lambda c: c.report_num > 0)
def amendment_original_id(ctx: Ctx) -> Iterator[Found]:
    """An amendment references the original filing's ID, not the ID of the latest
    amendment (the SOS rejects an amendment without the filing ID).
    Source: [ISP-460][ISP-AMD][CAL-ERRATA-201]"""
    if ctx.is_file:
        return  # the filing ID is given to the upload utility, not written in the file
    original = ctx.snap.original_filing_id
    if not original:
        yield (ctx.cover_at("Report_Num"),
               "This is an amendment but does not say which filing it amends.",
               "Enter the filing ID of the original statement (CA-999999).")
        return
    for b in ctx.snap.history:
        if b.filing_id == original and b.report_num > 0:
            root = b.original_filing_id or "the original's ID"
            yield (ctx.cover_at("Report_Num"),
                   f"The amendment points at filing {original}, which is itself an "
                   f"amendment.", f"Use the original statement's filing ID "
                   f"({root}).")


@rule("AMD-002", severity="error", scope="across", when=lambda c: c.report_num > 0)
def amendment_sequence(ctx: Ctx) -> Iterator[Found]:
    """Amendment numbers run 1, 2, 3 ... up to 999 (000 is the original); each new
    amendment takes the next number (the SOS rejects a number out of sequence).
    Source: [RAW-CAMP][CALACCESS-HDR][NETFILE-API][ISP-AMD]"""
    filed = [b.report_num for b in _chain(ctx) if b.status in FILED
             and b.statement_id != ctx.statement_id]
    if not filed:
        return
    expected = max(filed) + 1
    if ctx.report_num != expected:
        yield (ctx.cover_at("Report_Num"),
               f"This is amendment {ctx.report_num:03d}, but the last one filed is "
               f"{max(filed):03d}.", f"Number it {expected:03d}.")


_AMD_003 = owner(
    "AMD-003", severity="warning", forms=("F460", "F496", "F497"), doc="""An amendment
    carries an explanation on the cover page (AmendExp lines); the check is the spec
    table's AmendExp_1 condition (Report_Num > 0 on F460, F496, F497).
    Source: [RAW-CAMP][FPPCADA-497][FPPCADA-496][SOS-FAQ-S3Q7]""")


@rule("AMD-005", severity="error", scope="across", forms=PERIODIC,
      when=lambda c: c.report_num == 0)
def should_be_amendment(ctx: Ctx) -> Iterator[Found]:
    """A draft whose dates match an already-filed statement of the same type must be
    filed as an amendment.
    Source: [ISP-ERR]"""
    if ctx.snap.status in FILED or ctx.is_file:
        return
    for o in _periodic(ctx):
        if _same_period(ctx, o) and o.brief.status in FILED and o.brief.form_type == ctx.form:
            yield (ctx.cover_at("Report_Num"),
                   f"A statement for {ctx.period_words()} was already filed; this "
                   "one would file it again.",
                   "Amend the filed statement instead of filing a new one.")
            return


@rule("AMD-006", severity="warning", scope="statement", forms=("F460", "F450", "F497", "F496"),
      when=lambda c: c.report_num > 0)
def amendment_restates(ctx: Ctx) -> Iterator[Found]:
    """An amendment restates the whole statement (all schedules and the summary), not
    only the changed lines.
    Source: [INF][SOS-FAQ-S3Q7]"""
    kinds = {"RCPT", "EXPN", "LOAN", "DEBT", "S497", "S496"}
    if not any(r.plan.rec_type in kinds for r in ctx.rows) and not ctx.smry:
        yield (ctx.cover_at("Report_Num"),
               "This amendment contains no schedules or summary.",
               "An amendment replaces the whole statement: include every schedule, "
               "not only the changes.")


@rule("AMD-007", severity="warning", scope="across", forms=("F460",),
      when=lambda c: c.report_num > 0)
def later_statements(ctx: Ctx) -> Iterator[Found]:
    """When an amended statement changes ending cash or column B totals, later statements
    must be amended too, or they break the cash and column B continuity.
    Source: [INF][ISP-ERR]"""
    if ctx.period_thru is None:
        return
    row = ctx.smry.get(("F460", "16"))
    if row is None:
        return
    ending = row.cents("Amount_A")
    originals = [b for b in _chain(ctx) if b.statement_id != ctx.statement_id
                 and b.ending_cash is not None]
    if not originals or all(b.ending_cash == ending for b in originals):
        return
    later = [o for o in _periodic(ctx) if o.start > ctx.period_thru]
    if later:
        yield (ctx.at(row.rec, "Amount_A", schedule="summary"),
               f"The amendment changes ending cash to {money(ending)}; "
               f"{len(later)} later statement(s) start from the old figure.",
               "Amend the later statements too so their beginning cash matches.")


# ---------------------------------------------------------------- deadlines
# the filing calendar's business days (weekends and state holidays skipped), one place
next_business_day = calendar.next_business_day
add_business_days = calendar.add_business_days


def due_date(ctx: Ctx) -> dt.date | None:
    """When the statement is due, from the filing calendar (``forms.calendar``): the same
    date the statement list and header show. An amendment has none of its own."""
    lines = (sdate(r.get("Ctrib_Date") or r.get("Exp_Date")) for kind in LATE_LINES
             for r in ctx.kind(*kind)) if ctx.form in calendar.LATE_FORMS else ()
    return calendar.statement_due(ctx.form, ctx.stmt_type, ctx.period_thru, ctx.election,
                                  amendment=ctx.report_num > 0,
                                  line_dates=[d for d in lines if d is not None])


@rule("DATE-002", severity="warning", scope="statement", forms=(*PERIODIC, "F497", "F496"))
def not_yet_filed_past_due(ctx: Ctx) -> Iterator[Found]:
    """The due date follows from the statement type (moved to the next business day for
    weekends and state holidays); a statement not filed by then is late. A Form 497 is
    due 24 hours (10 business days outside the 90 days before the election) after its
    first contribution. An amendment has no due date of its own. When the cover's report
    date is already after the due date, DATE-003 says so instead (one fact, one finding).
    Source: [CP20-718][SFETHICS-2025]"""
    due = due_date(ctx)
    if due is None or ctx.is_file or ctx.snap.status in FILED:
        return
    if ctx.form in PERIODIC and _days_late(ctx, due):
        return  # one fact, one finding: DATE-003 says how late the report date is
    if ctx.today > due:
        what = "This statement" if ctx.form in calendar.PERIODIC_FORMS else (
            f"This Form {ctx.form[1:]}")
        yield (ctx.cover_at("Rpt_Date"),
               f"{what} was due on {mdy(due)} and is not filed yet.",
               "File it as soon as possible; late statements carry a fine of $10 "
               "a day.")


def _days_late(ctx: Ctx, due: dt.date) -> int:
    """How many days after ``due`` the cover's report date is (0: on time, none, or an
    amendment)."""
    filed = sdate(ctx.cover_get("Rpt_Date"))
    if filed is None or ctx.report_num or filed <= due:
        return 0
    return (filed - due).days


@rule("DATE-003", severity="warning", scope="statement", forms=PERIODIC)
def filed_late(ctx: Ctx) -> Iterator[Found]:
    """A statement filed after its due date carries a late fee of $10 per day.
    Source: [YUMPU-M6-9][THOMPSON-10]"""
    due = due_date(ctx)
    days = _days_late(ctx, due) if due is not None else 0
    filed = sdate(ctx.cover_get("Rpt_Date"))
    if due is not None and filed is not None and days:
        yield (ctx.cover_at("Rpt_Date"),
               f"The report date {mdy(filed)} is {days} day(s) after the due "
               f"date {mdy(due)}.",
               f"A late statement may be fined $10 a day (about "
               f"{money(1000 * days)}).")


RULES = collect(globals())
