"""``outbox``: list submissions; ``--retry`` sends what is unfinished; ``--log ID`` prints
the attempt log in plain words (proof of a timely attempt; with ``--json`` as data, with the
server's raw answers); ``--withdraw ID`` and ``--reopen STATEMENT``; for a held submission
(no clear answer from a server that cannot be asked), the treasurer's answer after looking
on the agency's site: ``--received ID --filing-id FID [--filed-on DATE]`` or
``--not-received ID``.

Exit status of ``--retry``: 0 all accepted, 1 something rejected or failed, 3 something
still waiting.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store, row_id
from calaccess_desktop.commands.submit import (
    EXIT_PENDING,
    INTERRUPTED,
    add_password_options,
    credentials_prompter,
    pin_prompter,
    print_findings,
    report,
)
from calaccess_desktop.errors import UsageError


def _when(value: Any, *, seconds: bool = False) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M" + (":%S" if seconds else "")) \
        if value else ""


def _printable(text: str, limit: int = 300) -> str:
    """A server's text as it may be shown: no control characters, not too long."""
    text = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return text if len(text) <= limit else text[:limit] + "..."


def server_said(answer: str) -> str:
    """What a server's answer says, in its own words without the JSON around them:
    its summary or message, the state it reports and how many messages it has."""
    if answer.lstrip().startswith("<"):
        return xml_said(answer)
    try:
        doc = json.loads(answer)
    except ValueError:
        doc = None
    if not isinstance(doc, dict):
        return _printable(answer)
    words = [str(doc[k]) for k in ("summary", "message", "detail") if doc.get(k)]
    if not words and doc.get("error"):
        words.append(f"error: {doc['error']}")
    if doc.get("filing_id"):
        words.append(f"filing ID {doc['filing_id']}")
    messages = doc.get("messages")
    if isinstance(messages, list) and messages:
        n = len(messages)
        words.append(f"{n} message{'s' if n != 1 else ''} (below, in the app's words)")
    if doc.get("duplicate") is True:
        words.append("it already had this filing")
    return _printable("; ".join(words)) if words else "(an answer with nothing to show)"


XML_WORDS = {"accepted": "taken for processing", "job_id": "job", "error_message": "error",
             "job_status_code": "job status code", "job_status_detail": "job status",
             "status": "result (1 pending signatures, 2 accepted, 3 rejected)",
             "filing_id": "filing ID", "filing_date": "filing date"}


def xml_said(answer: str) -> str:
    """A NetFile XML answer in words: its fields, not its markup (the validation report is
    listed below, in the app's words). Read by pattern, so a shortened answer reads too."""
    import re

    words = [f"{XML_WORDS[tag]} {value.strip()}" for tag, value in
             re.findall(r"<([a-z_]{2,30})>([^<]{1,300})</\1>", answer)
             if tag in XML_WORDS and value.strip()]
    if "<validation_content>" in answer:
        words.append("a validation report (below, in the app's words)")
    return _printable("; ".join(words)) if words else _printable(answer)


def plain_log(session: Any, submission_id: int) -> str:
    """The attempt log for people: what was sent, each attempt, what the server said
    (in words, never its raw JSON) and its messages with the app's field labels."""
    from calaccess_desktop.services import filing

    d = filing.submission_detail(session, submission_id)
    r = d.row
    version = "the original statement" if not r.report_num else \
        f"amendment {r.report_num} of filing {r.amends_filing_id}"
    lines = [f"E-filing attempt log - submission {r.id}",
             f"Committee:       {r.committee} (filer ID {r.filer_id})",
             f"Statement:       {r.statement_id}, {r.form_type} {r.period}, {version}",
             f"Sent to:         {r.server_url}",
             f"File:            {r.size} bytes, SHA-256 {r.sha256} (the exact bytes sent)",
             f"State:           {r.state_label}"]
    if r.filing_id:
        lines.append(f"Filing ID:       {r.filing_id}, filed {_when(r.filed_at, seconds=True)}")
    lines += ["", "What happened (local time):"]
    for e in d.events:
        status = f" (HTTP {e.http_status})" if e.http_status else ""
        lines.append(f"  {_when(e.at, seconds=True)}  try {e.attempt}  {e.action}: "
                     f"{e.outcome}{status}")
        if e.answer:
            lines.append(f"      The server said: {server_said(e.answer)}")
    findings = filing.server_findings_detail(session, submission_id) if d.messages else []
    if findings:
        lines += ["", "Messages from the server, in the app's words:"]
        lines += [f"  {f.text}" for f in findings]
    return "\n".join(lines) + "\n"


