"""The outbox state machine: send a frozen submission exactly once, whatever happens.

States (each persisted before the next network step)::

    queued -> sending -> awaiting_ack [-> awaiting_signatures] -> accepted | rejected
       ^         |            |
       +---------+------------+   (no clear answer: back to queued, retry later)
    any active state -> failed    (the server refused the request itself: 4xx)
    sending/queued -> held        (no clear answer from a server that cannot be asked:
                                   the treasurer checks the agency's site and answers)

Rules that make a double filing impossible:

1. ``maybe_on_server`` is stored *before* an upload starts. While it is set,
   nothing is uploaded again until the server has been asked (by idempotency
   key) whether it already has the submission.
2. Every upload carries the submission's idempotency key, so a server that got
   it twice answers with the first job instead of filing again.
3. A process that finds ``sending`` (it was killed mid-upload) treats it as an
   unclear outcome: ask first.
4. A transport that cannot be asked (``can_lookup`` False: NetFile has no idempotency
   key) never gets a second upload after an unclear outcome: the submission is
   ``held`` until the treasurer says "not received, send again" or "received as
   filing ..." (``services/filing/held.py``).

The store side is the ``Repo`` protocol (implemented in ``services/filing/``);
each ``update`` is one short transaction, never held across network I/O.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from calaccess_desktop.efile.protocol import (
    ACCEPTED,
    PENDING_SIGNATURE,
    Credentials,
    JobStatus,
    Upload,
)
from calaccess_desktop.efile.transport import (
    JobLostError,
    RefusedError,
    Transport,
    TransportError,
    UnclearError,
)
from calaccess_desktop.errors import UserError

log = logging.getLogger(__name__)


class State(StrEnum):
    """Where a submission is."""

    QUEUED = "queued"
    SENDING = "sending"
    AWAITING_ACK = "awaiting_ack"
    AWAITING_SIGNATURES = "awaiting_signatures"  # received; the signers must verify
    HELD = "held"  # the answer was lost and the server cannot be asked: the treasurer checks
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"  # taken back by the user before it ever reached a server


TERMINAL = frozenset({State.ACCEPTED, State.REJECTED, State.FAILED, State.WITHDRAWN})
ACTIVE = frozenset({State.QUEUED, State.SENDING, State.AWAITING_ACK,
                    State.AWAITING_SIGNATURES})
WAITING_FOR_JOB = frozenset({State.AWAITING_ACK, State.AWAITING_SIGNATURES})
LABELS = {
    State.QUEUED: "waiting to send",
    State.SENDING: "sending",
    State.AWAITING_ACK: "sent, awaiting acknowledgement",
    State.AWAITING_SIGNATURES: "received, waiting for the signers to verify their signatures",
    State.HELD: "held: check the agency's site, then answer",
    State.ACCEPTED: "accepted",
    State.REJECTED: "rejected",
    State.FAILED: "failed (needs attention)",
    State.WITHDRAWN: "withdrawn (never sent)",
}


HELD_NOTE = (
    "Check on the agency's filing site whether it received this statement. If it did, "
    "answer \"It was received\" with its filing ID; if it did not, answer \"Not received: "
    "send again\". Until then it is not sent again.")
SIGNATURES_NOTE = (
    "Each signer gets an e-mail from the agency: ask them to verify their signature on the "
    "agency's filing site. The app keeps checking and shows the filing ID when it is filed.")


class BusyError(UserError):
    """Another process is sending this submission right now (a known failure)."""


class ConflictError(Exception):
    """The submission changed state under us (another process took it over)."""


@dataclass(frozen=True)
class Item:
    """A submission as the outbox sees it."""

    id: int
    state: State
    data: bytes
    sha256: str
    idempotency_key: str
    filer_id: str
    server_url: str
    report_num: int = 0
    amends_filing_id: str = ""
    job_id: str = ""
    maybe_on_server: bool = False
    attempts: int = 0
    protocol: str = "practice"
    email: str = ""

    def upload(self) -> Upload:
        """What to send."""
        return Upload(self.data, self.idempotency_key, self.amends_filing_id, self.report_num,
                      self.email)


@dataclass(frozen=True)
class Event:
    """One line of the attempt log."""

    attempt: int
    action: str  # start | upload | lookup | poll | result | note
    outcome: str
    http_status: int | None = None
    answer: str = ""


class Repo(Protocol):
    """The persistent side of the outbox."""

    def claim(self, sub_id: int, owner: str, lease_seconds: float) -> Item:
        """Take the submission for this process; raise BusyError if another live process has it."""
        ...

    def release(self, sub_id: int, owner: str) -> None:
        """Give the submission back."""
        ...

    def update(self, sub_id: int, owner: str, *, expect: Iterable[State],
               event: Event | None = None, result: JobStatus | None = None,
               **fields: object) -> Item:
        """In one transaction: check the state is one of ``expect`` (else ConflictError),
        set ``fields``, record ``event``, apply a final ``result`` to the statement."""
        ...


@dataclass(frozen=True)
class Policy:
    """How hard to try in one run, and how long to wait in between."""

    rounds: int = 3  # upload/lookup rounds per run before leaving it for later
    base_delay: float = 5.0
    max_delay: float = 900.0
    poll_first: float = 1.0
    poll_max: float = 20.0
    polls: int = 30  # job polls per run
    lease_seconds: float = 600.0
    jitter: float = 0.1

    def delay(self, n: int, retry_after: float | None = None) -> float:
        """Wait before retry ``n`` (0-based): exponential, capped, at least Retry-After."""
        wait = min(self.max_delay, self.base_delay * 2 ** min(n, 20))
        wait *= 1 + random.uniform(0, self.jitter)
        return max(wait, min(retry_after or 0.0, self.max_delay))

    def poll_delay(self, n: int) -> float:
        """Wait before poll ``n``."""
        return min(self.poll_max, self.poll_first * 2 ** min(n, 20))


@dataclass(frozen=True)
class RunResult:
    """Where a run left the submission; ``retry_in`` seconds when it should run again."""

    item: Item
    retry_in: float | None = None
    note: str = ""
    auth_refused: bool = False  # the server refused the filer ID or password


class Outbox:
    """Drives submissions through their states with one transport per server URL."""

    def __init__(self, repo: Repo, transport_for: Callable[[str, str], Transport], *,
                 policy: Policy | None = None, owner: str,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.repo = repo
        self.transport_for = transport_for
        self.policy = policy or Policy()
        self.owner = owner
        self.sleep = sleep

    def run(self, sub_id: int, creds: Credentials) -> RunResult:
        """Take a submission as far as it will go now; raises BusyError."""
        item = self.repo.claim(sub_id, self.owner, self.policy.lease_seconds)
        try:
            if item.state in TERMINAL or item.state == State.HELD:
                return RunResult(item, None, item.state == State.HELD and HELD_NOTE or "")
            return self._run(item, creds)
        except ConflictError as exc:
            return RunResult(item, None, str(exc))
        finally:
            self.repo.release(sub_id, self.owner)

    def _run(self, item: Item, creds: Credentials) -> RunResult:
        attempt = item.attempts + 1
        transport = self.transport_for(item.protocol, item.server_url)
        resumed = " after an interrupted attempt" if item.state == State.SENDING else ""
        item = self._update(item, ACTIVE, Event(
            attempt, "start", f"attempt {attempt} started{resumed} (server {item.server_url})"),
            attempts=attempt)
        result = RunResult(item)
        for n in range(self.policy.rounds):
            step = _Step(self, transport, creds, attempt)
            result = step.go(item)
            item = result.item
            if item.state in TERMINAL or item.state == State.HELD or result.retry_in is None:
                return result
            if n + 1 < self.policy.rounds:
                self.sleep(result.retry_in)
        if result.retry_in is not None:
            when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=result.retry_in)
            item = self._update(item, ACTIVE, Event(
                attempt, "note", f"no final answer yet ({result.note}); next try after "
                f"{when.astimezone().strftime('%Y-%m-%d %H:%M:%S %Z')}"), next_attempt_at=when)
            result = RunResult(item, result.retry_in, result.note)
        return result

    def _update(self, item: Item, expect: Iterable[State], event: Event | None = None, *,
                result: JobStatus | None = None, **fields: object) -> Item:
        return self.repo.update(item.id, self.owner, expect=expect, event=event,
                                result=result, **fields)


class _Step:
    """One round: ask if needed, upload if needed, then poll."""

    def __init__(self, box: Outbox, transport: Transport, creds: Credentials,
                 attempt: int) -> None:
        self.box, self.transport, self.creds, self.attempt = box, transport, creds, attempt
        self.policy = box.policy

    def ev(self, action: str, outcome: str, error: TransportError | None = None,
           status: JobStatus | None = None) -> Event:
        if error is not None:
            return Event(self.attempt, action, outcome, error.http_status, error.answer)
        if status is not None:
            return Event(self.attempt, action, outcome, status.http_status or None, status.answer)
        return Event(self.attempt, action, outcome)

    def go(self, item: Item) -> RunResult:
        if item.state in WAITING_FOR_JOB and item.job_id:
            return self.poll(item)
        if item.state == State.SENDING or item.maybe_on_server:
            if not self.transport.can_lookup:
                why = ("the previous upload was interrupted before the server answered"
                       if item.state == State.SENDING else
                       "an earlier upload got no clear answer")
                return self.hold(item, why)
            found = self.lookup(item)
            if isinstance(found, RunResult):
                return found
            item = found
            if item.state in TERMINAL:
                return RunResult(item)
            if item.state == State.AWAITING_ACK:
                return self.poll(item)
        return self.upload(item)

    def retry(self, item: Item, err: TransportError, n: int = 0) -> RunResult:
        return RunResult(item, self.policy.delay(item.attempts - 1 + n, err.retry_after),
                         err.message)

    def fail(self, item: Item, action: str, err: RefusedError, *, clear: bool) -> RunResult:
        why = f"the server refused the request: {err.message}"
        item = self.box._update(item, ACTIVE, self.ev(action, why, err), state=State.FAILED,
                                last_error=why, maybe_on_server=item.maybe_on_server and not clear)
        return RunResult(item, None, why, err.auth_refused or err.http_status == 401)

    def hold(self, item: Item, why: str, err: TransportError | None = None) -> RunResult:
        """No clear answer, and the server cannot be asked: never send again on our own;
        the treasurer checks the agency's site and answers (held.py)."""
        item = self.box._update(item, ACTIVE, self.ev(
            "held", f"{why}; this server cannot be asked whether it has the filing, so it "
            f"is not sent again. {HELD_NOTE}", err), state=State.HELD, maybe_on_server=True,
            last_error=HELD_NOTE)
        return RunResult(item, None, HELD_NOTE)

    def lookup(self, item: Item) -> Item | RunResult:
        """Ask the server whether it already has this submission (by idempotency key)."""
        if item.state == State.SENDING:
            item = self.box._update(item, {State.SENDING}, self.ev(
                "note", "the previous upload was interrupted before the server answered; "
                "asking the server what it has before sending again"), state=State.QUEUED)
        try:
            job = self.transport.lookup(item.idempotency_key, self.creds)
        except UnclearError as err:
            item = self.box._update(item, ACTIVE, self.ev(
                "lookup", f"could not ask the server: {err.message}; will try again", err),
                last_error=err.message)
            return self.retry(item, err)
        except RefusedError as err:
            return self.fail(item, "lookup", err, clear=False)
        if job is None:
            return self.box._update(item, {State.QUEUED}, Event(
                self.attempt, "lookup",
                "the server has no filing with this submission's key; it will be sent again",
                None, ""), maybe_on_server=False)
        item = self.box._update(item, {State.QUEUED}, self.ev(
            "lookup", f"the server already has this submission as job {job.job_id} "
            f"({job.status}); it is not sent again", status=job),
            state=State.AWAITING_ACK, job_id=job.job_id, maybe_on_server=True)
        return self.finish(item, job) if job.final else item

    def upload(self, item: Item) -> RunResult:
        """Send the bytes (state ``sending`` is stored first)."""
        up = item.upload()
        item = self.box._update(item, {State.QUEUED}, self.ev(
            "upload", f"sending {len(up.data)} bytes (sha256 {up.sha256[:16]}...)"),
            state=State.SENDING, maybe_on_server=True)
        try:
            job = self.transport.upload(up, self.creds)
        except UnclearError as err:
            if not err.sent:
                item = self.box._update(item, {State.SENDING}, self.ev(
                    "upload", f"not sent: {err.message}; will try again", err),
                    state=State.QUEUED, maybe_on_server=False, last_error=err.message)
                return self.retry(item, err)
            if not self.transport.can_lookup:
                return self.hold(item, f"no clear answer to the upload: {err.message}", err)
            item = self.box._update(item, {State.SENDING}, self.ev(
                "upload", f"no clear answer: {err.message}; the server will be asked before "
                "anything is sent again", err), state=State.QUEUED, last_error=err.message)
            return self.retry(item, err)
        except RefusedError as err:
            return self.fail(item, "upload", err, clear=True)
        dup = " (the server already had it: no second filing)" if job.duplicate else ""
        item = self.box._update(item, {State.SENDING}, self.ev(
            "upload", f"received by the server as job {job.job_id}{dup}", status=job),
            state=State.AWAITING_ACK, job_id=job.job_id, last_error="")
        if job.final:
            return RunResult(self.finish(item, job))
        return self.poll(item)

    def poll(self, item: Item) -> RunResult:
        """Ask for the job's result until it is final or this run's polls are used up."""
        last: UnclearError | None = None
        for n in range(self.policy.polls):
            try:
                job = self.transport.job(item.job_id, self.creds)
            except UnclearError as err:
                last = err
                item = self.box._update(item, WAITING_FOR_JOB, self.ev(
                    "poll", f"no clear answer about job {item.job_id}: {err.message}", err),
                    last_error=err.message)
                self.box.sleep(max(self.policy.poll_delay(n), err.retry_after or 0))
                continue
            except RefusedError as err:
                lost = isinstance(err, JobLostError) or err.http_status == 404
                if lost and not self.transport.can_lookup:
                    return self.hold(item, err.message, err)
                if lost:
                    item = self.box._update(item, WAITING_FOR_JOB, self.ev(
                        "poll", f"the server does not know job {item.job_id}; it will be asked "
                        "by the submission's key", err),
                        state=State.QUEUED, job_id="", maybe_on_server=True)
                    return RunResult(item, self.policy.delay(0), err.message)
                return self.fail(item, "poll", err, clear=False)
            if job.final:
                return RunResult(self.finish(item, job))
            if job.status == PENDING_SIGNATURE and item.state != State.AWAITING_SIGNATURES:
                pending = f" (pending ID {job.filing_id})" if job.filing_id else ""
                item = self.box._update(item, {State.AWAITING_ACK}, self.ev(
                    "poll", f"received by the agency{pending}, but not filed until each "
                    f"signer verifies their signature. {SIGNATURES_NOTE}", status=job),
                    state=State.AWAITING_SIGNATURES, last_error=SIGNATURES_NOTE)
            elif n == 0 or (n + 1) % 10 == 0:
                still = ("still waiting for the signers" if job.status == PENDING_SIGNATURE
                         else "still being processed")
                item = self.box._update(item, WAITING_FOR_JOB, self.ev(
                    "poll", f"job {job.job_id} is {still}", status=job))
            self.box.sleep(self.policy.poll_delay(n))
        why = (last.message if last else SIGNATURES_NOTE
               if item.state == State.AWAITING_SIGNATURES else
               "the server is still processing the filing")
        return RunResult(item, self.policy.delay(item.attempts - 1), why)

    def finish(self, item: Item, job: JobStatus) -> Item:
        """Record the server's verdict (and update the statement in the same transaction)."""
        if job.status == ACCEPTED:
            warn = sum(1 for m in job.messages if m.level != "error")
            note = f" with {warn} warning(s)" if warn else ""
            outcome = f"ACCEPTED as filing {job.filing_id} at {job.filed_at}{note}"
            state = State.ACCEPTED
        else:
            errors = sum(1 for m in job.messages if m.level == "error")
            outcome = f"REJECTED: {errors} error(s); {job.summary}".rstrip("; ")
            state = State.REJECTED
        return self.box._update(item, WAITING_FOR_JOB, self.ev("result", outcome,
                                status=job), result=job, state=state, last_error="")
