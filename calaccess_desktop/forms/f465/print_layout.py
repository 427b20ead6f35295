"""Form 465 (Supplemental Independent Expenditure Report) printed like the FPPC form: a
cover (report type, Part 1 the filer, Part 2 the candidate or measure, Part 6 the
verification), Part 3 the expenditures with Part 4 the summary, and Part 5 the filing
officers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any

from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f465.summary import LINES, Summary, compute
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.blocks import subject_lines
from calaccess_desktop.pdf.cells import Date, Layout, Money, Party, RowContext, Text
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND
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
from calaccess_desktop.pdf.sections import Column, Section, SummaryLine, TablePart

MAX_SIGNERS = 8  # signature lines that fit on the cover


@dataclass(frozen=True)
class MailAddress:
    """A filing officer's address (CVR2 Mail_* fields), street then city line."""

    def compile(self, layout: Layout, _ctx: RowContext) -> Any:
        fields = layout.many("Mail_Adr1", "Mail_Adr2", "Mail_City", "Mail_ST", "Mail_ZIP4")

        def lines(v: Any) -> list[str]:
            adr1, adr2, city, st, zip4, _ = fields(v)
            out = [text.street(adr1, adr2)] if adr1 or adr2 else []
            return out + ([text.city_line(city, st, zip4)] if city or st or zip4 else [])

        return lines


PART_3 = Section(
    key="P3", title="PART 3", subtitle="Independent Expenditures Made",
    select=("EXPN", "F465P3"),
    columns=(
        Column("DATE", 48, Date("Expn_Date")),
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 190,
               Party("Payee")),
        Column("DESCRIPTION OF EXPENDITURE", 190, Text("Expn_Dscr")),
        Column("AMOUNT THIS\nPERIOD", 64, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE\nCALENDAR YEAR", 64, Money("Cum_YTD"), "R"),
    ),
    summary_title="PART 4 - Summary",
    summary=tuple(SummaryLine(n, words, ("P4", n), "TOTAL" if n == "3" else "")
                  for n, words in LINES),
    empty_text="No independent expenditures of $100 or more this period.",
)

PART_5 = Section(
    key="P5", title="PART 5", subtitle="Filing Officers", select=("CVR2", "F465"),
    columns=(
        Column("TITLE OF FILING OFFICER WITH WHOM THIS REPORT IS FILED", 270, Text("Title")),
        Column("ADDRESS", 286, MailAddress()),
    ),
    empty_text="No filing officer entered yet.",
)


def _part2(c: Any, y: float, g: Any) -> float:
    y = title_bar(c, y - 6, "Part 2", "  Candidate or Measure Supported or Opposed")
    lines = subject_lines(g) or ["(not entered yet)"]
    h = 14 + 11 * len(lines)
    c.rect(X0, y - h, X1 - X0, h)
    yy = y - 12
    for s in lines:
        value(c, X0 + 6, yy, text.Fitter(COND, 8.5).clip(s, 400), 8.5)
        yy -= 11
    so = g("Sup_Opp_Cd").upper()
    checkbox(c, X1 - 120, y - 14, so == "S")
    label(c, X1 - 110, y - 13, "SUPPORT", 6.5)
    checkbox(c, X1 - 60, y - 14, so == "O")
    label(c, X1 - 50, y - 13, "OPPOSE", 6.5)
    return y - h


def _part6(c: Any, y: float, signers: list[SnapRecord]) -> None:
    y = title_bar(c, y - 6, "Part 6", "  Verification")
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(VERIFICATION, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    shown = signers[:MAX_SIGNERS]
    for signer in shown or [None]:  # type: ignore[list-item]
        yy -= 22
        label(c, X0 + 5, yy, "Executed on", 6.5)
        c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
        label(c, X0 + 128, yy, "By", 6.5)
        c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
        label(c, X0 + 140, yy - 8, "Signature of Filer, Treasurer or Responsible Officer", 5.6)
        c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
        label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
        if signer is not None:
            value(c, X0 + 44, yy + 1.5, text.date(signer.get("Sig_Date")), 8)
            value(c, X0 + 402, yy + 1.5,
                  text.person(signer.get("Sig_NamL"), signer.get("Sig_NamF")), 8)
    if len(signers) > len(shown):
        yy -= 18
        value(c, X0 + 5, yy, f"... and {len(signers) - len(shown)} more signers.", 7.2)
    c.rect(X0, yy - 16, X1 - X0, top - yy + 16)


def _cover(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "INDEPENDENT EXPENDITURES",
                      "Supplemental Independent Expenditure Report",
                      "(Government Code Section 84203.5)")
    frame.draw_page_number(c, number, total)
    g = snap.cover.get
    c.setLineWidth(frame.LINE_W)
    y = title_bar(c, CONTENT_TOP, "Report")
    kind = "Original report"
    if snap.report_num > 0:
        kind = (f"Amendment No. {snap.report_num} - amends Filing ID "
                f"{snap.original_filing_id or '(original not yet filed)'}")
    y = cells(c, y, [(120, "REPORT NO.", g("Rpt_ID_Num") or str(snap.statement_id)),
                     (180, "PERIOD COVERED", f"{text.date(g('From_Date'))} through "
                      f"{text.date(g('Thru_Date'))}"),
                     (0, "TYPE OF REPORT", kind)])
    if snap.report_num > 0:
        reason = snap.amendment_reason or " ".join(g(f"AmendExp_{i}") for i in (1, 2, 3))
        y = cells(c, y, [(0, "EXPLANATION OF AMENDMENT", reason.strip())])
    y = title_bar(c, y - 6, "Part 1", "  Filer Information")
    y = cells(c, y, [(110, "I.D. NUMBER", info.filer_id or "Not Yet Received"),
                     (0, "NAME OF FILER", info.filer_name)])
    y = address(c, y, "STREET ADDRESS", text.street(g("Filer_Adr1"), g("Filer_Adr2")),
                g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"), g("Filer_Phon"))
    y = cells(c, y, [(180, "DATE OF ELECTION", text.date(g("Elect_Date"))),
                     (0, "OPTIONAL: E-MAIL ADDRESS", g("File_Email"))])
    y = _part2(c, y, g)
    _part6(c, y, [r for r in snap.records if r.rec_type == "CVR3"])
    frame.draw_footer(c, info)


def _rows(snap: StatementSnapshot, sec: Section) -> list[SnapRecord]:
    return [r for r in snap.records if (r.rec_type, r.form_type) == sec.select
            and r.itemized and not r.lump]


def build(snap: StatementSnapshot, summary: Summary | None = None) -> Document:
    """Lay out a Form 465 report (Part 4 is computed when not given)."""
    g = snap.cover.get
    summary = summary if isinstance(summary, Summary) else compute(snap)
    period = (("from", text.date(g("From_Date"))), ("through", text.date(g("Thru_Date"))))
    info = doc_info(snap, "465", "FPPC Form 465 - Supplemental Independent Expenditure "
                    "Report", period, "Period")
    ctx = RowContext({}, "F465")
    amounts = [summary.line(n) for n, _words in LINES]
    parts: list[Part] = [SinglePage(partial(_cover, snap, info), "cover"),
                         TablePart(PART_3, _rows(snap, PART_3), info, ctx, amounts),
                         TablePart(PART_5, _rows(snap, PART_5), info, ctx)]
    title = f"Form 465 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
