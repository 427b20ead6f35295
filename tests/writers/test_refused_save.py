"""Two people editing the same entry: the second save is refused with a message that
shows the first person's change, and nothing anyone typed is lost."""

from __future__ import annotations

import pytest

from calaccess_desktop.db.orm import Record
from calaccess_desktop.services import entries
from calaccess_desktop.services.concurrency.conflicts import EditConflict
from calaccess_desktop.services.undo import undo
from tests.writers.conftest import CONTRIBUTION, Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


def save(clients: Clients, store, seen: entries.EntryData, memo: str | None = None,
         **changes: str) -> int:
    with store.transaction() as s:
        return entries.save_entry(s, clients.statement_id, "RCPT", "A",
                                  {**seen.fields, **changes}, record_id=seen.record_id,
                                  memo_text=memo, seen=seen)


def load(store, record_id: int) -> entries.EntryData:
    with store.read() as s:
        return entries.load_entry(s, record_id)


def test_the_second_save_is_refused_and_names_the_first_change(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    pats_form, sams_form = load(clients.pat, rid), load(clients.sam, rid)
    save(clients, clients.pat, pats_form, Amount="1750.00", Ctrib_City="Davis",
         Rcpt_Date="20260302")
    with pytest.raises(EditConflict) as refused:
        save(clients, clients.sam, sams_form, Amount="510.00")
    words = str(refused.value)
    assert words.startswith("Pat changed this entry since you opened it")
    assert "Amount: $500.00 -> $1,750.00" in words  # as the form shows them
    assert ": 03/01/2026 -> 03/02/2026" in words
    assert "Contributor's city: Sacramento -> Davis" in words
    assert "Nothing was saved" in words and "what you typed is still here" in words
    now = load(clients.pat, rid)
    assert now.fields["Amount"] == "1750.00" and now.fields["Ctrib_City"] == "Davis"
    # Sam has seen Pat's change: saving again on top of it replaces it knowingly.
    current = refused.value.current
    assert isinstance(current, entries.EntryData) and current.version == now.version
    save(clients, clients.sam, current, Amount="510.00")
    assert load(clients.pat, rid).fields["Amount"] == "510.00"
    assert load(clients.pat, rid).fields["Ctrib_City"] == "Davis"


def test_a_change_of_only_the_memo_text_is_caught_too(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    save(clients, clients.pat, load(clients.pat, rid), memo="First words")
    pats_form, sams_form = load(clients.pat, rid), load(clients.sam, rid)
    save(clients, clients.pat, pats_form, memo="Pat's words")
    with pytest.raises(EditConflict, match="Memo text: First words -> Pat's words"):
        save(clients, clients.sam, sams_form, memo="Sam's words")
    assert load(clients.sam, rid).memo_text == "Pat's words"


def test_an_entry_deleted_meanwhile_is_said_plainly(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    sams_form = load(clients.sam, rid)
    with clients.pat.transaction() as s:
        entries.delete_entry(s, rid)
    with pytest.raises(EditConflict, match="^Pat deleted this entry since you opened it"):
        save(clients, clients.sam, sams_form, Amount="20.00")
    with clients.sam.read() as s:
        assert s.get(Record, rid) is None


def test_the_same_person_in_a_second_window_is_told_so(clients: Clients) -> None:
    from calaccess_desktop.services.users.actor import Actor, act_as

    act_as(clients.sam, Actor("Pat"))
    rid = clients.add(clients.pat)
    first, second = load(clients.pat, rid), load(clients.sam, rid)
    save(clients, clients.pat, first, Amount="1.00")
    with pytest.raises(EditConflict, match=r"^You \(in another window\) changed this entry"):
        save(clients, clients.sam, second, Amount="2.00")


def test_a_save_with_nothing_changed_since_goes_through(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    form = load(clients.sam, rid)
    save(clients, clients.sam, form, Amount="42.00")
    assert load(clients.pat, rid).fields["Amount"] == "42.00"
    assert load(clients.pat, rid).fields == {**form.fields, "Amount": "42.00"}
    assert CONTRIBUTION["Ctrib_NamL"] == form.fields["Ctrib_NamL"]


def test_a_write_that_lost_the_race_is_refused_in_words(clients: Clients) -> None:
    from sqlalchemy import update

    rid = clients.add(clients.pat)
    table = Record.__table__
    with pytest.raises(EditConflict, match="^Someone else saved this entry at the same"), \
            clients.pat.transaction() as s:
        loaded = s.get(Record, rid)  # loaded (and held) ...
        assert loaded is not None and loaded.version == 1
        # ... and changed underneath (a writer that did not wait for the lock)
        s.execute(update(table).where(table.c.id == rid).values(version=2))
        entries.save_entry(s, clients.statement_id, "RCPT", "A", {"Amount": "1.00"},
                           record_id=rid)
    assert load(clients.pat, rid).fields["Amount"] == "500.00"


def test_the_windows_own_undo_is_no_conflict(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    save(clients, clients.pat, load(clients.pat, rid), Amount="600.00")
    form = load(clients.pat, rid)  # the form shows 600.00; typing starts ...
    with clients.pat.transaction() as s:  # ... and Ctrl+Z in the same window
        undo(s)
    save(clients, clients.pat, form, Amount="650.00")  # saves: nobody else's change
    assert load(clients.sam, rid).fields["Amount"] == "650.00"
