"""Spreadsheets too large to be a committee's entries (more rows than a worksheet holds,
a file of hundreds of megabytes, a workbook whose sheets unpack to gigabytes: a zip bomb)
are refused in words before they fill the memory, and the data file is unchanged. The
bounds are lowered here so the files stay small; the reading is the real one."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from calaccess_desktop.services.sheets import reading
from tests.sheets.conftest import Books
from tests.sheets.test_import import cli

ROW = "Okafor Grace,25.00,3/1/2026\n"


def _refused(capsys: pytest.CaptureFixture[str], books: Books, path: Path) -> str:
    before = books.counts()
    code, out, err = cli(capsys, "import-sheet", str(path), "--statement",
                         str(books.statement), "--db", str(books.db))
    assert code == 1, out + err
    assert "Traceback" not in out + err
    assert books.counts() == before
    return err


def test_more_rows_than_a_worksheet_holds(books: Books, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_ROWS", 50)
    ok, big = tmp_path / "ok.csv", tmp_path / "big.csv"
    ok.write_text("Name,Amount,Date\n" + ROW * 49)
    big.write_text("Name,Amount,Date\n" + ROW * 50)
    assert len(reading.read_table(ok).rows) == 49
    err = _refused(capsys, books, big)
    assert f"{big}: the file has more than 50 rows" in err and "nothing was read" in err


def test_too_many_cells(books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_CELLS", 300)
    wide = tmp_path / "wide.csv"
    wide.write_text(",".join(f"c{i}" for i in range(100)) + "\n"
                    + ("1," * 99 + "1\n") * 3)
    assert "more than 300 cells" in _refused(capsys, books, wide)


def test_a_file_too_large_is_not_read(books: Books, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 2**20)
    big = tmp_path / "big.csv"
    big.write_text("Name,Amount,Date\n" + ROW * (2**20 // len(ROW) + 1))
    err = _refused(capsys, books, big)
    assert "larger than a spreadsheet (.csv or .xlsx) can be (1 MB at most)" in err, err


def test_a_workbook_that_unpacks_to_too_much_is_refused(books: Books, tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    monkeypatch.setattr(reading, "MAX_SHEET_XML", 2**20)
    good = tmp_path / "good.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Amount", "Date"])
    sheet.append(["Okafor Grace", "25.00", "3/1/2026"])
    book.save(good)
    assert len(reading.read_table(good).rows) == 1
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":  # 2 MB of spaces inside it
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * 2 * 2**20)
            out.writestr(item, data)
    assert bomb.stat().st_size < 64 * 1024  # small on disk
    err = _refused(capsys, books, bomb)
    assert "its worksheets unpack to" in err and "nothing was read" in err, err
