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
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from calaccess_desktop.cal.layouts import FieldSpec, fields_for
from calaccess_desktop.cal.values import format_date, value_problems
from calaccess_desktop.db.orm import Contact, SheetRow, Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.contacts import match_key
from calaccess_desktop.services.entry_fields import too_long
from calaccess_desktop.services.sheets import cleaning as cl
from calaccess_desktop.services.sheets.columns import Schedule, target_label
from calaccess_desktop.services.sheets.mapping import Mapping
from calaccess_desktop.services.sheets.reading import Table

Progress = Callable[[int, int, str], None]  # (done, total, what); raising stops the work
TRAN_ID_TO_COME = "CD0-0"  # stands in for the Tran_ID the import assigns
_TOTAL_WORDS = frozenset({"total", "totals", "grand total", "subtotal", "sum"})
@lru_cache(maxsize=8192)
def _date_text(text: str) -> str:
    """A cell's date as CCYYMMDD (a file repeats few dates)."""
    return format_date(cl.parse_date(text))


_PARSERS: dict[str, Callable[[str], str]] = {
    "date": _date_text,
    "date_due": _date_text,
    "amount": cl.amount_text,
    "zip": cl.clean_zip,
    "state": cl.clean_state,
    "self_employed": cl.clean_box,
    "entity": cl.clean_entity,
}
_CONTACT_LIMITS = {"last_name": 200, "first_name": 45, "title": 10, "suffix": 10, "adr1": 55,
                   "adr2": 55, "city": 30, "state": 2, "zip4": 10, "employer": 200,
                   "occupation": 60, "self_employed": 1, "cmte_id": 9, "entity_cd": 3}


class MissingColumn(UserError):
    """No column holds something every row needs (the mapping must name one)."""


@dataclass(frozen=True, slots=True)
class RowProblem:
    """What is wrong with one cell of one row."""

    row: int
    column: str
    message: str

    def render(self, path: str) -> str:
        """``FILE:row N: column NAME: message``."""
        return f"{path}:row {self.row}: column {self.column}: {self.message}"


@dataclass(frozen=True)
class NearMatch:
    """A contact entered before who may be the same person (to confirm)."""

    contact_id: int
    words: str  # 'Grace Okafor, 95816'


@dataclass(slots=True)
class PreviewRow:
    """One row of the file and what it becomes."""

    row: int
    cells: list[str]
    problems: list[RowProblem] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # the CAL record (or contact) values
    content: str = ""  # what identifies the row's data (for its fingerprint)
    fingerprint: str = ""
    contact_key: str | None = None
    contact_id: int | None = None  # an existing contact it matches exactly
    near: list[NearMatch] = field(default_factory=list)
    link: int | None = None  # the near match confirmed as the same person
    already: bool = False  # imported before
    skipped: bool = False

    @property
    def status(self) -> str:
        """'skipped', 'already' (imported before), 'problem' or 'new'."""
        if self.skipped:
            return "skipped"
        if self.already:
            return "already"
        return "problem" if self.problems else "new"


@dataclass
class Plan:
    """A schedule's record layout and where each target goes in it."""

    sched: Schedule
    fields: tuple[FieldSpec, ...]
    positions: dict[str, int]  # target -> position in the values
    tran_id: int | None = None  # position of the Tran_ID

    @classmethod
    def of(cls, sched: Schedule, cvr_form: str) -> Plan:
        if not sched.rec_type:
            names = list(_CONTACT_LIMITS)
            return cls(sched, (), {t: names.index(f) for t, f in sched.fields.items()})
        layout = fields_for(sched.rec_type, sched.form_type, cvr_form=cvr_form)
        index = {f.name.lower(): i for i, f in enumerate(layout)}
        positions = {t: index[f.lower()] for t, f in sched.fields.items()
                     if f and f.lower() in index}
        return cls(sched, layout, positions, index.get("tran_id"))


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
    known = set(session.scalars(select(SheetRow.fingerprint).where(
        SheetRow.committee_id == stmt.committee_id)))
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
    for done, (number, cells) in enumerate(table.rows):
        if progress is not None and done % 2000 == 0:
            progress(done, total, "Reading the rows")
        if _is_total(cells, date_column):
            preview.ignored.append(number)
            continue
        row = PreviewRow(number, cells)
        convert(preview, row)
        preview.rows.append(row)
    fingerprints(preview)
    return preview


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


@dataclass
class _Reader:
    """How a preview reads its rows, prepared once per mapping."""

    steps: list[tuple[int, str, Callable[[str], str] | None]]  # column, target, parser
    where: dict[str, int]  # target -> the column it comes from
    column_of: dict[int, int]  # value position -> the column it comes from
    blank: list[str]  # the values of a record before any cell is read
    limits: list[int]  # contacts only: each value's longest length


def _reader(preview: Preview) -> _Reader:
    if preview.reader is not None:
        return preview.reader
    mapping, plan = preview.mapping, preview.plan
    steps = [(col, t, _PARSERS.get(t)) for col, t in enumerate(mapping.columns) if t]
    where = {t: col for col, t, _p in steps}
    if "name" in where:
        for target in ("last", "first", "title", "suffix"):
            where.setdefault(target, where["name"])
    if plan.sched.rec_type:
        blank = [""] * len(plan.fields)
        blank[0], blank[1] = plan.sched.rec_type, plan.sched.form_type
        if plan.tran_id is not None:  # given its Tran_ID when imported
            blank[plan.tran_id] = TRAN_ID_TO_COME
    else:
        blank = [""] * len(_CONTACT_LIMITS)
    preview.reader = _Reader(steps, where, {pos: where[t] for t, pos in plan.positions.items()
                                            if t in where}, blank,
                             list(_CONTACT_LIMITS.values()))
    return preview.reader


