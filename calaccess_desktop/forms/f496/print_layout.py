"""Form 496 (24-Hour/10-Day Independent Expenditure Report) printed like the FPPC form:
a cover (report number and type, filer, Part 1 the candidate or measure, verification),
Part 2 the expenditures with this report's total and the cumulative total, and Part 3
the contributions of $100 or more received."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.money import Cents
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.blocks import filer_box, report_box, subject_lines
from calaccess_desktop.pdf.cells import Code, Date, Money, Party, RowContext, Text, Work
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import (
    CONTENT_TOP,
    VERIFICATION,
    X0,
    X1,
    DocInfo,
    checkbox,
    label,
    title_bar,
    value,
)
from calaccess_desktop.pdf.sections import Column, Section, SummaryLine, TablePart

PART_2 = Section(
    key="P2", title="PART 2", subtitle="Independent Expenditures Made",
    select=("S496", "F496"),
    columns=(
        Column("DATE MADE OR\nDISSEMINATED", 70, Date("Exp_Date")),
        Column("DATE THROUGH\n(IF A RANGE)", 62, Date("Date_Thru")),
        Column("DESCRIPTION OF EXPENDITURE\n(e.g., mailer, radio ad, digital ad)", 332,
               Text("Expn_Dscr")),
        Column("AMOUNT", 92, Money("Amount"), "R", ("Amount",)),
    ),
    mark=2,  # memo notes go under the description
    summary_title="Totals",
    summary=(SummaryLine("1", "Total independent expenditures on this report",
                         ("P2", "1")),
             SummaryLine("2", "Cumulative independent expenditures for this candidate or "
                         "measure in this election, including this report", ("P2", "2"),
                         "TOTAL")),
)

PART_3 = Section(
    key="P3", title="PART 3", subtitle="Contributions of $100 or More Received",
    select=("RCPT", "F496P3"),
    columns=(
        Column("DATE\nRECEIVED", 48, Date("Rcpt_Date")),
        Column("FULL NAME, STREET ADDRESS AND ZIP CODE OF CONTRIBUTOR\n"
               "(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 198, Party("Ctrib")),
        Column("CODE *", 34, Code("Entity_Cd"), "C"),
        Column("IF AN INDIVIDUAL, ENTER EMPLOYER AND\nOCCUPATION (IF SELF-EMPLOYED, ENTER\n"
               "NAME OF BUSINESS)", 156, Work("Ctrib_Emp", "Ctrib_Occ", "Ctrib_Self")),
        Column("AMOUNT\nRECEIVED", 60, Money("Amount"), "R", ("Amount",)),
        Column("CUMULATIVE\nTO DATE", 60, Money("Cum_YTD"), "R"),
    ),
    legend=("*Contributor Codes: IND - Individual;  COM - Recipient Committee (other than PTY or "
            "SCC);  OTH - Other (e.g., business entity);  PTY - Political Party;  SCC - Small "
            "Contributor Committee",),
    empty_text="No contributions of $100 or more received in the period of this report.",
)


def _subject_box(c: Any, y: float, g: Any) -> float:
    y = title_bar(c, y - 6, "Part 1", "  Candidate or Measure Supported or Opposed "
                  "(one candidate or measure per report)")
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


def _verification(c: Any, y: float, snap: StatementSnapshot) -> None:
    y = title_bar(c, y - 6, "Verification")
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(VERIFICATION, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    signer = next((r for r in snap.records if r.rec_type == "CVR3"), None)
    yy -= 20
    label(c, X0 + 5, yy, "Executed on", 6.5)
    c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
    if signer is not None:
        value(c, X0 + 44, yy + 1.5, text.date(signer.get("Sig_Date")), 8)
    label(c, X0 + 128, yy, "By", 6.5)
    c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
    label(c, X0 + 140, yy - 8, "Signature of Filer, Treasurer, Candidate or Responsible Officer",
          5.6)
    c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
    name = (text.person(signer.get("Sig_NamL"), signer.get("Sig_NamF")) if signer is not None
            else text.person(snap.cover.get("Tres_NamL"), snap.cover.get("Tres_NamF")))
    value(c, X0 + 402, yy + 1.5, name, 8)
    label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
    c.rect(X0, yy - 16, X1 - X0, top - yy + 16)


def _cover(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "INDEPENDENT EXPENDITURE REPORT", "24-Hour/10-Day Report",
                      "(Government Code Sections 84204, 84204.1)")
    frame.draw_page_number(c, number, total)
    g = snap.cover.get
    c.setLineWidth(frame.LINE_W)
    y = report_box(c, CONTENT_TOP, snap)
    y = filer_box(c, y, info, g, "DATE OF ELECTION")
    y = _subject_box(c, y, g)
    _verification(c, y, snap)
    frame.draw_footer(c, info)


def _rows(snap: StatementSnapshot, sec: Section) -> list[SnapRecord]:
    return [r for r in snap.records if (r.rec_type, r.form_type) == sec.select
            and r.itemized and not r.lump]


def totals(snap: StatementSnapshot, before: Cents = 0) -> tuple[Cents, Cents]:
    """(this report's independent expenditures, cumulative for the subject in this
    election): ``before`` is what the committee's earlier reports on it showed."""
    own = sum(r.cents("Amount") for r in _rows(snap, PART_2) if not r.is_memo)
    return own, before + own


def earlier(snap: StatementSnapshot) -> Cents:
    """The committee's earlier reports about this report's candidate or measure in this
    election, through this report's last expenditure (``snap.late_reported`` holds their
    lines: Form 496's snapshot_extras)."""
    from calaccess_desktop.forms.f496.reported import cumulative_before
    from calaccess_desktop.forms.f496.subject import subject_key

    days = [d for r in _rows(snap, PART_2) if (d := r.date("Exp_Date")) is not None]
    return cumulative_before(snap.late_reported, subject_key(snap.cover.get),
                             max(days, default=None))


def build(snap: StatementSnapshot) -> Document:
    """Lay out a Form 496 report."""
    g = snap.cover.get
    period = (("report no.", g("Rpt_ID_Num") or str(snap.statement_id)),
              ("election", text.date(g("Elect_Date"))))
    info = doc_info(snap, "496", "FPPC Form 496 - 24-Hour/10-Day Independent Expenditure "
                    "Report", period, "Report")
    own, cumulative = totals(snap, earlier(snap))
    ctx = RowContext({}, "F496")
    parts: list[Part] = [SinglePage(partial(_cover, snap, info), "cover"),
                         TablePart(PART_2, _rows(snap, PART_2), info, ctx, (own, cumulative))]
    parts.append(TablePart(PART_3, _rows(snap, PART_3), info, ctx))
    title = f"Form 496 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
