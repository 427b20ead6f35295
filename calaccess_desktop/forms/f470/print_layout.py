"""Form 470 (and the Supplement) printed like the FPPC form: the calendar year, the
candidate and office, the statement that no controlled committee exists and that less
than $2,000 is received and spent (or, for the Supplement, the day it was reached), and
the verification."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f410.print_boxes import boxes, paragraph, signature, signers
from calaccess_desktop.forms.f470.spec import NOTE_2026
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.document import Document, SinglePage, doc_info
from calaccess_desktop.pdf.frame import CONTENT_TOP, DocInfo, address, cells, title_bar

STATEMENT = ("I have no controlled committee and I do not anticipate receiving contributions "
             "totaling $2,000 or more or making expenditures totaling $2,000 or more during "
             "the calendar year (personal funds spent on the filing fee and statement of "
             "qualifications do not count).")
SUPPLEMENT = ("I have received contributions (including loans and personal funds) or made "
              "expenditures totaling $2,000 or more on the date given above. This Supplement "
              "is filed within 48 hours with my filing officer and the Secretary of State and "
              "sent to each other candidate for the same office; a Form 410 follows within "
              "10 days.")


def _page(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    g = snap.cover.get
    supplement = bool(g("Date_1000"))
    frame.draw_header(c, info, "OFFICEHOLDER AND CANDIDATE",
                      "Campaign Statement - Short Form" + (" - SUPPLEMENT" if supplement
                                                           else ""),
                      "(Government Code Sections 84200, 84206)")
    frame.draw_page_number(c, number, total)
    year = str(snap.period_from.year) if snap.period_from else ""
    y = title_bar(c, CONTENT_TOP, "Statement", f"calendar year {year}")
    y = boxes(c, y, [("Form 470 (short form)", not supplement),
                     ("470 Supplement", supplement),
                     (f"Amendment No. {snap.report_num}" if snap.report_num else "Amendment",
                      snap.report_num > 0)])
    y = cells(c, y, [(160, "DATE OF GENERAL ELECTION", text.date(g("Elect_Date"))),
                     (180, "DATE $2,000 WAS REACHED (SUPPLEMENT)", text.date(g("Date_1000"))),
                     (0, "I.D. NUMBER (IF ANY)", g("Filer_ID") or "None")])
    y = title_bar(c, y - 6, "Candidate or Officeholder")
    y = cells(c, y, [(0, "NAME OF CANDIDATE OR OFFICEHOLDER",
                      text.person(g("Filer_NamL"), g("Filer_NamF"), g("Filer_NamT"),
                                  g("Filer_NamS")))])
    y = address(c, y, "RESIDENTIAL/BUSINESS ADDRESS", text.street(g("Cand_Adr1"),
                                                                  g("Cand_Adr2")),
                g("Cand_City"), g("Cand_ST"), g("Cand_ZIP4"), g("Cand_Phon"))
    office = g("Offic_Dscr") or codes("office").get(g("Office_Cd").upper(), g("Office_Cd"))
    juris = g("Juris_Dscr") or codes("jurisdiction").get(g("Juris_Cd").upper(), "")
    held = {"S": "Sought", "H": "Held"}.get(g("Off_S_H_Cd").upper(), "")
    y = cells(c, y, [(200, "OFFICE", office), (70, "SOUGHT/HELD", held),
                     (70, "DISTRICT NO.", g("Dist_No")), (0, "JURISDICTION", juris)])
    y = title_bar(c, y - 6, "Supplement" if supplement else "Candidate's Statement")
    y = paragraph(c, y, SUPPLEMENT if supplement else STATEMENT, 7.6)
    y = title_bar(c, y - 6, "Verification")
    y = paragraph(c, y, "I have used all reasonable diligence in preparing this statement. "
                  "I certify under penalty of perjury under the laws of the State of "
                  "California that the foregoing is true and correct.")
    who = signers(snap.records).get("CAO") or (
        text.person(g("Filer_NamL"), g("Filer_NamF")), "", "")
    y = signature(c, y, "Candidate or Officeholder", *who)
    y = title_bar(c, y - 10, "Note for 2026")
    paragraph(c, y, NOTE_2026, 7)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot) -> Document:
    """Lay out a Form 470."""
    year = str(snap.period_from.year) if snap.period_from else ""
    period = (("year", year), ("election", text.day(snap.election_date)))
    info = doc_info(snap, "470", "FPPC Form 470 - Officeholder and Candidate Campaign "
                    "Statement, Short Form", period, "Calendar year")
    title = f"Form 470 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document([SinglePage(partial(_page, snap, info), "cover")], info, title)
