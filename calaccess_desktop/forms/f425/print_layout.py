"""Form 425 printed like the FPPC one-page form: Part 1 committee information, Part 2
the period of no activity, Part 3 verification."""

from __future__ import annotations

from functools import partial
from typing import Any

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.forms.f425.periods import TYPES, type_of
from calaccess_desktop.forms.f450.print_blocks import (
    STATEMENT_MEMOS,
    committee_block,
    memos,
    verification_block,
)
from calaccess_desktop.pdf import frame, text
from calaccess_desktop.pdf.cells import RowContext
from calaccess_desktop.pdf.document import Document, Part, SinglePage, doc_info
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import CONTENT_TOP, X0, X1, DocInfo, checkbox, title_bar, value
from calaccess_desktop.pdf.sections import TablePart

TITLE = "Semi-Annual Statement of No Activity"
NO_ACTIVITY = ("This committee has not received any contributions or made any expenditures "
               "during the entire period covered by this statement. (Use Form 460 or 450 "
               "if there was any activity.)")
VERIFY = ("I have used all reasonable diligence in preparing this statement. I have reviewed "
          "this statement and to the best of my knowledge the information contained herein "
          "is true and complete. I certify under penalty of perjury under the laws of the "
          "State of California that the foregoing is true and correct.")
SIGNERS = (("Signature of Treasurer or Assistant Treasurer", ("TRE", "ATR")),
           ("Signature of Controlling Officeholder, Candidate, State Measure Proponent or "
            "Responsible Officer of Sponsor, if applicable", ("CAO", "PRO", "SPO", "OFF")))


def _page(snap: StatementSnapshot, info: DocInfo, c: Any, number: int, total: int) -> None:
    if info.draft:
        frame.watermark(c)
    frame.draw_header(c, info, "FORM 425", TITLE, "(Government Code Section 84200)")
    frame.draw_page_number(c, number, total)
    c.setLineWidth(frame.LINE_W)
    y = committee_block(c, snap, info, CONTENT_TOP, "Part 1. Committee Information")
    y = title_bar(c, y - 6, "Part 2. Period of No Activity")
    top = y
    kind = (snap.stmt_type or snap.cover.get("Stmt_Type")).upper() or \
        type_of(snap.period_from, snap.period_through)
    yy = y - 14
    for code, words in TYPES.items():
        checkbox(c, X0 + 8, yy - 1, kind == code)
        year = snap.period_from.year if snap.period_from else ""
        value(c, X0 + 20, yy, f"{words}, {year}" if year else words, 8, bold=kind == code)
        yy -= 12
    value(c, X0 + 8, yy - 2, f"Statement covers period from {text.day(snap.period_from)} "
          f"through {text.day(snap.period_through)}", 8)
    yy -= 14
    for s in text.Fitter(COND, 7.6).lines(NO_ACTIVITY, X1 - X0 - 16):
        value(c, X0 + 8, yy - 2, s, 7.6)
        yy -= 10
    c.rect(X0, yy - 4, X1 - X0, top - yy + 4)
    verification_block(c, snap, yy - 10, "Part 3. Verification", SIGNERS, VERIFY)
    frame.draw_footer(c, info)


def build(snap: StatementSnapshot, summary: Any = None) -> Document:
    """Lay out a Form 425 (one page)."""
    period = (("from", text.day(snap.period_from)), ("through", text.day(snap.period_through)))
    info = doc_info(snap, "425", "FPPC Form 425 - " + TITLE, period, "Statement covers period")
    title = f"Form 425 - {info.filer_name}" + (" (DRAFT)" if info.draft else "")
    parts: list[Part] = [SinglePage(partial(_page, snap, info), "cover")]
    _own, notes = memos(snap, ("", ""))
    if notes:
        parts.append(TablePart(STATEMENT_MEMOS, [], info, RowContext({}, "F425"), (), notes))
    return Document(parts, info, title)
