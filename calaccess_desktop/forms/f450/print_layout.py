"""Form 450 printed like the FPPC short form: cover page (type of committee, type of
statement, committee information, verification), summary page, and Part 5 (payments
made) as an itemized table; a Form 495 page when the statement carries one."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.money import format_display
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.forms.f450.lines import HEADINGS, HOW, KEPT, LINES
from calaccess_desktop.forms.f450.summary import Summary, compute
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.cells import Code, Date, Money, Party, RowContext, Stack, Target
from calaccess_desktop.pdf.cells import Text as TextCell
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
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
from calaccess_desktop.pdf.sections import (
    Column,
    Memo,
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
        Column("DATE\nPAID", 48, Date("Expn_Date")),
        Column("NAME AND ADDRESS OF PAYEE\n(IF COMMITTEE, ALSO ENTER I.D. NUMBER)", 186,
               Party("Payee")),
        Column("CODE OR DESCRIPTION\nOF PAYMENT *", 112,
               Stack((Code("Expn_Code"), TextCell("Expn_Dscr")))),
        Column("IF A CONTRIBUTION OR INDEPENDENT EXPENDITURE:\nCANDIDATE AND OFFICE, OR "
               "MEASURE,\nAND SUPPORT / OPPOSE", 134, Target()),
        Column("AMOUNT\nPAID", 76, Money("Amount"), "R", ("Amount",)),
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


STATEMENT_MEMOS = Section(key="TEXT", title="MEMO TEXT", subtitle="Statement memos",
                          select=("TEXT", ""), columns=())


def _who(rec: SnapRecord) -> str:
    for prefix in ("Payee", "Ctrib", "Lndr", "Enty"):
        if last := rec.get(f"{prefix}_NamL"):
            return text.person(last, rec.get(f"{prefix}_NamF"))
    return rec.tran_id


def memos(snap: StatementSnapshot, part: tuple[str, str]) -> tuple[list[Memo], list[Memo]]:
    """The TEXT records: (those about the part's entries, every other one), in order."""
    rows = {r.get("Memo_RefNo"): r for r in snap.records
            if (r.rec_type, r.form_type) == part and r.get("Memo_RefNo")}
    own: list[Memo] = []
    other: list[Memo] = []
    for r in sorted((r for r in snap.records if r.rec_type == "TEXT"), key=lambda r: r.seq):
        ref = r.get("Ref_No")
        row = rows.get(ref)
        if r.form_type == part[1] or row is not None:
            own.append(Memo(ref, _who(row) if row is not None else "", r.get("Text4000")))
        else:
            other.append(Memo(ref, "", r.get("Text4000")))
    return own, other


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


def _assistant(snap: StatementSnapshot) -> SnapRecord | None:
    return next((r for r in snap.records
                 if r.rec_type == "CVR2" and r.get("Entity_Cd").upper() == "ATR"), None)


def committee_block(c: Any, snap: StatementSnapshot, info: DocInfo, y: float,
                    title: str) -> float:
    """Committee information: ID, name, addresses, treasurer and assistant treasurer."""
    g = snap.cover.get
    y = title_bar(c, y, title)
    y = cells(c, y, [(110, "I.D. NUMBER", info.filer_id or "Not Yet Received"),
                     (0, "COMMITTEE NAME", info.filer_name)])
    y = address(c, y, "STREET ADDRESS (NO P.O. BOX)", text.street(g("Filer_Adr1"),
                g("Filer_Adr2")), g("Filer_City"), g("Filer_ST"), g("Filer_ZIP4"),
                g("Filer_Phon"))
    y = address(c, y, "MAILING ADDRESS (IF DIFFERENT) NO. AND STREET OR P.O. BOX",
                text.street(g("Mail_Adr1"), g("Mail_Adr2")), g("Mail_City"), g("Mail_ST"),
                g("Mail_ZIP4"), "")
    y = cells(c, y, [(0, "OPTIONAL: FAX / E-MAIL ADDRESS",
                      " / ".join(x for x in (g("Filer_FAX"), g("File_Email")) if x))])
    y = cells(c, y, [(0, "NAME OF TREASURER", text.person(g("Tres_NamL"), g("Tres_NamF"),
                                                          g("Tres_NamT"), g("Tres_NamS")))])
    y = address(c, y, "MAILING ADDRESS", text.street(g("Tres_Adr1"), g("Tres_Adr2")),
                g("Tres_City"), g("Tres_ST"), g("Tres_ZIP4"), g("Tres_Phon"))
    a = _assistant(snap)
    ag = a.get if a is not None else (lambda name: "")
    y = cells(c, y, [(0, "NAME OF ASSISTANT TREASURER, IF ANY", text.person(
        ag("Enty_NamL"), ag("Enty_NamF"), ag("Enty_NamT"), ag("Enty_NamS")))])
    return address(c, y, "MAILING ADDRESS", text.street(ag("Enty_Adr1"), ag("Enty_Adr2")),
                   ag("Enty_City"), ag("Enty_ST"), ag("Enty_ZIP4"), ag("Enty_Phon"))


SIGNERS = (("Signature of Treasurer or Assistant Treasurer", ("TRE", "ATR")),
           ("Signature of Controlling Officeholder, Candidate, State Measure Proponent or "
            "Responsible Officer of Sponsor, if applicable", ("CAO", "PRO", "SPO", "OFF")))


def verification_block(c: Any, snap: StatementSnapshot, y: float, title: str,
                       signers: tuple[tuple[str, tuple[str, ...]], ...] = SIGNERS,
                       words: str = VERIFICATION) -> float:
    """The verification text and one signature line per signer (names from CVR3)."""
    y = title_bar(c, y, title)
    top = y
    yy = y - 10
    for s in text.Fitter(COND, 7.2).lines(words, X1 - X0 - 10):
        value(c, X0 + 5, yy, s, 7.2)
        yy -= 9
    pool = [r for r in snap.records if r.rec_type == "CVR3"]
    for i, (lab, kinds) in enumerate(signers):
        rec = next((r for r in pool if r.get("Entity_Cd").upper() in kinds), None)
        name, when = "", ""
        if rec is not None:
            pool.remove(rec)
            name = text.person(rec.get("Sig_NamL"), rec.get("Sig_NamF"))
            when = text.date(rec.get("Sig_Date"))
        elif i == 0:
            name = text.person(snap.cover.get("Tres_NamL"), snap.cover.get("Tres_NamF"))
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
    return yy - 6


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
