"""``submit STATEMENT [--server URL] [--protocol P]``: freeze a statement, put it in the
outbox, send it. The protocol and server come from the committee's filing officer
(the SOS: the practice protocol to the settings' endpoint; a NetFile city: NetFile's
vendor API with the committee's filer ID there, ``--filer-id``, reply ``--email`` and
``--signer`` IDs, remembered for the committee); ``--protocol`` overrides it.

Exit status: 0 accepted, 1 rejected or refused, 3 not finished yet (it stays in
the outbox; ``outbox --retry`` or the app sends it later).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from calaccess_desktop.commands.common import EXIT_INPUT, EXIT_OK, add_command, open_store, row_id

EXIT_PENDING = 3
INTERRUPTED = ("Interrupted. Anything frozen stays in the outbox, and nothing is sent twice: "
               "calaccess-desktop outbox --retry finishes it.")


HOW_TO_GIVE = ("Give it on standard input with --password-stdin (for example: "
               "printf '%s\\n' \"$PASSWORD\" | calaccess-desktop outbox --retry "
               "--password-stdin), or run the command in a terminal to type it")


def password_needed(filer_id: str, reason: str, *, stopped: bool = False) -> Exception:
    """The plain refusal when no password could be had; what waits stays waiting."""
    from calaccess_desktop.services.filing import FilingError

    head = ("Stopped at the password prompt" if stopped else
            f"The e-filing password for filer {filer_id} is needed to send, but {reason}")
    exc = FilingError(f"{head}. Nothing was sent: what is in the outbox stays there, waiting "
                      f"to send. {HOW_TO_GIVE}.")
    if stopped:
        exc.exit_status = EXIT_PENDING
    return exc


def read_password(filer_id: str, why: str, args: argparse.Namespace) -> str:
    """The password from stdin (--password-stdin) or typed, after saying why it is asked.
    No password (standard input at its end, an empty line, Ctrl+C) is a FilingError that
    says how to give one."""
    if getattr(args, "password_stdin", False):
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise password_needed(filer_id, "standard input (--password-stdin) held no "
                                  "password")
        return password
    import getpass
    import warnings

    print(f"The e-filing password for filer {filer_id} is needed: {why}.", file=sys.stderr)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", getpass.GetPassWarning)
            password = getpass.getpass(f"E-filing password for filer {filer_id}: ")
    except EOFError:
        print(file=sys.stderr)
        raise password_needed(filer_id, "standard input has ended (it is not a terminal, "
                              "or nothing more can be read from it)") from None
    except KeyboardInterrupt:
        print(file=sys.stderr)
        raise password_needed(filer_id, "", stopped=True) from None
    if not password:
        raise password_needed(filer_id, "none was typed")
    return password


def pin_prompter(args: argparse.Namespace, settings: Any) -> Any:
    """``signer_id -> PIN``: the keyring first, else the next line of standard input
    (--password-stdin) or typed; a typed PIN is saved unless --no-save-password."""
    from calaccess_desktop.services import filing

    cache: dict[str, str] = {}

    def get(signer_id: str) -> str:
        if signer_id in cache:
            return cache[signer_id]
        pin = None if args.password_stdin else filing.saved_signer_pin(signer_id, settings)
        if not pin:
            if args.password_stdin:
                pin = sys.stdin.readline().rstrip("\r\n")
            else:
                import getpass

                try:
                    pin = getpass.getpass(f"PIN of signer {signer_id}: ")
                except (EOFError, KeyboardInterrupt):
                    pin = ""
            if not pin:
                from calaccess_desktop.services.filing import FilingError

                exc = FilingError(
                    f"The PIN of signer {signer_id} is needed to send, but none was given. "
                    "Nothing was sent: what is in the outbox stays there, waiting to send. "
                    "Type it when asked, or with --password-stdin give one line per signer "
                    "after the password.")
                exc.exit_status = EXIT_PENDING
                raise exc
            if not args.password_stdin and not args.no_save_password:
                filing.remember_signer_pin(signer_id, pin, settings)
        cache[signer_id] = pin
        return pin

    return get


def credentials_prompter(args: argparse.Namespace, settings: Any) -> Any:
    """``filer_id -> Credentials``: the keyring first, else ask (once per filer)."""
    from calaccess_desktop.services import filing

    cache: dict[str, Any] = {}
    stdin_password: list[str] = []

    def get(filer_id: str) -> Any:
        if filer_id in cache:
            return cache[filer_id]
        saved = (filing.SavedCredentials(None) if args.password_stdin
                 else filing.saved_credentials(filer_id, settings))
        creds = saved.creds
        if creds is None:
            if args.password_stdin and stdin_password:
                password = stdin_password[0]
            else:
                password = read_password(filer_id, saved.why, args)
                stdin_password.append(password)
            creds = filing.credentials(filer_id, password, settings)
            if saved.can_save and not args.no_save_password:
                print(filing.remember_password(filer_id, password, settings), file=sys.stderr)
        cache[filer_id] = creds
        return creds

    return get


def report(rep: Any, settings: Any, args: argparse.Namespace) -> int:
    """Print where a submission ended; the exit status."""
    from calaccess_desktop.services import filing

    row = rep.submission
    if row.state == "accepted":
        print(f"Accepted: statement {row.statement_id} was filed as {row.filing_id} on "
              f"{row.filed_at.astimezone().isoformat(timespec='seconds') if row.filed_at else ''}"
              f" (submission {row.id}).")
        return EXIT_OK
    if row.state == "rejected":
        print(f"Rejected: the server did not accept statement {row.statement_id} "
              f"(submission {row.id}). What it said:")
        return EXIT_INPUT
    if row.state == "failed":
        print(f"Failed: submission {row.id}: {row.last_error}", file=sys.stderr)
        if rep.auth_refused and not args.password_stdin and filing.forget_password(
                row.filer_id, settings):
            print("The saved password was removed from the keyring; run the command again "
                  "to type the right one.", file=sys.stderr)
        return EXIT_INPUT
    if row.state == "held":
        print(held_words(row.id))
        return EXIT_PENDING
    when = (f" after {row.next_attempt_at.astimezone():%Y-%m-%d %H:%M:%S}"
            if row.next_attempt_at else "")
    print(f"Not filed yet: submission {row.id} is {row.state_label} ({rep.note or 'pending'}). "
          f"It stays in the outbox and is tried again{when}: calaccess-desktop outbox --retry")
    return EXIT_PENDING


def held_words(submission_id: int) -> str:
    """What the treasurer does with a held submission, with the two commands."""
    return (f"Held: submission {submission_id} was sent, but no clear answer came back, and "
            "this agency's system cannot be asked whether it received it. So it is not sent "
            "again by itself. Look for it on the agency's filing site, then answer:\n"
            f"  it is there:     calaccess-desktop outbox --received {submission_id} "
            "--filing-id ID [--filed-on YYYY-MM-DD]\n"
            f"  it is not there: calaccess-desktop outbox --not-received {submission_id}\n"
            f"The proof of each attempt: calaccess-desktop outbox --log {submission_id}")


def print_findings(store: Any, submission_id: int) -> None:
    """The server's messages in the app's words, each followed by the server's own."""
    from calaccess_desktop.services import filing

    with store.read() as session:
        for finding in filing.server_findings_detail(session, submission_id):
            print(f"  {finding.text}")
            print(f"    the server said: {finding.details}")


