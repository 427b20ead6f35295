"""The counter's staff PIN on a real store: only its argon2 hash is kept, the right PIN
(or the signed-in user's password) unlocks and nothing else does, changing it needs the
current one, only an administrator sets it once users exist, and wrong tries slow down."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import AuditEvent, Meta
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import LoginNeeded, NotAllowed, accounts, act_as
from calaccess_desktop.services.users.actor import Actor
from calaccess_desktop.services.users.counter_pin import (
    META_KEY,
    PinProblem,
    Tries,
    clear_pin,
    set_pin,
    unlocking,
    unlocks,
)

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)
PIN = "4711-staff"


def opens(store: Store, typed: str, user: str = "") -> bool:
    with store.read() as s:
        return unlocks(s, typed, user=user)


def test_without_a_pin_nothing_unlocks_and_continue_is_not_possible(store: Store) -> None:
    with store.read() as s:
        state = unlocking(s)
    assert not state.pin_set and not state.has_users and not state.possible
    assert not opens(store, "") and not opens(store, "1234")


def test_only_the_hash_is_kept_and_only_the_pin_unlocks(store: Store, db_path) -> None:
    with store.transaction() as s:
        set_pin(s, PIN)
    with store.read() as s:
        stored = s.scalar(select(Meta.value).where(Meta.key == META_KEY))
        assert unlocking(s).pin_set and unlocking(s).possible
        events = [e.action for e in s.scalars(select(AuditEvent))]
    assert stored.startswith("$argon2id$") and PIN not in stored
    assert "Set the counter's staff PIN" in events  # in the audit trail, without the PIN
    assert opens(store, PIN)
    for wrong in ("", "4711", PIN.upper(), PIN + " ", "x" * 10_000):
        assert not opens(store, wrong)
    if isinstance(db_path, Path) and db_path.exists():  # a SQLite file: not in its bytes
        store.close()
        assert PIN.encode() not in db_path.read_bytes()


def test_changing_or_removing_the_pin_needs_the_current_one(store: Store) -> None:
    with store.transaction() as s:
        set_pin(s, PIN)
    with pytest.raises(PinProblem, match="not the current staff PIN"), \
            store.transaction() as s:
        set_pin(s, "9999-new", current="1234")
    assert opens(store, PIN) and not opens(store, "9999-new")
    with store.transaction() as s:
        set_pin(s, "9999-new", current=PIN)
    assert opens(store, "9999-new") and not opens(store, PIN)
    with store.transaction() as s:  # the command line: an administrator replaces it
        set_pin(s, "forgot-it-new", check_current=False)
    with pytest.raises(PinProblem), store.transaction() as s:
        clear_pin(s, current="9999-new")
    with store.transaction() as s:
        assert clear_pin(s, current="forgot-it-new")
    with store.read() as s:
        assert not unlocking(s).pin_set


@pytest.mark.parametrize("bad", ["123", "", "12\n34", "\t1234", "9" * 65])
def test_an_unusable_pin_is_refused_in_words(store: Store, bad: str) -> None:
    with pytest.raises(PinProblem) as refused, store.transaction() as s:
        set_pin(s, bad)
    assert bad not in str(refused.value) or not bad
    with store.read() as s:
        assert not unlocking(s).pin_set


def test_with_users_an_administrator_sets_it_and_the_users_password_unlocks(
        store: Store) -> None:
    with store.transaction() as s:
        accounts.add_user(s, "Admin", "administrator", "admin-password-42")
        accounts.add_user(s, "Pat", "preparer", "pat-s3cret-words")
    with pytest.raises(LoginNeeded), store.transaction() as s:
        set_pin(s, PIN)
    act_as(store, Actor("Pat", "preparer"))
    try:
        with pytest.raises(NotAllowed), store.transaction() as s:
            set_pin(s, PIN)
        act_as(store, Actor("Admin", "administrator"))
        with store.transaction() as s:
            set_pin(s, PIN)
    finally:
        act_as(store, None)
    with store.read() as s:
        assert unlocking(s).has_users and unlocking(s).pin_set
    assert opens(store, "pat-s3cret-words", user="Pat")  # the signed-in user's password
    assert not opens(store, "pat-s3cret-words", user="Admin")
    assert not opens(store, "pat-s3cret-words")  # nobody signed in: only the PIN
    assert opens(store, PIN, user="Pat")


def test_wrong_tries_slow_down_and_the_right_one_starts_again() -> None:
    now = [100.0]
    tries = Tries(clock=lambda: now[0])
    assert [tries.failed() for _ in range(2)] == [0.0, 0.0]  # a slip or two is free
    assert tries.wait_left() == 0.0
    waits = [tries.failed() for _ in range(5)]
    assert waits == [2.0, 4.0, 8.0, 16.0, 32.0]
    assert tries.wait_left() == 32.0
    now[0] += 31.0
    assert tries.wait_left() == pytest.approx(1.0)
    for _ in range(20):
        tries.failed()
    assert tries.failed() == tries.longest  # never longer than that
    tries.succeeded()
    assert tries.wait_left() == 0.0 and tries.failed() == 0.0
