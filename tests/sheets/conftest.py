"""A data file with one committee and a draft Form 460 for the sample rows' years."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store


@dataclass
class Books:
    """A data file and the statement a spreadsheet goes on."""

    db: Path
    statement: int
    committee: int

    def counts(self) -> dict[str, int]:
        """Rows in each table (raw sqlite3, apart from the app)."""
        con = sqlite3.connect(self.db)
        try:
            names = [r[0] for r in con.execute(
                "select name from sqlite_master where type='table'")]
            return {n: con.execute(f'select count(*) from "{n}"').fetchone()[0] for n in names}
        finally:
            con.close()

    def fingerprints(self) -> list[str]:
        """Every imported row's fingerprint kept (on entries, and of contacts imports)."""
        con = sqlite3.connect(self.db)
        try:
            return sorted(r[0] for r in con.execute(
                "select sheet_fp from records where sheet_fp is not null "
                "union all select fingerprint from sheet_rows"))
        finally:
            con.close()


def books_in(store: Store) -> tuple[int, int]:
    """(committee, statement): one committee and its draft Form 460 for 2000-2002 (the
    sample rows' dates), in an open store of either kind."""
    with store.transaction() as session:
        committee = editing.create_committee(session, "Friends of the Sample",
                                             filer_id="1234567", committee_type="G")
        statement = editing.create_statement(
            session, committee, "F460", period_from=dt.date(2000, 1, 1),
            period_through=dt.date(2002, 12, 31), stmt_type="SA")
    return committee, statement


def make_books(db: Path) -> Books:
    """``books_in`` a new data file at ``db``."""
    store = Store.open(db)
    try:
        committee, statement = books_in(store)
    finally:
        store.close()
    return Books(db, statement, committee)


@pytest.fixture
def books(tmp_path: Path) -> Books:
    """A fresh data file with a committee and its draft statement."""
    return make_books(tmp_path / "books.sqlite")