def run(args: argparse.Namespace) -> int:
    """Freeze, queue and send."""
    from calaccess_desktop.efile.outbox import BusyError
    from calaccess_desktop.settings import SettingsError

    try:
        return _run(args)
    except (SettingsError, BusyError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print(INTERRUPTED, file=sys.stderr)
        return EXIT_PENDING


def _run(args: argparse.Namespace) -> int:
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.db.orm import Submission
    from calaccess_desktop.services import filing

    settings = settings_mod.load()
    store = open_store(args)
    try:
        with store.transaction() as session:
            dest = filing.destination_for(
                session, args.statement, default_url=settings.endpoint_url,
                protocol=args.protocol, server_url=args.server, filer_id=args.filer_id,
                email=args.email, signer_ids=args.signer)
            sub_id = filing.queue_statement(session, args.statement,
                                            server_url=dest.server_url, destination=dest)
            sub = session.get(Submission, sub_id)
            assert sub is not None
            if sub.state == "failed":
                filing.retry_now(session, sub_id)
            filer_id, size, digest = sub.filer_id, len(sub.cal_bytes), sub.sha256
            protocol, state = sub.protocol, sub.state
        print(f"Statement {args.statement} is frozen for filing as submission {sub_id} "
              f"({size} bytes, SHA-256 {digest}); it can no longer change.")
        if protocol != "practice":
            print(f"It goes to {dest.officer_name} ({protocol}, {dest.server_url}) as filer "
                  f"{filer_id}.")
        if state == "held":
            print(held_words(sub_id))
            return EXIT_PENDING
        if args.queue_only:
            print("Queued; it will be sent by `calaccess-desktop outbox --retry` or the app.")
            return EXIT_OK
        if protocol == "cars":  # the vendor's machine credentials, not a filer password
            from calaccess_desktop.efile.protocol import Credentials

            creds = Credentials(filer_id, "", settings.vendor_id)
        else:
            creds = credentials_prompter(args, settings)(filer_id)
        signers = filing.signer_ids(store, sub_id)
        if signers:
            creds = filing.with_signers(creds, signers, pin_prompter(args, settings))
        rep = filing.send(store, sub_id, creds, policy=filing.policy_from(settings),
                          transport_for=filing.transports_from(settings))
        code = report(rep, settings, args)
        if rep.submission.state in ("accepted", "rejected"):
            print_findings(store, sub_id)
        return code
    finally:
        store.close()


def add_password_options(p: argparse.ArgumentParser) -> None:
    """--password-stdin and --no-save-password."""
    p.add_argument("--password-stdin", action="store_true",
                   help="read the e-filing password from the first line of standard input "
                   "(for scripts); it is not saved")
    p.add_argument("--no-save-password", action="store_true",
                   help="do not save a typed password in the system keyring")


def protocols() -> list[str]:
    """The filing protocols known (efile/adapters.py)."""
    from calaccess_desktop.efile.adapters import ADAPTERS

    return list(ADAPTERS)


def register(sub: Any) -> argparse.ArgumentParser:
    """Add the command."""
    p = add_command(sub, "submit", run, "e-file a statement through the outbox")
    p.add_argument("statement", type=row_id("statement"), metavar="STATEMENT")
    p.add_argument("--server", metavar="URL",
                   help="filing server (default: the endpoint in the settings)")
    p.add_argument("--protocol", choices=sorted(protocols()),
                   help="how to file (default: the committee's filing officer's way)")
    p.add_argument("--filer-id", metavar="ID",
                   help="the committee's filer ID at a local agency (NetFile: ABC-123456); "
                   "remembered for the committee")
    p.add_argument("--email", metavar="ADDRESS",
                   help="where the agency sends its answer (default: the treasurer's e-mail)")
    p.add_argument("--signer", action="append", metavar="ID",
                   help="a signer's signer ID, for agencies that require signers (repeat for "
                   "each); the PIN is asked, or read from the keyring")
    p.add_argument("--queue-only", action="store_true",
                   help="freeze and queue it, but do not send now")
    add_password_options(p)
    return p
