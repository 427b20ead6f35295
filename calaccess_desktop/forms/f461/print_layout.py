"""Form 461 printed like the FPPC form: page 1 with Part 1 (name and address of filer),
Part 2 (nature and interests), Part 3 (summary) and Part 4 (verification); then Part 5
(contributions and independent expenditures made) as an itemized table."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.money import format_display
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f450.print_blocks import STATEMENT_MEMOS, memos
from calaccess_desktop.forms.f461.summary import HOW, LINES, Summary, compute
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.cells import CodeName, Date, Money, Party, RowContext, Target
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND, COND_BOLD
from calaccess_desktop.pdf.frame import (
    CONTENT_TOP,
    VERIFICATION,
    X0,
    X1,
    DocInfo,
    address,
    cells,
    checkbox,
    label,
    title_bar,
    value,
)
from calaccess_desktop.pdf.sections import Column, Section, TablePart, group

TITLE = "Major Donor and Independent Expenditure Committee Campaign Statement"
PAYMENT_TYPES = (("MON", "Monetary contribution"), ("IKD", "Nonmonetary contribution"),
                 ("LON", "Loan"), ("IND", "Independent expenditure"),
                 ("CTB", "Contribution"))

PART_5 = Section(
    key="P5", title="PART 5", subtitle="Contributions (Including Loans, Forgiveness of "
    "Loans, and Loan Guarantees) and Expenditures Made", select=("EXPN", "F461P5"),
    columns=(
        Column("DATE", 46, Date("Expn_Date")),
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 160,
               Party("Payee")),
        Column("TYPE OF\nPAYMENT", 70, CodeName("Expn_Code", PAYMENT_TYPES)),
        Column("NAME OF CANDIDATE AND OFFICE, OR\nMEASURE NUMBER OR LETTER AND\n"
               "JURISDICTION, OR COMMITTEE;\nSUPPORT / OPPOSE", 146, Target()),
        Column("AMOUNT", 64, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE TO\nDATE (CALENDAR\nYEAR)", 70, Money("Cum_YTD"), "R"),
    ),
    legend=("Itemize each candidate, committee or measure that received $100 or more from "
            "the filer in the calendar year; smaller amounts are on Part 3, Line 2.",),
    empty_text="No contributions or independent expenditures itemized this period.",
)

NATURE = (
    ("EmplBus_CB", "Individual - name of employer / business and its address; business "
     "interest", ("Bus_Name", "Bus_Adr1", "Bus_City", "Bus_ST", "Bus_ZIP4", "Bus_Inter")),
    ("BusAct_CB", "Business entity - specific description of business activity",
     ("BusActvity",)),
    ("Assoc_CB", "Association - specific description of interests", ("Assoc_Int",)),
    ("Other_CB", "Other - specific description of the common economic interest",
     ("Other_Int",)),
)


def _filer(c: Any, snap: StatementSnapshot, info: DocInfo, y: float) -> float:
    g = snap.cover.get
    y = title_bar(c, y, "Part 1. Name and Address of Filer")
    y = cells(c, y, [(110, "I.D. NUMBER", info.filer_id or "Not Yet Received"),
                     (0, "NAME OF FILER", info.filer_name)])
    y = address(c, y, "STREET ADDRESS", text.street(g("Filer_Adr1"), g("Filer_Adr2")),
                g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"), g("Filer_Phon"))
    y = address(c, y, "MAILING ADDRESS (IF DIFFERENT)", text.street(g("Mail_Adr1"),
                g("Mail_Adr2")), g("Mail_City"), g("Mail_ST"), g("Mail_ZIP4"), "")
    return cells(c, y, [(280, "IF AN ENTITY, NAME OF RESPONSIBLE OFFICER", text.person(
        g("Tres_NamL"), g("Tres_NamF"), g("Tres_NamT"), g("Tres_NamS"))),
        (0, "OPTIONAL: FAX / E-MAIL ADDRESS",
         " / ".join(x for x in (g("Filer_FAX"), g("File_Email")) if x))])


def _nature(c: Any, snap: StatementSnapshot, y: float) -> float:
    g = snap.cover.get
    y = title_bar(c, y, "Part 2. Nature and Interests of Filer", "(check one)")
    top = y
    fit = text.Fitter(COND, 8)
    for box, words, fields in NATURE:
        y -= 12
        on = g(box).upper() == "X"
        checkbox(c, X0 + 6, y - 1, on)
        value(c, X0 + 16, y, words, 7.4, bold=on)
        if box == "EmplBus_CB":
            detail = ", ".join(x for x in (g("Bus_Name"), text.street(g("Bus_Adr1"),
                               g("Bus_Adr2")), text.city_line(g("Bus_City"), g("Bus_ST"),
                               g("Bus_ZIP4"))) if x.strip())
            if g("Bus_Inter"):
                detail += f"; interest: {g('Bus_Inter')}"
        else:
            detail = g(fields[0])
        if detail:
            y -= 10
            value(c, X0 + 24, y, fit.clip(detail, X1 - X0 - 32), 8)
    c.rect(X0, y - 5, X1 - X0, top - y + 5)
    return y - 5


def _summary(c: Any, summary: Summary, y: float) -> float:
    y = title_bar(c, y, "Part 3. Summary")
    top = y
    fit = text.Fitter(COND, 7.6)
    amount_x = X1 - 8
    for n, words in LINES.items():
        lines = fit.lines(words + (f" ({HOW[n]})" if n in HOW else ""), X1 - X0 - 170)
        y -= 11
        bold = words.startswith("TOTAL")
        c.setFont(COND_BOLD, 7.6)
        c.drawString(X0 + 6, y, f"{n}.")
        for k, s in enumerate(lines):
            value(c, X0 + 18, y - 9 * k, s, 7.6, bold=bold and k == 0)
        last = y - 9 * (len(lines) - 1)
        c.setFont(COND_BOLD if bold else COND, 8.6)
        c.drawString(amount_x - 100, last, "$")
        c.drawRightString(amount_x, last, format_display(summary.a(n)))
        c.setLineWidth(0.4)
        c.line(amount_x - 102, last - 3, amount_x + 2, last - 3)
        y = last - 3
    c.setLineWidth(frame.LINE_W)
    c.rect(X0, y - 5, X1 - X0, top - y + 5)
    return y - 5


def _verification(c: Any, snap: StatementSnapshot, y: float) -> None:
    y = title_bar(c, y, "Part 4. Verification")
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(VERIFICATION, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    rec = next((r for r in snap.records if r.rec_type == "CVR3"), None)
    name = text.person(rec.get("Sig_NamL"), rec.get("Sig_NamF")) if rec is not None else ""
    when = text.date(rec.get("Sig_Date")) if rec is not None else ""
    yy -= 22
    label(c, X0 + 5, yy, "Executed on", 6.5)
    c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
    if when:
        value(c, X0 + 46, yy + 1.5, when, 8)
    label(c, X0 + 128, yy, "By", 6.5)
    c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
    label(c, X0 + 140, yy - 8, "Signature of Individual Donor, or Responsible Officer if "
          "Filer is an Entity", 5.6)
    c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
    if name:
        value(c, X0 + 402, yy + 1.5, name, 8)
    label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
    c.rect(X0, yy - 14, X1 - X0, top - yy + 14)


def _page_one(snap: StatementSnapshot, summary: Summary, info: DocInfo, c: Any, number: int,
              total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "FORM 461", TITLE, "(Government Code Sections 84200-84217)")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    y = CONTENT_TOP
    if snap.report_num > 0:
        reason = snap.amendment_reason or " ".join(
            snap.cover.get(f"AmendExp_{i}") for i in (1, 2, 3)).strip()
        y = cells(c, y, [(0, f"AMENDMENT No. {snap.report_num} - EXPLANATION", reason)])
        y -= 4
    y = _filer(c, snap, info, y)
    y = _nature(c, snap, y - 6)
    y = _summary(c, summary, y - 6)
    _verification(c, snap, y - 6)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot, summary: Summary | None = None) -> Document:
    """Lay out a Form 461 statement."""
    summary = summary if summary is not None else compute(snap)
    period = (("from", text.day(snap.period_from)), ("through", text.day(snap.period_through)))
    info = doc_info(snap, "461", "FPPC Form 461 - " + TITLE, period, "Statement covers period")
    rows = [r for r in group(snap.records).get(PART_5.select, []) if r.itemized and not r.lump]
    ctx = RowContext({}, "F461")
    own, other = memos(snap, PART_5.select)
    parts: list[Part] = [SinglePage(partial(_page_one, snap, summary, info), "cover"),
                         TablePart(PART_5, rows, info, ctx, (), own)]
    if other:
        parts.append(TablePart(STATEMENT_MEMOS, [], info, ctx, (), other))
    title = f"Form 461 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
