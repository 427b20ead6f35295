"""The preview of a spreadsheet import: every row made into an entry (or a contact) with
its problems by row and column, its fingerprint (rows imported before are recognised) and
its contributor matched to the committee's contacts, before anything is written.

A row's problems can be fixed (``Preview.fix``) or the row skipped (``Preview.skip``).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.values import format_date
from calaccess_desktop.db.orm import Contact, Record, SheetRow, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.sheets import cleaning as cl
from calaccess_desktop.services.sheets.columns import Schedule, target_label
from calaccess_desktop.services.sheets.mapping import Mapping
from calaccess_desktop.services.sheets.reading import Table
from calaccess_desktop.services.sheets.rows import (
    CONTACT_LIMITS,
    TRAN_ID_TO_COME,
    NearMatch,
    Plan,
    PreviewRow,
    RowProblem,
    RowReader,
)

__all__ = ["CONTACT_LIMITS", "TRAN_ID_TO_COME", "MissingColumn", "NearMatch", "Plan",
           "Preview", "PreviewRow", "Progress", "RowProblem", "build_preview", "convert",
           "fingerprints", "known_fingerprints", "row_amount", "summary"]

Progress = Callable[[int, int, str], None]  # (done, total, what); raising stops the work
_TOTAL_WORDS = frozenset({"total", "totals", "grand total", "subtotal", "sum"})


class MissingColumn(UserError):
    """No column holds something every row needs (the mapping must name one)."""


@dataclass
class Preview:
    """A file's rows as they would be imported into one statement."""

    table: Table
    sched: Schedule
    mapping: Mapping
    statement_id: int
    committee_id: int
    cvr_form: str
    rows: list[PreviewRow]
    ignored: list[int]  # row numbers of totals lines, not entries
    plan: Plan
    known: set[str]  # fingerprints imported before
    contacts: dict[str, int]  # match key -> contact id
    by_last: dict[str, list[tuple[int, str, str, str]]]  # LAST -> (id, first, place, words)
    reader: Any = field(default=None, repr=False)  # how rows are read (prepared once)
    period: tuple[str, str] = ("", "")  # the statement's period as CCYYMMDD ('' if none)

    @property
    def path(self) -> str:
        """The file's name as problems name it."""
        return self.table.path

    def problems(self) -> list[RowProblem]:
        """Every problem of the rows not skipped, in row order."""
        return [p for r in self.rows if r.status == "problem" for p in r.problems]

    def count(self, status: str) -> int:
        """How many rows have this status ('new', 'already', 'problem', 'skipped')."""
        return sum(1 for r in self.rows if r.status == status)

    def outside_period(self) -> list[int]:
        """Row numbers of new rows dated outside the statement's period (they belong on
        another statement; the statement's check says so too)."""
        pos = self.plan.positions.get("date")
        low, high = self.period
        if pos is None or not (low or high):
            return []
        return [r.row for r in self.rows if r.status == "new" and r.values[pos] and (
            (low and r.values[pos] < low) or (high and r.values[pos] > high))]

    def fix(self, index: int, column: int, text: str) -> PreviewRow:
        """Change one cell of a row and read the row again."""
        row = self.rows[index]
        row.cells[column] = cl.clean_text(text)
        convert(self, row)
        fingerprints(self)
        return row

    def skip(self, index: int, skipped: bool = True) -> None:
        """Leave a row out of the import (or take it back in)."""
        self.rows[index].skipped = skipped

    def confirm(self, index: int, contact_id: int | None) -> None:
        """Say a row's contributor is the contact ``contact_id`` (None: a new contact)."""
        row = self.rows[index]
        if contact_id is not None and contact_id not in {n.contact_id for n in row.near}:
            raise UserError(f"row {row.row}: contact {contact_id} is not one of its matches")
        row.link = contact_id


