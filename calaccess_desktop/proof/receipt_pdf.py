"""The receipt (proof of filing) as PDF pages: who filed what with whom, when, the
file's SHA-256, and every attempt in words. The same values always give the same
bytes (reportlab's invariant mode: no creation date, fixed document ID), so a
receipt rebuilt later from the stored record is the one printed before."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from calaccess_desktop import PRODUCT
from calaccess_desktop.pdf.fonts import COND
from calaccess_desktop.pdf.frame import PAGE_H, PAGE_W
from calaccess_desktop.proof.flow import LEFT, RIGHT, Flow


@dataclass(frozen=True)
class LogLine:
    """One attempt-log line in words."""

    at: str
    attempt: str
    action: str
    text: str


@dataclass(frozen=True)
class ReceiptFacts:
    """Everything a receipt prints (plain values, built by ``services/receipts``)."""

    submission_id: int
    committee: str
    filer_id: str
    statement: str  # "Form 460, 01/01/2026 to 06/30/2026 (statement 1)"
    kind: str  # "original" / "amendment 001 of CA-9000001"
    officer: tuple[str, ...]  # name, then address or e-mail lines
    channel: str  # how it was filed, in words
    filing_id: str
    filed: str  # date and time (a date only for paper)
    size: int
    sha256: str
    result: str  # the officer's verdict in words
    log: tuple[LogLine, ...]
    practice: bool = False  # filed with a practice server: nothing was really filed


def _footer(facts: ReceiptFacts, total: list[int]) -> Any:
    def draw(c: Any, number: int) -> None:
        c.setFont(COND, 7.5)
        c.setFillGray(0.35)
        c.drawString(LEFT, 34, f"{PRODUCT} - receipt of submission "
                     f"{facts.submission_id}, rebuilt from the data file's record of this "
                     "filing")
        c.drawRightString(RIGHT, 34, f"Page {number}" + (f" of {total[0]}" if total[0] else ""))
        c.setFillGray(0)

    return draw


def _draw(c: Any, facts: ReceiptFacts, total: list[int]) -> int:
    f = Flow(c, _footer(facts, total))
    f.title("Proof of filing")
    if facts.practice:
        f.para("PRACTICE FILING: sent to a practice server for training. Nothing was filed "
               "with a filing officer.", 10.5, bold=True)
    f.para(f"{facts.committee} filed this statement; this receipt is kept with it in the "
           "data file and can be printed again at any time from the outbox.", 10, gray=0.2)
    f.heading("The filing")
    f.row("Committee", f"{facts.committee} (ID {facts.filer_id or 'not yet received'})")
    f.row("Statement", [facts.statement, facts.kind])
    f.row("Filed with", list(facts.officer))
    f.row("How", facts.channel)
    f.row("Filing ID", facts.filing_id or "none given", bold=True)
    f.row("Filed", facts.filed, bold=True)
    f.row("Result", facts.result)
    f.heading("The file filed")
    f.row("Size", f"{facts.size:,} bytes (the statement's .CAL data)")
    f.row("SHA-256", [facts.sha256[:32], facts.sha256[32:]], bold=True)
    f.para("Anyone can check a copy of the file against this fingerprint: the same file "
           "always gives the same SHA-256, and any change gives a different one.", 8.5,
           gray=0.3)
    f.heading("Every attempt, in order")
    f.table((92, 26, 48, 0), ("Time (Pacific)", "Try", "Step", "What happened"),
            [(ln.at, ln.attempt, ln.action, ln.text) for ln in facts.log])
    f.finish()
    return f.pages


def render_receipt(facts: ReceiptFacts) -> tuple[bytes, int]:
    """(PDF bytes, page count): laid out once to count the pages, then drawn."""
    from reportlab.pdfgen import canvas

    total = [0]
    for _ in range(2):
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(PAGE_W, PAGE_H), invariant=1, pageCompression=1)
        c.setTitle(f"Proof of filing - {facts.committee} - {facts.filing_id or 'no ID'}")
        c.setAuthor(facts.committee)
        c.setCreator(PRODUCT)
        pages = _draw(c, facts, total)
        c.save()
        total[0] = pages
    return buf.getvalue(), total[0]
