"""Marking a statement filed on paper or by e-mail (officers without e-filing).

A paper mark is stored as a ``Submission`` with its own protocol (``paper``), state
``accepted`` from the start, so the outbox, the statement list and the receipts treat
it like any accepted filing, and the outbox never sends it anywhere. The mark keeps:

- the exact .CAL bytes of the statement as filed, and their SHA-256 (the proof hash);
- the filing officer (its code in ``Submission.officer``; its name, address and
  e-mail in ``Submission.options``, as they were when the mark was made);
- how it was delivered (personal, mail, overnight, email) and on which day;
- the filing ID the officer gave, if any.

The statement becomes ``filed`` and locked, exactly as after an accepted e-filing
(an amendment's earlier version becomes ``amended``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, Submission, SubmissionEvent, UndoEntry
from calaccess_desktop.efile.outbox import State
from calaccess_desktop.efile.protocol import sha256_hex
from calaccess_desktop.errors import UserError
from calaccess_desktop.officers.model import WAY_WORDS, Officer
from calaccess_desktop.services.editing import EDITABLE
from calaccess_desktop.services.exporter import export_snapshot
from calaccess_desktop.services.filing.actor import filer, filing_step
from calaccess_desktop.services.filing.queue import open_submission
from calaccess_desktop.services.officers import officers_of
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.undo import row_image

PROTOCOL = "paper"
WAYS = ("personal", "mail", "overnight", "email")
HOW_WORDS = {w: WAY_WORDS[w] for w in WAYS}
MAX_FILING_ID = 20  # Submission.filing_id / Statement.filing_id
# Filed with the SOS electronically only, never on paper (F497-DLV-001 [FPPCADA-497];
# state Forms 496 likewise [FILL-496]).
ELECTRONIC_ONLY = frozenset({"F497", "F496"})


class PaperFilingError(UserError):
    """Marking a statement filed was refused; the message says why."""


@dataclass(frozen=True)
class PaperMark:
    """What a paper mark recorded."""

    submission_id: int
    statement_id: int
    on: dt.date
    how: str
    officer: str  # the officer in a sentence ("the Practice County Registrar of Voters")
    filing_id: str


def pacific_noon(day: dt.date) -> dt.datetime:
    """Noon in California on ``day``, in UTC (a filing day without a time of day)."""
    try:
        from zoneinfo import ZoneInfo

        local = dt.datetime.combine(day, dt.time(12), ZoneInfo("America/Los_Angeles"))
    except Exception:  # no time zone data: noon UTC keeps the same day
        local = dt.datetime.combine(day, dt.time(12), dt.UTC)
    return local.astimezone(dt.UTC)


def _officer(session: Session, committee_id: int, code: str | None) -> Officer:
    chosen = officers_of(session, committee_id)
    if not code:
        paper = [o for o in chosen if not o.efiles]
        return (paper or chosen)[0]
    for o in chosen:
        if o.code.upper() == code.strip().upper():
            return o
    names = ", ".join(f"{o.code} ({o.name})" for o in chosen)
    raise PaperFilingError(f"The committee does not file with {code!r}; its filing officers "
                           f"are {names}.")


def _check(stmt: Statement, on: dt.date, how: str, filing_id: str, today: dt.date) -> None:
    if how not in WAYS:
        raise PaperFilingError(f"How was it filed? {how!r} is not one of: "
                               f"{', '.join(WAYS)}.")
    if on > today:
        raise PaperFilingError(f"The filing date {on:%m/%d/%Y} is in the future; give the "
                               "day it was delivered, mailed or e-mailed.")
    if stmt.period_from is not None and on < stmt.period_from:
        raise PaperFilingError(f"The filing date {on:%m/%d/%Y} is before the statement's "
                               f"period begins ({stmt.period_from:%m/%d/%Y}); give the day "
                               "it was delivered, mailed or e-mailed.")
    if stmt.period_through is not None and on < stmt.period_through:
        raise PaperFilingError(f"The filing date {on:%m/%d/%Y} is before the statement's "
                               f"period ends ({stmt.period_through:%m/%d/%Y}): a statement "
                               "is filed once its period is over. Give the day it was "
                               "delivered, mailed or e-mailed.")
    if len(filing_id) > MAX_FILING_ID:
        raise PaperFilingError(f"The filing ID is {len(filing_id)} characters long; at most "
                               f"{MAX_FILING_ID} fit.")
    if stmt.status in ("filed", "amended"):
        raise PaperFilingError(f"Statement {stmt.id} is already filed"
                               + (f" ({stmt.filing_id})" if stmt.filing_id else "")
                               + "; to change it, amend it.")


def mark_filed(session: Session, statement_id: int, *, on: dt.date, how: str,
               filing_id: str = "", officer_code: str | None = None,
               today: dt.date | None = None) -> PaperMark:
    """Record that the statement was filed on paper or by e-mail (one transaction).
    Only a treasurer marks a filing, once the data file has users."""
    actor = filer(session)
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise PaperFilingError(f"There is no statement {statement_id}.")
    how, filing_id = how.strip().lower(), filing_id.strip()
    _check(stmt, on, how, filing_id, today or dt.date.today())
    busy = open_submission(session, statement_id)
    if busy is not None:
        raise PaperFilingError(
            f"Statement {statement_id} is in the outbox (submission {busy.id}, {busy.state}); "
            "withdraw it first (outbox --withdraw) if it was filed on paper instead.")
    if stmt.status not in EDITABLE:
        raise PaperFilingError(f"Statement {statement_id} is {stmt.status}; only a draft or "
                               "a statement ready to file can be marked filed on paper.")
    officer = _officer(session, stmt.committee_id, officer_code)
    if officer.is_sos and stmt.form_type in ELECTRONIC_ONLY:
        number = stmt.form_type.removeprefix("F")
        raise PaperFilingError(f"A state committee files Form {number} electronically with "
                               "the Secretary of State, not on paper: e-file it (submit).")
    data = export_snapshot(build_snapshot(session, statement_id),
                           target=f"statement {statement_id}")
    filed_at = pacific_noon(on)
    sub = Submission(
        statement_id=statement_id, filer_id=(stmt.committee.filer_id or "").upper()[:20],
        form_type=stmt.form_type, report_num=stmt.report_num,
        amends_filing_id=stmt.original_filing_id if stmt.report_num else "",
        idempotency_key=uuid.uuid4().hex, server_url="", cal_bytes=data,
        sha256=sha256_hex(data), state=State.ACCEPTED, protocol=PROTOCOL,
        officer=officer.code[:80], filing_id=filing_id, filed_at=filed_at,
        next_attempt_at=None,
        options={"how": how, "on": on.isoformat(), "officer_name": officer.name,
                 "officer_address": list(officer.address), "officer_email": officer.email,
                 "marked_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")},
    )
    session.add(sub)
    session.flush()
    kind = f"amendment {stmt.report_num:03d}" if stmt.report_num else "original"
    id_words = f", filing ID {filing_id}" if filing_id else ", no filing ID given"
    session.add_all([
        SubmissionEvent(submission_id=sub.id, attempt=0, action="queued",
                        outcome=f"statement {statement_id} ({stmt.form_type}, {kind}) frozen "
                        f"as filed: {len(data)} bytes, sha256 {sub.sha256}"),
        SubmissionEvent(submission_id=sub.id, attempt=1, action="result",
                        outcome=f"FILED with {officer.the_name} by {HOW_WORDS[how]} on "
                        f"{on:%m/%d/%Y}{id_words} (marked by {actor.words()})"),
    ])
    before = row_image(stmt)
    stmt.status, stmt.locked = "filed", True
    stmt.filing_id, stmt.filed_at = filing_id, filed_at
    if stmt.amends_statement_id:
        prev = session.get(Statement, stmt.amends_statement_id)
        if prev is not None and prev.status == "filed":
            prev.status = "amended"
    session.execute(delete(UndoEntry).where(UndoEntry.statement_id == statement_id))
    filing_step(session, stmt, before,
                f"Marked filed with {officer.the_name} by {HOW_WORDS[how]} "
                f"on {on:%m/%d/%Y}{id_words}")
    return PaperMark(sub.id, statement_id, on, how, officer.the_name, filing_id)
