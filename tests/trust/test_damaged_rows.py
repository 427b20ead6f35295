"""Values of the wrong kind inside a whole data file (another program or a damaged disk
wrote them): every command that reads them says the file is damaged, in plain words,
exit 1, no crash report, and the file keeps every byte."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.trust.data_file_support import assert_refused, fingerprint, make_demo, run_cli

DAMAGE = {
    "profile is a list": ("UPDATE committees SET profile = '[1, 2]'",
                          "not a set of named fields"),
    "values are a number": ("UPDATE records SET \"values\" = '42' WHERE statement_id = 1",
                            "list"),
    "period is not a date": ("UPDATE statements SET period_through = 'someday' WHERE id = 1",
                             "'someday', which is not a date"),
    "amount is text": ("UPDATE records SET amount_cents = 'lots' WHERE statement_id = 1",
                       "'lots', which is not a whole number"),
    "unknown status": ("UPDATE statements SET status = 'exploded' WHERE id = 1",
                       "'exploded', which this program does not know"),
    "time is not a time": ("UPDATE committees SET created_at = 'zzz'", "not a time"),
    "cover is null": ("UPDATE statements SET cover = 'null' WHERE id = 1", "not a list of text"),
    "values are null": ("UPDATE records SET \"values\" = 'null' WHERE statement_id = 1",
                        "not a list of text"),
    "values are numbers": ("UPDATE records SET \"values\" = '[1, 2, 3]' WHERE statement_id = 1",
                           "not a list of text"),
    "committee deleted": ("DELETE FROM committees", "committees that is not in the file"),
}
COMMANDS = [("summary", "1"), ("validate", "1"), ("late-reports", "1"),
            ("export", "1", "-o", "out.cal"), ("submit", "1", "--queue-only")]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    db = home / "demo.sqlite"
    make_demo(home, db)
    return db


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_value_of_the_wrong_kind_is_said_plainly(damage: str, demo: Path,
                                                   tmp_path: Path) -> None:
    sql, words = DAMAGE[damage]
    db = tmp_path / "data.sqlite"
    shutil.copyfile(demo, db)
    with sqlite3.connect(db) as conn:
        conn.execute(sql)
    conn.close()
    before = fingerprint(db)
    refused = 0
    for argv in COMMANDS:
        ran = run_cli(tmp_path, *argv, "--db", str(db))
        assert "Traceback" not in ran.err and "went wrong" not in ran.err, ran.err
        if ran.code != 0:
            assert_refused(ran, "the data file is damaged", words, "nothing was changed")
            refused += 1
        assert fingerprint(db) == before, argv
    assert refused >= 1
    assert not (tmp_path / "out.cal").exists() or refused < len(COMMANDS)
    assert not (tmp_path / "logs").exists()



def _broken_table_list(demo: Path) -> bytes:
    """The demo file with one byte of the 'meta' table's name in SQLite's own list of
    tables made not text (a flipped bit)."""
    raw = bytearray(demo.read_bytes())
    at = raw.find(b"tablemetameta")
    assert at > 0
    raw[at + 5] = 0xFF
    return bytes(raw)


def test_broken_bytes_in_the_list_of_tables(demo: Path, tmp_path: Path) -> None:
    """A table's name that is no longer text (a flipped bit where SQLite keeps it): the
    file is damaged, for every command, instead of a decoding error."""
    db = tmp_path / "data.sqlite"
    db.write_bytes(_broken_table_list(demo))
    before = fingerprint(db)
    for argv in (("list",), *COMMANDS, ("backups",)):
        ran = run_cli(tmp_path, *argv, "--db", str(db))
        assert "Traceback" not in ran.err and "went wrong" not in ran.err, (argv, ran.err)
        if argv != ("backups",):
            assert_refused(ran, "the data file is damaged", "cannot be read")
    assert fingerprint(db) == before


def test_only_a_backup_that_could_be_restored_is_offered(demo: Path, tmp_path: Path) -> None:
    """A damaged file's message offers the newest backup that restore would take: not a
    copy holding the same bad value, not one made by a newer version, and a backup
    with broken bytes beside them breaks neither the message nor ``backups``."""
    db = tmp_path / "data.sqlite"
    shutil.copyfile(demo, db)
    folder = tmp_path / "backups"
    folder.mkdir()
    good = folder / "data-manual-20261101-000000.sqlite"
    shutil.copyfile(demo, good)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE records SET amount_cents = 'lots' WHERE statement_id = 1")
    conn.close()
    same_damage = folder / "data-manual-20261120-000000.sqlite"
    shutil.copyfile(db, same_damage)
    newer = folder / "data-manual-20261121-000000.sqlite"
    shutil.copyfile(demo, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    broken = folder / "data-manual-20261122-000000.sqlite"
    broken.write_bytes(_broken_table_list(demo))
    for n, path in enumerate((good, same_damage, newer, broken)):  # oldest first
        os.utime(path, (1_000_000 + n, 1_000_000 + n))
    ran = run_cli(tmp_path, "summary", "1", "--db", str(db))
    assert_refused(ran, "the data file is damaged", "'lots'")
    assert str(good) in ran.err, ran.err
    for other in (same_damage, newer, broken):
        assert str(other) not in ran.err, ran.err
    listed = run_cli(tmp_path, "backups", "--db", str(db))
    assert listed.code == 0 and "went wrong" not in listed.err, listed.err
    assert broken.name in listed.out and "cannot be read" in listed.out, listed.out
