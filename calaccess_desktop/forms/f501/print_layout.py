"""Form 501 printed like the FPPC form: Part 1 candidate, Part 2 voluntary expenditure
ceiling (state legislative and statewide offices only), Part 3 verification, and a
plain note that the form is filed on paper."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f410.print_boxes import boxes, paragraph, signature
from calaccess_desktop.forms.f501 import fields
from calaccess_desktop.forms.f501.spec import FILING
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.document import Document, SinglePage, doc_info
from calaccess_desktop.pdf.frame import CONTENT_TOP, DocInfo, address, cells, title_bar

ACCEPT = ("I accept the voluntary expenditure ceiling for the election(s) stated above.")
REJECT = ("I do not accept the voluntary expenditure ceiling for the election(s) stated "
          "above.")
UNDER = ("I do not intend to receive contributions or make expenditures totaling $2,000 "
         "or more in the calendar year; if I do, I will amend this statement within 48 "
         "hours (GC 85200(b)).")


def _page(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    v = fields.read(snap.cover.values)
    g = v.get
    frame.draw_header(c, info, "CANDIDATE INTENTION", "Statement",
                      "(Government Code Section 85200)")
    frame.draw_page_number(c, number, total)
    y = title_bar(c, CONTENT_TOP, "Part 1. Candidate Information")
    y = cells(c, y, [(0, "NAME OF CANDIDATE", text.person(g("Cand_NamL", ""),
                                                           g("Cand_NamF", ""),
                                                           g("Cand_NamT", ""),
                                                           g("Cand_NamS", "")))])
    y = address(c, y, "STREET ADDRESS (NO P.O. BOX)", text.street(g("Cand_Adr1", ""),
                                                                  g("Cand_Adr2", "")),
                g("Cand_City", ""), g("Cand_ST", ""), g("Cand_ZIP4", ""),
                g("Cand_Phon", ""))
    y = cells(c, y, [(200, "OFFICE TITLE", g("Office", "")),
                     (0, "AGENCY NAME", g("Agency", ""))])
    y = cells(c, y, [(90, "DISTRICT NO. (IF APPLICABLE)", g("Dist_No", "")),
                     (180, "PARTY PREFERENCE (PARTISAN OFFICES)", g("Party", "")),
                     (100, "YEAR OF ELECTION", g("Elect_Year", "")),
                     (0, "DATE OF ELECTION", text.date(g("Elect_Date", "")))])
    juris = g("Juris", "")
    y = boxes(c, y, [(word, juris == word) for word in
                     ("State", "County", "City", "Multi-county", "Other")])
    if g("Juris_Dscr"):
        y = cells(c, y, [(0, "JURISDICTION", g("Juris_Dscr", ""))])
    if g("Under_2000") == "Y":
        y = paragraph(c, y, "[X] " + UNDER, 7.4)
    y = title_bar(c, y - 6, "Part 2. Voluntary Expenditure Ceiling",
                  "(State Senate, Assembly and statewide candidates only)")
    if fields.vec_applies(v):
        y = boxes(c, y, [(ACCEPT, g("VEC") == "A")], width=1)
        y = boxes(c, y, [(REJECT, g("VEC") == "R")], width=1)
    else:
        y = paragraph(c, y, "Does not apply to this office (not a state legislative or "
                      "statewide office).", 7.4)
    y = title_bar(c, y - 6, "Part 3. Verification")
    y = paragraph(c, y, "I certify under penalty of perjury under the laws of the State of "
                  "California that the foregoing is true and correct.")
    y = signature(c, y, "Candidate", text.person(g("Cand_NamL", ""), g("Cand_NamF", "")),
                  text.date(g("Sig_Date", "")), g("Sig_Loc", ""))
    y = title_bar(c, y - 10, "How this form is filed")
    paragraph(c, y, FILING, 7.6)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot) -> Document:
    """Lay out a Form 501."""
    v = fields.read(snap.cover.values)
    period = (("election", text.date(v.get("Elect_Date", "")) or v.get("Elect_Year", "")),
              ("office", v.get("Office", "")[:18]))
    info = doc_info(snap, "501", "FPPC Form 501 - Candidate Intention Statement", period,
                    "Election")
    name = text.person(v.get("Cand_NamL", ""), v.get("Cand_NamF", ""))
    info = DocInfo(info.form_number, info.form_name, name or info.filer_name, info.filer_id,
                   info.period, info.period_title, info.status, info.draft)
    title = f"Form 501 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document([SinglePage(partial(_page, snap, info), "cover")], info, title)
