"""The store's tables: committees, statements, CAL records, contacts, undo.

Design: every line of a statement (CVR2, CVR3, RCPT, EXPN, LOAN, DEBT, SMRY,
TEXT, SPLT, S497 ...) is one ``Record`` row holding its CAL field values in
spec order, plus a few typed columns derived from them for queries (amount in
cents, date, contact). The layouts in ``cal/layouts.json`` give the values
their names, so every campaign form fits the same table without a migration.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from calaccess_desktop.db.types import (
    CalValues,
    CheckedDate,
    CheckedDateTime,
    CheckedInteger,
    Choice,
    JSONList,
    JSONObject,
)

# Every status a statement can have (services/statement_list.STATUS_WORDS says them).
STATEMENT_STATUSES = frozenset({"draft", "ready", "queued", "sending", "sent", "filed",
                                "accepted", "amended", "rejected"})


def utcnow() -> dt.datetime:
    """Timezone-aware now, stored as UTC."""
    return dt.datetime.now(dt.UTC)


# What the values of a stored statement follow: the CAL spec version (``values[n-1]``
# is field #n of that version's layouts).
SPEC_VERSION = "CAL-2.01"


def version_column() -> Any:
    """A row's version, raised by every ORM write (``version_id_col``: an UPDATE or
    DELETE of a row that another writer changed meanwhile fails); undo checks it too."""
    return mapped_column(Integer, default=1, server_default="1")


# Undo images are keyed by row id: a deleted row's id must never be handed to a new row
# (SQLite otherwise reuses the largest id after it is deleted).
NEVER_REUSE_IDS: dict[str, Any] = {"sqlite_autoincrement": True}


class Base(DeclarativeBase):
    """Declarative base for all tables."""

    type_annotation_map = {dict[str, Any]: JSONObject, list[str]: JSONList}


class Meta(Base):
    """Key/value facts about the file itself (app version that created it, ...)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Committee(Base):
    """A filer: the committee (or candidate) whose statements these are."""

    __tablename__ = "committees"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    filer_id: Mapped[str] = mapped_column(String(9), default="", index=True)
    name: Mapped[str] = mapped_column(String(200))
    committee_type: Mapped[str] = mapped_column(String(1), default="")
    entity_cd: Mapped[str] = mapped_column(String(3), default="")
    # Cover-page data keyed by CVR field name (Filer_Adr1, Tres_NamL, Cand_NamL, ...)
    # plus app-only keys in lower case (bank_name, ...).
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Raised in one UPDATE (services/concurrency/counters.py), never read-modify-write.
    next_tran_seq: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    version: Mapped[int] = version_column()
    statements: Mapped[list[Statement]] = relationship(
        back_populates="committee", cascade="all, delete-orphan", order_by="Statement.id"
    )
    __mapper_args__ = {"version_id_col": version}


class Statement(Base):
    """One statement or report (Form 460, 497, ...), original or amendment."""

    __tablename__ = "statements"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"))
    form_type: Mapped[str] = mapped_column(String(4))
    period_from: Mapped[dt.date | None] = mapped_column(CheckedDate)
    period_through: Mapped[dt.date | None] = mapped_column(CheckedDate)
    election_date: Mapped[dt.date | None] = mapped_column(CheckedDate)
    stmt_type: Mapped[str] = mapped_column(String(2), default="")
    report_num: Mapped[int] = mapped_column(CheckedInteger, default=0)
    original_filing_id: Mapped[str] = mapped_column(String(20), default="")
    amends_statement_id: Mapped[int | None] = mapped_column(ForeignKey("statements.id"))
    amendment_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(Choice(16, STATEMENT_STATUSES), default="draft")
    filing_id: Mapped[str] = mapped_column(String(20), default="")
    filed_at: Mapped[dt.datetime | None] = mapped_column(CheckedDateTime(timezone=True))
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    # The statement's own CVR values in spec order (what the cover page says).
    cover: Mapped[list[str]] = mapped_column(CalValues, default=list)
    source_file: Mapped[str] = mapped_column(Text, default="")
    # What earlier statements not in this file contributed: {"column_b": {line: cents},
    # "beginning_cash": cents}. Set on import so the math reproduces the filed numbers.
    carry_in: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        CheckedDateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    spec_version: Mapped[str] = mapped_column(String(16), default=SPEC_VERSION,
                                              server_default=SPEC_VERSION)
    version: Mapped[int] = version_column()
    committee: Mapped[Committee] = relationship(back_populates="statements")
    __mapper_args__ = {"version_id_col": version}


