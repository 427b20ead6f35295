# The Form 460 rules as they were before the full check's speed work (commit e9e664d~1),
# kept verbatim as the reference the faster rules are compared with.
# ruff: noqa
"""Form 460 summary page and schedule summaries (form-rules.md §4, §6.2 and the schedule
summary rules): the identities between SMRY lines, and between SMRY lines and the rows.

CAL lets a filer leave out a SMRY line whose amount is zero (spec page 35), so an absent
line counts as zero. A block (the summary page, or one schedule's summary) that is not
in the statement at all is not checked against other blocks, and an identity whose
detail lines are all absent is not checked (there is nothing to compare). In the app
every line is present: ``services.summaries`` writes them all on every edit.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from calaccess_desktop.cal.values import ascii_digits
from calaccess_desktop.domain.money import Cents
from calaccess_desktop.forms.f460.labels import SCHEDULE_LINES
from calaccess_desktop.validation.api import Ctx, Found, Location, Row, cents, collect, rule
from calaccess_desktop.validation.words import money

F460 = ("F460",)
Ref = tuple[str, str, str]  # (SMRY Form_Type, line, column "A" | "B")


def _column(col: str) -> str:
    return "Amount_A" if col == "A" else "Amount_B"


def _get(ctx: Ctx, ref: Ref) -> tuple[bool, Cents]:
    row = ctx.smry.get((ref[0], ref[1]))
    if row is None:
        return False, 0
    name = _column(ref[2])
    return row.has(name), row.cents(name)


def _block_present(ctx: Ctx, form: str) -> bool:
    return any(f == form for f, _line in ctx.smry)


def _name(ref: Ref) -> str:
    form, line, col = ref
    if form == "F460":
        two_columns = ascii_digits(line) and int(line) <= 11
        return f"summary page line {line}" + (f" column {col}" if two_columns else "")
    title = SCHEDULE_LINES.get(form, {}).get(line, "")
    return f"Schedule {form} summary line {line}" + (f" ({title.lower()})" if title else "")


def _loc(ctx: Ctx, ref: Ref) -> Location:
    row = ctx.smry.get((ref[0], ref[1]))
    schedule = "summary" if ref[0] == "F460" else ref[0]
    if row is not None:
        return ctx.at(row.rec, _column(ref[2]), schedule=schedule)
    return ctx.statement_at(schedule, _column(ref[2]))


def identity(ctx: Ctx, target: Ref, parts: Iterable[tuple[int, Ref]],
             formula: str) -> Iterator[Found]:
    """Check ``target == sum(sign * part)`` under the absent-line conventions above."""
    parts = list(parts)
    forms = {target[0]} | {p[0] for _s, p in parts}
    if any(not _block_present(ctx, f) for f in forms):
        return
    present, value = _get(ctx, target)
    total, any_part = 0, False
    for sign, ref in parts:
        has, cents = _get(ctx, ref)
        any_part = any_part or has
        total += sign * cents
    if not any_part:
        return  # every detail line was left out: nothing to compare
    if value != total:
        yield (_loc(ctx, target),
               f"The {_name(target)} is {money(value)}, but {formula} comes to "
               f"{money(total)}.",
               f"Correct the summary so that {_name(target)} = {formula}.")


def rows_total(ctx: Ctx, target: Ref, rows: Iterable[Row], fields: tuple[str, ...],
               what: str, signs: tuple[int, ...] = ()) -> Iterator[Found]:
    """Check a schedule summary line against the rows that make it up."""
    if not _block_present(ctx, target[0]):
        return
    present, value = _get(ctx, target)
    if not present:
        return  # a line left out of a file is zero, but then its rows are not comparable
    total = 0
    weights = [(name, signs[i] if signs else 1) for i, name in enumerate(fields)]
    for r in rows:  # Row.counts and Row.cents, written out (100,000 rows)
        plan, v = r.plan, r.v
        if (plan.memo_i >= 0 and v[plan.memo_i] in ("X", "x")) or (
                plan.bakref_i >= 0 and v[plan.bakref_i]):
            continue
        for name, sign in weights:
            at = r.ix.get(name)
            if at is not None:
                total += sign * cents(v[at])
    if value != total:
        yield (_loc(ctx, target),
               f"The {_name(target)} is {money(value)}, but the {what} add up to "
               f"{money(total)}.",
               f"Make the {_name(target)} equal the total of the {what}.")


def _a(form: str, line: str) -> Ref:
    return (form, line, "A")


def _b(line: str) -> Ref:
    return ("F460", line, "B")


def _itemized(ctx: Ctx, rec: str, form: str) -> list[Row]:
    return [r for r in ctx.kind(rec, form) if r.rec.itemized]


def _both(ctx: Ctx, line: str, parts: list[tuple[int, str]],
          formula: str) -> Iterator[Found]:
    yield from identity(ctx, _a("F460", line), [(s, _a("F460", p)) for s, p in parts],
                        formula + " (column A)")
    yield from identity(ctx, _b(line), [(s, _b(p)) for s, p in parts],
                        formula + " (column B)")


@rule("F460-SUM-001", severity="error", scope="schedule", forms=F460)
def line1_schedule_a(ctx: Ctx) -> Iterator[Found]:
    """Line 1A = Schedule A total (itemized + unitemized).
    Source: [ISP-LBL][RWC-8]"""
    yield from identity(ctx, _a("F460", "1"), [(1, _a("A", "3"))],
                        "the Schedule A total (line 3)")


@rule("F460-SUM-002", severity="error", scope="schedule", forms=F460)
def line2_schedule_b(ctx: Ctx) -> Iterator[Found]:
    """Line 2A = Schedule B Part 1 net change (loans received minus loans paid or
    forgiven); it may be negative.
    Source: [RWC-6][ISP-LBL]"""
    yield from identity(ctx, _a("F460", "2"), [(1, _a("B1", "3"))],
                        "the Schedule B Part 1 net change (line 3)")


@rule("F460-SUM-003", severity="error", scope="statement", forms=F460)
def line3(ctx: Ctx) -> Iterator[Found]:
    """Line 3 = 1 + 2 (A and B).
    Source: [ISP-LBL]"""
    yield from _both(ctx, "3", [(1, "1"), (1, "2")], "line 1 + line 2")


@rule("F460-SUM-004", severity="error", scope="schedule", forms=F460)
def line4_schedule_c(ctx: Ctx) -> Iterator[Found]:
    """Line 4A = Schedule C total.
    Source: [ISP-LBL]"""
    yield from identity(ctx, _a("F460", "4"), [(1, _a("C", "3"))],
                        "the Schedule C total (line 3)")


@rule("F460-SUM-005", severity="error", scope="statement", forms=F460)
def line5(ctx: Ctx) -> Iterator[Found]:
    """Line 5 = 3 + 4 (A and B).
    Source: [ARISTOTLE-SUM]"""
    yield from _both(ctx, "5", [(1, "3"), (1, "4")], "line 3 + line 4")


def _d_added(ctx: Ctx) -> bool:
    """Whether line 6A looks like Schedule E plus Schedule D (D-007)."""
    has6, l6 = _get(ctx, _a("F460", "6"))
    _h, e4 = _get(ctx, _a("E", "4"))
    hasd, d3 = _get(ctx, _a("D", "3"))
    return has6 and hasd and d3 != 0 and l6 == e4 + d3


@rule("F460-SUM-006", severity="error", scope="schedule", forms=F460)
def line6_schedule_e(ctx: Ctx) -> Iterator[Found]:
    """Line 6A = Schedule E Summary Line 4 (itemized + unitemized + interest paid).
    Source: [M2-23-398]"""
    if not _d_added(ctx):
        yield from identity(ctx, _a("F460", "6"), [(1, _a("E", "4"))],
                            "the Schedule E total (line 4)")


@rule("F460-SUM-007", severity="error", scope="schedule", forms=F460)
def line7_schedule_h(ctx: Ctx) -> Iterator[Found]:
    """Line 7A = Schedule H net change (loans made minus payments received).
    Source: [M2-23-410]"""
    yield from identity(ctx, _a("F460", "7"), [(1, _a("H", "3"))],
                        "the Schedule H net change (line 3)")


@rule("F460-SUM-008", severity="error", scope="statement", forms=F460)
def line8(ctx: Ctx) -> Iterator[Found]:
    """Line 8 = 6 + 7 (A and B).
    Source: [ISP-LBL]"""
    yield from _both(ctx, "8", [(1, "6"), (1, "7")], "line 6 + line 7")


@rule("F460-SUM-009", severity="error", scope="schedule", forms=F460)
def line9_schedule_f(ctx: Ctx) -> Iterator[Found]:
    """Line 9A = Schedule F net change (accrued expenses incurred minus paid).
    Source: [CP20-589]"""
    yield from identity(ctx, _a("F460", "9"), [(1, _a("F", "3"))],
                        "the Schedule F net change (line 3)")


@rule("F460-SUM-010", severity="error", scope="statement", forms=F460)
def line10(ctx: Ctx) -> Iterator[Found]:
    """Line 10 = Line 4 (A and B): nonmonetary contributions count as received and spent.
    Source: [PROC-460][ISP-LBL]"""
    yield from _both(ctx, "10", [(1, "4")], "line 4")


@rule("F460-SUM-011", severity="error", scope="statement", forms=F460)
def line11(ctx: Ctx) -> Iterator[Found]:
    """Line 11 = 8 + 9 + 10 (A and B).
    Source: [ISP-LBL]"""
    yield from _both(ctx, "11", [(1, "8"), (1, "9"), (1, "10")],
                     "line 8 + line 9 + line 10")


@rule("F460-SUM-012", severity="error", scope="across", forms=F460)
def beginning_cash(ctx: Ctx) -> Iterator[Found]:
    """Line 12 (beginning cash) = Line 16 of the committee's previously filed statement
    (0 on the first statement when nothing was filed before).
    Source: [M2-23-297][PROC-460]"""
    if ctx.is_file or not _block_present(ctx, "F460"):
        return
    has, l12 = _get(ctx, _a("F460", "12"))
    prior = ctx.snap.prior_ending_cash
    if prior is None:
        return
    if l12 != prior:
        yield (_loc(ctx, _a("F460", "12")),
               f"Beginning cash (line 12) is {money(l12)}, but the previous "
               f"statement ended with {money(prior)} (its line 16).",
               "Beginning cash must equal the previous statement's ending cash; "
               "correct this statement or amend the previous one.")


@rule("F460-SUM-013", severity="error", scope="statement", forms=F460)
def lines13_15(ctx: Ctx) -> Iterator[Found]:
    """Line 13 = Line 3A (cash receipts) and Line 15 = Line 8A (cash payments).
    Source: [ISP-LBL]"""
    yield from identity(ctx, _a("F460", "13"), [(1, _a("F460", "3"))],
                        "line 3 column A")
    yield from identity(ctx, _a("F460", "15"), [(1, _a("F460", "8"))],
                        "line 8 column A")


@rule("F460-SUM-014", severity="error", scope="schedule", forms=F460)
def line14_schedule_i(ctx: Ctx) -> Iterator[Found]:
    """Line 14 = Schedule I total (miscellaneous increases to cash).
    Source: [ISP-LBL][RWC-31]"""
    yield from identity(ctx, _a("F460", "14"), [(1, _a("I", "4"))],
                        "the Schedule I total (line 4)")


@rule("F460-SUM-015", severity="error", scope="statement", forms=F460)
def line16(ctx: Ctx) -> Iterator[Found]:
    """Line 16 = 12 + 13 + 14 - 15 (ending cash).
    Source: [ISP-LBL]"""
    yield from identity(ctx, _a("F460", "16"),
                        [(1, _a("F460", "12")), (1, _a("F460", "13")),
                         (1, _a("F460", "14")), (-1, _a("F460", "15"))],
                        "line 12 + line 13 + line 14 - line 15")


@rule("F460-SUM-016", severity="error", scope="schedule", forms=F460)
def line17_guarantees(ctx: Ctx) -> Iterator[Found]:
    """Line 17 = Schedule B Part 2 (loan guarantees received) total.
    Source: [ISP-LBL]"""
    yield from rows_total(ctx, _a("F460", "17"), _itemized(ctx, "LOAN", "B2"),
                          ("Loan_Amt1",), "guarantees on Schedule B Part 2")


@rule("F460-SUM-017", severity="error", scope="statement", forms=F460)
def line19(ctx: Ctx) -> Iterator[Found]:
    """Line 19 (outstanding debts) = Line 2B + Line 9B.
    Source: [ISP-LBL]"""
    yield from identity(ctx, _a("F460", "19"), [(1, _b("2")), (1, _b("9"))],
                        "line 2 column B + line 9 column B")


@rule("F460-SUM-018", severity="error", scope="across", forms=F460)
def column_b_continuity(ctx: Ctx) -> Iterator[Found]:
    """Column B = previous Column B + Column A within a calendar year; on a new year's
    first statement only Lines 2, 7 and 9 carry forward.
    Source: [RWC-6][FPPCADA-460]"""
    if ctx.is_file or not _block_present(ctx, "F460"):
        return
    prior = ctx.snap.prior_column_b
    for line in ("1", "2", "4", "6", "7", "9"):
        has_b, b = _get(ctx, _b(line))
        _has_a, a = _get(ctx, _a("F460", line))
        want = prior.get(line, 0) + a
        if b != want:
            yield (_loc(ctx, _b(line)),
                   f"Summary page line {line} column B (calendar year) is "
                   f"{money(b)}, but the previous statement's column B "
                   f"({money(prior.get(line, 0))}) plus this period's column A "
                   f"({money(a)}) is {money(want)}.",
                   "Column B must carry the year's totals forward; correct it or "
                   "amend the previous statement.")


@rule("F460-SUM-019", severity="error", scope="schedule", forms=F460)
def column_b_outstanding(ctx: Ctx) -> Iterator[Found]:
    """Line 2B = Schedule B col (d) total; Line 7B = Schedule H col (d) total; Line 9B =
    outstanding accrued expenses (Schedule F col (d)).
    Source: [RWC-6]"""
    for line, rec, form, name, what in (
        ("2", "LOAN", "B1", "Loan_Amt2", "outstanding balances of loans received (Schedule "
         "B Part 1)"),
        ("7", "LOAN", "H", "Loan_Amt2", "outstanding balances of loans made (Schedule H)"),
        ("9", "DEBT", "F", "End_Bal", "unpaid bills at the close of the period (Schedule F)"),
    ):
        rows = _itemized(ctx, rec, form)
        if line == "9" and any(not r.rec.itemized for r in ctx.kind(rec, form)):
            continue  # unitemized unpaid bills are part of 9B but not of the rows
        if not rows and ctx.is_file:
            continue
        yield from rows_total(ctx, _b(line), rows, (name,), what)


@rule("F460-SUM-020", severity="warning", scope="schedule", forms=F460)
def column_a_filled(ctx: Ctx) -> Iterator[Found]:
    """Every Column A line of the summary page (lines 1-19) is filled in, with 0 when
    there was no activity. In CAL a blank amount counts as zero (spec page 35), so a
    blank line is accepted; the printed form should still show 0.
    Source: [RWC-6][CAL-201]"""
    for (form, line), row in ctx.smry.items():
        if form == "F460" and ascii_digits(line) and int(line) <= 19 and not row.has("Amount_A"):
            yield (_loc(ctx, (form, line, "A")),
                   f"Summary page line {line} has no column A amount.",
                   "Enter 0 when there was no activity.")


@rule("F460-SUM-021", severity="warning", scope="statement", forms=F460)
def negative_cash(ctx: Ctx) -> Iterator[Found]:
    """A negative Line 16 (overdraft) or a negative cumulative balance is unusual;
    confirm it.
    Source: [INF]"""
    has, l16 = _get(ctx, _a("F460", "16"))
    if has and l16 < 0:
        yield (_loc(ctx, _a("F460", "16")),
               f"Ending cash (line 16) is negative ({money(l16)}).",
               "Check beginning cash and the receipts and payments; an overdraft "
               "is unusual.")
    for line in ("1", "4", "5", "6", "11"):
        hb, b = _get(ctx, _b(line))
        if hb and b < 0:
            yield (_loc(ctx, _b(line)),
                   f"Summary page line {line} column B (calendar year) is "
                   f"negative ({money(b)}).", "Check the year-to-date totals.")


@rule("F460-SUM-022", severity="warning", scope="statement", forms=F460)
def lines_20_21(ctx: Ctx) -> Iterator[Found]:
    """Lines 20-21 are used only by committees of candidates on both the state primary and
    general ballots (or primarily formed for them); otherwise leave them blank or 0.
    Source: [FORMSBANK-460SUM][ISP-L2021]"""
    state = ctx.cmtte in ("C", "P") and (ctx.state_candidate or ctx.cover_juris in
                                         ("STW", "SEN", "ASM", "BOE"))
    if state:
        return
    for line in ("20", "21"):
        for col in ("A", "B"):
            has, value = _get(ctx, ("F460", line, col))
            if has and value:
                yield (_loc(ctx, ("F460", line, col)),
                       f"Summary page line {line} is filled in ({money(value)}), "
                       "but only committees of state candidates on both the "
                       "primary and general ballots use lines 20-21.",
                       "Leave lines 20 and 21 blank.")
                break


@rule("F460-SUM-024", severity="warning", scope="statement", forms=F460)
def cash_equivalents(ctx: Ctx) -> Iterator[Found]:
    """Line 18 holds only investments not readily convertible to cash; CDs and
    money-market funds belong in the cash balance.
    Source: [M2-23-297][ISP-460]"""
    has, l18 = _get(ctx, _a("F460", "18"))
    if has and l18:
        yield (_loc(ctx, _a("F460", "18")),
               f"Line 18 (cash equivalents) is {money(l18)}.",
               "Only investments that cannot readily be converted to cash belong "
               "on line 18; CDs, money-market funds, stocks and bonds are part of "
               "the cash balance.")


@rule("F460-SUM-025", severity="error", scope="schedule", forms=F460)
def summary_amount_format(ctx: Ctx) -> Iterator[Found]:
    """Amounts use at most 2 decimal places with an explicit decimal point (no commas or
    dollar signs).
    Source: [CAL-220-VDOC][FPPCADA-460]"""
    from calaccess_desktop.cal.values import check_amount

    for (_form, _line), row in ctx.smry.items():
        for name in ("Amount_A", "Amount_B", "Amount_C"):
            value = row.get(name)
            if value:
                why = check_amount(value)
                if why:
                    yield (ctx.at(row.rec, name), f"Summary "
                                      f"line {row.get('Line_Item')}: {why}.",
                                      "Write amounts as digits with a decimal point and at "
                                      "most two decimals, e.g. 1234.50.")


# ----------------------------------------------------------------- schedule summaries
@rule("F460-A-013", severity="error", scope="schedule", forms=F460)
def schedule_a_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule A summary: Line 1 (itemized) is the total of the itemized rows, and
    Line 1 + Line 2 (unitemized) = Line 3, which carries to Summary Line 1.
    Source: [RWC-8][PROC-ASUM]"""
    yield from rows_total(ctx, _a("A", "1"), _itemized(ctx, "RCPT", "A"),
                          ("Amount",), "itemized contributions on Schedule A")
    yield from identity(ctx, _a("A", "3"), [(1, _a("A", "1")), (1, _a("A", "2"))],
                        "line 1 + line 2")


