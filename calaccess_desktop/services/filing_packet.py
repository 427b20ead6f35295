"""The filing packet for officers without e-filing: a first page saying where and how to
deliver the statement, the deadline (``services/filing_calendar``) and the delivery
rules (the officer's, such as personal or overnight delivery for the second
pre-election statement), then the statement printed ready for signing
(``services/printing``, without the DRAFT mark; a filed statement prints as filed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import write_atomically
from calaccess_desktop.forms import calendar
from calaccess_desktop.forms.filing_calendar import long_day
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.officers.model import Officer
from calaccess_desktop.pdf.document import Document, Part, SinglePage
from calaccess_desktop.proof.packet_pdf import PacketFacts, draw_first_page
from calaccess_desktop.services import filing_calendar
from calaccess_desktop.services.officers import officers_of
from calaccess_desktop.services.printing import prepare
from calaccess_desktop.services.statement_list import due_dates, is_amendment
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import summarize

LATE_FORMS = frozenset({"F496", "F497"})


class PacketError(UserError):
    """No packet can be made (the message says why)."""


def _officer(session: Session, committee_id: int, code: str | None) -> Officer:
    chosen = officers_of(session, committee_id)
    if code:
        for o in chosen:
            if o.code.upper() == code.strip().upper():
                return o
        names = ", ".join(f"{o.code} ({o.name})" for o in chosen)
        raise PacketError(f"The committee does not file with {code!r}; its filing officers "
                          f"are {names}.")
    paper = [o for o in chosen if not o.efiles]
    if not paper:
        first = chosen[0]
        raise PacketError(f"The committee files electronically with {first.the_name}: send "
                          f"it with `calaccess-desktop submit STATEMENT`. Give --officer "
                          f"{first.code} to print a filing packet anyway.")
    return paper[0]


def _second_pre_election(stmt: Statement) -> bool:
    if stmt.stmt_type.upper() != "PE" or stmt.election_date is None or \
            stmt.period_through is None:
        return False
    return stmt.period_through == calendar.pre_election_ends(stmt.election_date)[1]


def _deadline(session: Session, stmt: Statement) -> tuple[str, str]:
    """(the deadline in words, what the statement is in the calendar's words)."""
    if is_amendment(stmt):
        return ("No deadline of its own: file an amendment as soon as you can.", "amendment")
    if stmt.form_type in LATE_FORMS:
        due = due_dates(session, [stmt]).get(stmt.id)
        rule = ("within 24 hours of each contribution or expenditure it reports (10 business "
                "days outside the 90 days before the election)")
        if due is None:
            return rule[:1].upper() + rule[1:] + ".", "late report"
        return f"{long_day(due)}: {rule}, counted from its earliest one.", "late report"
    if stmt.period_through is not None:
        year = filing_calendar.committee_year(session, stmt.committee_id,
                                              stmt.period_through.year)
        for p in year.planned:
            if p.statement_id == stmt.id and p.item.due is not None:
                return long_day(p.item.due), p.item.words
    due = calendar.statement_due(stmt.form_type, stmt.stmt_type, stmt.period_through,
                                 stmt.election_date)
    return (long_day(due) if due else "No fixed deadline in the filing calendar.", "")


def _rules(officer: Officer, when: str) -> tuple[str, ...]:
    own = [r.words for r in officer.delivery if r.when == when and when != "all"]
    general = [r.words for r in officer.delivery if r.when == "all"]
    return tuple(own + general) or ("Deliver it in person, by guaranteed overnight delivery "
                                    "or by mail (filed on its postmark date).",)


def packet_facts(session: Session, statement_id: int, officer_code: str | None = None,
                 statement_pages: int = 0) -> PacketFacts:
    """What the packet's first page says."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise PacketError(f"There is no statement {statement_id}.")
    officer = _officer(session, stmt.committee_id, officer_code)
    deadline, words = _deadline(session, stmt)
    second = _second_pre_election(stmt)
    when = ("pre_election_2" if second else "late_report" if stmt.form_type in LATE_FORMS
            else "all")
    period = (f"{stmt.period_from:%m/%d/%Y} to {stmt.period_through:%m/%d/%Y}"
              if stmt.period_from and stmt.period_through else
              f"election of {stmt.election_date:%m/%d/%Y}" if stmt.election_date else "")
    what = ", ".join(p for p in (spec_for(stmt.form_type).short_name,
                                 "second pre-election statement" if second else
                                 words.split(" (")[0].lower() if words else "", period) if p)
    email = officer.method == "email" and officer.email
    deliver = (officer.email,) if email else officer.address or (
        "(no address on file: ask the office where to deliver it)",)
    steps = [
        "Check the statement in the app first (F5, or calaccess-desktop validate "
        f"{statement_id}) and fix every error.",
        "Sign and date the verification on the cover page (the treasurer, and the candidate "
        "or officeholder for a controlled committee).",
        ("E-mail the signed statement as one PDF with a verified digital signature; a "
         "scanned signature is not accepted." if email else
         "Deliver the signed pages (not this page) by one of the ways above, on time."),
        f"Then record it: calaccess-desktop mark-filed {statement_id} --on YYYY-MM-DD --how "
        "personal|mail|overnight|email (or Statement > Mark filed on paper), and print its "
        "receipt.",
    ]
    notes = tuple(n for n in (officer.notes,) if n)
    note = ("A mailed statement is filed on its postmark date; if the deadline falls on a "
            "weekend or state holiday it moves to the next business day (already counted "
            "above)." if not second and when == "all" else
            "Regular mail is not allowed for this statement.")
    return PacketFacts(
        committee=stmt.committee.name, filer_id=stmt.committee.filer_id, statement=what,
        officer=officer.name, method=officer.method, deliver_to=tuple(deliver),
        deadline=deadline, deadline_note=note, rules=_rules(officer, when), steps=tuple(steps),
        statement_pages=statement_pages, notes=notes)


@dataclasses.dataclass
class _Shifted:
    """A statement part drawn after the packet's first page, with its own page numbers."""

    part: Part
    shift: int

    @property
    def key(self) -> str:
        return self.part.key

    def page_count(self) -> int:
        return self.part.page_count()

    def draw(self, c: Any, k: int, number: int, total: int) -> None:
        self.part.draw(c, k, number - self.shift, total - self.shift)


def build_packet(store: Store, statement_id: int, officer_code: str | None = None
                 ) -> Document:
    """The packet as a document: the first page, then the statement ready for signing."""
    with store.read() as session:
        snap, summary = summarize(session, statement_id)
        if snap.status in ("draft", "ready"):
            snap = dataclasses.replace(snap, status="ready")
        statement = prepare(snap, summary)
        facts = packet_facts(session, statement_id, officer_code, statement.total_pages)

    def first(c: Any, number: int, total: int) -> None:
        draw_first_page(c, facts, number, total)

    parts: list[Part] = [SinglePage(first, "packet")]
    parts += [_Shifted(p, 1) for p in statement.parts]
    doc = Document(parts, statement.info, f"Filing packet - {statement.title}",
                   "packet-" + statement.file_name)
    return doc


def write_packet(store: Store, statement_id: int, path: str | Path,
                 officer_code: str | None = None) -> int:
    """Write the packet PDF; returns its page count."""
    doc = build_packet(store, statement_id, officer_code)
    write_atomically(doc.render(), path)
    return doc.total_pages
