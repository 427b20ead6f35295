"""A data file or backup with a trigger or view in it (the schema has none: another
program planted it, and a trigger runs on every save: one that deletes every other entry
was the probe's example) is refused as damaged, read or write, and keeps every byte; a
backup holding one is neither restored nor offered as the latest good backup. The
backups folder is shared by the data files beside it: only a file's own are offered."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.trust.data_file_support import assert_refused, fingerprint, make_demo, run_cli

PLANTS = {
    "trigger": "CREATE TRIGGER wipe AFTER INSERT ON records BEGIN "
               "DELETE FROM records WHERE id != new.id; END",
    "view": "CREATE VIEW innocent AS SELECT 1",
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo-home")
    db = home / "demo.sqlite"
    make_demo(home, db)
    return db


def _execute(db: Path, sql: str) -> None:
    """One statement on the file by raw sqlite3, as another program would."""
    con = sqlite3.connect(db)
    con.execute(sql)
    con.commit()
    con.close()


def _planted(src: Path, target: Path, sql: str) -> Path:
    shutil.copyfile(src, target)
    _execute(target, sql)
    return target


@pytest.mark.parametrize("kind", sorted(PLANTS))
def test_a_planted_trigger_or_view_refuses_the_file(tmp_path: Path, demo_file: Path,
                                                   kind: str) -> None:
    db = _planted(demo_file, tmp_path / "books.sqlite", PLANTS[kind])
    before = fingerprint(db)
    sheet = tmp_path / "one.csv"
    sheet.write_text('Name,Date,Amount\n"Zed, Al",03/02/2026,$5.00\n')
    for command in (("list",), ("summary", "2"), ("import-sheet", str(sheet), "--statement",
                                                   "2")):
        ran = run_cli(tmp_path, *command, "--db", str(db))
        assert_refused(ran, "damaged", f"it holds a {kind}", "could change or remove entries")
        assert fingerprint(db) == before


def test_a_backup_with_a_trigger_is_not_restored_nor_offered(tmp_path: Path,
                                                             demo_file: Path) -> None:
    db = tmp_path / "books.sqlite"
    shutil.copyfile(demo_file, db)
    (tmp_path / "backups").mkdir()
    hostile = _planted(demo_file, tmp_path / "backups" / "books-manual-20990101-000000.sqlite",
                       PLANTS["trigger"])
    before = fingerprint(db)
    ran = run_cli(tmp_path, "restore", str(hostile), "--db", str(db))
    assert_refused(ran, "cannot be restored", "it holds a trigger")
    assert fingerprint(db) == before
    # With the data file damaged, the hostile backup is not what is offered.
    _execute(db, "DROP TABLE undo_entries")  # damaged: a table is missing
    ran = run_cli(tmp_path, "list", "--db", str(db))
    assert_refused(ran, "damaged", "No good backup of it was found")
    assert str(hostile) not in ran.err


def test_only_the_files_own_backups_are_offered(tmp_path: Path, demo_file: Path) -> None:
    mine, other = tmp_path / "books.sqlite", tmp_path / "other.sqlite"
    shutil.copyfile(demo_file, mine)
    shutil.copyfile(demo_file, other)
    ran = run_cli(tmp_path, "backups", "--now", "--db", str(other))
    assert ran.code == 0, ran.err
    assert any(p.name.startswith("other-") for p in (tmp_path / "backups").iterdir())
    _execute(mine, "DROP TABLE undo_entries")  # damaged: a table is missing
    ran = run_cli(tmp_path, "list", "--db", str(mine))
    assert_refused(ran, "damaged", "No good backup of it was found")
    assert "other-" not in ran.err
