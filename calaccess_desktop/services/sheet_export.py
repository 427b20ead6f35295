"""Exports for the accountant: one schedule, or all transactions, as CSV or XLSX.

Columns are titled in plain words (``cal/labels``); amounts are numbers in dollars,
exact (Decimal, never float; ``#,##0.00`` in XLSX); dates are dates. A text value a
spreadsheet would run as a formula (it starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) gets a leading ``'`` and stays text; amounts and text that is a plain
number are left as they are. Files are written whole or not at all (``fileio.replacing``).

Rows come from the statement's snapshot, so itemization and year-to-date totals are
those of the statement itself; the summary lines (SMRY), the cover, the verification
and memo texts are not transactions and are left out.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from itertools import zip_longest
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from calaccess_desktop.cal.labels import entry_noun, field_label
from calaccess_desktop.cal.layouts import FieldSpec, codes, fields_for
from calaccess_desktop.cal.parties import MAIN_AMOUNT_DATE, PARTIES, listed_name
from calaccess_desktop.cal.values import parse_date
from calaccess_desktop.domain.money import cents_or_none, to_decimal
from calaccess_desktop.domain.snapshot import SnapRecord, StatementSnapshot
from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import replacing
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.forms.spec import FormSpec, Part
from calaccess_desktop.gc_pause import gc_paused
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.statement_list import STATUS_WORDS
from calaccess_desktop.services.store import Store

FORMATS = (".csv", ".xlsx")
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "mm/dd/yyyy"
ALL = "all"
# Records that are transactions (the rest: cover, verification, summary, memo text).
TRANSACTIONS = ("RCPT", "EXPN", "LOAN", "DEBT", "S496", "S497", "S498", "S401")
SKIPPED_FIELDS = frozenset({"rec_type", "form_type"})
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
# Balance at the end of the period, for loans and unpaid bills (ledger column).
END_BALANCE = {"LOAN": "Loan_Amt2", "DEBT": "End_Bal"}
DESCRIPTION = ("Ctrib_Dscr", "Expn_Dscr")
LUMP_NAME = "(Unitemized entries, total as filed)"


class SheetExportError(UserError):
    """An export that cannot be made as asked (the message says why)."""


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """A column: its title and what its cells hold ('text', 'money', 'date', 'yesno')."""

    title: str
    kind: str = "text"


@dataclass(frozen=True)
class Sheet:
    """One table: a title (the XLSX sheet's name), columns, rows of cells. A cell is
    str, Decimal (dollars), date, bool or None."""

    title: str
    columns: tuple[SheetColumn, ...]
    rows: list[tuple[object, ...]]


@dataclass(frozen=True)
class SheetExport:
    """What was written: the file, its sheets, and how many entries (the first sheet's
    rows: all transactions, or the one schedule's)."""

    path: Path
    sheets: tuple[str, ...]
    rows: int


# --------------------------------------------------------------------------- values


def neutralised(text: str) -> str:
    """``text`` as a spreadsheet shows it and never runs: a leading ``'`` when it starts
    like a formula (a plain number such as ``-12.50`` is left alone)."""
    if text.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def _money(text: str) -> object:
    if not text:
        return None
    cents = cents_or_none(text)
    return to_decimal(cents) if cents is not None else text


def _date(text: str) -> object:
    return (parse_date(text) or text) if text else None


@cache
def _code_words(table: str) -> dict[str, str]:
    return {code.upper(): words.split(" - ")[0].split(" (")[0].rstrip("*")
            for code, words in codes(table).items()}


def _expense(code: str, table: str = "expense") -> str:
    """'LIT - campaign literature and mailings' for a code the table knows."""
    words = _code_words(table).get(code.upper())
    return f"{code} - {words}" if code and words else code


def _cell(rec: SnapRecord, spec: FieldSpec) -> object:
    value = rec.get(spec.name)
    if spec.kind == "amount":
        return _money(value)
    if spec.kind == "date":
        return _date(value)
    if spec.name == "Expn_Code":
        return _expense(value)
    if spec.name == "Entity_Cd":
        return _expense(value, "entity_schedule")
    return value


def _kind_of(spec: FieldSpec) -> str:
    return {"amount": "money", "date": "date"}.get(spec.kind, "text")


def counts(rec: SnapRecord) -> bool:
    """Whether a record counts toward the schedule's totals (not a memo, not a sub-item)."""
    return not rec.is_memo and not rec.get("BakRef_TID")


# --------------------------------------------------------------------------- sheets


def _title(part: Part, spec: FormSpec) -> str:
    """A schedule's name, short enough for a sheet tab: 'Schedule A', 'Part 1 -
    Contributions received', or the part's short title ('Nonmonetary')."""
    head, sep, _rest = part.title.partition(" - ")
    if not sep:
        return part.short_title or f"{spec.short_name} {part.key}"
    if head.startswith("Schedule "):
        return head
    return f"{head} - {part.short_title}" if part.short_title else head


def schedule_sheet(snap: StatementSnapshot, part: Part) -> Sheet:
    """Every entry of one schedule: each field of its layout that any entry fills (and
    the schedule table's own columns always), then whether it is itemized and counted."""
    spec = spec_for(snap.form_type)
    records = [r for r in snap.records if r.rec_type == part.rec_type
               and r.form_type == part.form_type]
    layout = fields_for(part.rec_type, part.form_type, cvr_form=snap.form_type)
    core = _core_fields(part)
    filled = _filled_fields(records)
    wanted = [f for f in layout if f.name.lower() not in SKIPPED_FIELDS and (
        f.name in core or f.name in filled)]
    columns = [SheetColumn(field_label(part.rec_type, part.form_type, f, f.name), _kind_of(f))
               for f in wanted]
    columns += [SheetColumn("Itemized", "yesno"), SheetColumn("Counted in totals", "yesno")]
    party = PARTIES.get(part.rec_type)
    name_at = next((i for i, f in enumerate(wanted) if party and f.name == party.last), None)
    rows = []
    for rec in records:
        cells = [_cell(rec, f) for f in wanted]
        if rec.lump and name_at is not None:
            cells[name_at] = LUMP_NAME
        rows.append((*cells, rec.itemized and not rec.lump, counts(rec)))
    return Sheet(_title(part, spec), tuple(columns), rows)


def _filled_fields(records: Sequence[SnapRecord]) -> set[str]:
    """Names of the fields some record fills (records of one layout compared column by
    column, at C speed: 100,000 records in a fraction of a second)."""
    by_layout: dict[int, list[SnapRecord]] = {}
    for rec in records:
        by_layout.setdefault(id(rec.fields), []).append(rec)
    filled: set[str] = set()
    for group in by_layout.values():
        fields = group[0].fields
        columns = zip_longest(*(r.values for r in group), fillvalue="")
        filled.update(spec.name for spec, column in zip(fields, columns, strict=False)
                      if any(column))
    return filled


def _core_fields(part: Part) -> frozenset[str]:
    from calaccess_desktop.services.schedule_rows import columns_for

    return frozenset(name for c in columns_for(part.rec_type, part.form_type)
                     for name in c.fields)


LEDGER_COLUMNS = (
    SheetColumn("Schedule"), SheetColumn("Entry"), SheetColumn("Transaction ID"),
    SheetColumn("Date", "date"), SheetColumn("Name"), SheetColumn("Amount", "money"),
    SheetColumn("Balance at the end of the period", "money"), SheetColumn("Street address"),
    SheetColumn("City"), SheetColumn("State"), SheetColumn("ZIP code"),
    SheetColumn("Occupation"), SheetColumn("Employer"), SheetColumn("Description"),
    SheetColumn("Expense type"), SheetColumn("Memo entry only (not counted)", "yesno"),
    SheetColumn("Part of transaction (Tran ID)"), SheetColumn("Itemized", "yesno"),
    SheetColumn("Counted in totals", "yesno"),
)


def ledger_sheet(snap: StatementSnapshot) -> Sheet:
    """All transactions of the statement in one table, in statement order; the amount is
    each kind's main one (received, paid, lent, or newly owed this period)."""
    spec = spec_for(snap.form_type)
    rows = []
    for rec in snap.records:
        if rec.rec_type not in TRANSACTIONS:
            continue
        part = spec.part_of(rec.rec_type, rec.form_type)
        party = PARTIES.get(rec.rec_type)
        amount_field, date_field = MAIN_AMOUNT_DATE.get(rec.rec_type, ("Amount", ""))
        name = listed_name(rec.get(party.last), rec.get(party.first)) if party else ""
        rows.append((
            _title(part, spec) if part else f"{rec.rec_type} {rec.form_type}",
            entry_noun(rec.rec_type, rec.form_type)[0], rec.tran_id,
            _date(rec.get(date_field)) if date_field else None,
            LUMP_NAME if rec.lump else name, _money(rec.get(amount_field)),
            _money(rec.get(END_BALANCE[rec.rec_type])) if rec.rec_type in END_BALANCE
            else None,
            *(rec.get(getattr(party, n)) if party and getattr(party, n) else ""
              for n in ("adr1", "city", "state", "zip4", "occupation", "employer")),
            next((rec.get(n) for n in DESCRIPTION if rec.get(n)), ""),
            _expense(rec.get("Expn_Code")), rec.is_memo, rec.get("BakRef_TID"),
            rec.itemized and not rec.lump, counts(rec),
        ))
    return Sheet("All transactions", LEDGER_COLUMNS, rows)


def find_part(spec: FormSpec, schedule: str) -> Part:
    """The part named by ``--schedule`` (its key, e.g. A, B1, P1, or its CAL Form_Type)."""
    wanted = schedule.strip().upper().removeprefix("SCHEDULE ").strip()
    for part in spec.parts:
        if wanted in (part.key.upper(), part.form_type.upper()):
            return part
    keys = ", ".join(p.key for p in spec.parts) or "none"
    raise SheetExportError(
        f"{spec.short_name} has no schedule {schedule.strip()!r}; its schedules are {keys} "
        f"(or '{ALL}' for all transactions).")


def statement_sheets(session: Session, statement_id: int,
                     schedule: str | None = None) -> tuple[StatementSnapshot, list[Sheet]]:
    """The sheets of an export: one schedule's, or all transactions then each schedule
    the statement has entries on."""
    with gc_paused():
        snap = build_snapshot(session, statement_id)
    spec = spec_for(snap.form_type)
    if schedule and schedule.strip().lower() != ALL:
        return snap, [schedule_sheet(snap, find_part(spec, schedule))]
    present = {(r.rec_type, r.form_type) for r in snap.records}
    parts = [p for p in spec.parts if (p.rec_type, p.form_type) in present]
    return snap, [ledger_sheet(snap), *(schedule_sheet(snap, p) for p in parts)]


# --------------------------------------------------------------------------- writing


def sheet_format(path: str | Path) -> str:
    """'.csv' or '.xlsx' from the file name; anything else is refused in words."""
    if not str(path).strip():
        raise SheetExportError("no file name was given: give the name of a file ending in "
                               ".csv or .xlsx; nothing was written.")
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise SheetExportError(
            f"{path}: give a file name ending in .csv or .xlsx (the name says which kind of "
            "spreadsheet file to write); nothing was written.")
    return suffix


def _csv_value(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return neutralised(str(value))


def write_csv(sheet: Sheet, target: Path) -> None:
    """One table as CSV (UTF-8 with a byte-order mark, so spreadsheets read accents)."""
    with target.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh, lineterminator="\r\n")
        out.writerow([neutralised(c.title) for c in sheet.columns])
        for row in sheet.rows:
            out.writerow([_csv_value(v) for v in row])


_SHEET_NAME_BAD = re.compile(r"[\[\]:*?/\\]")


def _sheet_name(title: str, taken: set[str]) -> str:
    base = _SHEET_NAME_BAD.sub(" ", title).strip()[:31] or "Sheet"
    name, n = base, 2
    while name.lower() in taken:
        name = f"{base[:28]} {n}"
        n += 1
    taken.add(name.lower())
    return name


def _discard(book: Any) -> None:
    """Close a write-only workbook's sheets and remove their temporary files."""
    for ws in book.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            ws._writer.cleanup()


def _width(sheet: Sheet, at: int, sample: int = 500) -> float:
    """A column's width in characters: its title's or its longest value's among the first
    rows (money and dates a fixed 14), from 8 to 50."""
    column = sheet.columns[at]
    if column.kind in ("money", "date"):
        return 14
    longest = max((len(str(row[at])) for row in sheet.rows[:sample] if row[at] is not None),
                  default=0)
    words = min(len(column.title), 24) if column.kind != "yesno" else 6
    return float(min(max(longest, words, 6) + 2, 50))


def write_xlsx(sheets: Sequence[Sheet], target: Path, about: Sequence[tuple[str, str]],
               progress: Progress | None = None) -> None:
    """Each table on its own sheet (header row frozen), then a sheet saying what the
    export is (``about``: label, value). ``progress`` hears every few thousand rows
    (openpyxl writes about 5,000 rows a second)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    taken: set[str] = set()
    total = sum(len(sheet.rows) for sheet in sheets)
    done = 0

    def text_cell(ws: Any, value: str, *, header: bool = False) -> Any:
        cell = WriteOnlyCell(ws, value=ILLEGAL_CHARACTERS_RE.sub("\ufffd", neutralised(value)))
        cell.data_type = "s"
        if header:
            cell.font = bold
        return cell

    def xlsx_cell(ws: Any, value: object) -> Any:
        if value is None:
            return None
        if isinstance(value, bool):
            return text_cell(ws, "Yes" if value else "No")
        if isinstance(value, Decimal | dt.date):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = MONEY_FORMAT if isinstance(value, Decimal) else DATE_FORMAT
            return cell
        return text_cell(ws, str(value))

    try:
        for sheet in sheets:
            ws = book.create_sheet(_sheet_name(sheet.title, taken))
            ws.freeze_panes = "A2"
            for i in range(len(sheet.columns)):
                ws.column_dimensions[get_column_letter(i + 1)].width = _width(sheet, i)
            ws.append([text_cell(ws, c.title, header=True) for c in sheet.columns])
            for row in sheet.rows:
                done += 1
                if progress is not None and done % PROGRESS_EVERY == 0:
                    progress(done, total, f"Writing {sheet.title}: row {done:,} of {total:,}...")
                ws.append([xlsx_cell(ws, value) for value in row])
        ws = book.create_sheet(_sheet_name("About this export", taken))
        ws.column_dimensions["A"].width = 24
        ws.column_dimensions["B"].width = 60
        for label, value in about:
            ws.append([text_cell(ws, label, header=True), text_cell(ws, value)])
        book.save(str(target))
    except BaseException:
        _discard(book)  # stopped or failed: openpyxl's temporary files go now
        raise


def _about(snap: StatementSnapshot) -> list[tuple[str, str]]:
    spec = spec_for(snap.form_type)
    period = " to ".join(d.strftime("%m/%d/%Y") for d in (snap.period_from, snap.period_through)
                         if d is not None)
    return [
        ("Committee", snap.committee.name), ("Committee ID number", snap.committee.filer_id),
        ("Statement", f"{spec.short_name} (statement {snap.statement_id})"),
        ("Period", period), ("Amendment number", str(snap.report_num)),
        ("Status", STATUS_WORDS.get(snap.status, snap.status)),
        ("Exported on", dt.date.today().strftime("%m/%d/%Y")),
        ("Amounts", "in dollars; memo entries and sub-items are not counted in totals"),
    ]


Progress = Callable[[int, int, str], None]  # (rows done, rows, words); may raise to stop
PROGRESS_EVERY = 2000  # rows between two progress reports


@dataclass(frozen=True)
class SheetsToWrite:
    """What an export writes, read from the store: the sheets and the About lines."""

    sheets: list[Sheet]
    about: list[tuple[str, str]]


def read_export(session: Session, statement_id: int, path: str | Path,
                schedule: str | None = None) -> SheetsToWrite:
    """The sheets an export to ``path`` holds (a CSV file holds one table: without a
    schedule, all transactions). Needs the store; writing them does not."""
    kind = sheet_format(path)
    snap, sheets = statement_sheets(session, statement_id, schedule)
    return SheetsToWrite(sheets[:1] if kind == ".csv" else sheets, _about(snap))


def write_export(found: SheetsToWrite, path: str | Path, *,
                 progress: Progress | None = None) -> SheetExport:
    """Write the sheets to ``path`` (.csv or .xlsx by its name), whole or not at all."""
    kind = sheet_format(path)
    sheets = found.sheets
    if progress is not None:
        progress(0, 0, f"Writing {sum(len(s.rows) for s in sheets):,} rows...")
    with replacing(path) as tmp:
        if kind == ".csv":
            write_csv(sheets[0], tmp)
        else:
            write_xlsx(sheets, tmp, found.about, progress)
    return SheetExport(Path(path), tuple(s.title for s in sheets), len(sheets[0].rows))


def export_sheet(store: Store, statement_id: int, path: str | Path, *,
                 schedule: str | None = None,
                 progress: Progress | None = None) -> SheetExport:
    """Write one schedule (``schedule``: A, B1, ... or 'all'), or all transactions and
    each schedule, to ``path`` (.csv or .xlsx by its name)."""
    sheet_format(path)
    if progress is not None:
        progress(0, 0, "Reading the statement...")
    with store.read() as session:
        found = read_export(session, statement_id, path, schedule)
    return write_export(found, path, progress=progress)
