"""Proof of filing: a receipt for every accepted filing (any transport, and paper marks).

Kept how: REBUILT, never stored. A receipt is drawn from the stored record of the
filing alone: the ``Submission`` row (the frozen bytes and their SHA-256, the
filing ID and time, the officer, the protocol and, for a paper mark, the officer's
name and address as they were when it was marked) and its ``submission_events``
(the attempt log). None of these change once a filing is accepted, and the receipt
PDF is drawn in reportlab's invariant mode, so printing it again gives the same
bytes (a test holds this).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement, Submission, SubmissionEvent
from calaccess_desktop.efile.outbox import State
from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import write_atomically
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.officers.catalog import OfficerError, officer
from calaccess_desktop.proof.receipt_pdf import LogLine, ReceiptFacts, render_receipt
from calaccess_desktop.services.store import Store

PAPER = "paper"
CHANNELS = {
    "practice": "e-filed to the app's practice filing server at {url}",
    "netfile": "e-filed through NetFile's vendor e-filing API ({url})",
    "cars": "e-filed through the Secretary of State's CARS vendor API ({url})",
    "sos": "e-filed with the Secretary of State ({url})",
}
HOW = {"personal": "on paper, by personal delivery", "mail": "on paper, by mail",
       "overnight": "on paper, by guaranteed overnight delivery", "email": "by e-mail"}


class NoReceipt(UserError):
    """There is no accepted filing to give a receipt for (the message says why)."""


def _pacific(value: dt.datetime | None, seconds: bool = True) -> str:
    if value is None:
        return "-"
    aware = value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    try:
        from zoneinfo import ZoneInfo

        local, zone = aware.astimezone(ZoneInfo("America/Los_Angeles")), "PT"
    except Exception:
        local, zone = aware.astimezone(dt.UTC), "UTC"
    return local.strftime("%m/%d/%Y %H:%M:%S" if seconds else "%m/%d/%Y %H:%M") + f" {zone}"


def accepted_submission(session: Session, statement_id: int) -> int:
    """The statement's accepted filing (NoReceipt in words when it has none)."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise NoReceipt(f"There is no statement {statement_id}.")
    sub_id = session.scalars(select(Submission.id).where(
        Submission.statement_id == statement_id, Submission.state == State.ACCEPTED)
        .order_by(Submission.id.desc())).first()
    if sub_id is None:
        raise NoReceipt(f"Statement {statement_id} has no accepted filing yet ({stmt.status}); "
                        "a receipt is made once the filing officer accepts it, or once it is "
                        "marked filed on paper (mark-filed).")
    return sub_id


def _officer_lines(sub: Submission) -> tuple[str, ...]:
    opts = sub.options or {}
    if sub.protocol == PAPER and opts.get("officer_name"):
        lines = [str(opts["officer_name"]), *map(str, opts.get("officer_address") or [])]
        if opts.get("officer_email"):
            lines.append(str(opts["officer_email"]))
        return tuple(lines)
    if sub.officer:
        try:
            found = officer(sub.officer)
        except OfficerError:
            return (sub.officer,)
        return (found.name, found.jurisdiction)
    if sub.protocol == "practice":
        return ("The practice filing server (training)",)
    return ("(the filing officer was not recorded)",)


def _channel(sub: Submission) -> str:
    if sub.protocol == PAPER:
        return HOW.get(str((sub.options or {}).get("how", "")), "on paper")
    words = CHANNELS.get(sub.protocol, "e-filed ({url})")
    return words.format(url=sub.server_url or "address not recorded")


def _result(sub: Submission) -> str:
    if sub.protocol == PAPER:
        return "filed on the date above, as marked by the treasurer"
    warnings = sum(1 for m in sub.messages or () if m.get("level") != "error")
    return "accepted" + (f", with {warnings} warning(s) from the filing officer" if warnings
                         else " without warnings")


def receipt_facts(session: Session, submission_id: int) -> ReceiptFacts:
    """What the receipt of an accepted submission prints (from the stored record only)."""
    sub = session.get(Submission, submission_id)
    if sub is None:
        raise NoReceipt(f"There is no submission {submission_id}.")
    if sub.state != State.ACCEPTED:
        raise NoReceipt(f"Submission {submission_id} is {sub.state}, not accepted; a receipt "
                        "is made only for an accepted filing.")
    stmt = session.get(Statement, sub.statement_id)
    assert stmt is not None  # a submission's statement cannot be deleted (RESTRICT)
    period = (f"{stmt.period_from:%m/%d/%Y} to {stmt.period_through:%m/%d/%Y}"
              if stmt.period_from and stmt.period_through else
              f"election of {stmt.election_date:%m/%d/%Y}" if stmt.election_date else "")
    what = f"{spec_for(sub.form_type).short_name}" + (f", {period}" if period else "")
    kind = (f"amendment {sub.report_num:03d}" + (f" of {sub.amends_filing_id}"
                                                 if sub.amends_filing_id else "")
            if sub.report_num else "original statement")
    events = session.scalars(select(SubmissionEvent).where(
        SubmissionEvent.submission_id == submission_id).order_by(SubmissionEvent.id))
    log = tuple(LogLine(_pacific(e.at), str(e.attempt), e.action,
                        e.outcome + (f" [HTTP {e.http_status}]" if e.http_status else ""))
                for e in events)
    paper = sub.protocol == PAPER
    filed = (f"{stmt_day(sub)}" if paper else _pacific(sub.filed_at))
    return ReceiptFacts(
        submission_id=sub.id, committee=stmt.committee.name, filer_id=sub.filer_id,
        statement=f"{what} (statement {stmt.id})", kind=kind, officer=_officer_lines(sub),
        channel=_channel(sub), filing_id=sub.filing_id, filed=filed, size=len(sub.cal_bytes),
        sha256=sub.sha256, result=_result(sub), log=log,
        practice=_practice(sub))


def _practice(sub: Submission) -> bool:
    """Sent to a practice server (they listen only on this computer; real filing servers
    are reached over https elsewhere)."""
    from urllib.parse import urlsplit

    from calaccess_desktop.efile.protocol import is_loopback

    host = urlsplit(sub.server_url).hostname if sub.server_url else None
    return sub.protocol != PAPER and (sub.protocol == "practice" or is_loopback(host or ""))


def stmt_day(sub: Submission) -> str:
    """A paper filing's day (MM/DD/YYYY), as marked."""
    on = str((sub.options or {}).get("on", ""))
    try:
        return dt.date.fromisoformat(on).strftime("%m/%d/%Y")
    except ValueError:
        return _pacific(sub.filed_at, seconds=False)


def receipt_pdf(session: Session, submission_id: int) -> tuple[bytes, int]:
    """The receipt PDF of an accepted submission and its page count."""
    return render_receipt(receipt_facts(session, submission_id))


def write_receipt(store: Store, statement_id: int, path: str | Path, *,
                  submission_id: int | None = None) -> tuple[int, int]:
    """Write the receipt of the statement's accepted filing (or of ``submission_id``)
    to ``path``; returns (submission id, pages)."""
    with store.read() as session:
        sub_id = submission_id or accepted_submission(session, statement_id)
        sub = session.get(Submission, sub_id)
        if sub is not None and sub.statement_id != statement_id:
            raise NoReceipt(f"Submission {sub_id} is the filing of statement "
                            f"{sub.statement_id}, not of statement {statement_id}.")
        data, pages = receipt_pdf(session, sub_id)
    write_atomically(data, path)
    return sub_id, pages
