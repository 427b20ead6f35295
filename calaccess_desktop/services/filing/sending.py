"""Sending submissions over the network through ``efile.outbox``.

``send`` takes one submission as far as it goes now; ``process_outbox`` sends
everything due, originals and lower amendments first.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Submission, SubmissionEvent
from calaccess_desktop.efile import adapters
from calaccess_desktop.efile.outbox import ACTIVE, BusyError, Outbox, Policy, State
from calaccess_desktop.efile.protocol import Credentials
from calaccess_desktop.efile.transport import Transport
from calaccess_desktop.services.filing.actor import filer, refusal_to_file, sent_by
from calaccess_desktop.services.filing.common import FilingError, _get_submission, _utc, utcnow
from calaccess_desktop.services.filing.passwords import saved_signer_pin, with_signers
from calaccess_desktop.services.filing.queue import retry_now
from calaccess_desktop.services.filing.repo import StoreRepo, process_owner
from calaccess_desktop.services.filing.views import SubmissionRow, _row_of
from calaccess_desktop.services.store import Store
from calaccess_desktop.settings import Settings


@dataclass(frozen=True)
class SendReport:
    """What one run did to one submission."""

    submission: SubmissionRow
    retry_in: float | None = None
    note: str = ""
    auth_refused: bool = False  # the server refused the filer ID or password (HTTP 401)

    @property
    def finished(self) -> bool:
        """Accepted, rejected or failed."""
        return self.submission.state not in ACTIVE


def policy_from(settings: Settings, *, rounds: int = 3, polls: int = 12) -> Policy:
    """The retry policy the settings ask for."""
    return Policy(rounds=rounds, base_delay=settings.retry_base_seconds,
                  max_delay=settings.retry_max_seconds, poll_first=settings.poll_first_seconds,
                  polls=polls)


TransportFor = Callable[[str, str], Transport]  # (protocol, server URL) -> transport


def transports_from(settings: Settings) -> TransportFor:
    """Transports with the settings' timeouts."""
    return http_transports(settings.connect_timeout, settings.read_timeout)


def http_transports(connect_timeout: float = 10.0, read_timeout: float = 90.0
                    ) -> TransportFor:
    """A transport factory: one transport per protocol and server URL
    (``efile/adapters.py`` picks the class by the submission's protocol)."""
    cache: dict[tuple[str, str], Transport] = {}

    def get(protocol: str, url: str) -> Transport:
        if (protocol, url) not in cache:
            cache[protocol, url] = adapters.transport(
                protocol, url, connect_timeout=connect_timeout, read_timeout=read_timeout)
        return cache[protocol, url]

    return get


def send(store: Store, submission_id: int, creds: Credentials, *, policy: Policy | None = None,
         transport_for: TransportFor | None = None,
         sleep: Callable[[float], None] = time.sleep, owner: str | None = None) -> SendReport:
    """Take one submission as far as it goes now (network I/O; raises BusyError)."""
    with store.read() as s:
        actor = filer(s)
        sub = _get_submission(s, submission_id)
        if sub.filer_id.upper() != creds.filer_id.strip().upper():
            raise FilingError(f"submission {submission_id} is for filer {sub.filer_id}, not "
                              f"{creds.filer_id}")
        blocker = _blocked_by(s, sub)
        uploading = sub.state == State.QUEUED
    if blocker:
        return SendReport(_row_of(store, submission_id), None, blocker)
    if uploading:
        with store.transaction() as s:
            sub = _get_submission(s, submission_id)
            sent_by(s, sub.id, sub.attempts, sub.statement_id, actor, sub.server_url)
    box = Outbox(StoreRepo(store), transport_for or http_transports(), policy=policy,
                 owner=owner or process_owner(), sleep=sleep)
    result = box.run(submission_id, creds)
    row = _row_of(store, submission_id)
    with store.read() as s:
        last = s.scalars(select(SubmissionEvent.http_status).where(
            SubmissionEvent.submission_id == submission_id).order_by(
            SubmissionEvent.id.desc())).first()
    refused = row.state == State.FAILED and (last == 401 or result.auth_refused)
    return SendReport(row, result.retry_in, result.note, refused)


