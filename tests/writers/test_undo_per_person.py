"""Undo belongs to one person in one window: Ctrl+Z never undoes another's change, a
new action never drops another's redo, and undo refuses to overwrite a later change."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Committee, Record, Statement, UndoEntry
from calaccess_desktop.services import editing, entries
from calaccess_desktop.services.concurrency.conflicts import UndoRefused
from calaccess_desktop.services.concurrency.who import new_undo_session
from calaccess_desktop.services.undo import one_action, redo, undo, undo_status
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


def amount(clients: Clients, record_id: int) -> int | None:
    with clients.pat.read() as s:
        rec = s.get(Record, record_id)
        return rec.amount_cents if rec is not None else None


def test_each_person_undoes_only_their_own_action(clients: Clients) -> None:
    pats = clients.add(clients.pat, Ctrib_NamL="Pat-entered", Amount="10.00")
    sams = clients.add(clients.sam, Ctrib_NamL="Sam-entered", Amount="20.00")
    with clients.pat.read() as s:
        assert undo_status(s).undo_label == "Add RCPT A Pat-entered"
    with clients.sam.read() as s:
        assert undo_status(s).undo_label == "Add RCPT A Sam-entered"
    with clients.pat.transaction() as s:
        entry = undo(s)
        assert entry is not None and entry.actor == "Pat"
    assert amount(clients, pats) is None  # Pat's entry is gone ...
    assert amount(clients, sams) == 2000  # ... Sam's is not
    with clients.sam.read() as s:
        assert undo_status(s).redo_label is None  # Pat's redo is not Sam's


def test_a_new_action_keeps_the_other_persons_redo(clients: Clients) -> None:
    pats = clients.add(clients.pat, Ctrib_NamL="Pat-entered")
    with clients.pat.transaction() as s:
        undo(s)
    clients.add(clients.sam, Ctrib_NamL="Sam-entered")  # Sam's new branch ...
    with clients.pat.read() as s:  # ... leaves Pat's redo alone
        assert undo_status(s).redo_label == "Add RCPT A Pat-entered"
    with clients.pat.transaction() as s:
        assert redo(s) is not None
    assert amount(clients, pats) == 50000
    clients.add(clients.pat, Ctrib_NamL="Again")
    with clients.pat.transaction() as s:
        undo(s)
    clients.add(clients.pat, Ctrib_NamL="New branch")  # Pat's own new action drops it
    with clients.pat.read() as s:
        assert undo_status(s).redo_label is None
        assert s.scalars(select(UndoEntry.label).where(UndoEntry.undone.is_(True))).all() == []


def test_undo_refuses_to_overwrite_a_later_change_by_someone_else(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    with clients.pat.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "600.00"})
    with clients.sam.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "750.00"})
    with pytest.raises(UndoRefused) as refused, clients.pat.transaction() as s:
        undo(s)
    words = str(refused.value)
    assert "Edit RCPT A Okafor" in words and "Sam" in words and "Nothing was undone" in words
    assert amount(clients, rid) == 75000  # Sam's change is kept
    with clients.pat.read() as s:  # told once, the step is passed over
        assert undo_status(s).undo_label == "Add RCPT A Okafor"
    with clients.sam.transaction() as s:  # Sam's own undo still works
        assert undo(s) is not None
    assert amount(clients, rid) == 60000
    # Pat's earlier step (the add) would delete the entry Pat's later edit changed: it
    # is refused too, and nothing is lost.
    with pytest.raises(UndoRefused, match="Add RCPT A Okafor"), clients.pat.transaction() as s:
        undo(s)
    assert amount(clients, rid) == 60000
    # Pat's first step made the statement: undoing it would take the later edit along.
    with pytest.raises(UndoRefused, match="remove the statement, and Pat has worked on it"), \
            clients.pat.transaction() as s:
        undo(s)
    assert amount(clients, rid) == 60000
    with clients.pat.read() as s:
        assert undo_status(s).undo_label == "Add committee Two Writers for Council"


def test_a_refused_redo_is_said_and_passed_over(clients: Clients) -> None:
    rid = clients.add(clients.pat)
    with clients.pat.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "600.00"})
    with clients.pat.transaction() as s:
        undo(s)  # back to 500.00
    with clients.sam.transaction() as s:
        editing.update_transaction(s, rid, {"Amount": "10.00"})
    with pytest.raises(UndoRefused, match="cannot be redone.*Sam.*Redo now goes on"), \
            clients.pat.transaction() as s:
        redo(s)
    assert amount(clients, rid) == 1000
    with clients.pat.read() as s:
        assert undo_status(s).redo_label is None
    with pytest.raises(UndoRefused, match="Add RCPT A Okafor.*changed since by Sam"), \
            clients.pat.transaction() as s:
        undo(s)  # the add would delete the entry Sam changed
    assert amount(clients, rid) == 1000


def test_undo_writes_back_only_what_the_action_changed(clients: Clients) -> None:
    with clients.pat.transaction() as s:
        editing.update_committee(s, clients.committee_id, name="Renamed by Pat")
    clients.add(clients.sam)  # takes a Tran_ID: the counter moves on
    with clients.pat.read() as s:
        counter = s.get(Committee, clients.committee_id).next_tran_seq
    with clients.pat.transaction() as s:
        assert undo(s) is not None
    with clients.pat.read() as s:
        committee = s.get(Committee, clients.committee_id)
        assert committee.name == "Two Writers for Council"
        assert committee.next_tran_seq == counter  # a Tran_ID is never handed out twice


def test_a_folded_action_is_found_by_its_own_ids(clients: Clients) -> None:
    def add(s, name: str) -> None:
        editing.add_transaction(s, clients.statement_id, "RCPT", "A", {
            "Ctrib_NamL": name, "Rcpt_Date": "20260301", "Amount": "5.00"})

    with clients.pat.transaction() as s:
        add(s, "Before")  # written in the same transaction, but not by the action
        with one_action(s, "Two entries at once") as action:
            add(s, "First")
            add(s, "Second")
        assert len(action.ids) == 2
    with clients.pat.read() as s:
        labels = s.scalars(select(UndoEntry.label).where(UndoEntry.actor == "Pat")
                           .order_by(UndoEntry.id)).all()
        assert labels[-2:] == ["Add RCPT A Before", "Two entries at once"]
        folded = s.scalars(select(UndoEntry).order_by(UndoEntry.id.desc())).first()
        assert [op["after"]["tran_id"] for op in folded.payload["ops"]] == [
            "CD1-2", "CD1-3"]


def test_memo_text_and_entry_fold_into_one_step_per_person(clients: Clients) -> None:
    with clients.sam.transaction() as s:
        rid = entries.save_entry(s, clients.statement_id, "RCPT", "A", dict(
            Ctrib_NamL="Baker", Rcpt_Date="20260410", Amount="50.00"),
            memo_text="Paid at the picnic")
    with clients.sam.read() as s:
        assert undo_status(s).undo_label == "Add receipt Baker"
    with clients.sam.transaction() as s:
        undo(s)
    assert amount(clients, rid) is None
    with clients.sam.read() as s:
        assert s.scalars(select(Record).where(Record.rec_type == "TEXT")).all() == []


def test_a_new_visitor_starts_with_an_empty_undo_list(clients: Clients) -> None:
    clients.add(clients.pat, Ctrib_NamL="Earlier visitor")
    new_undo_session(clients.pat)
    with clients.pat.read() as s:
        assert undo_status(s).undo_label is None
    with clients.pat.transaction() as s:
        assert undo(s) is None


def test_undoing_a_new_statement_never_takes_anothers_entries(clients: Clients) -> None:
    sams = clients.add(clients.sam, Ctrib_NamL="Sam-entered")
    with pytest.raises(UndoRefused, match="would remove the statement, and Sam has worked"), \
            clients.pat.transaction() as s:
        undo(s)  # Pat's latest action made the statement Sam entered into
    assert amount(clients, sams) == 50000


def test_a_statement_made_in_this_window_undoes_its_own_steps(clients: Clients) -> None:
    with clients.pat.transaction() as s:
        entries.set_ready(s, clients.statement_id, True)
    with clients.pat.transaction() as s:
        assert undo(s).label == "Mark ready to file"
        assert undo(s).label == "New F460 statement"  # nobody worked on it meanwhile
    with clients.pat.read() as s:
        assert s.get(Statement, clients.statement_id) is None


def test_undoing_a_new_committee_never_takes_anothers_statement(clients: Clients) -> None:
    import datetime as dt

    with clients.pat.transaction() as s:
        cid = editing.create_committee(s, "Second Committee", committee_type="C")
    with clients.sam.transaction() as s:
        editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                 period_through=dt.date(2026, 6, 30))
    with pytest.raises(UndoRefused, match="would remove the committee, and it has"), \
            clients.pat.transaction() as s:
        undo(s)
    with clients.pat.read() as s:
        assert s.get(Committee, cid) is not None
