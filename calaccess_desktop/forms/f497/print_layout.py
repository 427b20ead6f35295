"""Form 497 (24-Hour/10-Day Contribution Report) printed: a cover, then Part 1
(contributions received) and Part 2 (contributions made) as itemized tables."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.blocks import filer_box, report_box
from calaccess_desktop.pdf.cells import Code, Date, Money, Party, RowContext, Target, Work
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import (
    CONTENT_TOP,
    VERIFICATION,
    X0,
    X1,
    DocInfo,
    label,
    title_bar,
    value,
)
from calaccess_desktop.pdf.sections import Column, Section, TablePart

_FULL_NAME = ("FULL NAME, STREET ADDRESS AND ZIP CODE OF {who}\n"
              "(IF COMMITTEE, ALSO ENTER I.D. NUMBER)")

PART_1 = Section(
    key="P1", title="PART 1", subtitle="Contributions Received", select=("S497", "F497P1"),
    columns=(
        Column("DATE\nRECEIVED", 48, Date("Ctrib_Date")),
        Column(_FULL_NAME.format(who="CONTRIBUTOR"), 200, Party("Enty")),
        Column("CONTRIB-\nUTOR\nCODE *", 40, Code("Entity_Cd"), "C"),
        Column("IF AN INDIVIDUAL, ENTER EMPLOYER AND\nOCCUPATION (IF SELF-EMPLOYED, ENTER\n"
               "NAME OF BUSINESS)", 180, Work("Ctrib_Emp", "Ctrib_Occ", "Ctrib_Self")),
        Column("AMOUNT\nRECEIVED", 88, Money("Amount"), "R", ("Amount",)),
    ),
    legend=("*Contributor Codes: IND - Individual;  COM - Recipient Committee (other than PTY or "
            "SCC);  OTH - Other (e.g., business entity);  PTY - Political Party;  SCC - Small "
            "Contributor Committee",),
)

PART_2 = Section(
    key="P2", title="PART 2", subtitle="Contributions Made", select=("S497", "F497P2"),
    columns=(
        Column("DATE\nMADE", 48, Date("Ctrib_Date")),
        Column("NAME AND ADDRESS OF RECIPIENT\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 190,
               Party("Enty")),
        Column("CANDIDATE AND OFFICE SOUGHT OR HELD\nOR BALLOT MEASURE NUMBER OR LETTER\n"
               "AND JURISDICTION", 170, Target()),
        Column("AMOUNT", 80, Money("Amount"), "R", ("Amount",)),
        Column("DATE OF\nELECTION", 68, Date("Elec_Date")),
    ),
)


def _cover(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "CONTRIBUTION REPORT", "24-Hour/10-Day Report",
                      "(Government Code Sections 84203, 84203.3, 84204)")
    frame.draw_page_number(c, number, total)
    g = snap.cover.get
    c.setLineWidth(frame.LINE_W)
    y = report_box(c, CONTENT_TOP, snap)
    y = filer_box(c, y, info, snap.cover.get, "DATE OF ELECTION (IF APPLICABLE)")
    y = title_bar(c, y - 6, "Verification")
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(VERIFICATION, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    signer = next((r for r in snap.records if r.rec_type == "CVR3"), None)
    yy -= 20
    label(c, X0 + 5, yy, "Executed on", 6.5)
    if signer is not None:
        value(c, X0 + 44, yy + 1.5, text.date(signer.get("Sig_Date")), 8)
    c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
    label(c, X0 + 128, yy, "By", 6.5)
    c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
    label(c, X0 + 140, yy - 8, "Signature of Filer, Treasurer, Candidate or Responsible Officer",
          5.6)
    c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
    name = (text.person(signer.get("Sig_NamL"), signer.get("Sig_NamF")) if signer is not None
            else text.person(g("Tres_NamL"), g("Tres_NamF")))
    value(c, X0 + 402, yy + 1.5, name, 8)
    label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
    c.rect(X0, yy - 16, X1 - X0, top - yy + 16)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot) -> Document:
    """Lay out a Form 497 report."""
    g = snap.cover.get
    period = (("report no.", g("Rpt_ID_Num") or str(snap.statement_id)),
              ("election", text.date(g("Elect_Date"))))
    info = doc_info(snap, "497", "FPPC Form 497 - 24-Hour/10-Day Contribution Report", period,
                    "Report")
    ctx = RowContext({}, "F497")
    parts: list[Part] = [SinglePage(partial(_cover, snap, info), "cover")]
    for sec in (PART_1, PART_2):
        rows = [r for r in snap.records if (r.rec_type, r.form_type) == sec.select
                and r.itemized and not r.lump]
        if rows:
            parts.append(TablePart(sec, rows, info, ctx))
    title = f"Form 497 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
