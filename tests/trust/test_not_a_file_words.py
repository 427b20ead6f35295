"""A pipe, a device or a folder given where a file is read is refused in words that
name what the command wanted (a .CAL file, a spreadsheet, a hand-off bundle), and
nothing is read: reading a FIFO or /dev/zero would never end."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calaccess_desktop.cli import main

CASES = [
    (["import", "{x}"], "a .CAL file"),
    (["import-sheet", "{x}", "--statement", "1", "--preview"], "a spreadsheet (.csv or .xlsx)"),
    (["import-bundle", "{x}", "--preview"], "a hand-off bundle"),
]


# ``import FOLDER`` imports the .CAL files in it (tests/history), so no folder case for it.
@pytest.mark.parametrize(("argv", "wanted", "kind"), [
    (argv, wanted, kind) for argv, wanted in CASES for kind in ("fifo", "device", "folder")
    if not (kind == "folder" and argv[0] == "import")])
def test_not_a_file_is_refused_naming_what_was_wanted(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], wanted: str,
        kind: str) -> None:
    if kind == "fifo":
        target = tmp_path / "pipe"
        os.mkfifo(target)
    elif kind == "device":
        target = Path("/dev/zero")
    else:
        target = tmp_path / "folder"
        target.mkdir()
    db = tmp_path / "books.sqlite"
    code = main([a.replace("{x}", str(target)) for a in argv] + ["--db", str(db)])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    assert f"Give the name of {wanted}" in err, err
    assert "not a file; nothing was read" in err or "folder" in err, err
