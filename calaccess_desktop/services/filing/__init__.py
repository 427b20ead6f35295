"""E-filing use cases: freeze a statement into the outbox, send it, read the outbox.

- ``queue``: freeze a statement into a submission; amend, reopen, retry, withdraw.
- ``sending``: ``send`` / ``process_outbox`` over the network, retry policy, transports.
- ``repo``: ``StoreRepo``, the store side of ``efile.outbox`` (short transactions,
  leases), safe to use from several processes.
- ``passwords``: filer credentials (and signer PINs) and the keyring.
- ``destination``: where a statement is e-filed (protocol, server, filer ID, options)
  from the committee's filing officer.
- ``held``: the treasurer's answers to a held submission (not received / received).
- ``views``: read models (``list_submissions``, ``attempt_log``, ...) as plain values.
- ``wording``: a filing server's messages in the app's words (schedule, entry, label).

Callers import from this package (``filing.send``, ``filing.queue_statement``); the
modules are not named after functions, so ``filing.<name>`` is always the function.
"""

from calaccess_desktop.db.orm import Statement, Submission, UndoEntry
from calaccess_desktop.efile.protocol import JobStatus
from calaccess_desktop.services.filing.common import FilingError, utcnow
from calaccess_desktop.services.filing.destination import Destination, destination_for
from calaccess_desktop.services.filing.held import not_received as held_not_received
from calaccess_desktop.services.filing.held import received as held_received
from calaccess_desktop.services.filing.passwords import (
    SavedCredentials,
    credentials,
    forget_password,
    remember_password,
    remember_signer_pin,
    saved_credentials,
    saved_signer_pin,
    with_signers,
)
from calaccess_desktop.services.filing.queue import (
    FILED_STATUSES,
    amend,
    open_submission,
    queue_statement,
    reopen_rejected,
    retry_now,
    withdraw,
)
from calaccess_desktop.services.filing.repo import StoreRepo, process_owner
from calaccess_desktop.services.filing.sending import (
    SendReport,
    http_transports,
    policy_from,
    process_outbox,
    runnable,
    send,
    signer_ids,
    transports_from,
)
from calaccess_desktop.services.filing.views import (
    EventRow,
    SubmissionDetail,
    SubmissionRow,
    attempt_log,
    list_submissions,
    server_findings,
    server_findings_detail,
    submission_data,
    submission_detail,
)

__all__ = [
    "Destination", "destination_for", "held_not_received", "held_received",
    "remember_signer_pin", "saved_signer_pin", "signer_ids", "with_signers",
    "FILED_STATUSES", "EventRow", "FilingError", "JobStatus", "SavedCredentials", "SendReport",
    "Statement", "StoreRepo", "Submission", "SubmissionDetail", "SubmissionRow", "UndoEntry",
    "amend", "attempt_log", "credentials", "forget_password", "http_transports",
    "list_submissions", "open_submission", "policy_from", "process_outbox", "process_owner",
    "queue_statement", "remember_password", "reopen_rejected", "retry_now", "runnable",
    "saved_credentials", "send", "server_findings", "server_findings_detail", "submission_data",
    "submission_detail", "transports_from", "utcnow", "withdraw",
]
