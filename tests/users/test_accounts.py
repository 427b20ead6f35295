"""Users and roles on a real data file: argon2 hashes, the first administrator, clear
refusals for a wrong password or an unknown user, and who may file."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Base, User
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import (
    Actor,
    LoginFailed,
    LoginNeeded,
    NotAllowed,
    accounts,
    act_as,
    actor_of,
    login,
    require,
)

ADMIN_PW = "admin-password-42"
PAT_PW = "pat-s3cret-words"


def _setup(store: Store) -> None:
    with store.transaction() as s:
        accounts.add_user(s, "Admin", "administrator", ADMIN_PW)
        accounts.add_user(s, "Pat", "preparer", PAT_PW)
        accounts.add_user(s, "Lee", "treasurer", "lee-treasurer-pw")


def test_the_first_user_must_be_an_administrator(store: Store) -> None:
    with pytest.raises(accounts.UserProblem, match="first user"), store.transaction() as s:
        accounts.add_user(s, "Pat", "preparer", PAT_PW)
    with store.read() as s:
        assert accounts.list_users(s) == []


def test_only_the_argon2_hash_is_stored_and_it_checks_the_password(store: Store) -> None:
    _setup(store)
    with store.read() as s:
        user = s.query(User).filter_by(name="Pat").one()
        assert user.password_hash.startswith("$argon2id$")
        assert PAT_PW not in user.password_hash
    actor = login(store, "pat", PAT_PW)  # any case
    assert actor == Actor("Pat", "preparer")


def test_a_wrong_password_and_an_unknown_user_are_refused_in_words(store: Store) -> None:
    _setup(store)
    with pytest.raises(LoginFailed) as wrong:
        login(store, "Pat", "not-her-password")
    with pytest.raises(LoginFailed) as unknown:
        login(store, "Nobody", PAT_PW)
    assert "'Pat'" in str(wrong.value) and "that password" in str(wrong.value)
    assert "'Nobody'" in str(unknown.value)
    assert "not-her-password" not in str(wrong.value) and PAT_PW not in str(unknown.value)
    # nobody is logged in after a failure: the store still acts for the computer's user
    with store.read() as s:
        assert not actor_of(s).logged_in


def test_passwords_are_never_in_the_data_file_or_the_log(
        store: Store, db_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    _setup(store)
    login(store, "Pat", PAT_PW)
    with pytest.raises(LoginFailed):
        login(store, "Lee", "lee-wrong-password")
    with store.transaction() as s:
        accounts.set_password(s, "Lee", "lee-new-password-1")
    with store.read() as s:  # every row of every table, on either store
        rows = "".join(repr(list(s.execute(select(t)))) for t in Base.metadata.sorted_tables)
    store.close()
    data = rows.encode()
    if store.is_file:  # and the data file's own bytes (with its WAL)
        files = [p for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)]
        data += b"".join(p.read_bytes() for p in files)
    for secret in (ADMIN_PW, PAT_PW, "lee-treasurer-pw", "lee-wrong-password",
                   "lee-new-password-1"):
        assert secret.encode() not in data
        assert secret not in caplog.text
    assert b"$argon2id$" in data


def test_roles_decide_who_may_file_amend_and_manage_users(store: Store) -> None:
    _setup(store)
    # users exist and nobody logged in: a login is needed
    with pytest.raises(LoginNeeded, match="--user NAME"), store.read() as s:
        require(s, "enter")
    login(store, "Pat", PAT_PW)
    with store.read() as s:
        assert require(s, "enter").name == "Pat"
        with pytest.raises(NotAllowed, match="Pat is a preparer: a preparer may not file a "
                                             "statement; only a treasurer may"):
            require(s, "file")
        with pytest.raises(NotAllowed, match="amend"):
            require(s, "amend")
        with pytest.raises(NotAllowed, match="manage users"):
            require(s, "users")
    login(store, "Lee", "lee-treasurer-pw")
    with store.read() as s:
        assert require(s, "file") == Actor("Lee", "treasurer")
        assert require(s, "amend").role == "treasurer"


def test_a_role_changed_after_login_counts_at_once(store: Store) -> None:
    _setup(store)
    login(store, "Lee", "lee-treasurer-pw")
    with store.transaction() as s:
        accounts.set_role(s, "Lee", "preparer")
    with pytest.raises(NotAllowed, match="Lee is a preparer"), store.read() as s:
        require(s, "file")
    with store.transaction() as s:
        accounts.remove_user(s, "Lee")
    with pytest.raises(LoginNeeded, match="no longer a user"), store.read() as s:
        require(s, "enter")


def test_the_last_administrator_stays(store: Store) -> None:
    _setup(store)
    with pytest.raises(accounts.UserProblem, match="only admin"), store.transaction() as s:
        accounts.set_role(s, "Admin", "treasurer")
    with pytest.raises(accounts.UserProblem, match="only admin"), store.transaction() as s:
        accounts.remove_user(s, "admin")


def test_a_file_without_users_asks_nothing(store: Store) -> None:
    with store.read() as s:
        actor = require(s, "file")
    assert not actor.logged_in and actor.name  # the computer's user name
    act_as(store, None)


@pytest.mark.parametrize("name, words", [
    ("", "needs a name"), ("x" * 65, "at most 64"), ("tab\there", "control characters")])
def test_bad_user_names_are_refused_in_words(store: Store, name: str, words: str) -> None:
    with pytest.raises(accounts.UserProblem, match=words), store.transaction() as s:
        accounts.add_user(s, name, "administrator", ADMIN_PW)


def test_short_passwords_are_refused(store: Store) -> None:
    with pytest.raises(accounts.UserProblem, match="at least 8"), store.transaction() as s:
        accounts.add_user(s, "Admin", "administrator", "short")