class Contact(Base):
    """A person or organisation reused across transactions and statements."""

    __tablename__ = "contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"))
    entity_cd: Mapped[str] = mapped_column(String(3), default="")
    last_name: Mapped[str] = mapped_column(String(200))
    first_name: Mapped[str] = mapped_column(String(45), default="")
    title: Mapped[str] = mapped_column(String(10), default="")
    suffix: Mapped[str] = mapped_column(String(10), default="")
    adr1: Mapped[str] = mapped_column(String(55), default="")
    adr2: Mapped[str] = mapped_column(String(55), default="")
    city: Mapped[str] = mapped_column(String(30), default="")
    state: Mapped[str] = mapped_column(String(2), default="")
    zip4: Mapped[str] = mapped_column(String(10), default="")
    employer: Mapped[str] = mapped_column(String(200), default="")
    occupation: Mapped[str] = mapped_column(String(60), default="")
    self_employed: Mapped[bool] = mapped_column(Boolean, default=False)
    cmte_id: Mapped[str] = mapped_column(String(9), default="")
    match_key: Mapped[str] = mapped_column(String(300), index=True)

    __table_args__ = (
        Index("ix_contacts_committee_name", "committee_id", "last_name"),
        NEVER_REUSE_IDS,
    )


class Record(Base):
    """One CAL record of a statement (any record type after HDR and CVR)."""

    __tablename__ = "records"
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    rec_type: Mapped[str] = mapped_column(String(6))
    form_type: Mapped[str] = mapped_column(String(8))
    tran_id: Mapped[str | None] = mapped_column(String(20))
    entity_cd: Mapped[str] = mapped_column(String(3), default="")
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"))
    amount_cents: Mapped[int | None] = mapped_column(CheckedInteger)
    tran_date: Mapped[dt.date | None] = mapped_column(CheckedDate)
    memo: Mapped[bool] = mapped_column(Boolean, default=False)
    bakref_tid: Mapped[str] = mapped_column(String(20), default="")
    # 'always': itemized as filed (imported) or forced; 'auto': the $100 rule decides;
    # 'never': part of the unitemized total only.
    itemize: Mapped[str] = mapped_column(String(6), default="auto")
    values: Mapped[list[str]] = mapped_column(CalValues, default=list)
    version: Mapped[int] = version_column()
    # The spreadsheet row it was imported from, by fingerprint (services.sheets): kept
    # with the row, so undo, delete, amendments and bundles take it along (migration 0009).
    sheet_fp: Mapped[str | None] = mapped_column(String(64), server_default=text("NULL"))

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # One place per row in the statement's order: two writers never share a seq.
        Index("ux_records_statement_seq", "statement_id", "seq", unique=True),
        Index("ix_records_contact_date", "contact_id", "tran_date"),
        Index(
            "ux_records_tran_id",
            "statement_id",
            "rec_type",
            "form_type",
            "tran_id",
            unique=True,
            sqlite_where=text("tran_id IS NOT NULL"),
            postgresql_where=text("tran_id IS NOT NULL"),
        ),
        NEVER_REUSE_IDS,
    )


class UndoEntry(Base):
    """One user action that can be undone: a label and the row images before/after.

    Each belongs to one person (``actor``) in one window or command (``session_id``):
    their Ctrl+Z undoes only their own actions (services/undo.py).
    """

    __tablename__ = "undo_entries"
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int | None] = mapped_column(
        ForeignKey("statements.id", ondelete="CASCADE")
    )
    label: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    undone: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="", server_default="")
    session_id: Mapped[str] = mapped_column(String(64), default="", server_default="")

    __table_args__ = (Index("ix_undo_entries_session", "session_id", "actor", "id"),)


