"""Hostile spreadsheets: each is refused or previewed in plain words (exit 1), never a
traceback or a crash report, and the data file is unchanged."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import pytest

from tests.sheets.conftest import Books
from tests.sheets.test_import import cli


def _zip(path: Path, files: dict[str, str]) -> None:
    with zipfile.ZipFile(path, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)


HEAD = "Name,Amount,Date\n"
FILES = {
    "not-an-xlsx.xlsx": lambda p: _zip(p, {"hello.txt": "hi"}),
    "broken-xml.xlsx": lambda p: _zip(p, {"[Content_Types].xml": "<Types",
                                          "xl/workbook.xml": "<<<"}),
    "huge-cell.csv": lambda p: p.write_text(HEAD + '"' + "x" * 300_000 + '",5,1/1/2001\n'),
    "long-name.csv": lambda p: p.write_text(HEAD + "y" * 100_000 + ",5,1/1/2001\n"),
    "random.csv": lambda p: p.write_bytes(bytes(random.Random(1).randrange(256)
                                                for _ in range(5000))),
    "quotes.csv": lambda p: p.write_text(HEAD + '"Grace "Okafor",5,1/1/2001\n"open,5\n'),
    "control.csv": lambda p: p.write_text(HEAD + "Gr\x07ace Okafor,5,1/1/2001\n"),
    "wide.csv": lambda p: p.write_text(",".join(f"c{i}" for i in range(5000)) + "\n"
                                       + ",".join("1" for _ in range(5000)) + "\n"),
    "big-amounts.csv": lambda p: p.write_text(HEAD + "Grace Okafor," + "9" * 5000
                                              + ",1/1/2001\nAna Chen,1e308,1/1/2001\n"
                                              "Bo Kim,NaN,1/1/2001\n"),
    "big-dates.csv": lambda p: p.write_text(HEAD + "Grace Okafor,5," + "1" * 5000
                                            + "\nAna Chen,5,99999\nBo Kim,5,1/1/99999\n"),
    "nul.csv": lambda p: p.write_bytes(b"Name,Amount\x00,Date\n"),
}


@pytest.mark.parametrize("name", sorted(FILES))
def test_hostile_files_are_refused_in_words(books: Books, tmp_path: Path, name: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / name
    FILES[name](path)
    before = books.counts()
    said_all = ""
    for extra in (("--preview",), ("--skip-bad",)):
        code, out, err = cli(capsys, "import-sheet", str(path), "--statement",
                             str(books.statement), "--db", str(books.db), *extra)
        said = out + err
        said_all += said
        if code == 0:  # --skip-bad: every row was bad, and each is in the rejected file
            assert extra == ("--skip-bad",) and "nothing new was found" in said
            assert Path(f"{path}.rejected.csv").exists()
        else:
            assert code == 1, said[-500:]
        assert "Traceback" not in said and "did not expect" not in said, said[-500:]
        assert len(said) < 20_000  # long values are shortened, not echoed whole
    if name in ("long-name.csv", "control.csv", "quotes.csv", "big-amounts.csv",
                "big-dates.csv"):
        assert f"{path}:row 2: column" in said_all
    assert books.counts() == before


def test_a_quote_never_closed_is_named_not_read_as_blank_cells(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A quote that opens a cell and is never closed took the rest of the file into that
    cell, and the row's amount was then 'blank': the row is named, nothing is read."""
    path = tmp_path / "open-quote.csv"
    path.write_text(HEAD + "Grace Okafor,5,1/1/2001\n\"Chen, Amy,5,1/2/2001\n"
                    "Bo Kim,7,1/3/2001\n")
    before = books.counts()
    code, out, err = cli(capsys, "import-sheet", str(path), "--statement",
                         str(books.statement), "--preview", "--db", str(books.db))
    assert code == 1 and f"{path}:row 3: a quote" in err and "never closed" in err, out + err
    assert "blank" not in out + err
    assert books.counts() == before
    path.write_text(HEAD + 'Grace "Gigi" Okafor,5,1/1/2001\nBo 5" Kim,7,1/3/2001\n')
    code, out, err = cli(capsys, "import-sheet", str(path), "--statement",
                         str(books.statement), "--preview", "--db", str(books.db))
    assert "never closed" not in out + err  # quotes inside a cell are no open quote
