"""Reading a spreadsheet (CSV in any common encoding and delimiter, or XLSX) into rows of
text, and finding its header row under any title rows.

Rows keep the number a spreadsheet program shows for them (row 1 is the first line), so
that every problem can name the row the treasurer sees.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from calaccess_desktop.errors import UserError
from calaccess_desktop.fileio import ReadError, read_input
from calaccess_desktop.services.sheets.cleaning import clean_cells

HEADER_SCAN = 20  # rows looked at for the header row
DELIMITERS = ",;\t|"
# Bounds no spreadsheet of a committee's entries comes near, so that a huge or hostile
# file (a zip bomb) is refused in words instead of filling the memory.
MAX_ROWS = 1_048_576  # a worksheet's own limit (Excel and LibreOffice)
MAX_CELLS = 16_000_000  # a million rows of sixteen columns
MAX_BYTES = 512 * 2**20  # a file on disk
MAX_SHEET_XML = 2**30  # a workbook's parts (worksheets, shared strings ...), unpacked
MAX_CELL_TEXT = 32_767  # characters in one cell: Excel's own limit
MAX_TEXT = 256 * 2**20  # characters in all the cells (a shared string repeated is counted
#                        each time it is used: 3 MB in 3,600 cells is 10 GB of text)


class SheetError(UserError):
    """A file that cannot be read as a spreadsheet; the message names it and says why."""


@dataclass
class Table:
    """A spreadsheet's header row and the rows under it (blank rows left out)."""

    path: str
    headers: list[str]
    header_row: int  # the row number of the headers in the file
    rows: list[tuple[int, list[str]]] = field(default_factory=list)  # (row number, cells)

    @property
    def name(self) -> str:
        """The file's name, as problems name it."""
        return self.path


Known = Callable[[str], bool]  # whether a header names something we read


def read_table(path: str | Path, known: Known | None = None) -> Table:
    """The table in a CSV or XLSX file; ``known`` helps find the header row under a
    title (the first row with two or more headers it knows)."""
    path = Path(path)
    try:
        data = read_input(path, "a spreadsheet (.csv or .xlsx)", max_bytes=MAX_BYTES)
    except ReadError as exc:  # a folder, a pipe, a device
        raise SheetError(str(exc)) from exc
    except OSError as exc:
        raise SheetError(f"{path}: cannot read the file ({exc.strerror or exc})") from exc
    if data[:4] == b"PK\x03\x04":
        rows = _xlsx_rows(path, data)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise SheetError(f"{path}: this is an old Excel file (.xls); save it as .xlsx or "
                         ".csv from your spreadsheet program and import that")
    else:
        rows = _csv_rows(path, data)
    return _table(str(path), rows, known)


def _table(path: str, rows: list[tuple[int, list[str]]], known: Known | None) -> Table:
    filled = [(n, cells) for n, cells in ((n, clean_cells(c)) for n, c in rows) if any(cells)]
    if not filled:
        raise SheetError(f"{path}: the file has no rows to read")
    at = _header_index(filled, known)
    header_row, headers = filled[at]
    width = max(len(headers), *(len(c) for _n, c in filled[at + 1:])) if filled[at + 1:] \
        else len(headers)
    while headers and not headers[-1] and width <= len(headers):
        headers = headers[:-1]
        width = len(headers)
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    headers += [f"Column {i + 1}" for i in range(len(headers), width)]
    body = [(n, cells if len(cells) == width else cells + [""] * (width - len(cells)))
            for n, cells in filled[at + 1:]]
    return Table(path, headers, header_row, body)