def build_preview(session: Session, statement_id: int, table: Table, sched: Schedule,
                  mapping: Mapping, *, progress: Progress | None = None) -> Preview:
    """Every row of ``table`` as it would be imported into the statement (nothing written)."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        raise UserError(f"There is no statement {statement_id}.")
    _require_schedule(stmt, sched)
    _require_columns(table, sched, mapping)
    known = known_fingerprints(session, stmt.committee_id)
    contacts: dict[str, int] = {}
    by_last: dict[str, list[tuple[int, str, str, str]]] = {}
    for cid, key, last, first, zip4, city in session.execute(
            select(Contact.id, Contact.match_key, Contact.last_name, Contact.first_name,
                   Contact.zip4, Contact.city).where(
                Contact.committee_id == stmt.committee_id)):
        contacts.setdefault(key, cid)
        words = ", ".join(p for p in (" ".join(x for x in (first, last) if x), zip4 or city)
                          if p)
        by_last.setdefault(" ".join(last.upper().split()), []).append(
            (cid, " ".join(first.upper().split()), (zip4 or "")[:5] or city.upper(), words))
    preview = Preview(table, sched, mapping, statement_id, stmt.committee_id, stmt.form_type,
                      [], [], Plan.of(sched, stmt.form_type), known, contacts, by_last,
                      period=(format_date(stmt.period_from), format_date(stmt.period_through)))
    total = len(table.rows)
    date_column = mapping.column_of("date")
    read, keep = _reader(preview).read, preview.rows.append
    for done, (number, cells) in enumerate(table.rows):
        if progress is not None and done % 2000 == 0:
            progress(done, total, "Reading the rows")
        if _is_total(cells, date_column):
            preview.ignored.append(number)
            continue
        row = PreviewRow(number, cells)
        read(row)
        keep(row)
    fingerprints(preview)
    return preview


def known_fingerprints(session: Session, committee_id: int) -> set[str]:
    """The fingerprints of every row imported into the committee before: those kept on
    its entries (``Record.sheet_fp``, any statement) and those of contacts imports
    (``sheet_rows``, also the entries' rows of files and bundles made before 0009)."""
    statements = select(Statement.id).where(Statement.committee_id == committee_id)
    on_records = select(Record.sheet_fp).where(Record.statement_id.in_(statements),
                                               Record.sheet_fp.is_not(None))
    marks = select(SheetRow.fingerprint).where(SheetRow.committee_id == committee_id)
    conn = session.connection()  # rows, not scalars, nor a UNION: half the time
    known = cast("set[str]", {row[0] for row in conn.execute(on_records)})  # not null
    known.update(row[0] for row in conn.execute(marks))
    return known


def _require_schedule(stmt: Statement, sched: Schedule) -> None:
    """The statement's form must have the schedule's page (a 497 has no Schedule A)."""
    if not sched.rec_type:
        return
    spec = spec_for(stmt.form_type)
    if any(p.rec_type == sched.rec_type and p.form_type == sched.form_type
           for p in spec.parts):
        return
    raise UserError(f"statement {stmt.id} is a {spec.title or stmt.form_type}, which has no "
                    f"page for {sched.words}; choose a statement that has one (a Form 460 "
                    "has them all)")


def _require_columns(table: Table, sched: Schedule, mapping: Mapping) -> None:
    have = set(mapping.columns)
    for target in sched.required:
        if target in have or (target == "last" and "name" in have):
            continue
        shown = ", ".join(table.headers[:12]) + (", ..." if len(table.headers) > 12 else "")
        raise MissingColumn(
            f"{table.path}: no column holds the {target_label(target).lower()}; say which "
            f"column does (columns: {shown})")


def _is_total(cells: list[str], date_column: int | None) -> bool:
    """A totals line under the entries: 'Total' (or 'Grand total' ...) first and no date
    (a contributor named Sum who gave on a day is an entry)."""
    first = cells[0] if cells and cells[0] else next((c for c in cells if c), "")
    if len(first) > 12 or first.lower().rstrip(":") not in _TOTAL_WORDS:
        return False
    return date_column is None or date_column >= len(cells) or not cells[date_column]


def _reader(preview: Preview) -> RowReader:
    if preview.reader is None:
        preview.reader = RowReader(preview.sched, preview.plan, preview.mapping,
                                   preview.contacts, preview.by_last)
    reader: RowReader = preview.reader
    return reader


def convert(preview: Preview, row: PreviewRow) -> None:
    """Read one row: clean each mapped cell, split one-column names, check every value
    against its CAL field; problems name the row and the column."""
    _reader(preview).read(row)


def fingerprints(preview: Preview) -> None:
    """Each row's fingerprint: its data plus how many identical rows came before it in
    the file (two $25 gifts on one day stay two), and whether it was imported before."""
    seen: dict[str, int] = {}
    known, sha1 = preview.known, hashlib.sha1
    for row in preview.rows:
        content = row.content
        n = seen.get(content, 0)
        seen[content] = n + 1
        row.fingerprint = fingerprint = sha1(f"{content}\x1e{n}".encode()).hexdigest()[:24]
        row.already = fingerprint in known


def summary(preview: Preview) -> dict[str, Any]:
    """Counts of a preview for messages and ``--json``."""
    counts = Counter(r.status for r in preview.rows)
    return {"rows": len(preview.rows), "new": counts["new"], "already": counts["already"],
            "problem": counts["problem"], "skipped": counts["skipped"],
            "ignored": len(preview.ignored)}


def row_amount(preview: Preview, row: PreviewRow) -> str:
    """The row's amount as read ('' when it has none)."""
    pos = preview.plan.positions.get("amount")
    return row.values[pos] if pos is not None and pos < len(row.values) else ""


