"""The audit trail on a real data file: a statement edited by two users (two stores on
one file, like two windows) shows each change with its author; undo and redo are in it
too; the trail of a deleted statement stays; an entry's trail follows it into an
amendment; the command line prints it as text, JSON and PDF."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import AuditEvent, Record
from calaccess_desktop.services.audit.report import entry_trail, statement_trail
from calaccess_desktop.services.editing import (
    add_transaction,
    delete_transaction,
    update_transaction,
)
from calaccess_desktop.services.paper_filing import mark_filed
from calaccess_desktop.services.statements import delete_statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.undo import redo, undo
from calaccess_desktop.services.users import LoginNeeded, login
from calaccess_desktop.services.users.actor import os_actor
from tests.audit.conftest import PASSWORDS

GIFT = {"Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
        "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95814",
        "Rcpt_Date": "20260801", "Amount": "50.00"}


def _two_clients(office: Store, db_path: Path) -> tuple[Store, Store]:
    pat, lee = Store.open(db_path), Store.open(db_path)
    login(pat, "Pat", PASSWORDS["Pat"])
    login(lee, "Lee", PASSWORDS["Lee"])
    return pat, lee


def test_two_users_editing_one_statement_each_change_has_its_author(
        office: Store, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pat, lee = _two_clients(office, db_path)
    with pat.transaction() as s:
        rid = add_transaction(s, 2, "RCPT", "A", GIFT)
        tran = str(s.get(Record, rid).tran_id)  # type: ignore[union-attr]
    with lee.transaction() as s:
        update_transaction(s, rid, {"Amount": "75.00"})
    with lee.transaction() as s:
        assert undo(s) is not None  # Lee's own latest change: the amount
    with lee.transaction() as s:
        assert redo(s) is not None
    with pat.transaction() as s:
        update_transaction(s, rid, {"Ctrib_City": "Davis"})
    with pat.transaction() as s:
        delete_transaction(s, rid)
    with office.read() as s:
        lines = entry_trail(s, 2, tran)
        whole = statement_trail(s, 2)
    pat.close()
    lee.close()
    got = [(line.who, line.kind, [(c.what, [(f.field, f.before, f.after) for f in c.fields
                                             if f.field in ("Amount", "Contributor's city")])
                                  for c in line.changes]) for line in lines]
    assert got == [
        ("Pat (preparer)", "edit", [("added", [("Contributor's city", "", "Sacramento"),
                                               ("Amount", "", "$50.00")])]),
        ("Lee (treasurer)", "edit", [("changed", [("Amount", "$50.00", "$75.00")])]),
        ("Lee (treasurer)", "undo", [("changed", [("Amount", "$75.00", "$50.00")])]),
        ("Lee (treasurer)", "redo", [("changed", [("Amount", "$50.00", "$75.00")])]),
        ("Pat (preparer)", "edit", [("changed", [("Contributor's city", "Sacramento",
                                                  "Davis")])]),
        ("Pat (preparer)", "edit", [("deleted", [("Contributor's city", "Davis", ""),
                                                 ("Amount", "$75.00", "")])]),
    ]
    assert [line.action for line in whole][-6:] == [line.action for line in lines]
    assert lines[0].at <= lines[-1].at
    # the command line says the same, with the authors
    code = main(["audit", "2", "--entry", tran, "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0
    assert f"Audit trail of entry {tran} of statement 2" in out
    assert "Lee (treasurer): Undo: " in out and "Amount: $75.00 -> $50.00" in out
    assert out.index("Pat (preparer): Add") < out.index("Lee (treasurer): Edit")
    code = main(["audit", "2", "--json", "--db", str(db_path)])
    data = json.loads(capsys.readouterr().out)
    authors = {(a["actor"], a["role"]) for a in data["actions"]}
    assert {("Pat", "preparer"), ("Lee", "treasurer")} <= authors


def test_a_change_without_a_login_is_refused_and_nothing_is_written(
        office: Store) -> None:
    with office.read() as s:
        before = s.query(AuditEvent).count(), s.query(Record).count()
    with pytest.raises(LoginNeeded, match="log in to change"), office.transaction() as s:
        add_transaction(s, 2, "RCPT", "A", GIFT)
    with office.read() as s:
        assert (s.query(AuditEvent).count(), s.query(Record).count()) == before


def test_without_users_the_author_is_the_computers_user(demo: Store) -> None:
    with demo.transaction() as s:
        add_transaction(s, 2, "RCPT", "A", GIFT)
    with demo.read() as s:
        last = statement_trail(s, 2)[-1]
    assert (last.actor, last.role, last.kind) == (os_actor().name, "", "edit")
    assert last.who == os_actor().name


def test_a_deleted_statements_trail_stays(office: Store) -> None:
    login(office, "Pat", PASSWORDS["Pat"])
    with office.transaction() as s:
        delete_statement(s, 3)
    with office.read() as s:
        lines = statement_trail(s, 3)
    assert lines[-1].who == "Pat (preparer)" and lines[-1].action.startswith("Delete")
    assert any(c.subject == "statement 3" and c.what == "deleted" for c in lines[-1].changes)


def test_an_entrys_trail_follows_it_into_the_amendment(office: Store) -> None:
    from calaccess_desktop.services import filing

    login(office, "Pat", PASSWORDS["Pat"])
    with office.transaction() as s:
        rid = add_transaction(s, 2, "RCPT", "A", GIFT)
        tran = str(s.get(Record, rid).tran_id)  # type: ignore[union-attr]
    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        mark_filed(s, 2, on=dt.date(2026, 9, 24), how="personal")
    with office.transaction() as s:
        new_id = filing.amend(s, 2, "a typo")
        copy = s.query(Record).filter_by(statement_id=new_id, tran_id=tran).one()
        update_transaction(s, copy.id, {"Amount": "55.00"})
    with office.read() as s:
        lines = entry_trail(s, new_id, tran)
    kinds = [(line.who, line.kind) for line in lines]
    assert kinds[0] == ("Pat (preparer)", "edit")  # added on the original
    assert ("Lee (treasurer)", "edit") in kinds and any(
        line.action == "Amend statement 2" for line in lines)  # the copy it came with
    assert lines[-1].who == "Lee (treasurer)"
    assert [f.after for c in lines[-1].changes for f in c.fields if f.field == "Amount"] \
        == ["$55.00"]


def test_the_trail_prints_to_a_pdf(office: Store, db_path: Path, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALACCESS_PASSWORD", PASSWORDS["Pat"])
    code = main(["--user", "Pat", "late-reports", "2", "--add", "CD1-32", "--db",
                 str(db_path)])
    capsys.readouterr()
    pdf = tmp_path / "trail.pdf"
    code = main(["audit", "2", "-o", str(pdf), "--db", str(db_path)])
    out = capsys.readouterr().out
    assert code == 0 and "Wrote the audit trail" in out
    assert pdf.read_bytes().startswith(b"%PDF")
    import subprocess

    png = tmp_path / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf),
                    str(png)], check=True)
    assert next(tmp_path.glob("page*.png")).stat().st_size > 1000
