"""The users command and --user on the command line: add (the first an administrator),
list, set-role, remove, password; refusals in words, exit 1, no traceback; the password
read from standard input or CALACCESS_PASSWORD, never printed."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users.actor import os_actor


def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str,
        stdin: str = "", password: str | None = None) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    if password is None:
        monkeypatch.delenv("CALACCESS_PASSWORD", raising=False)
    else:
        monkeypatch.setenv("CALACCESS_PASSWORD", password)
    code = main(list(argv))
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    return code, out.out, out.err


def test_users_from_the_command_line(store: Store, db_path: Path,
                                     capsys: pytest.CaptureFixture[str],
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", str(db_path))
    code, out, _ = cli(capsys, monkeypatch, "users", "list", *db)
    assert code == 0 and "no users: nobody is asked to log in" in out
    code, _, err = cli(capsys, monkeypatch, "users", "add", "pat", "--role", "preparer",
                       "--password-stdin", *db, stdin="pat-password-1\n")
    assert code == 1 and "The first user must be an administrator" in err
    code, out, _ = cli(capsys, monkeypatch, "users", "add", "Ada", "--role", "administrator",
                       "--password-stdin", *db, stdin="ada-password-1\n")
    assert code == 0 and "Added user Ada (administrator)" in out
    # from now on managing users needs an administrator's login
    code, _, err = cli(capsys, monkeypatch, "users", "add", "pat", "--role", "preparer",
                       "--password-stdin", *db, stdin="pat-password-1\n")
    assert code == 1 and "log in to manage users" in err
    code, out, _ = cli(capsys, monkeypatch, "--user", "ada", "users", "add", "pat", "--role",
                       "preparer", "--password-stdin", *db, stdin="pat-password-1\n",
                       password="ada-password-1")
    assert code == 0 and "Added user pat (preparer)" in out
    code, _, err = cli(capsys, monkeypatch, "users", "set-role", "pat", "treasurer",
                       "--user", "pat", *db, password="pat-password-1")
    assert code == 1 and "pat is a preparer: a preparer may not manage users" in err
    code, out, _ = cli(capsys, monkeypatch, "users", "set-role", "pat", "treasurer",
                       "--user", "Ada", *db, password="ada-password-1")
    assert code == 0 and "pat is now a treasurer (was preparer)" in out
    code, out, _ = cli(capsys, monkeypatch, "users", "list", "--json", *db)
    assert [(u["name"], u["role"], u["added_by"]) for u in json.loads(out)] == [
        ("Ada", "administrator", os_actor().name), ("pat", "treasurer", "Ada")]
    # one's own password, read from standard input
    code, out, _ = cli(capsys, monkeypatch, "users", "password", "pat", "--password-stdin",
                       "--user", "pat", *db, stdin="pat-password-2\n",
                       password="pat-password-1")
    assert code == 0 and "pat-password" not in out
    code, _, err = cli(capsys, monkeypatch, "--user", "pat", "list", *db,
                       password="pat-password-1")
    assert code == 1 and "Not logged in: there is no user 'pat' with that password" in err
    assert "pat-password-1" not in err
    code, _, err = cli(capsys, monkeypatch, "--user", "nobody", "list", *db, password="x" * 9)
    assert code == 1 and "no user 'nobody'" in err
    code, out, _ = cli(capsys, monkeypatch, "--user", "pat", "list", *db,
                       password="pat-password-2")
    assert code == 0
    code, _, err = cli(capsys, monkeypatch, "users", "remove", "Ada", "--user", "Ada", *db,
                       password="ada-password-1")
    assert code == 1 and "only administrator" in err
    code, out, _ = cli(capsys, monkeypatch, "users", "remove", "pat", "--user", "Ada", *db,
                       password="ada-password-1")
    assert code == 0 and "Removed user pat" in out
    code, _, err = cli(capsys, monkeypatch, "audit", "1", *db)
    assert code == 1 and "There is no statement 1 in this data file" in err


def test_bad_input_is_refused_in_words(store: Store, db_path: Path,
                                       capsys: pytest.CaptureFixture[str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    db = ("--db", str(db_path))
    code, _, err = cli(capsys, monkeypatch, "users", "add", "Ada", "--role", "administrator",
                       "--password-stdin", *db, stdin="x" * 100_000 + "\n")
    assert code == 1 and "at most 1024 characters" in err
    code, _, err = cli(capsys, monkeypatch, "users", "add", "A\x07da", "--role",
                       "administrator", "--password-stdin", *db, stdin="ada-password-1\n")
    assert code == 1 and "control characters" in err
    code, _, err = cli(capsys, monkeypatch, "users", "add", "Ada", "--role", "administrator",
                       *db)  # no terminal to type it in
    assert code == 1 and "--password-stdin" in err
    code, _, err = cli(capsys, monkeypatch, "users", "add", "Ada", "--role", "king", *db)
    assert code == 2 and "invalid choice" in err
    code, _, err = cli(capsys, monkeypatch, "--user", "Ada", "list", *db, password="whatever1")
    assert code == 1 and "This data file has no users" in err


def test_user_named_on_a_file_without_users_is_told_so_before_any_password(
        store: Store, db_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """--user on a file with no users: the words say nobody logs in (not that a password
    is needed), with no terminal and no CALACCESS_PASSWORD; CALACCESS_USER alone is a
    default that such a file ignores."""
    code, _, err = cli(capsys, monkeypatch, "list", "--user", "nobody", "--db", str(db_path))
    assert code == 1 and "has no users, so nobody logs in: leave out --user" in err, err
    assert "password" not in err.lower().split("leave out")[0]
    monkeypatch.setenv("CALACCESS_USER", "nobody")
    code, out, err = cli(capsys, monkeypatch, "list", "--db", str(db_path))
    assert code == 0, err


def test_only_a_treasurer_or_an_administrator_restores(store: Store, db_path: Path,
                                                        capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A restore replaces the file's filings and its users: with users, nobody logged in
    and a preparer are refused (nothing changed); an administrator restores."""
    from calaccess_desktop.services import backups

    db = ("--db", str(db_path))
    older = backups.take(db_path, "manual")  # before any user
    assert older is not None
    assert cli(capsys, monkeypatch, "users", "add", "Ada", "--role", "administrator",
               "--password-stdin", *db, stdin="ada-password-1\n")[0] == 0
    assert cli(capsys, monkeypatch, "--user", "ada", "users", "add", "pat", "--role",
               "preparer", "--password-stdin", *db, stdin="pat-password-1\n",
               password="ada-password-1")[0] == 0
    before = db_path.read_bytes()
    code, _, err = cli(capsys, monkeypatch, "restore", str(older), *db)
    assert code == 1 and "log in to restore a backup over the data file" in err, err
    code, _, err = cli(capsys, monkeypatch, "--user", "pat", "restore", str(older), *db,
                       password="pat-password-1")
    assert code == 1 and "a preparer may not restore a backup" in err, err
    assert db_path.read_bytes() == before
    code, out, err = cli(capsys, monkeypatch, "--user", "ada", "restore", str(older), *db,
                         password="ada-password-1")
    assert code == 0 and "Restored" in out, err