def convert(preview: Preview, row: PreviewRow) -> None:
    """Read one row: clean each mapped cell, split one-column names, check every value
    against its CAL field; problems name the row and the column."""
    sched, plan, reader = preview.sched, preview.plan, _reader(preview)
    headers = preview.mapping.headers
    got: dict[str, str] = {}
    problems: list[RowProblem] = []
    cells = row.cells
    width = len(cells)
    for col, target, parse in reader.steps:
        text = cells[col] if col < width else ""
        if not text:
            continue
        if parse is not None:
            try:
                text = parse(text)
            except cl.CellProblem as exc:
                problems.append(RowProblem(row.row, headers[col], str(exc)))
                continue
        got[target] = text
    if "name" in got:
        last, first, title, suffix = cl.split_name(got.pop("name"), person=sched.person_first)
        for target, value in (("last", last), ("first", first), ("title", title),
                              ("suffix", suffix)):
            if value and not got.get(target):
                got[target] = value
    if "entity" not in got and (not problems or "entity" not in reader.where or all(
            p.column != headers[reader.where["entity"]] for p in problems)):
        got["entity"] = ("COM" if got.get("committee_id") else
                         "IND" if got.get("first") or (sched.person_first and
                                                        not cl.looks_like_organization(
                                                            got.get("last", ""))) else "OTH")
    for target in sched.required:
        if got.get(target):
            continue
        column = reader.where.get(target, reader.where.get("name", 0))
        if all(p.column != headers[column] for p in problems):
            what = "name" if preview.mapping.columns[column] == "name" else \
                target_label(target).lower()
            problems.append(RowProblem(row.row, headers[column], f"the {what} is blank"))
    values = list(reader.blank)
    for target, pos in plan.positions.items():
        given = got.get(target)
        if given:
            values[pos] = given
    problems.extend(_field_problems(plan, reader, values, headers, row.row))
    row.problems = problems
    row.values = values
    row.contact_key = row.contact_id = None
    row.near = []
    row.link = None
    if not problems:
        _match_contact(preview, row, got)
    own_id = got.get("external_id", "")
    row.content = "\x1f".join((  # the file's own ID, on that day for that amount
        sched.code, "id", own_id, got.get("date", ""), got.get("amount", ""))) if own_id \
        else "\x1f".join((
        sched.code, got.get("last", "").upper(),
        got.get("first", "").upper(), got.get("zip", "")[:5], got.get("date", ""),
        got.get("amount", ""), got.get("adr1", "").upper(), got.get("description", "")))


def _field_problems(plan: Plan, reader: _Reader, values: list[str], headers: list[str],
                    number: int) -> list[RowProblem]:
    column_of = reader.column_of
    out = []
    if not plan.sched.rec_type:
        for pos, value in enumerate(values):
            if pos in column_of and (msg := too_long(value, reader.limits[pos])):
                out.append(RowProblem(number, headers[column_of[pos]], msg))
        return out
    for pos, msg in value_problems(values, plan.fields):
        if pos in column_of:
            msg = too_long(values[pos], plan.fields[pos].max_len) or msg
            out.append(RowProblem(number, headers[column_of[pos]], msg))
    return out


def _match_contact(preview: Preview, row: PreviewRow, got: dict[str, str]) -> None:
    last, first = got.get("last", ""), got.get("first", "")
    if not last:
        return
    key = match_key(last, first, got.get("zip", ""), got.get("city", ""))
    row.contact_key = key
    row.contact_id = preview.contacts.get(key)
    if row.contact_id is not None:
        return
    place = got.get("zip", "")[:5] or got.get("city", "").upper()
    first_up = " ".join(first.upper().split())
    for cid, their_first, their_place, words in preview.by_last.get(
            " ".join(last.upper().split()), ()):
        same_first = their_first == first_up
        close_first = bool(their_first and first_up) and (
            their_first.startswith(first_up) or first_up.startswith(their_first))
        if (same_first and their_place != place) or (close_first and their_place == place):
            row.near.append(NearMatch(cid, words))
            if len(row.near) == 3:
                break


def fingerprints(preview: Preview) -> None:
    """Each row's fingerprint: its data plus how many identical rows came before it in
    the file (two $25 gifts on one day stay two), and whether it was imported before."""
    seen: Counter[str] = Counter()
    for row in preview.rows:
        n = seen[row.content]
        seen[row.content] += 1
        row.fingerprint = hashlib.sha1(f"{row.content}\x1e{n}".encode()).hexdigest()[:24]
        row.already = row.fingerprint in preview.known


def summary(preview: Preview) -> dict[str, Any]:
    """Counts of a preview for messages and ``--json``."""
    return {"rows": len(preview.rows), "new": preview.count("new"),
            "already": preview.count("already"), "problem": preview.count("problem"),
            "skipped": preview.count("skipped"), "ignored": len(preview.ignored)}


def row_amount(preview: Preview, row: PreviewRow) -> str:
    """The row's amount as read ('' when it has none)."""
    pos = preview.plan.positions.get("amount")
    return row.values[pos] if pos is not None and pos < len(row.values) else ""


