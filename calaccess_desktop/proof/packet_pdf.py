"""The filing packet's first page: where and how to deliver the statement, by when, and
the delivery rules; the signed-ready statement follows (``services/filing_packet``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from calaccess_desktop import PRODUCT
from calaccess_desktop.pdf.fonts import COND, SANS_BOLD
from calaccess_desktop.proof.flow import LEFT, RIGHT, Flow


@dataclass(frozen=True)
class PacketFacts:
    """What the first page says (plain values)."""

    committee: str
    filer_id: str
    statement: str  # "Form 460, second pre-election statement, 09/20/2026 to 10/17/2026"
    officer: str  # its name
    method: str  # paper | email
    deliver_to: tuple[str, ...]  # address lines, or the e-mail address
    deadline: str  # "Thursday, October 22, 2026" or words when there is none of its own
    deadline_note: str  # e.g. "a mailed statement is filed on its postmark date"
    rules: tuple[str, ...]  # delivery rules in words, the statement's own first
    steps: tuple[str, ...]  # what to do, in order
    statement_pages: int
    notes: tuple[str, ...] = ()  # the officer's notes (example entry, practice)


def draw_first_page(c: Any, facts: PacketFacts, number: int, total: int) -> None:
    """Draw the instructions page (it must fit on one page: the text is short)."""
    f = Flow(c)
    f.title("Filing packet")
    f.para(f"{facts.committee} (ID {facts.filer_id or 'not yet received'})", 11, bold=True)
    f.para(facts.statement, 10.5)
    f.heading("Deliver it to")
    f.para(facts.officer, 11, bold=True)
    for line in facts.deliver_to:
        f.para(line, 10.5, indent=12)
    f.heading("Deadline")
    f.para(facts.deadline, 13, bold=True)
    if facts.deadline_note:
        f.para(facts.deadline_note, 9.5, gray=0.25)
    f.heading("How it may be delivered")
    for k, rule in enumerate(facts.rules):
        f.para(f"- {rule}", 10 if k else 10.5, bold=k == 0)
    f.heading("What to do")
    for k, step in enumerate(facts.steps, 1):
        f.para(f"{k}. {step}", 10)
    for note in facts.notes:
        f.para(note, 8.5, gray=0.35)
    c.setFont(COND, 7.5)
    c.setFillGray(0.35)
    c.drawString(LEFT, 34, f"{PRODUCT} - filing packet: this page is the instructions; "
                 f"the statement ({facts.statement_pages} pages) follows")
    c.drawRightString(RIGHT, 34, f"Packet page {number} of {total}")
    c.setFillGray(0)
    c.setFont(SANS_BOLD, 8)  # leave the canvas in a known font for the next page