def test_a_preparer_cannot_file_or_amend_by_importing(store: Store, db_path: Path,
                                                      tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """import --filed records statements as filed, and a .CAL of Report_Num 001 amends
    the filed statement it follows: a treasurer's work, refused for a preparer (nothing
    imported), taken from a treasurer."""
    from calaccess_desktop.services import demo

    with store.transaction() as session:
        demo.create_demo(session)
    db = ("--db", str(db_path))
    first = tmp_path / "s1.cal"
    assert cli(capsys, monkeypatch, "export", "1", "-o", str(first), *db)[0] == 0
    assert cli(capsys, monkeypatch, "mark-filed", "1", "--on", "2026-07-30", "--how", "mail",
               "--officer", "SOS", "--filing-id", "1111111", *db)[0] == 0
    for name, role in (("Ada", "administrator"), ("pat", "preparer"), ("tess", "treasurer")):
        login = ("--user", "ada") if name != "Ada" else ()
        assert cli(capsys, monkeypatch, *login, "users", "add", name, "--role", role,
                   "--password-stdin", *db, stdin=f"{name}-password-1\n",
                   password="Ada-password-1")[0] == 0
    amended = tmp_path / "s1a1.cal"
    amended.write_text(first.read_text().replace(",000,", ",001,", 1))
    counted = Store.open(db_path)
    try:
        with counted.read() as session:
            from calaccess_desktop.db.orm import Statement

            before = session.query(Statement).count()
    finally:
        counted.close()
    for argv in (("import", "--filed", str(first)), ("import", str(amended))):
        code, _, err = cli(capsys, monkeypatch, "--user", "pat", *argv, *db,
                           password="pat-password-1")
        assert code == 1 and "a preparer may not" in err, (argv, err)
    code, out, err = cli(capsys, monkeypatch, "--user", "tess", "import", str(amended), *db,
                         password="tess-password-1")
    assert code == 0, err
    counted = Store.open(db_path)
    try:
        with counted.read() as session:
            assert session.query(Statement).count() == before + 1
    finally:
        counted.close()
