"""The change journal: what other windows changed, their own writes left out, old lines
pruned."""

from __future__ import annotations

from sqlalchemy import func, select

from calaccess_desktop.db.orm import ChangeJournal
from calaccess_desktop.services.concurrency import journal
from calaccess_desktop.services.concurrency.journal import changes_since, current_token
from calaccess_desktop.services.undo import undo
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


def test_each_window_hears_of_the_others_writes_only(clients: Clients) -> None:
    with clients.pat.read() as s:
        pats_token = current_token(s)
    with clients.sam.read() as s:
        sams_token = current_token(s)
    clients.add(clients.pat, Ctrib_NamL="Pat-entered")
    with clients.pat.read() as s:
        mine = changes_since(s, pats_token)
    assert not mine.any and mine.token > pats_token  # its own write: nothing to show
    with clients.sam.read() as s:
        theirs = changes_since(s, sams_token)
    assert theirs.any and theirs.statement_ids == {clients.statement_id}
    assert theirs.actors == ("Pat",)
    with clients.pat.transaction() as s:  # an undo is a change too
        undo(s)
    with clients.sam.read() as s:
        again = changes_since(s, theirs.token)
    assert again.statement_ids == {clients.statement_id} and again.token > theirs.token


def test_old_lines_are_pruned(clients: Clients, monkeypatch) -> None:
    monkeypatch.setattr(journal, "KEEP", 3)
    monkeypatch.setattr(journal, "PRUNE_EVERY", 2)
    for i in range(8):
        clients.add(clients.pat, Ctrib_NamL=f"P{i}")
    with clients.pat.read() as s:
        left = s.scalar(select(func.count(ChangeJournal.id)))
        newest = current_token(s)
    assert 1 <= left <= 4 and newest >= 9  # the newest lines stay, the token goes on