def _header_index(rows: list[tuple[int, list[str]]], known: Known | None) -> int:
    """The header row: the first of the top rows naming two or more known columns, else
    the first row as wide as the widest of the top rows (a title row has one cell)."""
    top = rows[:HEADER_SCAN]
    if known is not None:
        for i, (_n, cells) in enumerate(top):
            if sum(1 for c in cells if c and known(c)) >= 2:
                return i
    widest = max(sum(1 for c in cells if c) for _n, cells in top)
    for i, (_n, cells) in enumerate(top):
        if sum(1 for c in cells if c) >= max(2, widest // 2 + 1) or widest == 1:
            return i
    return 0


# ------------------------------------------------------------------ CSV


def decode(data: bytes) -> str:
    """Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252
    (what Excel on Windows writes), else Latin-1."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def sniff_delimiter(text: str) -> str:
    """The delimiter of a CSV text: the one of , ; tab | that splits its first lines
    most consistently (and most often)."""
    lines = [ln for ln in text.splitlines()[:50] if ln.strip()]
    best, best_score = ",", -1.0
    for delim in DELIMITERS:
        try:
            counts = [len(next(csv.reader([ln], delimiter=delim))) - 1 for ln in lines]
        except csv.Error:  # a cell too long to read: counted plainly
            counts = [ln.count(delim) for ln in lines]
        if not counts or max(counts) == 0:
            continue
        common = max(set(counts), key=counts.count)
        if common == 0:  # absent from most lines: a tab or ';' inside a few cells
            continue
        score = counts.count(common) * 1000 + common
        if score > best_score:
            best, best_score = delim, score
    return best


def _csv_rows(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    text = decode(data)
    if "\x00" in text:
        raise SheetError(f"{path}: this is not a CSV or XLSX file (it holds binary data)")
    delimiter = sniff_delimiter(text)
    if text.count('"') % 2:  # an odd number of quotes: perhaps one never closed
        _no_open_quote(path, text, delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _at_most(path, enumerate(reader, start=1))
    except csv.Error as exc:
        why = (f"a cell holds more than {csv.field_size_limit():,} characters"
               if "field limit" in str(exc) else str(exc))
        raise SheetError(f"{path}:row {reader.line_num}: cannot read this line ({why})") \
            from exc


def _no_open_quote(path: Path, text: str, delimiter: str) -> None:
    """Refuse a file where a quote opens a cell and is never closed: the rest of the file
    would be read into that one cell (and its row's other cells found blank)."""
    strict = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows = 0
    try:
        for _cells in strict:
            rows += 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise SheetError(f'{path}:row {rows + 1}: a quote (") opens a cell and is never '
                             "closed, so the rest of the file would be read into that "
                             "cell; nothing was read. Close the quote, or remove it.") \
                from exc


# ------------------------------------------------------------------ XLSX


def cell_text(value: Any) -> str:
    """A cell's value as text: dates as 2026-01-05, numbers without float noise."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        text = repr(value)
        if "e" in text or "E" in text:
            text = format(Decimal(text), "f")
        return text[:-2] if text.endswith(".0") else text
    return str(value)


def _at_most(path: Path, rows: Iterable[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The rows, refused in words past ``MAX_ROWS``, ``MAX_CELLS`` or ``MAX_TEXT`` (read
    no further)."""
    out = []
    cells = text = 0
    for n, row in rows:
        cells += len(row)
        text += sum(map(len, row))
        if n > MAX_ROWS or cells > MAX_CELLS or text > MAX_TEXT:
            what = (f"{MAX_ROWS:,} rows" if n > MAX_ROWS else f"{MAX_CELLS:,} cells"
                    if cells > MAX_CELLS else f"{MAX_TEXT:,} characters of text")
            raise SheetError(f"{path}: the file has more than {what}, more than a spreadsheet "
                             "of entries holds; nothing was read. Split it into smaller "
                             "files.")
        out.append((n, row))
    return out


def _unpacked_size(path: Path, data: bytes) -> None:
    """Refuse a workbook whose parts unpack to more than ``MAX_SHEET_XML`` (a zip bomb,
    wherever in the archive its worksheet or shared strings sit); a damaged archive is
    left to the workbook reader to say so."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(i.file_size for i in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return
    if size > MAX_SHEET_XML:
        raise SheetError(f"{path}: its worksheets unpack to {size / 2**30:,.1f} GB, more than "
                         "a spreadsheet of entries could hold; nothing was read.")


def _xlsx_cells(path: Path, n: int, row: tuple[Any, ...]) -> list[str]:
    """A workbook row's cells as text; a cell longer than Excel itself holds is refused."""
    cells = [cell_text(v) for v in row]
    for col, text in enumerate(cells):
        if len(text) > MAX_CELL_TEXT:
            raise SheetError(f"{path}:row {n}: column {_column_letters(col)}: the cell holds "
                             f"{len(text):,} characters, more than a spreadsheet cell can "
                             f"({MAX_CELL_TEXT:,}); nothing was read.")
    return cells


def _column_letters(col: int) -> str:
    """A column's letters as a spreadsheet shows them (0 is A, 26 is AA)."""
    out = ""
    col += 1
    while col:
        col, r = divmod(col - 1, 26)
        out = chr(65 + r) + out
    return out


_ROW_NUMBER = re.compile(rb"<(?:\w+:)?row\b[^>]*?\br=\"(\d+)\"")
_TAG_ROOM = 1024  # bytes a row's opening tag may take


def _rows_in_order(path: Path, sheet: Any) -> None:
    """Refuse a worksheet whose rows are not numbered in order (two rows 3, a row 2 after
    row 3): the workbook reader drops such rows without a word. Excel never writes one;
    a program that builds workbooks by hand can."""
    opener = getattr(sheet, "_get_source", None)
    if opener is None:
        return
    last, buf = 0, b""
    with opener() as src:
        while True:
            chunk = src.read(1 << 20)
            buf += chunk
            final = len(buf) if not chunk else len(buf) - _TAG_ROOM  # a tag may run on
            done, cut = 0, max(0, len(buf) - _TAG_ROOM)
            for match in _ROW_NUMBER.finditer(buf):
                if match.end() > final:
                    cut = min(cut, match.start())  # read it again with what follows
                    break
                n, done = int(match.group(1)), match.end()
                if n <= last:
                    raise SheetError(f"{path}:row {n}: the workbook numbers its rows out of "
                                     f"order (row {n} comes after row {last}), so rows would "
                                     "be lost; nothing was read. Open it in a spreadsheet "
                                     "program and save it again.")
                last = n
            if not chunk:
                return
            buf = buf[max(done, cut):]


def _xlsx_rows(path: Path, data: bytes) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    _unpacked_size(path, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheet = book.active or book.worksheets[0]
            _rows_in_order(path, sheet)
            return _at_most(path, ((n, _xlsx_cells(path, n, row)) for n, row in
                                   enumerate(sheet.iter_rows(values_only=True), start=1)))
        finally:
            book.close()
    except (MemoryError, SheetError):
        raise
    except Exception as exc:  # noqa: BLE001 - a damaged workbook fails in many ways
        if _has_chart_sheet(data):  # the workbook reader cannot open one (openpyxl 3.1)
            raise SheetError(f"{path}: this workbook holds a chart sheet, which cannot be "
                             "read here; nothing was read. Save the sheet of entries on its "
                             "own (File > Save As, as CSV or as a workbook without the "
                             "chart sheet) and import that file.") from exc
        raise SheetError(f"{path}: this is not a spreadsheet (.xlsx) file that can be read "
                         f"({type(exc).__name__}: {str(exc)[:200]})") from exc


def _has_chart_sheet(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return any(n.startswith("xl/chartsheets/") for n in archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
