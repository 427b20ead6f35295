"""The hand-off bundle carries the committee's audit trail (never the users or their
password hashes); importing it keeps every author, gives the trail the new statement
numbers, adds nothing twice, and is itself in the trail."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from calaccess_desktop.db.orm import AuditEvent, Record, Statement
from calaccess_desktop.services.audit.report import entry_trail
from calaccess_desktop.services.bundle import import_bundle, write_bundle
from calaccess_desktop.services.editing import add_transaction, update_transaction
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import LoginNeeded, accounts, login
from tests.audit.conftest import PASSWORDS
from tests.audit.test_trail import GIFT


def _edited(office: Store) -> str:
    login(office, "Pat", PASSWORDS["Pat"])
    with office.transaction() as s:
        rid = add_transaction(s, 2, "RCPT", "A", GIFT)
        tran = str(s.get(Record, rid).tran_id)  # type: ignore[union-attr]
    login(office, "Lee", PASSWORDS["Lee"])
    with office.transaction() as s:
        update_transaction(s, rid, {"Amount": "80.00"})
    return tran


def test_the_trail_travels_in_the_bundle(office: Store, tmp_path: Path) -> None:
    tran = _edited(office)
    bundle = tmp_path / "hand-off.zip"
    write_bundle(office, 1, bundle)
    with zipfile.ZipFile(bundle) as z:
        payload = b"".join(z.read(n) for n in z.namelist())
    assert b"audit_events" in payload and b"$argon2" not in payload
    assert PASSWORDS["Pat"].encode() not in payload
    other = Store.open(tmp_path / "next-treasurer.sqlite")
    try:
        with other.transaction() as s:  # the next treasurer's file has a committee already
            from calaccess_desktop.services.editing import create_committee, create_statement

            cid = create_committee(s, "Another committee", filer_id="1111111")
            create_statement(s, cid, "F460")  # so the bundle's statements are numbered anew
        import_bundle(other, bundle)
        with other.read() as s:
            mine = s.query(Statement).filter_by(committee_id=1).count()
            sid = s.query(Statement).filter(Statement.committee_id != 1).filter_by(
                form_type="F460").order_by(Statement.id).all()[1].id
            assert mine == 1 and sid != 2  # numbered afresh
            lines = entry_trail(s, sid, tran)
            events = s.query(AuditEvent).count()
        assert [(line.who, line.action.split()[0]) for line in lines] == [
            ("Pat (preparer)", "Add"), ("Lee (treasurer)", "Edit")]
        assert [f.after for c in lines[1].changes for f in c.fields] == ["$80.00"]
        import_bundle(other, bundle)  # the same bundle again: nothing twice
        with other.read() as s:
            again = s.query(AuditEvent).count()
            last = s.query(AuditEvent).order_by(AuditEvent.id.desc()).first()
        assert again == events + 1  # only the second import's own line
        assert last is not None and last.action == "Imported the hand-off bundle hand-off.zip"
    finally:
        other.close()


def test_importing_into_a_file_with_users_needs_a_login(office: Store, tmp_path: Path) -> None:
    bundle = tmp_path / "b.zip"
    write_bundle(office, 1, bundle)
    other = Store.open(tmp_path / "office2.sqlite")
    try:
        with other.transaction() as s:
            accounts.add_user(s, "Boss", "administrator", "boss-password-1")
        with pytest.raises(LoginNeeded):
            import_bundle(other, bundle)
        with other.read() as s:
            assert s.query(Statement).count() == 0  # nothing was imported
    finally:
        other.close()
