"""Two clients on one real store: two Store objects, each acting for its person."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users.actor import Actor, act_as

CONTRIBUTION = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Ada",
                "Ctrib_Adr1": "1 Elm St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260301", "Amount": "500.00"}


class Clients:
    """Pat's window and Sam's window on the same data file, and a draft to edit."""

    def __init__(self, path: Path) -> None:
        self.pat = Store.open(path)
        self.sam = Store.open(path)
        act_as(self.pat, Actor("Pat"))
        act_as(self.sam, Actor("Sam"))
        with self.pat.transaction() as s:
            self.committee_id = editing.create_committee(s, "Two Writers for Council",
                                                         committee_type="C")
            self.statement_id = editing.create_statement(
                s, self.committee_id, "F460", period_from=dt.date(2026, 1, 1),
                period_through=dt.date(2026, 6, 30))

    def add(self, store: Store, **changes: str) -> int:
        """One contribution added by ``store``'s person; its record id."""
        with store.transaction() as s:
            return editing.add_transaction(s, self.statement_id, "RCPT", "A",
                                           {**CONTRIBUTION, **changes})

    def close(self) -> None:
        for store in (self.pat, self.sam):
            act_as(store, None)
            store.close()


@pytest.fixture
def clients(db_path: Path) -> Iterator[Clients]:
    """Two clients on one data file (or, where a module runs on both stores, one
    PostgreSQL database)."""
    c = Clients(db_path)
    yield c
    c.close()
