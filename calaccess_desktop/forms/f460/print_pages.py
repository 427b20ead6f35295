"""Form 460 cover page (parts 1-4), cover page part 2 (parts 5-7) and summary page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from calaccess_desktop.cal.layouts import codes
from calaccess_desktop.domain.money import Cents, format_display
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f460 import print_layout as lay
from calaccess_desktop.forms.f460.labels import SUMMARY_LINES
from calaccess_desktop.forms.f460.summary import Summary
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.fonts import COND, COND_BOLD, SANS_BOLD
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

RELATED_ROWS = 4  # related committees that fit on cover page part 2
PART7_ROWS = 5


@dataclass
class CoverData:
    """What the cover and summary pages show."""

    snap: StatementSnapshot
    summary: Summary
    info: DocInfo
    cvr2: Sequence[SnapRecord]
    cvr3: Sequence[SnapRecord]

    def get(self, name: str) -> str:
        """A cover (CVR) field."""
        return self.snap.cover.get(name)

    def cvr2_part(self, part: str) -> list[SnapRecord]:
        """CVR2 records of one cover part (3, 5a, 5b, 6a, 6b, 7)."""
        return [r for r in self.cvr2 if r.get("F460_Part").lower() == part]


def _nothing(name: str) -> str:
    return ""


def _date(s: str) -> str:
    return text.date(s)


def draw_cover(d: CoverData, c: Any, number: int, total: int) -> None:
    """Cover page: type of committee, type of statement, committee information, verification."""
    info = d.info
    if info.draft:
        frame.watermark(c)
    period = (*info.period, ("election date", _date(d.get("Elect_Date"))))
    cover_info = DocInfo(info.form_number, info.form_name, info.filer_name, info.filer_id,
                         period, info.period_title, info.status, info.draft)
    frame.draw_header(c, cover_info, "COVER PAGE", "Recipient Committee Campaign Statement",
                      "(Government Code Sections 84200-84216.5)")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    y = CONTENT_TOP
    h = 150.0
    w1, w2 = 250.0, 186.0
    c.rect(X0, y - h, w1, h)
    c.rect(X0 + w1, y - h, w2, h)
    c.rect(X0 + w1 + w2, y - h, X1 - X0 - w1 - w2, h)
    _committee_type(c, d, X0 + 4, y, w1 - 8)
    _statement_type(c, d, X0 + w1 + 4, y, w2 - 8)
    _date_stamp(c, d, X0 + w1 + w2, y, X1 - X0 - w1 - w2, h)
    y -= h + 6
    y = _committee_info(c, d, y)
    y -= 6
    _verification(c, d, y)
    frame.draw_footer(c, info)


def _committee_type(c: Any, d: CoverData, x: float, y: float, w: float) -> None:
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y - 10, "1. Type of Recipient Committee:")
    label(c, x, y - 18, "All Committees - Complete Parts 1, 2, 3, and 4.", 6)
    kind = d.get("Cmtte_Type").upper() or d.snap.committee.committee_type.upper()
    flag = [d.get(f"Flag{i}_YN").upper() == "Y" for i in range(1, 5)]
    options = [
        ("C", "Officeholder, Candidate Controlled Committee",
         [("State Candidate Election Committee", flag[0]), ("Recall", flag[1])],
         "(Also Complete Part 5)"),
        ("G", "General Purpose Committee",
         [("Sponsored", flag[0]), ("Small Contributor Committee", flag[1]),
          ("Political Party/Central Committee", flag[2])], ""),
        ("B", "Primarily Formed Ballot Measure Committee",
         [("Controlled", flag[1]), ("Sponsored", flag[2])], "(Also Complete Part 6)"),
        ("P", "Primarily Formed Candidate/Officeholder Committee", [],
         "(Also Complete Part 7)"),
    ]
    yy = y - 32
    for code, name, subs, note in options:
        checkbox(c, x, yy - 1, kind == code)
        value(c, x + 10, yy, name, 7.2, bold=True)
        yy -= 10
        sx = x + 14
        for sub, on in subs:
            width = c.stringWidth(sub, COND, 6.6) + 20
            if sx + width > x + w:
                sx, yy = x + 14, yy - 9
            checkbox(c, sx, yy - 1, kind == code and on, 5.5)
            value(c, sx + 8, yy, sub, 6.6)
            sx += width
        if subs:
            yy -= 9
        if note:
            label(c, x + 14, yy, note, 6)
            yy -= 9
        yy -= 3


def _statement_type(c: Any, d: CoverData, x: float, y: float, w: float) -> None:
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y - 10, "2. Type of Statement:")
    kind = d.snap.stmt_type.upper() or d.get("Stmt_Type").upper()
    yy = y - 24
    fit = text.Fitter(COND, 6.8)
    for code, name in lay.STATEMENT_TYPES:
        on = d.snap.report_num > 0 if code == "AMD" else kind == code
        lines = fit.lines(name, w - 12)
        checkbox(c, x, yy - 1, on)
        for k, s in enumerate(lines):
            value(c, x + 10, yy - k * 8, s, 6.8, bold=(k == 0 and on))
        yy -= 8 * len(lines) + 3
    if d.snap.report_num > 0:
        reason = d.snap.amendment_reason or " ".join(
            d.get(f"AmendExp_{i}") for i in (1, 2, 3)).strip()
        head = (f"Amendment No. {d.snap.report_num} to Filing ID "
                f"{d.snap.original_filing_id or '(not yet filed)'}")
        value(c, x, yy - 2, head, 6.8, bold=True)
        yy -= 10
        for s in fit.lines(f"Explanation: {reason}", w)[:4]:
            value(c, x, yy - 2, s, 6.8)
            yy -= 8


def _date_stamp(c: Any, d: CoverData, x: float, y: float, w: float, h: float) -> None:
    label(c, x + 4, y - 8, "Date Stamp", 6.5)
    mid = x + w / 2
    from calaccess_desktop.pdf.document import READY

    if d.info.draft:
        c.setFont(SANS_BOLD, 9)
        c.drawCentredString(mid, y - h / 2 + 6, "DRAFT")
        c.setFont(COND_BOLD, 7)
        c.drawCentredString(mid, y - h / 2 - 5, "NOT FILED")
    elif d.snap.status in READY:
        pass  # left blank for the filing officer's stamp on a paper filing
    else:
        from calaccess_desktop.pdf.document import filed_on

        c.setFont(SANS_BOLD, 8)
        c.drawCentredString(mid, y - 40, "E-FILED")
        c.setFont(COND, 7)
        c.drawCentredString(mid, y - 54, "Filing ID")
        c.setFont(COND_BOLD, 9)
        c.drawCentredString(mid, y - 65, d.snap.filing_id)
        c.setFont(COND, 7)
        c.drawCentredString(mid, y - 79, filed_on(d.snap.filed_at))
    label(c, x + 4, y - h + 5, "For Official Use Only", 6)


def _committee_info(c: Any, d: CoverData, y: float) -> float:
    g = d.get
    y = title_bar(c, y, "3. Committee Information")
    y = cells(c, y, [(110, "I.D. NUMBER", d.info.filer_id or "Not Yet Received"),
                      (0, "COMMITTEE NAME (OR CANDIDATE'S NAME IF NO COMMITTEE)",
                       d.info.filer_name)])
    y = address(c, y, "STREET ADDRESS (NO P.O. BOX)", text.street(g("Filer_Adr1"), g("Filer_Adr2")),
                 g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"), g("Filer_Phon"))
    y = address(c, y, "MAILING ADDRESS (IF DIFFERENT) NO. AND STREET OR P.O. BOX",
                 text.street(g("Mail_Adr1"), g("Mail_Adr2")), g("Mail_City"), g("Mail_ST"),
                 g("Mail_ZIP4"), "")
    y = cells(c, y, [(0, "OPTIONAL: FAX / E-MAIL ADDRESS",
                       " / ".join(x for x in (g("Filer_FAX"), g("File_Email")) if x))])
    y = title_bar(c, y, "Treasurer(s)")
    y = cells(c, y, [(0, "NAME OF TREASURER", text.person(
        g("Tres_NamL"), g("Tres_NamF"), g("Tres_NamT"), g("Tres_NamS")))])
    y = address(c, y, "MAILING ADDRESS", text.street(g("Tres_Adr1"), g("Tres_Adr2")),
                 g("Tres_City"), g("Tres_ST"), g("Tres_ZIP4"), g("Tres_Phon"))
    assistants = d.cvr2_part("3")
    a = assistants[0].get if assistants else _nothing
    y = cells(c, y, [(0, "NAME OF ASSISTANT TREASURER, IF ANY", text.person(
        a("Enty_NamL"), a("Enty_NamF"), a("Enty_NamT"), a("Enty_NamS")))])
    y = address(c, y, "MAILING ADDRESS", text.street(a("Enty_Adr1"), a("Enty_Adr2")),
                 a("Enty_City"), a("Enty_ST"), a("Enty_ZIP4"), a("Enty_Phon"))
    return cells(c, y, [(0, "OPTIONAL: FAX / E-MAIL ADDRESS",
                          " / ".join(x for x in (g("Tres_FAX"), g("Tres_Email")) if x))])


SIGNERS = (
    ("Signature of Treasurer or Assistant Treasurer", ("TRE",)),
    ("Signature of Controlling Officeholder, Candidate, State Measure Proponent or Responsible "
     "Officer of Sponsor", ("CAO", "PRO", "SPO", "OFF")),
    ("Signature of Controlling Officeholder, Candidate, State Measure Proponent",
     ("CAO", "PRO")),
)


def _signers(d: CoverData) -> list[tuple[str, str]]:
    """(typed name, date) for each signature line, from CVR3 records (or the cover)."""
    pool = list(d.cvr3)
    out = []
    for i, (_label, kinds) in enumerate(SIGNERS):
        rec = next((r for r in pool if r.get("Entity_Cd").upper() in kinds), None)
        if rec is not None:
            pool.remove(rec)
            name = text.person(rec.get("Sig_NamL"), rec.get("Sig_NamF"), rec.get("Sig_NamT"),
                               rec.get("Sig_NamS"))
            out.append((name, _date(rec.get("Sig_Date"))))
        elif i == 0:
            out.append((text.person(d.get("Tres_NamL"), d.get("Tres_NamF")), ""))
        elif i == 1 and d.get("Cmtte_Type").upper() == "C":
            out.append((text.person(d.get("Cand_NamL"), d.get("Cand_NamF")), ""))
        else:
            out.append(("", ""))
    return out


def _verification(c: Any, d: CoverData, y: float) -> None:
    y = title_bar(c, y, "4. Verification")
    top = y
    fit = text.Fitter(COND, 7.2)
    yy = y - 10
    for s in fit.lines(VERIFICATION, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    for (lab, _kinds), (name, when) in zip(SIGNERS, _signers(d), strict=True):
        yy -= 22
        label(c, X0 + 5, yy, "Executed on", 6.5)
        c.line(X0 + 42, yy - 1, X0 + 120, yy - 1)
        if when:
            value(c, X0 + 46, yy + 1.5, when, 8)
        label(c, X0 + 43, yy - 8, "Date", 5.6)
        label(c, X0 + 128, yy, "By", 6.5)
        c.line(X0 + 140, yy - 1, X0 + 390, yy - 1)
        for k, part in enumerate(text.Fitter(COND, 5.6).lines(lab, 248)):
            label(c, X0 + 140, yy - 8 - 6.5 * k, part, 5.6)
        c.line(X0 + 400, yy - 1, X1 - 6, yy - 1)
        if name:
            value(c, X0 + 402, yy + 1.5, name, 8)
        label(c, X0 + 400, yy - 8, "Name (typed)", 5.6)
        yy -= 10
    c.rect(X0, yy - 6, X1 - X0, top - yy + 6)


def draw_cover2(d: CoverData, c: Any, number: int, total: int) -> None:
    """Cover page part 2: controlled committee (5), ballot measure (6), primarily formed (7)."""
    info = d.info
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "COVER PAGE - PART 2", "Recipient Committee Campaign Statement")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    kind = d.get("Cmtte_Type").upper() or d.snap.committee.committee_type.upper()
    y = _part5(c, d, CONTENT_TOP, kind == "C")
    y = _part6(c, d, y - 8, kind == "B")
    y = _part7(c, d, y - 8)
    extra = len(d.cvr2_part("5b")) - RELATED_ROWS, len(d.cvr2_part("7")) - PART7_ROWS
    if max(extra) > 0:
        label(c, X0, y - 12, "More entries are listed on the continuation page that follows.", 7)
    frame.draw_footer(c, info)


def _office(get: Any) -> str:
    what = get("Offic_Dscr") or codes("office").get(get("Office_Cd").upper(), get("Office_Cd"))
    where = get("Juris_Dscr") or codes("jurisdiction").get(get("Juris_Cd").upper(), "")
    dist = f" District {get('Dist_No')}" if get("Dist_No") else ""
    held = {"S": "Sought", "H": "Held"}.get(get("Off_S_H_Cd").upper(), "")
    parts = [p for p in (f"{what}{dist}", where) if p.strip()]
    return ", ".join(parts) + (f" ({held})" if held and parts else "")


def _part5(c: Any, d: CoverData, y: float, applies: bool) -> float:
    g = d.get if applies else _nothing
    y = title_bar(c, y, "5. Officeholder or Candidate Controlled Committee")
    y = cells(c, y, [(230, "NAME OF OFFICEHOLDER OR CANDIDATE",
                       text.person(g("Cand_NamL"), g("Cand_NamF"), g("Cand_NamT"),
                                   g("Cand_NamS"))),
                      (0, "OFFICE SOUGHT OR HELD (INCLUDE LOCATION AND DISTRICT NUMBER IF "
                          "APPLICABLE)", _office(g) if applies else "")])
    y = cells(c, y, [(290, "RESIDENTIAL/BUSINESS ADDRESS (NO. AND STREET)",
                       text.street(g("Cand_Adr1"), g("Cand_Adr2"))),
                      (130, "CITY", g("Cand_City")), (40, "STATE", g("Cand_ST")),
                      (0, "ZIP CODE", g("Cand_ZIP4"))])
    c.rect(X0, y - 20, X1 - X0, 20)
    value(c, X0 + 4, y - 8, "Related Committees Not Included in this Statement:", 7, bold=True)
    label(c, X0 + 4, y - 16.5, "List any committees not included in this statement that are "
          "controlled by you or are primarily formed to receive contributions or make "
          "expenditures on behalf of your candidacy.", 6.2)
    y -= 20
    heads = [(190, "COMMITTEE NAME / COMMITTEE ADDRESS"), (70, "I.D. NUMBER"),
             (150, "NAME OF TREASURER"), (0, "CONTROLLED COMMITTEE?  YES / NO")]
    rows = [
        [text.person(r.get("Enty_NamL")), r.get("Cmte_ID"),
         text.person(r.get("Tres_NamL"), r.get("Tres_NamF")),
         {"Y": "YES", "N": "NO"}.get(r.get("Control_YN").upper(), "")]
        for r in d.cvr2_part("5b")[:RELATED_ROWS]
    ]
    addresses = [
        ", ".join(p for p in (text.street(r.get("Enty_Adr1"), r.get("Enty_Adr2")),
                              text.city_line(r.get("Enty_City"), r.get("Enty_ST"),
                                             r.get("Enty_ZIP4")), r.get("Enty_Phon")) if p)
        for r in d.cvr2_part("5b")[:RELATED_ROWS]
    ]
    return _list_table(c, y, heads, rows, RELATED_ROWS, addresses)


def _list_table(c: Any, y: float, heads: Sequence[tuple[float, str]],
                rows: Sequence[Sequence[str]], capacity: int,
                second: Sequence[str] = ()) -> float:
    xs = [X0]
    for w, _ in heads[:-1]:
        xs.append(xs[-1] + w)
    xs.append(X1)
    c.setFillGray(0.95)
    c.rect(X0, y - 10, X1 - X0, 10, stroke=1, fill=1)
    c.setFillGray(0)
    for x, (_w, head) in zip(xs, heads, strict=False):
        label(c, x + 3, y - 7, head)
    y -= 10
    row_h = 22.0 if second else 13.0
    for i in range(capacity):
        c.rect(X0, y - row_h, X1 - X0, row_h)
        if i < len(rows):
            for x, val in zip(xs, rows[i], strict=False):
                value(c, x + 3, y - 9, val, 7.5)
            if second and i < len(second):
                value(c, X0 + 3, y - 18, second[i], 7)
        y -= row_h
    c.lines([(x, y, x, y + capacity * row_h + 10) for x in xs[1:-1]])
    return y


def _part6(c: Any, d: CoverData, y: float, applies: bool) -> float:
    g = d.get if applies else _nothing
    y = title_bar(c, y, "6. Primarily Formed Ballot Measure Committee")
    so = g("Sup_Opp_Cd").upper()
    y = cells(c, y, [(260, "NAME OF BALLOT MEASURE", g("Bal_Name")),
                      (80, "BALLOT NO. OR LETTER", g("Bal_Num")),
                      (130, "JURISDICTION", g("Bal_Juris")), (0, "", "")])
    checkbox(c, X1 - 78, y + 6, so == "S")
    value(c, X1 - 69, y + 7, "Support", 7)
    checkbox(c, X1 - 40, y + 6, so == "O")
    value(c, X1 - 31, y + 7, "Oppose", 7)
    people = [text.person(r.get("Enty_NamL"), r.get("Enty_NamF")) for r in d.cvr2_part("6b")]
    return cells(c, y, [(0, "IDENTIFY CONTROLLING OFFICEHOLDER, CANDIDATE, OR STATE MEASURE "
                             "PROPONENT, IF ANY", "; ".join(p for p in people if p))])


def _part7(c: Any, d: CoverData, y: float) -> float:
    y = title_bar(c, y, "7. Primarily Formed Candidate/Officeholder Committee",
                   "List names of officeholder(s) or candidate(s) for which this committee is "
                   "primarily formed.")
    heads = [(230, "NAME OF OFFICEHOLDER OR CANDIDATE"), (240, "OFFICE SOUGHT OR HELD"),
             (0, "SUPPORT / OPPOSE")]
    rows = [[text.person(r.get("Enty_NamL"), r.get("Enty_NamF")), _office(r.get),
             {"S": "SUPPORT", "O": "OPPOSE"}.get(r.get("Sup_Opp_Cd").upper(), "")]
            for r in d.cvr2_part("7")[:PART7_ROWS]]
    y = _list_table(c, y, heads, rows, PART7_ROWS)
    label(c, X0, y - 8, "Attach continuation sheets if necessary", 6)
    return y - 8


# ----- summary page ------------------------------------------------------------------------

def _summary_name(line: str) -> str:
    name = SUMMARY_LINES[line]
    return name if name.isupper() else name.title()


def _money_box(c: Any, x: float, y: float, w: float, cents: Cents | None, bold: bool) -> None:
    c.setLineWidth(0.4)
    c.line(x + 2, y - 2.5, x + w - 2, y - 2.5)
    if cents is None:
        return
    c.setFont(COND_BOLD if bold else COND, 7.8)
    c.drawString(x + 3, y, "$")
    c.drawRightString(x + w - 3, y, format_display(cents))


def draw_summary(d: CoverData, c: Any, number: int, total: int) -> None:
    """Summary page: lines 1-11 with columns A and B, lines 12-19, and lines 20-22."""
    info, s = d.info, d.summary
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "SUMMARY PAGE", "Recipient Committee Campaign Statement",
                      "Figures are exact to the cent.")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    mid = X0 + 312
    top = CONTENT_TOP
    # Left part: lines 1-11, columns A and B.
    col_w = 74.0
    bx = mid - 6 - col_w
    ax = bx - col_w
    c.setFont(COND_BOLD, 6)
    for x, head in ((ax, ("Column A", "TOTAL THIS PERIOD", "(FROM ATTACHED", "SCHEDULES)")),
                    (bx, ("Column B", "CALENDAR YEAR", "TOTAL TO DATE"))):
        for k, part in enumerate(head):
            c.drawCentredString(x + col_w / 2, top - 7 - 7 * k, part)
    y = top - 20
    for title, lines in lay.SUMMARY_GROUPS[:2]:
        y -= 14 if y == top - 20 else 26
        c.setFont(SANS_BOLD, 8.5)
        c.drawString(X0, y, title)
        for line in lines:
            y -= 19
            a, b = s.lines[line]
            bold = line in lay.SUMMARY_BOLD
            value(c, X0, y, f"{line}.", 7.4, bold=True)
            value(c, X0 + 15, y, _summary_name(line), 7.2, bold=bold)
            label(c, X0 + 15, y - 7.5, lay.SUMMARY_SOURCES[line], 6)
            _money_box(c, ax, y, col_w, a, bold)
            _money_box(c, bx, y, col_w, b, bold)
    c.line(mid, top, mid, y - 12)
    note_y = y - 24
    for k, s_line in enumerate(text.Fitter(COND, 6).lines("* " + lay.SUMMARY_NOTE, mid - X0 - 8)):
        label(c, X0, note_y - k * 7.2, s_line, 6)
    # Right half: lines 12-19.
    rx = mid + 8
    amount_x = X1 - col_w
    y = top - 20
    for title, lines in lay.SUMMARY_GROUPS[2:]:
        y -= (14 if y == top - 20 else 26) if title else 6
        if title:
            c.setFont(SANS_BOLD, 8.5)
            c.drawString(rx, y, title)
        for line in lines:
            y -= 19
            bold = line in lay.SUMMARY_BOLD or line == "17"
            value(c, rx, y, f"{line}.", 7.4, bold=True)
            value(c, rx + 15, y, _summary_name(line), 7.2, bold=bold)
            label(c, rx + 15, y - 7.5, lay.SUMMARY_SOURCES[line], 6)
            _money_box(c, amount_x, y, col_w, s.lines[line][0], bold)
            if line == "16":
                y -= 11
                label(c, rx + 15, y - 5, "If this is a termination statement, Line 16 must "
                      "be zero.", 6)
    _lines_20_22(c, rx, y - 30)
    frame.draw_footer(c, info)


def _lines_20_22(c: Any, x: float, y: float) -> None:
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y, "Calendar Year Summary for Candidates Running")
    c.drawString(x, y - 9, "in Both the State Primary and General Elections")
    label(c, x + 100, y - 20, "1/1 through 6/30", 6)
    label(c, x + 170, y - 20, "7/1 to Date", 6)
    for k, name in enumerate(("20. Contributions Received", "21. Expenditures Made")):
        yy = y - 33 - 14 * k
        value(c, x, yy, name, 7.2)
        _money_box(c, x + 96, yy, 66, None, False)
        _money_box(c, x + 166, yy, 66, None, False)
    y -= 75
    c.setFont(SANS_BOLD, 7.5)
    c.drawString(x, y, "Expenditure Limit Summary for State Candidates")
    value(c, x, y - 12, "22. Cumulative Expenditures Made*", 7.2)
    label(c, x + 13, y - 19, "(If Subject to Voluntary Expenditure Limit)", 6)
    label(c, x + 98, y - 30, "Date of Election", 6)
    label(c, x + 98, y - 36, "(mm/dd/yy)", 6)
    label(c, x + 170, y - 36, "Total to Date", 6)
    for k in range(2):
        yy = y - 49 - 14 * k
        c.setLineWidth(0.4)
        c.line(x + 98, yy - 2.5, x + 160, yy - 2.5)
        _money_box(c, x + 166, yy, 66, None, False)
