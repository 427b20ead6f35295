"""Undoing a change of filing officers puts the drafts' summaries back: the officer's
itemization threshold decides what Schedule A's unitemized line holds."""

from __future__ import annotations

from pathlib import Path

from calaccess_desktop.cli import main
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.summaries import refresh_smry
from calaccess_desktop.services.undo import redo, undo


def _unitemized_a(store: Store) -> str:
    """Schedule A's unitemized line as stored in the totals of statement 1."""
    from sqlalchemy import select

    from calaccess_desktop.db.orm import StatementTotal

    with store.read() as session:
        for values in session.scalars(select(StatementTotal.values)
                                      .where(StatementTotal.statement_id == 1)):
            if values[1] == "A" and values[2] == "2":
                return str(values[3])
    return ""


def test_undo_and_redo_of_set_officers_refresh_the_drafts(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    assert main(["--db", str(db), "demo"]) == 0
    store = Store.open(db)
    try:
        with store.transaction() as session:
            refresh_smry(session, 1)
        state = _unitemized_a(store)
        assert state not in ("", "0", "0.00")
        with store.transaction() as session:
            set_officers(session, 1, ["PRAC"])  # $25: everyone from $25 itemized
        city = _unitemized_a(store)
        assert city != state
        with store.transaction() as session:
            assert undo(session) is not None
        assert _unitemized_a(store) == state
        with store.transaction() as session:
            assert redo(session) is not None
        assert _unitemized_a(store) == city
    finally:
        store.close()
