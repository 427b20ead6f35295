"""``import-sheet --skip-bad`` writes the bad rows to FILE.rejected.csv: when that name
cannot be written (a folder, a pipe, a data file), this is said before anything is
imported, and the data file is unchanged; the same file then imports once it can."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.sheets.conftest import Books
from tests.sheets.test_import import cli

SHEET = ("Name,Date,Amount,Address,City,State,Zip\n"
         '"Chen, Amy",03/02/2026,$50.00,12 Oak St,Sacramento,CA,95814\n'
         '"Diaz, Ben",03/05/2026,NaN,9 Elm St,Davis,CA,95616\n')


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_rejected_file_that_cannot_be_written_stops_the_import_first(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str) -> None:
    sheet = tmp_path / "gifts.csv"
    sheet.write_text(SHEET)
    rejected = tmp_path / "gifts.csv.rejected.csv"
    if kind == "folder":
        rejected.mkdir()
    else:
        os.mkfifo(rejected)
    before = books.counts()
    argv = ("import-sheet", str(sheet), "--statement", str(books.statement), "--skip-bad",
            "--db", str(books.db))
    code, out, err = cli(capsys, *argv)
    assert code == 1, out + err
    assert "nothing was imported" in err and str(rejected) in err, err
    assert "Traceback" not in out + err
    assert books.counts() == before
    if kind == "folder":
        rejected.rmdir()
    else:
        rejected.unlink()
    code, out, err = cli(capsys, *argv)
    assert code == 0 and "imported 1 row" in out, out + err
    assert "NaN" in rejected.read_text(encoding="utf-8-sig")


def test_a_rejected_file_the_disk_refuses_leaves_the_data_file_as_it_was(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A name that passes every check but cannot be written when it comes to it (a
    folder the user may not write in, a full disk): nothing is imported."""
    import errno

    from calaccess_desktop import fileio
    from calaccess_desktop.services.sheets import importing

    def refused(path: str | Path, data: bytes) -> Path:
        raise fileio.WriteError(Path(path), "you may not write there; nothing was written. "
                                "Choose another place.", errno.EACCES)

    monkeypatch.setattr(importing, "write_file", refused)
    sheet = tmp_path / "gifts.csv"
    sheet.write_text(SHEET)
    before = books.counts()
    code, out, err = cli(capsys, "import-sheet", str(sheet), "--statement",
                         str(books.statement), "--skip-bad", "--db", str(books.db))
    assert code == 1, out + err
    assert "nothing was imported" in err and "you may not write there" in err, err
    assert books.counts() == before
    assert not (tmp_path / "gifts.csv.rejected.csv").exists()


def test_an_import_that_fails_takes_its_rejected_file_back(
        books: Books, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The bad rows' file is written first; when the import itself then fails, the file
    goes too (it would list rows left out of an import that did not happen)."""
    from calaccess_desktop.errors import UserError
    from calaccess_desktop.services import sheets

    def broken(*_args: object, **_kwargs: object) -> None:
        raise UserError("the data file is busy")

    monkeypatch.setattr(sheets, "run_import", broken)
    sheet = tmp_path / "gifts.csv"
    sheet.write_text(SHEET)
    code, out, err = cli(capsys, "import-sheet", str(sheet), "--statement",
                         str(books.statement), "--skip-bad", "--db", str(books.db))
    assert code != 0 and "the data file is busy" in err, out + err
    assert not (tmp_path / "gifts.csv.rejected.csv").exists()
