"""Values of the wrong kind inside a whole data file (another program or a damaged disk
wrote them): every command that reads them says the file is damaged, in plain words,
exit 1, no crash report, and the file keeps every byte."""

from __future__ import annotations

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
