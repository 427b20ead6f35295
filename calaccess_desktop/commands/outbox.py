"""``outbox``: list submissions; ``--retry`` sends what is unfinished; ``--log ID`` prints
the attempt log (proof of a timely attempt); ``--withdraw ID`` and ``--reopen STATEMENT``.

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
    print_findings,
    report,
)


def _when(value: Any) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


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

    settings = settings_mod.load()
    reports = filing.process_outbox(
        store, credentials_prompter(args, settings), due_only=False, include_failed=True,
        only=args.retry or None, policy=filing.policy_from(settings),
        transport_for=filing.transports_from(settings))
    if not reports:
        print("Nothing to send: every submission is finished.")
        return EXIT_OK
    codes = []
    for rep in reports:
        codes.append(report(rep, settings, args))
        if rep.submission.state in ("accepted", "rejected"):
            print_findings(store, rep.submission.id)
    if EXIT_INPUT in codes:
        return EXIT_INPUT
    return EXIT_PENDING if EXIT_PENDING in codes else EXIT_OK


def run(args: argparse.Namespace) -> int:
    """List, retry, print a log, withdraw or reopen."""
    from calaccess_desktop.efile.outbox import BusyError
    from calaccess_desktop.services import filing
    from calaccess_desktop.settings import SettingsError

    store = open_store(args)
    try:
        if args.log is not None:
            with store.read() as session:
                sys.stdout.write(filing.attempt_log(session, args.log))
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
        return _list(store, args.json)
    except (SettingsError, BusyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_PENDING
    finally:
        store.close()


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
    p.add_argument("--json", action="store_true", help="list as JSON")
    add_password_options(p)
    return p
