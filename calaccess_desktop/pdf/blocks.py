"""Cover blocks several forms print alike, from CAL cover fields alone: the report box
of a 24-hour report (number, date, original or amendment), its filer information, and
the candidate or measure a report is about."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.pdf import text
from calaccess_desktop.pdf.frame import DocInfo, address, cells, title_bar

Get = Callable[[str], str]


def subject_lines(g: Get) -> list[str]:
    """The candidate (office, district) or the measure (number, jurisdiction)."""
    out = []
    if name := text.person(g("Cand_NamL"), g("Cand_NamF"), g("Cand_NamT"), g("Cand_NamS")):
        office = g("Offic_Dscr") or codes("office").get(g("Office_Cd").upper(), g("Office_Cd"))
        where = g("Juris_Dscr") or codes("jurisdiction").get(g("Juris_Cd").upper(), "")
        district = f", District {g('Dist_No')}" if g("Dist_No") else ""
        out.append(f"Candidate: {name}")
        if office or where:
            out.append(f"Office: {office}{district}{' - ' + where if where else ''}")
    if g("Bal_Name") or g("Bal_Num"):
        num = f"Measure {g('Bal_Num')}: " if g("Bal_Num") else "Measure: "
        out.append(num + g("Bal_Name"))
        if g("Bal_Juris"):
            out.append(f"Jurisdiction: {g('Bal_Juris')}")
    return out


def report_box(c: Any, y: float, snap: StatementSnapshot) -> float:
    """'Report': number, date of this filing, original or amendment (with its reason)."""
    g = snap.cover.get
    y = title_bar(c, y, "Report")
    kind = "Original report"
    if snap.report_num > 0:
        kind = (f"Amendment No. {snap.report_num} - amends report no. "
                f"{g('Rpt_ID_Num') or snap.statement_id}, Filing ID "
                f"{snap.original_filing_id or '(original not yet filed)'}")
    y = cells(c, y, [(150, "REPORT NO.", g("Rpt_ID_Num") or str(snap.statement_id)),
                     (110, "DATE OF THIS FILING", text.date(g("Rpt_Date"))),
                     (0, "TYPE OF REPORT", kind)])
    if snap.report_num > 0:
        reason = snap.amendment_reason or " ".join(g(f"AmendExp_{i}") for i in (1, 2, 3))
        y = cells(c, y, [(0, "EXPLANATION OF AMENDMENT", reason.strip())])
    return y


def filer_box(c: Any, y: float, info: DocInfo, g: Get, election: str) -> float:
    """'Filer Information': ID, name, address and phone, election date (``election`` is
    its label), e-mail."""
    y = title_bar(c, y - 6, "Filer Information")
    y = cells(c, y, [(110, "I.D. NUMBER", info.filer_id or "Not Yet Received"),
                     (0, "NAME OF FILER", info.filer_name)])
    y = address(c, y, "STREET ADDRESS", text.street(g("Filer_Adr1"), g("Filer_Adr2")),
                g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"), g("Filer_Phon"))
    return cells(c, y, [(180, election, text.date(g("Elect_Date"))),
                        (0, "OPTIONAL: E-MAIL ADDRESS", g("File_Email"))])
