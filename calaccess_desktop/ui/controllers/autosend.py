"""Send when online: the outbox is worked through by itself, on the network pool.

Right after the window opens, after a statement is queued, and then every minute,
``services.filing.process_outbox`` sends whatever is due (one round each time; the
outbox's own retry schedule decides when a failed try is due again). Passwords come
from the keyring, or from what the user typed in this session; the timer never asks.
A submission whose password is unknown stays queued and is listed as needing it.

At a public counter (``scope`` set) the sender still works the whole office's outbox, but
what it says and counts is only the visitor's committee's: the status-bar messages and the
"waiting for your password" count never name another committee.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.ops import Task

INTERVAL_MS = 60_000
NEEDS_PASSWORD = "needs your password"


@dataclass
class Round:
    """What one automatic run did."""

    reports: list[Any] = field(default_factory=list)
    needs_password: dict[int, str] = field(default_factory=dict)  # submission -> filer
    active: set[int] = field(default_factory=set)  # unfinished submissions after the run
    committees: dict[int, int] = field(default_factory=dict)  # submission -> committee id
    busy: bool = False  # another process (or window) was sending
    problem: str = ""


class OutboxSender(QObject):
    """Works the outbox in the background; ``finished_round`` says what changed."""

    finished_round = Signal(object)  # Round
    needs_password_changed = Signal()

    def __init__(self, ctx: AppContext, *, interval_ms: int | None = None,
                 say: Callable[[str], None] | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.say = say or (lambda _text: None)
        self.running = False
        self.again = False
        self.rounds = 0
        self.needs_password: dict[int, str] = {}
        # At a counter: the visitor's committee (None: none chosen yet); None: no counter.
        self.scope: Callable[[], int | None] | None = None
        self.committee_of: dict[int, int] = {}  # submission -> committee id
        self.typed: dict[str, Any] = {}  # filer -> Credentials typed in this session
        self._seen: dict[int, tuple[str, int]] = {}
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms or INTERVAL_MS)
        self.timer.timeout.connect(self.run)

    def start(self, first_after_ms: int = 0) -> None:
        """Run soon, then every interval."""
        self.timer.start()
        QTimer.singleShot(first_after_ms, self.run)

    def stop(self) -> None:
        """No more automatic runs (the window is closing)."""
        self.timer.stop()

    def set_interval(self, ms: int) -> None:
        """How often to look at the outbox."""
        self.timer.setInterval(ms)

    def in_scope(self, submission_id: int) -> bool:
        """Whether the window may speak of this submission (always, except at a counter,
        where only the visitor's committee's are theirs to see)."""
        if self.scope is None:
            return True
        chosen = self.scope()
        return chosen is not None and self.committee_of.get(submission_id) == chosen

    def waiting(self) -> dict[int, str]:
        """The submissions waiting for a password that the window may show."""
        return {k: v for k, v in self.needs_password.items() if self.in_scope(k)}

    def remember_typed(self, creds: Any) -> None:
        """A password the user typed (not saved in the keyring): use it for retries
        until the app closes."""
        self.typed[creds.filer_id.upper()] = creds

    def run(self) -> None:
        """Send what is due now (a run already going runs once more afterwards)."""
        if self.running:
            self.again = True
            return
        if self.ctx.ops.closed:
            return
        from calaccess_desktop import settings as settings_mod
        from calaccess_desktop.services import filing

        try:
            settings = settings_mod.load()
        except settings_mod.SettingsError as exc:
            self.say(f"Statements are not sent: {exc}")
            return
        typed = dict(self.typed)
        store = self.ctx.store
        self.running = True

        def work(_task: Task) -> Round:
            from calaccess_desktop.efile.outbox import BusyError

            result = Round()
            missing: set[str] = set()

            def creds_for(filer_id: str) -> Any:
                creds = typed.get(filer_id.upper()) or \
                    filing.saved_credentials(filer_id, settings).creds
                if creds is None:
                    missing.add(filer_id.upper())
                return creds

            try:
                result.reports = filing.process_outbox(
                    store, creds_for, policy=filing.policy_from(settings, rounds=1),
                    transport_for=filing.transports_from(settings))
            except BusyError:
                result.busy = True
            with store.read() as session:
                result.active = set(filing.runnable(session, due_only=False))
                result.committees = _committees_of(
                    session, {r.submission.statement_id for r in result.reports})
            result.needs_password = {
                r.submission.id: r.submission.filer_id for r in result.reports
                if r.submission.filer_id.upper() in missing
                and r.note.startswith("no password")}
            return result

        self.ctx.ops.task("Sending", work, self._done, self._failed, network=True,
                          dialog=False, quiet=True)

    def _done(self, result: Round) -> None:
        self.running = False
        self.rounds += 1
        self.committee_of.update({r.submission.id: result.committees[r.submission.statement_id]
                                  for r in result.reports
                                  if r.submission.statement_id in result.committees})
        for report in result.reports:
            row = report.submission
            if report.auth_refused:
                self.typed.pop(row.filer_id.upper(), None)
            state = (row.state, row.attempts)
            if self._seen.get(row.id) != state:
                self._seen[row.id] = state
                self.ctx.hub.changed.emit(Changes(row.statement_id, committees=True))
                if not self.in_scope(row.id):
                    continue
                if row.state == "accepted":
                    self.say(f"Filed: {row.committee} ({row.form_type} {row.period}) was "
                             f"accepted as {row.filing_id}.")
                elif row.state == "rejected":
                    self.say(f"Rejected: {row.committee} ({row.form_type} {row.period}); "
                             "see the outbox for what the server said.")
                elif row.state == "held":
                    self.say(f"Held: {row.committee} ({row.form_type} {row.period}) got no "
                             "clear answer; check the agency's site and answer in the outbox.")
                elif row.state == "awaiting_signatures":
                    self.say(f"Received: {row.committee} ({row.form_type} {row.period}) "
                             "waits for the signers to verify their signatures.")
        done = {r.submission.id for r in result.reports}
        needs = {k: v for k, v in self.needs_password.items()
                 if k not in done and k in result.active}
        needs.update(result.needs_password)
        if needs != self.needs_password:
            self.needs_password = needs
            self.needs_password_changed.emit()
        self.finished_round.emit(result)
        self._next()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.rounds += 1
        self.say(f"Could not look at the outbox: {exc}")
        self.finished_round.emit(Round(problem=str(exc)))
        self._next()

    def _next(self) -> None:
        if self.again:
            self.again = False
            QTimer.singleShot(0, self.run)


def _committees_of(session: Any, statement_ids: set[int]) -> dict[int, int]:
    """statement id -> its committee's id, for the statements a round reported on."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Statement

    if not statement_ids:
        return {}
    rows = session.execute(select(Statement.id, Statement.committee_id).where(
        Statement.id.in_(statement_ids)))
    return {sid: cid for sid, cid in rows}