def log_json(session: Any, submission_id: int) -> str:
    """The attempt log as data, with each server answer as the server sent it."""
    from calaccess_desktop.services import filing

    d = filing.submission_detail(session, submission_id)
    findings = filing.server_findings_detail(session, submission_id) if d.messages else []
    return json.dumps({
        "submission": d.row.id, "statement": d.row.statement_id, "state": d.row.state,
        "filing_id": d.row.filing_id, "sha256": d.row.sha256, "server": d.row.server_url,
        "events": [{"at": e.at.isoformat() if e.at else None, "attempt": e.attempt,
                    "action": e.action, "outcome": e.outcome, "http_status": e.http_status,
                    "answer": e.answer} for e in d.events],
        "messages": [{"level": f.level, "text": f.text, "server_said": f.details}
                     for f in findings],
    }, indent=1)


def _list(store: Any, as_json: bool) -> int:
    from calaccess_desktop.services import filing

    with store.read() as session:
        rows = filing.list_submissions(session)
    if as_json:
        print(json.dumps([{
            "id": r.id, "statement": r.statement_id, "filer_id": r.filer_id,
            "form": r.form_type, "report_num": r.report_num, "state": r.state,
            "attempts": r.attempts, "filing_id": r.filing_id,
            "filed_at": r.filed_at.isoformat() if r.filed_at else None,
            "next_attempt_at": r.next_attempt_at.isoformat() if r.next_attempt_at else None,
            "last_error": r.last_error, "server": r.server_url, "sha256": r.sha256,
            "protocol": r.protocol, "officer": r.officer,
        } for r in rows], indent=1))
        return EXIT_OK
    if not rows:
        print("The outbox is empty. File a statement with: calaccess-desktop submit STATEMENT")
        return EXIT_OK
    print(f"{'ID':>4}  {'STMT':>5}  {'FILER':<9}  {'FORM':<4}  {'KIND':<28}  {'STATE':<33}"
          f"  {'TRIES':>5}  RESULT")
    for r in rows:
        result = (f"{r.filing_id} {_when(r.filed_at)}" if r.filing_id else
                  f"next try {_when(r.next_attempt_at)}" if r.state in ("queued", "sending",
                                                                         "awaiting_ack")
                  else r.last_error)
        print(f"{r.id:>4}  {r.statement_id:>5}  {r.filer_id:<9}  {r.form_type:<4}  "
              f"{r.kind:<28}  {r.state_label:<33}  {r.attempts:>5}  {result}")
    return EXIT_OK


def _retry(store: Any, args: argparse.Namespace) -> int:
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services import filing

    if args.retry:
        missing = _missing_submissions(store, args.retry)
        if missing:
            print(f"error: there is no submission {', '.join(map(str, missing))}; nothing was "
                  "sent. `calaccess-desktop outbox` lists them.", file=sys.stderr)
            return EXIT_INPUT
    settings = settings_mod.load()
    reports = filing.process_outbox(
        store, credentials_prompter(args, settings), due_only=False, include_failed=True,
        only=args.retry or None, policy=filing.policy_from(settings),
        transport_for=filing.transports_from(settings), pin_for=pin_prompter(args, settings))
    if not reports:
        print(f"Nothing to send: submission {', '.join(map(str, args.retry))} "
              f"{'is' if len(args.retry) == 1 else 'are'} finished." if args.retry else
              "Nothing to send: every submission is finished.")
        return EXIT_OK
    codes = []
    for rep in reports:
        codes.append(report(rep, settings, args))
        if rep.submission.state in ("accepted", "rejected"):
            print_findings(store, rep.submission.id)
    if EXIT_INPUT in codes:
        return EXIT_INPUT
    return EXIT_PENDING if EXIT_PENDING in codes else EXIT_OK