@rule("F460-B-010", severity="error", scope="schedule", forms=F460)
def schedule_b_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule B Part 1 summary: loans received - loans paid or forgiven = net change,
    carried to Summary Line 2 Column A.
    Source: [CP20-589][M2-23-410][ISP-LBL]"""
    rows = _itemized(ctx, "LOAN", "B1")
    yield from rows_total(ctx, _a("B1", "1"), rows, ("Loan_Amt1",),
                          "amounts received on the loans of Schedule B Part 1")
    yield from rows_total(ctx, _a("B1", "2"), rows, ("Loan_Amt5", "Loan_Amt6"),
                          "amounts paid and forgiven on Schedule B Part 1")
    yield from identity(ctx, _a("B1", "3"),
                        [(1, _a("B1", "1")), (-1, _a("B1", "2"))], "line 1 - line 2")


@rule("F460-B-007", severity="error", scope="schedule", forms=F460)
def loan_interest_on_e(ctx: Ctx) -> Iterator[Found]:
    """Interest paid on loans received (Schedule B col e) is summed onto Schedule E
    Summary Line 3; principal repayments are never reported on Schedule E.
    Source: [M2-23-369][CP20-246]"""
    yield from rows_total(ctx, _a("E", "3"), _itemized(ctx, "LOAN", "B1"),
                          ("Loan_Amt7",), "interest paid on the loans of Schedule B Part 1")


@rule("F460-C-004", severity="error", scope="schedule", forms=F460)
def schedule_c_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule C summary: Line 1 is the itemized rows' total, Line 1 + Line 2 = Line 3,
    and Line 3 equals Summary Lines 4A and 10A.
    Source: [PROC-460][PROC-CSUM][ISP-LBL]"""
    yield from rows_total(ctx, _a("C", "1"), _itemized(ctx, "RCPT", "C"),
                          ("Amount",), "itemized nonmonetary contributions on Schedule C")
    yield from identity(ctx, _a("C", "3"), [(1, _a("C", "1")), (1, _a("C", "2"))],
                        "line 1 + line 2")


