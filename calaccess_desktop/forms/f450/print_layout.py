"""Form 450 printed like the FPPC short form: cover page (type of committee, type of
statement, committee information, verification), summary page, and Part 5 (payments
made) as an itemized table; a Form 495 page when the statement carries one."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.money import format_display
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f450.lines import HEADINGS, HOW, KEPT, LINES
from calaccess_desktop.forms.f450.print_blocks import (
    STATEMENT_MEMOS,
    committee_block,
    memos,
    verification_block,
)
from calaccess_desktop.forms.f450.summary import Summary, compute
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.cells import (
    Code,
    Date,
    Money,
    Party,
    PerElection,
    RowContext,
    Stack,
    Target,
)
from calaccess_desktop.pdf.cells import Text as TextCell
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND, COND_BOLD, SANS_BOLD
from calaccess_desktop.pdf.frame import (
    CONTENT_TOP,
    X0,
    X1,
    DocInfo,
    checkbox,
    label,
    title_bar,
    value,
)
from calaccess_desktop.pdf.sections import (
    Column,
    Section,
    SummaryLine,
    TablePart,
    group,
    splits_of,
    summary_amounts,
)

TITLE = "Recipient Committee Campaign Statement - Short Form"
# (Cmtte_Type, box, ((sub-box, CVR flag field), ...)): flags of spec page 25.
COMMITTEE_TYPES = (
    ("G", "General Purpose Committee", (("Sponsored", "Flag1_YN"),
                                        ("Small Contributor Committee", "Flag2_YN"),
                                        ("Political Party/Central Committee", "Flag3_YN"))),
    ("B", "Primarily Formed Ballot Measure Committee", (("Controlled", "Flag2_YN"),
                                                        ("Sponsored", "Flag3_YN"))),
    ("P", "Primarily Formed Candidate/Officeholder Committee", ()),
)
STATEMENT_TYPES = (
    ("PE", "Preelection Statement"), ("SA", "Semi-annual Statement"),
    ("QT", "Quarterly Statement"), ("SY", "Special Odd-Year Report"),
    ("SE", "Supplemental Preelection Statement - Attach Form 495"),
    ("TS", "Termination Statement (Also file a Form 410 Termination)"),
    ("AMD", "Amendment (Explain below)"),
)

PART_5 = Section(
    key="P5", title="PART 5", subtitle="Payments Made", select=("EXPN", "F450P5"),
    columns=(
        Column("DATE\nPAID", 46, Date("Expn_Date")),
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 168,
               Party("Payee")),
        Column("CODE OR DESCRIPTION\nOF PAYMENT *", 104,
               Stack((Code("Expn_Code"), TextCell("Expn_Dscr")))),
        Column("IF A CONTRIBUTION OR INDEPENDENT EXPENDITURE:\nCANDIDATE AND OFFICE, OR "
               "MEASURE,\nAND SUPPORT / OPPOSE", 124, Target()),
        Column("AMOUNT\nPAID", 64, Money("Amount"), "R", ("Amount",)),
        Column("PER ELECTION\nTO DATE\n(IF REQUIRED)", 50, PerElection(), "R"),
    ),
    legend=("* Payment codes: CMP campaign paraphernalia; CNS campaign consultants; CTB "
            "contribution; CVC civic donations; FIL candidate filing/ballot fees; FND "
            "fundraising events; IND independent expenditure;",
            "LEG legal defense; LIT campaign literature and mailings; MBR member "
            "communications; MTG meetings and appearances; OFC office expenses; PET petition "
            "circulating; PHO phone banks; POL polling and survey research;",
            "POS postage, delivery and messenger services; PRO professional services; PRT "
            "print ads; RAD radio airtime; RFD returned contributions; SAL staff salaries; TEL "
            "television or cable airtime; TRC candidate travel;",
            "TRS staff travel; TSF transfer between committees; VOT voter registration; WEB "
            "information technology costs."),
    empty_text="No payments this period.",
    summary_title="Part 5 Summary",
    summary=(
        SummaryLine("1", "Itemized payments this period (total of the entries above).",
                    ("P5", "1")),
        SummaryLine("2", "Unitemized payments of under $100 this period.", ("P5", "2")),
        SummaryLine("3", "Total payments made this period. (Add Lines 1 and 2. Enter here "
                    "and on the Summary Page, Line 4.)", ("P5", "3"), "TOTAL"),
    ),
)

FORM_495 = Section(
    key="F495", title="FORM 495", subtitle="Supplemental Preelection Campaign Statement",
    select=("F495", "F450"),
    columns=(
        Column("DATE OF ELECTION", 120, Date("Elect_Date")),
        Column("JURISDICTION OF THE ELECTION", 320, TextCell("ElectJuris")),
        Column("CONTRIBUTIONS MADE\n(6 MONTHS BEFORE - 17 DAYS BEFORE)", 116,
               Money("ContribAmt"), "R", ("ContribAmt",)),
    ),
)


def _cover_info(info: DocInfo, snap: StatementSnapshot) -> DocInfo:
    period = (*info.period, ("election date", text.date(snap.cover.get("Elect_Date"))))
    return DocInfo(info.form_number, info.form_name, info.filer_name, info.filer_id, period,
                   info.period_title, info.status, info.draft)


def _committee_type(c: Any, snap: StatementSnapshot, x: float, y: float) -> None:
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y - 10, "Type of Recipient Committee:")
    kind = (snap.cover.get("Cmtte_Type") or snap.committee.committee_type).upper()
    yy = y - 24
    for code, name, subs in COMMITTEE_TYPES:
        checkbox(c, x, yy - 1, kind == code)
        value(c, x + 10, yy, name, 7.2, bold=True)
        yy -= 10
        for sub, flag in subs:
            on = kind == code and snap.cover.get(flag).upper() == "Y"
            checkbox(c, x + 14, yy - 1, on, 5.5)
            value(c, x + 22, yy, sub, 6.6)
            yy -= 9
        yy -= 3


def _statement_type(c: Any, snap: StatementSnapshot, x: float, y: float, w: float) -> None:
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y - 10, "Type of Statement:")
    kind = (snap.stmt_type or snap.cover.get("Stmt_Type")).upper()
    fit = text.Fitter(COND, 6.8)
    yy = y - 24
    for code, name in STATEMENT_TYPES:
        on = snap.report_num > 0 if code == "AMD" else kind == code
        lines = fit.lines(name, w - 12)
        checkbox(c, x, yy - 1, on)
        for k, s in enumerate(lines):
            value(c, x + 10, yy - k * 8, s, 6.8, bold=(k == 0 and on))
        yy -= 8 * len(lines) + 3
    if snap.report_num > 0:
        reason = snap.amendment_reason or " ".join(
            snap.cover.get(f"AmendExp_{i}") for i in (1, 2, 3)).strip()
        for s in fit.lines(f"Amendment No. {snap.report_num}: {reason}", w)[:3]:
            value(c, x, yy - 2, s, 6.8)
            yy -= 8


def _stamp(c: Any, snap: StatementSnapshot, info: DocInfo, x: float, y: float, w: float,
           h: float) -> None:
    label(c, x + 4, y - 8, "Date Stamp", 6.5)
    mid = x + w / 2
    if info.draft:
        c.setFont(SANS_BOLD, 9)
        c.drawCentredString(mid, y - h / 2 + 6, "DRAFT")
        c.setFont(COND_BOLD, 7)
        c.drawCentredString(mid, y - h / 2 - 5, "NOT FILED")
    elif snap.filing_id:
        c.setFont(SANS_BOLD, 8)
        c.drawCentredString(mid, y - 40, "E-FILED")
        c.setFont(COND_BOLD, 9)
        c.drawCentredString(mid, y - 54, f"Filing ID {snap.filing_id}")
    label(c, x + 4, y - h + 5, "For Official Use Only", 6)


def _cover(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, _cover_info(info, snap), "COVER PAGE", TITLE,
                      "(Government Code Sections 84200-84217)")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    y, h, w1, w2 = CONTENT_TOP, 128.0, 250.0, 196.0
    c.rect(X0, y - h, w1, h)
    c.rect(X0 + w1, y - h, w2, h)
    c.rect(X0 + w1 + w2, y - h, X1 - X0 - w1 - w2, h)
    _committee_type(c, snap, X0 + 4, y)
    _statement_type(c, snap, X0 + w1 + 4, y, w2 - 8)
    _stamp(c, snap, info, X0 + w1 + w2, y, X1 - X0 - w1 - w2, h)
    y = committee_block(c, snap, info, y - h - 6, "Committee Information")
    verification_block(c, snap, y - 6, "Verification")
    frame.draw_footer(c, info)


def _summary(summary: Summary, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "SUMMARY PAGE", TITLE)
    frame.draw_page_number(c, number, total)
    y = title_bar(c, CONTENT_TOP, "Summary", "Totals this period")
    top = y
    amount_x = X1 - 10
    numbers = [*LINES, *(n for n in KEPT if n in summary.lines)]
    for n in numbers:
        if n in HEADINGS:
            y -= 16
            c.setFont(SANS_BOLD, 8)
            c.drawString(X0 + 6, y, HEADINGS[n])
        y -= 15
        bold = LINES.get(n, "").isupper()
        c.setFont(COND_BOLD, 8)
        c.drawString(X0 + 14, y, f"{n}.")
        words = LINES.get(n, f"Line {n} (as filed)")
        c.setFont(COND_BOLD if bold else COND, 8)
        c.drawString(X0 + 32, y, words)
        if n in HOW:
            label(c, X0 + 36 + c.stringWidth(words, COND_BOLD if bold else COND, 8), y,
                  f"({HOW[n]})", 6.5)
        c.setFont(COND_BOLD if bold else COND, 9)
        c.drawString(amount_x - 110, y, "$")
        c.drawRightString(amount_x, y, format_display(summary.a(n)))
        c.setLineWidth(0.4)
        c.line(amount_x - 112, y - 3, amount_x + 2, y - 3)
    c.setLineWidth(frame.LINE_W)
    c.rect(X0, y - 12, X1 - X0, top - y + 12)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot, summary: Summary | None = None) -> Document:
    """Lay out a Form 450 statement."""
    summary = summary if summary is not None else compute(snap)
    period = (("from", text.day(snap.period_from)), ("through", text.day(snap.period_through)))
    info = doc_info(snap, "450", "FPPC Form 450 - " + TITLE, period, "Statement covers period")
    groups = group(snap.records)
    ctx = RowContext(splits_of(groups), "F450")
    parts: list[Part] = [SinglePage(partial(_cover, snap, info), "cover"),
                         SinglePage(partial(_summary, summary, info), "summary")]
    rows = [r for r in groups.get(PART_5.select, []) if r.itemized and not r.lump]
    amounts = summary_amounts(PART_5, summary.schedules, summary.lines)
    own, other = memos(snap, PART_5.select)
    parts.append(TablePart(PART_5, rows, info, ctx, amounts, own))
    if groups.get(FORM_495.select):
        parts.append(TablePart(FORM_495, groups[FORM_495.select], info, ctx))
    if other:
        parts.append(TablePart(STATEMENT_MEMOS, [], info, ctx, (), other))
    title = f"Form 450 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