def _missing_submissions(store: Any, wanted: list[int]) -> list[int]:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Submission

    with store.read() as session:
        have = set(session.scalars(select(Submission.id).where(Submission.id.in_(wanted))))
    return [n for n in wanted if n not in have]


def run(args: argparse.Namespace) -> int:
    """List, retry, print a log, withdraw or reopen."""
    from calaccess_desktop.efile.outbox import BusyError
    from calaccess_desktop.services import filing
    from calaccess_desktop.settings import SettingsError

    store = open_store(args)
    try:
        if args.log is not None:
            with store.read() as session:
                if args.json:
                    print(log_json(session, args.log))
                else:
                    sys.stdout.write(plain_log(session, args.log))
            return EXIT_OK
        if args.withdraw is not None:
            with store.transaction() as session:
                filing.withdraw(session, args.withdraw)
            print(f"Submission {args.withdraw} was withdrawn; its statement is a draft again.")
            return EXIT_OK
        if args.reopen is not None:
            with store.transaction() as session:
                filing.reopen_rejected(session, args.reopen)
            print(f"Statement {args.reopen} is a draft again: fix it and submit it anew.")
            return EXIT_OK
        if args.retry is not None:
            return _retry(store, args)
        if args.not_received is not None:
            with store.transaction() as session:
                filing.held_not_received(session, args.not_received)
            print(f"Submission {args.not_received} will be sent again (the same frozen "
                  "file): calaccess-desktop outbox --retry")
            return EXIT_OK
        if args.received is not None:
            if not args.filing_id:
                raise UsageError("--received needs --filing-id: the ID the agency's site "
                                 "shows for this filing")
            with store.transaction() as session:
                filing.held_received(session, args.received, args.filing_id, args.filed_on)
            print(f"Submission {args.received} is recorded as filed: {args.filing_id.strip()} "
                  "(as you confirmed from the agency's site).")
            return EXIT_OK
        return _list(store, args.json)
    except (SettingsError, BusyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_PENDING
    finally:
        store.close()


def _date(text: str) -> Any:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a date (YYYY-MM-DD)") from None


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "outbox", run, "list e-filing submissions; retry, print attempt logs")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--retry", nargs="*", type=row_id("submission"), metavar="ID",
                       help="send every unfinished submission now (or only these IDs), "
                       "including failed ones")
    group.add_argument("--log", type=row_id("submission"), metavar="SUBMISSION",
                       help="print a submission's attempt log (proof of each attempt)")
    group.add_argument("--withdraw", type=row_id("submission"), metavar="SUBMISSION",
                       help="take back a submission that never reached the server")
    group.add_argument("--reopen", type=row_id("statement"), metavar="STATEMENT",
                       help="make a rejected statement an editable draft again")
    group.add_argument("--received", type=row_id("submission"), metavar="SUBMISSION",
                       help="a held submission IS on the agency's site (with --filing-id)")
    group.add_argument("--not-received", type=row_id("submission"), metavar="SUBMISSION",
                       help="a held submission is NOT on the agency's site: send it again")
    p.add_argument("--filing-id", metavar="ID", help="with --received: the agency's filing ID")
    p.add_argument("--filed-on", type=_date, metavar="YYYY-MM-DD",
                   help="with --received: the filing date the agency shows (default today)")
    p.add_argument("--json", action="store_true",
                   help="list as JSON (with --log: the log as JSON, with the server's raw "
                   "answers)")
    add_password_options(p)
    return p
