"""Writing a previewed spreadsheet into a statement: one transaction, one undo entry, each
row's fingerprint kept (on the entry it made, ``Record.sheet_fp``; a contacts import's in
``sheet_rows``) so that the same rows imported again add nothing.

Rows go in through one executemany (``db/bulk.insert_rows``), as the .CAL importer's do;
each gets a Tran_ID of the committee's own series, its contact (found or new), and the
statement's summary is computed once at the end.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db.bulk import insert_many, insert_rows
from calaccess_desktop.db.orm import Committee, Contact, Record, SheetRow, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import write_file
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services import undo
from calaccess_desktop.services.concurrency.counters import (
    lock_statement,
    next_place,
    take_tran_seqs,
)
from calaccess_desktop.services.contacts import ContactMatcher, match_key, party_of
from calaccess_desktop.services.editing import editable_statement
from calaccess_desktop.services.owners import committee_of
from calaccess_desktop.services.record_rows import RECORD_COLUMNS, record_tuples
from calaccess_desktop.services.sheets.mapping import remember
from calaccess_desktop.services.sheets.preview import (
    Preview,
    PreviewRow,
    Progress,
    known_fingerprints,
)
from calaccess_desktop.services.sheets.rows import CONTACT_LIMITS
from calaccess_desktop.services.summaries import SEQ_BLOCK
from calaccess_desktop.services.totals.incremental import apply_added

CHUNK = 500


class BadRows(UserError):
    """Rows with problems and no leave to skip them: nothing was imported."""

    def __init__(self, preview: Preview) -> None:
        self.problems = preview.problems()
        rows = preview.count("problem")
        lines = [p.render(preview.path) for p in self.problems]
        super().__init__("\n".join([*lines, (
            f"{preview.path}: {rows} row{'s' if rows != 1 else ''} with problems; nothing "
            "was imported and the data file is unchanged. Fix them in the file, or skip "
            "them (--skip-bad imports the good rows and writes the others to "
            f"{rejected_path(preview.path).name}).")]))


@dataclass
class SheetImport:
    """What an import did."""

    statement_id: int
    added: int = 0
    already: int = 0
    skipped: int = 0
    contacts_added: int = 0
    rejected: list[PreviewRow] = field(default_factory=list)
    label: str = ""  # the undo entry's words ('' when nothing was written)


def import_preview(session: Session, preview: Preview, *, skip_bad: bool = False,
                   progress: Progress | None = None) -> SheetImport:
    """Write the preview's new rows within the caller's transaction (one user action).

    Rows with problems refuse the whole import unless ``skip_bad``; rows imported before
    (their fingerprint is known, now or since the preview) are left out."""
    statuses = [r.status for r in preview.rows]
    rejected = [r for r, s in zip(preview.rows, statuses, strict=True) if s == "problem"]
    if rejected and not skip_bad:
        raise BadRows(preview)
    sched = preview.sched
    stmt: Statement = (editable_statement(session, preview.statement_id) if sched.rec_type
                       else _statement(session, preview.statement_id))
    # The committee's row locked first (FOR UPDATE, as its counter's UPDATE locks it; a
    # SQLite writer holds the whole file): another import of the same rows waits here,
    # then finds them known. Nothing is written when nothing is new.
    session.execute(select(Committee.id).where(Committee.id == stmt.committee_id)
                    .with_for_update())
    known = known_fingerprints(session, stmt.committee_id)
    fresh = [r for r, s in zip(preview.rows, statuses, strict=True) if s == "new"]
    todo = [r for r in fresh if r.fingerprint not in known]
    result = SheetImport(stmt.id, already=statuses.count("already") + len(fresh) - len(todo),
                         skipped=statuses.count("skipped"), rejected=rejected)
    if not todo:
        return result
    with gc_paused():
        remember(session, preview.mapping, sched)
        result.label = (f"Import {len(todo)} {_noun(sched.code, len(todo))} from "
                        f"{Path(preview.path).name}")
        recorder = undo.Recorder(session, result.label, stmt.id)
        record_ids: list[int] = []
        if sched.rec_type:
            record_ids, result.contacts_added = _write_records(
                session, preview, stmt, todo, recorder, progress)
            result.added = len(record_ids)
        else:
            result.added = result.contacts_added = _write_contacts(
                session, preview, stmt.committee_id, todo, recorder)
        recorder.save()
        if record_ids:
            if progress is not None:
                progress(len(todo), len(todo), "Computing the summary")
            apply_added(session, stmt.id, record_ids)  # the totals moved by what was added
    return result


def _statement(session: Session, statement_id: int) -> Statement:
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise UserError(f"There is no statement {statement_id}.")
    return stmt


def _noun(code: str, n: int) -> str:
    words = {"A": "contribution", "C": "nonmonetary contribution", "E": "payment",
             "B": "loan", "CONTACTS": "contact"}[code]
    return words if n == 1 else f"{words}s"


def _write_records(session: Session, preview: Preview, stmt: Statement,
                   todo: list[PreviewRow], recorder: undo.Recorder,
                   progress: Progress | None) -> tuple[list[int], int]:
    """Write the rows as records; returns their ids and how many contacts were new."""
    sched, plan = preview.sched, preview.plan
    committee = committee_of(session, stmt)
    first_seq = take_tran_seqs(session, committee.id, len(todo))
    tran_pos = next(i for i, f in enumerate(plan.fields) if f.name == "Tran_ID")
    rank = spec_for(stmt.form_type).order_rank(sched.rec_type, sched.form_type)
    lock_statement(session, stmt.id)
    seq = next_place(session, stmt.id, rank * SEQ_BLOCK, (rank + 1) * SEQ_BLOCK,
                     len(todo))
    party = party_of(sched.rec_type)
    matcher = ContactMatcher(session, stmt.committee_id)
    known, pending = matcher.known, matcher.pending
    prefix = f"CD{committee.id}-"
    records: list[list[str]] = []
    keys: list[str | None] = []
    total = len(todo)
    for i, row in enumerate(todo):
        if progress is not None and i % 2000 == 0:
            progress(i, total, "Saving the entries")
        values = row.values.copy()
        values[tran_pos] = f"{prefix}{first_seq + i}"
        records.append(values)
        key = None if row.link is not None or party is None else row.contact_key
        if key is not None and party is not None and key not in known and key not in pending:
            matcher.want(values, plan.fields, party)  # the preview's key: a new contact
        keys.append(key)
    new_contacts = list(pending)
    ids = matcher.flush()
    tuples = record_tuples(records, stmt.form_type, seq=seq, statement_id=stmt.id,
                           itemize="auto", fields=plan.fields)
    # Each row's fingerprint goes in its record (``sheet_fp``): no second table to write.
    rows = [(*t, row.link if row.link is not None else ids.get(key) if key else None,
             row.fingerprint) for t, row, key in zip(tuples, todo, keys, strict=True)]
    before = session.scalar(select(func.max(Record.id))) or 0
    columns = (*RECORD_COLUMNS, "contact_id", "sheet_fp")
    insert_many(session.connection(), Record.__table__, columns, rows)
    record_ids = _new_ids(session, Record.__table__, before, len(rows),
                          Record.statement_id == stmt.id)
    # Undo keeps the new rows' ids only (undo.Recorder.inserted), contacts first.
    recorder.inserted("contacts", [ids[key] for key in new_contacts])
    recorder.inserted("records", record_ids)
    return record_ids, len(new_contacts)


def _write_contacts(session: Session, preview: Preview, committee_id: int,
                    todo: list[PreviewRow], recorder: undo.Recorder) -> int:
    names = list(CONTACT_LIMITS)
    fresh: dict[str, dict[str, Any]] = {}
    for row in todo:
        data: dict[str, Any] = dict(zip(names, row.values, strict=True))
        data["self_employed"] = data["self_employed"] == "X"
        key = match_key(data["last_name"], data["first_name"], data["zip4"], data["city"])
        if key in preview.contacts or key in fresh:
            continue
        fresh[key] = {**data, "match_key": key, "committee_id": committee_id}
    if not fresh:
        return 0
    new = list(fresh.values())
    insert_rows(session.connection(), Contact.__table__, list(new[0]),
                [tuple(c.values()) for c in new])
    ids = dict(session.execute(select(Contact.match_key, Contact.id).where(
        Contact.committee_id == committee_id, Contact.match_key.in_(list(fresh)))).all())
    recorder.inserted("contacts", [ids[c["match_key"]] for c in new])
    marked = [r for r in todo if _contact_key(names, r) in fresh]
    _mark(session, committee_id, marked, [ids[_contact_key(names, r)] for r in marked],
          recorder)
    return len(new)


def _contact_key(names: list[str], row: PreviewRow) -> str:
    data = dict(zip(names, row.values, strict=True))
    return match_key(data["last_name"], data["first_name"], data["zip4"], data["city"])


def _mark(session: Session, committee_id: int, rows: Sequence[PreviewRow],
          contact_ids: list[int], recorder: undo.Recorder) -> None:
    """Keep each imported contact row's fingerprint with the contact it made, in the undo
    entry by id (undoing removes them with their contacts anyway, ON DELETE CASCADE;
    redo brings them back)."""
    before = session.scalar(select(func.max(SheetRow.id))) or 0
    marks = [(committee_id, r.fingerprint, None, contact_id)
             for r, contact_id in zip(rows, contact_ids, strict=True)]
    columns = ("committee_id", "fingerprint", "record_id", "contact_id")
    insert_many(session.connection(), SheetRow.__table__, columns, marks)
    recorder.inserted("sheet_rows", _new_ids(session, SheetRow.__table__, before, len(marks),
                                             SheetRow.committee_id == committee_id))


def _new_ids(session: Session, table: Any, before: int, count: int, *where: Any) -> list[int]:
    """The ids of the ``count`` rows just inserted (ids above ``before`` that match
    ``where``): one range when they are consecutive, as one writer's are, else read."""
    conn, ids = session.connection(), table.c.id
    low, high, n = conn.execute(select(func.min(ids), func.max(ids), func.count())
                                .where(ids > before, *where)).one()
    if n == count and (n == 0 or high - low + 1 == n):
        return list(range(low, high + 1)) if n else []
    found = [row[0] for row in conn.execute(select(ids).where(ids > before, *where)
                                            .order_by(ids))]
    assert len(found) == count, (table.name, len(found), count)
    return found


def rejected_path(path: str | Path) -> Path:
    """Where the rows that were not imported go: ``FILE.rejected.csv``."""
    return Path(f"{path}.rejected.csv")


def write_rejected(preview: Preview, rows: Sequence[PreviewRow]) -> Path:
    """The rows not imported, as read, with their problems in a last column (a CSV that
    a spreadsheet opens; fix them there and import it again)."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow([*preview.table.headers, "Problems"])
    width = len(preview.table.headers)
    for row in rows:
        words = "; ".join(f"column {p.column}: {p.message}" for p in row.problems)
        out.writerow([*row.cells[:width], words])
    return write_file(rejected_path(preview.path), buf.getvalue().encode("utf-8-sig"))
