"""Workbooks built to exhaust the machine: a long shared string used in every cell, a
worksheet kept outside ``xl/worksheets/`` and padded to a gigabyte; and one the reader
cannot open (a chart sheet). Each is refused in words before its text is cleaned, and
the data file is left as it was."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from calaccess_desktop.services.sheets import reading
from tests.sheets.conftest import Books
from tests.sheets.test_import import cli

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
HEADERS = ["Name", "Date", "Amount", "Address", "City", "State", "Zip"]


def _workbook(path: Path, rows: list[list[str]], *, sheet: str = "xl/worksheets/sheet1.xml",
              shared: list[str] | None = None, padding: int = 0,
              numbers: list[int] | None = None) -> None:
    """A workbook by hand: its cells are indexes into ``shared`` when given (the shared
    strings part), else inline text; ``padding`` bytes of an XML comment in the sheet;
    ``numbers``: each row's number (1, 2, 3 ... unless given)."""
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    types = (f'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
             f'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
             f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
             f'<Override PartName="/{sheet}" ContentType="{kind}.worksheet+xml"/>'
             + (f'<Override PartName="/xl/sharedStrings.xml" '
                f'ContentType="{kind}.sharedStrings+xml"/>' if shared else "") + "</Types>")
    links = (f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="{REL}/worksheet" '
             f'Target="/{sheet}"/>' + (f'<Relationship Id="rId2" Type="{REL}/sharedStrings" '
                                       'Target="sharedStrings.xml"/>' if shared else "")
             + "</Relationships>")

    def cell(text: str) -> str:
        if shared is not None:
            return f'<c t="s"><v>{text}</v></c>'
        return f'<c t="inlineStr"><is><t>{text}</t></is></c>'

    body = "".join(f'<row r="{n}">{"".join(cell(c) for c in row)}</row>'
                   for n, row in zip(numbers or range(1, len(rows) + 1), rows, strict=True))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", types)
        z.writestr("_rels/.rels", f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<workbook xmlns="{NS}" xmlns:r="{REL}"><sheets>'
                   '<sheet name="Gifts" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", links)
        if shared is not None:
            z.writestr("xl/sharedStrings.xml", f'<sst xmlns="{NS}">' + "".join(
                f"<si><t>{s}</t></si>" for s in shared) + "</sst>")
        z.writestr(sheet, f'<worksheet xmlns="{NS}"><sheetData>{body}</sheetData>'
                   + (f"<!--{'x' * padding}-->" if padding else "") + "</worksheet>")


def _refused(books: Books, capsys: pytest.CaptureFixture[str], path: Path) -> str:
    before = books.counts()
    code, out, err = cli(capsys, "import-sheet", str(path), "--statement",
                         str(books.statement), "--preview", "--db", str(books.db))
    assert code == 1, out + err
    assert "Traceback" not in out + err and "nothing was read" in err, err
    assert books.counts() == before
    return err


def test_a_cell_longer_than_a_spreadsheet_holds(books: Books, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """One 100,000-character shared string in every cell of 50 rows (a few KB packed)."""
    long = "A" * 100_000
    shared = [*HEADERS, long]
    rows = [[str(i) for i in range(len(HEADERS))]] + [[str(len(HEADERS))] * 7] * 50
    book = tmp_path / "long.xlsx"
    _workbook(book, rows, shared=shared)
    err = _refused(books, capsys, book)
    assert "row 2: column A" in err and "100,000 characters" in err, err


def test_a_worksheet_hidden_outside_the_worksheets_folder(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The unpacked size counts every part of the archive, wherever the sheet is (the
    limit lowered to 1 MB here, so that the test needs no gigabyte)."""
    monkeypatch.setattr(reading, "MAX_SHEET_XML", 2**20)
    book = tmp_path / "hidden.xlsx"
    _workbook(book, [HEADERS, ["Chen, Amy", "2001-03-02", "5", "1 Oak", "Davis", "CA",
                               "95616"]], sheet="xl/data/sheet1.xml", padding=2 * 2**20)
    assert book.stat().st_size < 100_000
    assert "unpack to" in _refused(books, capsys, book)


def test_more_text_than_a_spreadsheet_of_entries_holds(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Many cells within Excel's limit still add up: the whole text is bounded too (the
    bound lowered here), in a CSV as in a workbook."""
    monkeypatch.setattr(reading, "MAX_TEXT", 50_000)
    row = ["Chen, Amy", "2001-03-02", "5", "1 Oak " + "x" * 900, "Davis", "CA", "95616"]
    book = tmp_path / "wordy.xlsx"
    _workbook(book, [HEADERS] + [row] * 60)
    assert "characters of text" in _refused(books, capsys, book)
    sheet = tmp_path / "wordy.csv"
    sheet.write_text("\n".join(",".join(r) for r in [HEADERS] + [row] * 60) + "\n")
    assert "characters of text" in _refused(books, capsys, sheet)


def test_a_workbook_with_a_chart_sheet_says_what_to_do(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The workbook reader cannot open a chart sheet: the message says so and how to get
    the entries in, instead of the reader's own error."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADERS)
    sheet.append(["Chen, Amy", "2001-03-02", 5, "1 Oak", "Davis", "CA", "95616"])
    book.create_chartsheet("Chart")
    path = tmp_path / "with-chart.xlsx"
    book.save(path)
    err = _refused(books, capsys, path)
    assert "chart sheet" in err and "Save the sheet of entries" in err, err
    assert "AttributeError" not in err



@pytest.mark.parametrize("where", ["near the top", "past the first megabyte"])
def test_rows_numbered_out_of_order_are_refused_not_dropped(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str], where: str) -> None:
    """The workbook reader silently drops a row numbered before the one above it (a
    program that writes workbooks by hand can do that): refused, naming the row."""
    gift = ["Chen, Amy", "2001-03-02", "5", "1 Oak St", "Davis", "CA", "95616"]
    count = 4 if where == "near the top" else 6000  # 6,000 rows: over 1 MB of XML
    numbers = [*range(1, count + 1), count]  # the last row numbered as the one before it
    book = tmp_path / "out-of-order.xlsx"
    _workbook(book, [HEADERS] + [gift] * count, numbers=numbers)
    err = _refused(books, capsys, book)
    assert f"row {count}: the workbook numbers its rows out of order" in err, err
    _workbook(book, [HEADERS] + [gift] * count)  # the same rows in order: all are read
    code, out, err = cli(capsys, "import-sheet", str(book), "--statement",
                         str(books.statement), "--preview", "--db", str(books.db))
    assert code == 0 and f"{count} row(s) would be imported" in out, out + err
