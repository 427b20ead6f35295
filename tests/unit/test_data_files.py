"""Choosing a data file: paths and sqlite:/// addresses are checked the same way; other
database addresses are refused in words (nothing is opened or created)."""

from __future__ import annotations

from pathlib import Path

from calaccess_desktop.services.data_files import check_data_file, describe_data_file


def test_a_sqlite_address_is_checked_like_its_path(tmp_path: Path) -> None:
    new = tmp_path / "office.sqlite"
    assert check_data_file(f"sqlite:///{new}") == ""
    assert "new, empty data file" in describe_data_file(f"sqlite:///{new}")
    missing = tmp_path / "nowhere" / "x.sqlite"
    assert "does not exist" in check_data_file(f"sqlite:///{missing}")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    assert "not a calaccess-desktop data file" in check_data_file(f"sqlite:///{notes}")
    assert not new.exists() and not missing.parent.exists()


def test_a_server_address_may_be_chosen_and_other_addresses_are_refused_in_words() -> None:
    assert check_data_file("postgresql://clerk@db.example/calaccess") == ""
    said = describe_data_file("postgresql+psycopg://clerk:s3cret@db/calaccess")
    assert "PostgreSQL database (calaccess on db)" in said and "s3cret" not in said
    assert "mysql databases cannot be used" in check_data_file("mysql://db/x")
    assert "needs a file name" in check_data_file("sqlite://")
    assert "not a database address" in check_data_file("::://nonsense")


def test_plain_paths_still_work(tmp_path: Path) -> None:
    assert check_data_file(str(tmp_path / "a.sqlite")) == ""
    assert "is a folder" in check_data_file(str(tmp_path))
    assert check_data_file("  ") == "choose a data file"
