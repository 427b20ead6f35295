"""Form 410 printed like the FPPC form: page 1 with Parts 1-4 (type of statement,
committee, treasurer and principal officers, verification), page 2 with Parts 5-6
(bank account, type of committee and the candidates, measures or sponsor)."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f410.from_profile import kind_of
from calaccess_desktop.forms.f410.print_boxes import boxes, paragraph, signature, signers
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.document import Document, SinglePage, doc_info
from calaccess_desktop.pdf.frame import CONTENT_TOP, DocInfo, address, cells, title_bar

TITLE = "STATEMENT OF ORGANIZATION"
SUBTITLE = "Recipient Committee"
NOTE = "(Government Code Sections 84101, 84102, 84103)"


def _names(snap: StatementSnapshot, item: str) -> list[SnapRecord]:
    return [r for r in snap.records if r.rec_type == "CVR2" and r.get("Item_Cd").upper() == item]


def _office(r: SnapRecord) -> str:
    office = r.get("Offic_Dscr") or codes("office").get(r.get("Office_Cd").upper(), "")
    where = r.get("Juris_Dscr") or codes("jurisdiction").get(r.get("Juris_Cd").upper(), "")
    district = f"District {r.get('Dist_No')}" if r.get("Dist_No") else ""
    held = {"S": "sought", "H": "held"}.get(r.get("Off_S_H_Cd").upper(), "")
    return ", ".join(p for p in (office + (f" ({held})" if held else ""), district, where) if p)


def _page1(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, TITLE, SUBTITLE, NOTE)
    frame.draw_page_number(c, number, total)
    g = snap.cover.get
    kind = kind_of(snap.report_num, {"Term_Date": g("Term_Date")})
    y = title_bar(c, CONTENT_TOP, "1. Type of Statement")
    y = boxes(c, y, [("Initial", kind == "initial"),
                     (f"Amendment No. {snap.report_num}" if snap.report_num else "Amendment",
                      kind == "amendment"),
                     ("Termination - see Part 4", kind == "termination"),
                     ("Not yet qualified", not g("Qualfy_Dt"))])
    y = cells(c, y, [(140, "DATE QUALIFIED AS COMMITTEE", text.date(g("Qualfy_Dt"))),
                     (140, "TERMINATION DATE", text.date(g("Term_Date"))),
                     (0, "I.D. NUMBER", g("Filer_ID") or "Not Yet Received")])
    if snap.report_num and snap.amendment_reason:
        y = paragraph(c, y, f"Amendment: {snap.amendment_reason}")
    y = title_bar(c, y - 6, "2. Committee Information")
    y = cells(c, y, [(0, "NAME OF COMMITTEE", g("Filer_NamL"))])
    y = address(c, y, "STREET ADDRESS (NO P.O. BOX)", text.street(g("Adr1"), g("Adr2")),
                g("City"), g("ST"), g("ZIP4"), g("Phone"))
    y = address(c, y, "MAILING ADDRESS (IF DIFFERENT)",
                text.street(g("Mail_Adr1"), g("Mail_Adr2")), g("Mail_City"), g("Mail_ST"),
                g("Mail_ZIP4"), "")
    y = cells(c, y, [(200, "E-MAIL ADDRESS", g("Cmte_Email")), (120, "FAX", g("Cmte_FAX")),
                     (118, "COUNTY OF DOMICILE", g("County_Res")),
                     (0, "JURISDICTION WHERE ACTIVE", g("County_Act"))])
    y = title_bar(c, y - 6, "3. Treasurer and Other Principal Officers")
    y = cells(c, y, [(0, "NAME OF TREASURER",
                      text.person(g("Tres_NamL"), g("Tres_NamF"), g("Tres_NamT"),
                                  g("Tres_NamS")))])
    y = address(c, y, "STREET ADDRESS", text.street(g("Tres_Adr1"), g("Tres_Adr2")),
                g("Tres_City"), g("Tres_ST"), g("Tres_ZIP4"), g("Tres_Phon"))
    email = str(snap.committee.profile.get("Tres_Email", ""))
    y = cells(c, y, [(0, "TREASURER'S E-MAIL ADDRESS", email)])
    for item, what in (("ATR", "ASSISTANT TREASURER"), ("POF", "PRINCIPAL OFFICER")):
        for r in _names(snap, item):
            title = f"  ({r.get('POF_Title')})" if r.get("POF_Title") else ""
            y = cells(c, y, [(0, f"NAME OF {what}", text.person(r.get("Enty_NamL"),
                                                                r.get("Enty_NamF")) + title)])
            y = address(c, y, "STREET ADDRESS", text.street(r.get("Cvr2_Adr1"),
                                                            r.get("Cvr2_Adr2")),
                        r.get("Cvr2_City"), r.get("Cvr2_ST"), r.get("Cvr2_ZIP4"),
                        r.get("Day_Phone"))
    y = title_bar(c, y - 6, "4. Verification")
    y = paragraph(c, y, "I have used all reasonable diligence in preparing this statement. "
                  "I have reviewed this statement and to the best of my knowledge the "
                  "information contained herein is true and complete. I certify under "
                  "penalty of perjury under the laws of the State of California that the "
                  "foregoing is true and correct.")
    signed = signers(snap.records)
    tre = signed.get("TRE") or signed.get("ATR") or (
        text.person(g("Tres_NamL"), g("Tres_NamF")), "", "")
    y = signature(c, y, "Treasurer or Assistant Treasurer", *tre)
    for r in _names(snap, "CTL")[:3]:
        who = signed.get("CAO") or (text.person(r.get("Enty_NamL"), r.get("Enty_NamF")), "",
                                    "")
        y = signature(c, y, "Controlling Officeholder, Candidate or Proponent", *who)
    frame.draw_footer(c, info)


def _page2(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, TITLE, SUBTITLE, NOTE)
    frame.draw_page_number(c, number, total)
    g = snap.cover.get
    y = title_bar(c, CONTENT_TOP, "5. Committee's Bank Account",
                  "(all committees must list the financial institution)")
    y = cells(c, y, [(300, "NAME OF FINANCIAL INSTITUTION", g("Bank_Nam")),
                     (0, "ACCOUNT NUMBER", g("Bank_AcctNo"))])
    y = address(c, y, "STREET ADDRESS", text.street(g("Bank_Adr1"), g("Bank_Adr2")),
                g("Bank_City"), g("Bank_ST"), g("Bank_ZIP4"), g("Bank_Phon"))
    y = title_bar(c, y - 6, "6. Type of Committee")
    y = boxes(c, y, [("Controlled committee", g("Control_CB") == "X"),
                     ("Primarily formed committee", g("PrimFC_CB") == "X"),
                     ("General purpose committee", g("GenPurp_CB") == "X"),
                     ("Sponsored committee", g("Sponsor_CB") == "X")])
    for r in _names(snap, "CTL"):
        party = r.get("Party_Name") or ("Nonpartisan" if r.get("Non_Pty_CB") else "")
        y = cells(c, y, [(220, "NAME OF CONTROLLING OFFICEHOLDER OR CANDIDATE",
                          text.person(r.get("Enty_NamL"), r.get("Enty_NamF"))),
                         (0, "OFFICE SOUGHT OR HELD AND DISTRICT", _office(r))])
        y = cells(c, y, [(150, "YEAR OF ELECTION", r.get("Year_Elect")),
                         (0, "PARTY (OR NONPARTISAN)", party)])
    for r in _names(snap, "PFC"):
        support = {"S": "Support", "O": "Oppose"}.get(r.get("Sup_Opp_Cd").upper(), "")
        if r.get("Entity_Cd").upper() == "BNM":
            y = cells(c, y, [(260, "BALLOT MEASURE (PRIMARILY FORMED)", r.get("Enty_NamL")),
                             (70, "NUMBER/LETTER", r.get("Bal_Num")),
                             (130, "JURISDICTION", r.get("Bal_Juris")),
                             (0, "SUPPORT/OPPOSE", support)])
        else:
            y = cells(c, y, [(220, "CANDIDATE (PRIMARILY FORMED)",
                              text.person(r.get("Enty_NamL"), r.get("Enty_NamF"))),
                             (220, "OFFICE AND DISTRICT", _office(r)),
                             (0, "SUPPORT/OPPOSE", support)])
    if g("GenPurp_CB") == "X":
        level = codes("activity_level").get(g("Actvty_Lvl").upper(), g("Actvty_Lvl"))
        y = cells(c, y, [(120, "LEVEL OF ACTIVITY", level),
                         (0, "BRIEF DESCRIPTION OF ACTIVITY", g("GPC_Descr"))])
    for r in _names(snap, "SPO"):
        y = cells(c, y, [(260, "NAME OF SPONSOR", r.get("Enty_NamL")),
                         (0, "INDUSTRY GROUP OR AFFILIATION", r.get("Ind_Group"))])
        y = address(c, y, "STREET ADDRESS", text.street(r.get("Cvr2_Adr1"),
                                                        r.get("Cvr2_Adr2")),
                    r.get("Cvr2_City"), r.get("Cvr2_ST"), r.get("Cvr2_ZIP4"),
                    r.get("Day_Phone"))
    if g("SmCont_QualDt"):
        y = cells(c, y, [(0, "SMALL CONTRIBUTOR COMMITTEE: DATE QUALIFIED",
                          text.date(g("SmCont_QualDt")))])
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot) -> Document:
    """Lay out a Form 410."""
    g = snap.cover.get
    kind = kind_of(snap.report_num, {"Term_Date": g("Term_Date")})
    period = (("type", kind.capitalize()), ("qualified", text.date(g("Qualfy_Dt")) or "-"))
    info = doc_info(snap, "410", "FPPC Form 410 - Statement of Organization", period,
                    "Statement")
    parts = [SinglePage(partial(_page1, snap, info), "cover"),
             SinglePage(partial(_page2, snap, info), "cover2")]
    title = f"Form 410 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    return Document(parts, info, title)