@rule("F460-D-007", severity="error", scope="schedule", forms=F460)
def schedule_d_not_carried(ctx: Ctx) -> Iterator[Found]:
    """The Schedule D summary (1 itemized, 2 unitemized, 3 total) is not carried to the
    Summary Page: its payments are already on Schedules E, F or H.
    Source: [M2-23-384][CP20-574]"""
    if _d_added(ctx):
        yield (_loc(ctx, _a("F460", "6")),
               "Line 6 includes the Schedule D total; Schedule D only summarizes "
               "payments already reported on Schedules E, F and H.",
               "Take the Schedule D total out of line 6.")
    yield from identity(ctx, _a("D", "3"), [(1, _a("D", "1")), (1, _a("D", "2"))],
                        "line 1 + line 2")


def _g_added(ctx: Ctx) -> bool:
    has, e1 = _get(ctx, _a("E", "1"))
    e_rows = sum(r.cents("Amount") for r in _itemized(ctx, "EXPN", "E") if r.counts)
    g_rows = sum(r.cents("Amount") for r in _itemized(ctx, "EXPN", "G"))
    return has and g_rows != 0 and e1 == e_rows + g_rows and e1 != e_rows


@rule("F460-E-005", severity="error", scope="schedule", forms=F460)
def schedule_e_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule E summary: Line 1 itemized + Line 2 unitemized + Line 3 interest on loans
    received = Line 4, which carries to Summary Line 6A.
    Source: [M2-23-398][PROC-ESUM]"""
    if not _g_added(ctx):
        yield from rows_total(ctx, _a("E", "1"), _itemized(ctx, "EXPN", "E"),
                              ("Amount",), "itemized payments on Schedule E")
    yield from identity(ctx, _a("E", "4"),
                        [(1, _a("E", "1")), (1, _a("E", "2")), (1, _a("E", "3"))],
                        "line 1 + line 2 + line 3")


@rule("F460-G-004", severity="error", scope="schedule", forms=F460)
def schedule_g_memo(ctx: Ctx) -> Iterator[Found]:
    """Schedule G amounts are memo amounts: they are not added to any Summary line.
    Source: [ISP-LBL][RAW-CAMP]"""
    if _g_added(ctx):
        yield (_loc(ctx, _a("E", "1")),
               "Schedule E line 1 includes the Schedule G payments made by agents; "
               "those are already inside the payments to the agents.",
               "Take the Schedule G amounts out of the Schedule E total.")


@rule("F460-F-006", severity="error", scope="schedule", forms=F460)
def schedule_f_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule F summary: Line 1 incurred - Line 2 paid = Line 3 net change, carried to
    Summary Line 9A; it may be negative.
    Source: [CP20-589][M2-23-402]"""
    rows = _itemized(ctx, "DEBT", "F")
    if all(r.rec.itemized for r in ctx.kind("DEBT", "F")):
        yield from rows_total(ctx, _a("F", "1"), rows, ("Amt_Incur",),
                              "amounts incurred on Schedule F")
        yield from rows_total(ctx, _a("F", "2"), rows, ("Amt_Paid",),
                              "amounts paid on Schedule F")
    yield from identity(ctx, _a("F", "3"), [(1, _a("F", "1")), (-1, _a("F", "2"))],
                        "line 1 - line 2")


