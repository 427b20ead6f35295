"""Opening a .CAL file from the file manager: the installers start
``calaccess-desktop --open FILE.cal`` (the Finder gives the bare path)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop import cli


def test_open_names_the_file_to_import(tmp_path: Path) -> None:
    args = cli.build_parser().parse_args(["--open", str(tmp_path / "x.cal")])
    assert args.open_file == str(tmp_path / "x.cal") and args.command is None


def test_a_cal_file_given_alone_means_open_it(tmp_path: Path) -> None:
    cal = tmp_path / "Statement.CAL"
    cal.write_text("HDR,CAL\n")
    assert cli._opened_from_file_manager([str(cal)]) == ["--open", str(cal)]
    # not a file, or not alone: left to the parser as it is
    assert cli._opened_from_file_manager([str(tmp_path / "gone.cal")]) == [
        str(tmp_path / "gone.cal")]
    assert cli._opened_from_file_manager(["validate", str(cal)]) == ["validate", str(cal)]


def test_a_missing_file_is_said_in_words(tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["--db", str(tmp_path / "d.sqlite"), "--open", str(tmp_path / "no.cal")])
    err = capsys.readouterr().err
    assert code == 1
    assert "no.cal: there is no such file to open" in err and "Traceback" not in err
    assert not (tmp_path / "d.sqlite").exists()