class ChangeJournal(Base):
    """One line per stored user action (and undo or redo): which window or command
    changed which statement, so another window shows it without a restart
    (services/concurrency/changes.py). Old lines are pruned; no foreign keys, as the
    statement may be gone."""

    __tablename__ = "change_journal"
    __table_args__ = NEVER_REUSE_IDS
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[str] = mapped_column(String(64), default="")
    actor: Mapped[str] = mapped_column(String(100), default="")
    statement_id: Mapped[int | None] = mapped_column(Integer)
    committee_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)


class Submission(Base):
    """One e-filing of a statement: the frozen bytes, where they go, how far they got.

    ``state`` is the outbox state (efile/outbox.py). ``maybe_on_server`` is set
    before an upload starts and cleared only when the server says it has nothing,
    so an unclear outcome is always checked with the server before sending again.
    """

    __tablename__ = "submissions"
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(
        ForeignKey("statements.id", ondelete="RESTRICT"), index=True
    )
    filer_id: Mapped[str] = mapped_column(String(20))
    form_type: Mapped[str] = mapped_column(String(4))
    report_num: Mapped[int] = mapped_column(CheckedInteger, default=0)
    amends_filing_id: Mapped[str] = mapped_column(String(20), default="")
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    server_url: Mapped[str] = mapped_column(Text)
    # How it is filed (efile/adapters.py: practice, netfile, cars; paper marks their own).
    protocol: Mapped[str] = mapped_column(String(16), default="practice",
                                          server_default="practice")
    # The filing officer it goes to (officers catalog code or name), for receipts.
    officer: Mapped[str] = mapped_column(String(80), default="", server_default="")
    # Non-secret values the protocol sends (NetFile: reply e-mail, signer IDs, agency).
    options: Mapped[dict[str, Any]] = mapped_column(JSONObject, default=dict,
                                                    server_default="{}")
    cal_bytes: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(16), default="queued", index=True)
    maybe_on_server: Mapped[bool] = mapped_column(Boolean, default=False)
    job_id: Mapped[str] = mapped_column(String(64), default="")
    filing_id: Mapped[str] = mapped_column(String(20), default="")
    filed_at: Mapped[dt.datetime | None] = mapped_column(CheckedDateTime(timezone=True))
    # Server validation messages: [{"level", "line", "record", "field", "text"}, ...]
    messages: Mapped[list[dict[str, Any]]] = mapped_column(JSONList, default=list)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(CheckedDateTime(timezone=True))
    last_error: Mapped[str] = mapped_column(Text, default="")
    lease_owner: Mapped[str] = mapped_column(String(100), default="")
    lease_until: Mapped[dt.datetime | None] = mapped_column(CheckedDateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(
        CheckedDateTime(timezone=True), default=utcnow, onupdate=utcnow
    )
    events: Mapped[list[SubmissionEvent]] = relationship(
        back_populates="submission", cascade="all, delete-orphan", order_by="SubmissionEvent.id"
    )


class SubmissionEvent(Base):
    """One line of a submission's attempt log: when, what was done, what came back."""

    __tablename__ = "submission_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(
        ForeignKey("submissions.id", ondelete="CASCADE"), index=True
    )
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    action: Mapped[str] = mapped_column(String(16))
    outcome: Mapped[str] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    answer: Mapped[str] = mapped_column(Text, default="")
    submission: Mapped[Submission] = relationship(back_populates="events")


class SheetLayout(Base):
    """A spreadsheet layout seen before (its header set's fingerprint) and the column
    mapping the treasurer confirmed for it, offered again for the next file like it."""

    __tablename__ = "sheet_layouts"
    fingerprint: Mapped[str] = mapped_column(String(64), primary_key=True)
    schedule: Mapped[str] = mapped_column(String(8), default="A")
    # {"headers": [...], "columns": [target of each column, "" when not read]}
    mapping: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[dt.datetime] = mapped_column(
        CheckedDateTime(timezone=True), default=utcnow, onupdate=utcnow
    )