@rule("F460-H-003", severity="error", scope="schedule", forms=F460)
def schedule_h_summary(ctx: Ctx) -> Iterator[Found]:
    """Schedule H summary: loans made - payments received = net change, carried to
    Summary Line 7A (Line 7B = outstanding loans made, F460-SUM-019).
    Source: [M2-23-410]"""
    rows = _itemized(ctx, "LOAN", "H")
    yield from rows_total(ctx, _a("H", "1"), rows, ("Loan_Amt1",),
                          "amounts loaned on Schedule H")
    yield from rows_total(ctx, _a("H", "2"), rows, ("Loan_Amt5", "Loan_Amt6"),
                          "repayments and forgiveness on Schedule H")
    yield from identity(ctx, _a("H", "3"), [(1, _a("H", "1")), (-1, _a("H", "2"))],
                        "line 1 - line 2")


@rule("F460-H-004", severity="error", scope="across", forms=F460)
def loan_interest_received(ctx: Ctx) -> Iterator[Found]:
    """Interest received on loans made is reported as a lump sum on Schedule I Summary
    Line 3 and is not itemized there.
    Source: [RWC-31]"""
    yield from rows_total(ctx, _a("I", "3"), _itemized(ctx, "LOAN", "H"),
                          ("Loan_Amt7",), "interest received on the loans of Schedule H")


@rule("F460-I-003", severity="error", scope="schedule", forms=F460)
def schedule_i_summary(ctx: Ctx) -> Iterator[Found]:
    """The Schedule I total (itemized + unitemized + interest on loans made) carries to
    Summary Line 14.
    Source: [ISP-LBL][RWC-31]"""
    yield from rows_total(ctx, _a("I", "1"), _itemized(ctx, "RCPT", "I"),
                          ("Amount",), "itemized increases to cash on Schedule I")
    yield from identity(ctx, _a("I", "4"),
                        [(1, _a("I", "1")), (1, _a("I", "2")), (1, _a("I", "3"))],
                        "line 1 + line 2 + line 3")


RULES = collect(globals())
