"""``calaccess-desktop delete STATEMENT``: asks (or --yes), deletes a draft, refuses a
filed statement in plain words with exit status 1 and the data file unchanged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from tests.trust.data_file_support import assert_refused, run_cli, sha


def test_delete_from_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "data.sqlite"
    store = Store.open(db)
    with store.transaction() as session:
        _cid, ids = create_demo(session)
        stmt = session.get(Statement, ids[0])
        assert stmt is not None
        stmt.status, stmt.filing_id = "filed", "2501234"
        stmt.filed_at = dt.datetime(2026, 7, 30, tzinfo=dt.UTC)
    store.close()

    asked = run_cli(tmp_path, "--db", str(db), "delete", str(ids[1]))  # no terminal
    assert asked.code == 2 and "--yes" in asked.err and "nothing was deleted" in asked.err

    before = sha(db)
    refused = run_cli(tmp_path, "--db", str(db), "delete", str(ids[0]), "--yes")
    assert_refused(refused, "has been filed", "amend it")
    assert sha(db) == before

    done = run_cli(tmp_path, "--db", str(db), "delete", str(ids[1]), "--yes")
    assert done.code == 0, done.err
    assert "Deleted the Form 460 Pre-election, Jul 1 - Sep 19, 2026 of Maria Lopez" in done.out
    listed = run_cli(tmp_path, "--db", str(db), "list", "--json")
    assert listed.code == 0
    assert f'"id": {ids[1]},' not in listed.out and f'"id": {ids[0]},' in listed.out