class SheetRow(Base):
    """One spreadsheet row of a contacts import, by its fingerprint: the same row (same
    file, an overlapping export) is never imported twice for a committee. It goes with the
    contact it made (undoing the import frees it). An entry's row is ``Record.sheet_fp``;
    ``record_id`` is for rows of files (and bundles) made before migration 0009."""

    __tablename__ = "sheet_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committees.id", ondelete="CASCADE"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[int | None] = mapped_column(
        ForeignKey("records.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )

    __table_args__ = (
        Index("ux_sheet_rows_fingerprint", "committee_id", "fingerprint", unique=True),
        NEVER_REUSE_IDS,
    )


# ----------------------------------------------------------------- audit trail and users
# (services/audit, services/users; migration 0008)

USER_ROLES = frozenset({"preparer", "treasurer", "administrator"})


class User(Base):
    """A person who may log in to this data file, and their role (services/users).
    Only the argon2 hash of the password is kept, never the password."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64))
    name_key: Mapped[str] = mapped_column(String(64))  # the name case-folded: one per person
    role: Mapped[str] = mapped_column(Choice(16, USER_ROLES, "user's role"))
    password_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    __table_args__ = (Index("ux_users_name_key", "name_key", unique=True), NEVER_REUSE_IDS)


class AuditEvent(Base):
    """One user action in the audit trail: who, when, what (services/audit). Never
    changed or undone: an undo is an event of its own. The statement is a plain number
    (no link), so the trail of a deleted statement stays."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(CheckedDateTime(timezone=True), default=utcnow)
    actor: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16), default="")  # "" when the file has no users
    kind: Mapped[str] = mapped_column(String(16))  # edit, undo, redo, import, file, users ...
    action: Mapped[str] = mapped_column(String(300))
    committee_id: Mapped[int | None] = mapped_column(
        ForeignKey("committees.id", ondelete="CASCADE"), index=True)
    statement_id: Mapped[int | None] = mapped_column(Integer, index=True)

    __table_args__ = NEVER_REUSE_IDS


class AuditChange(Base):
    """One row an audited action changed: its values before and after (only the columns
    that changed, for an edit; all of them for a row added or deleted)."""

    __tablename__ = "audit_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(
        ForeignKey("audit_events.id", ondelete="CASCADE"), index=True)
    table_name: Mapped[str] = mapped_column(String(32))
    row_id: Mapped[int | None] = mapped_column(Integer)
    statement_id: Mapped[int | None] = mapped_column(Integer)
    tran_id: Mapped[str] = mapped_column(String(20), default="")
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONObject)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONObject)

    __table_args__ = (Index("ix_audit_changes_entry", "statement_id", "tran_id"),
                      NEVER_REUSE_IDS)


class StatementTotal(Base):
    """One summary line of a statement (a SMRY record: ``values`` as the export writes
    it), kept apart from the entered records. ``computed``: the app's own figure, kept
    current by ``services/totals`` on every change; False: a line as filed in an imported
    file (its first change recomputes the statement)."""

    __tablename__ = "statement_totals"
    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statements.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)  # its place among the statement's records
    form_type: Mapped[str] = mapped_column(String(8))  # F460, A, B1 ... (SMRY Form_Type)
    line_item: Mapped[str] = mapped_column(String(8), default="")
    amount_a: Mapped[int | None] = mapped_column(CheckedInteger)
    amount_b: Mapped[int | None] = mapped_column(CheckedInteger)
    computed: Mapped[bool] = mapped_column(Boolean, default=True)
    values: Mapped[list[str]] = mapped_column(CalValues, default=list)

    __table_args__ = (
        Index("ix_statement_totals_line", "statement_id", "form_type", "line_item"),
    )