def _blocked_by(s: Session, sub: Submission) -> str:
    """Why an amendment must wait (an earlier amendment of the chain is still unfinished)."""
    if not sub.report_num or sub.state not in ACTIVE:
        return ""
    earlier = s.scalars(select(Submission).where(
        Submission.amends_filing_id == sub.amends_filing_id, Submission.id != sub.id,
        Submission.report_num < sub.report_num, Submission.state.in_(list(ACTIVE)),
    )).first()
    if earlier is None:
        return ""
    return (f"waiting: amendment {earlier.report_num:03d} (submission {earlier.id}) must be "
            "accepted first")


def runnable(session: Session, *, due_only: bool = True, include_failed: bool = False,
             now: dt.datetime | None = None) -> list[int]:
    """Submissions to send now, in filing order (originals and lower amendments first)."""
    states = [*ACTIVE, *([State.FAILED] if include_failed else [])]
    subs = session.scalars(select(Submission).where(Submission.state.in_(states))).all()
    now = now or utcnow()
    out = [
        s for s in subs
        if s.state == State.FAILED or not due_only or (_utc(s.next_attempt_at) or now) <= now
    ]
    out.sort(key=lambda s: (s.report_num, s.id))
    return [s.id for s in out]


def process_outbox(store: Store, credentials_for: Callable[[str], Credentials | None], *,
                   due_only: bool = True, include_failed: bool = False,
                   only: Iterable[int] | None = None, policy: Policy | None = None,
                   transport_for: TransportFor | None = None,
                   sleep: Callable[[float], None] = time.sleep,
                   pin_for: Callable[[str], str | None] | None = None) -> list[SendReport]:
    """Send what is due (``due_only=False``: everything unfinished). Failed submissions are
    retried only with ``include_failed``. ``credentials_for(filer_id)`` may return None
    to skip a filer; ``pin_for(signer_id)`` gives a signer's PIN (default: the keyring),
    None to skip a submission that needs it."""
    with store.transaction() as s:
        ids = runnable(s, due_only=due_only, include_failed=include_failed)
        if only is not None:
            wanted = set(only)
            ids = [i for i in ids if i in wanted]
        not_filer = refusal_to_file(s)
        for i in ids if not not_filer else ():
            if include_failed and _get_submission(s, i).state == State.FAILED:
                retry_now(s, i)
    if not_filer:  # a preparer's window: what is queued waits for a treasurer
        return [SendReport(_row_of(store, i), None, not_filer) for i in ids]
    transports = transport_for or http_transports()
    owner = process_owner()
    reports = []
    for sub_id in ids:
        row = _row_of(store, sub_id)
        creds = credentials_for(row.filer_id)
        if creds is None:
            reports.append(SendReport(row, None, f"no password for filer {row.filer_id}"))
            continue
        signers = signer_ids(store, sub_id)
        pins = {s: (pin_for or _saved_pin)(s) for s in signers}
        missing = [s for s, pin in pins.items() if not pin]
        if missing:
            reports.append(SendReport(row, None, f"no PIN for signer {', '.join(missing)}"))
            continue
        if signers:
            creds = with_signers(creds, signers, pins.__getitem__)
        try:
            reports.append(send(store, sub_id, creds, policy=policy, transport_for=transports,
                                sleep=sleep, owner=owner))
        except BusyError as exc:
            reports.append(SendReport(row, None, str(exc)))
    return reports


def signer_ids(store: Store, submission_id: int) -> list[str]:
    """The signer IDs a submission is sent with (their PINs are in the keyring)."""
    with store.read() as s:
        ids = (_get_submission(s, submission_id).options or {}).get("signer_ids") or []
    return [str(i) for i in ids] if isinstance(ids, list) else []


def _saved_pin(signer_id: str) -> str | None:
    from calaccess_desktop import settings as settings_mod

    return saved_signer_pin(signer_id, settings_mod.load())
