"""What an amendment changes: records matched by Tran_ID, changed fields named, the
summary lines that move, and the ``changes`` command that prints them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.amendments import changes_since_filed
from calaccess_desktop.services.snapshots import NotFound, build_snapshot
from calaccess_desktop.services.store import Store
from tests.db.test_editing import GRACE, add, new_statement


def _file(store: Store, sid: int, filing_id: str = "CA-2281934") -> None:
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, filing_id


def _record(store: Store, sid: int, tran_id: str) -> int:
    with store.read() as s:
        return s.scalars(select(Record.id).where(Record.statement_id == sid,
                                                 Record.tran_id == tran_id)).one()


@pytest.fixture
def amended(store: Store) -> tuple[int, int, dict[str, str]]:
    """A filed statement with three contributions and a payment, and its amendment."""
    sid = new_statement(store)
    add(store, sid, "500.00")
    add(store, sid, "250.00", Ctrib_NamL="Chen", Ctrib_NamF="Robert")
    add(store, sid, "150.00", Ctrib_NamL="Ramirez", Ctrib_NamF="Ana")
    with store.transaction() as s:
        editing.add_transaction(s, sid, "EXPN", "E", {
            "Entity_Cd": "OTH", "Payee_NamL": "Capitol Print", "Amount": "300.00",
            "Expn_Code": "LIT", "Expn_Date": "20260310"})
    _file(store, sid)
    with store.transaction() as s:
        amendment = editing.amend_statement(s, sid, "Corrected an amount and a name")
    with store.read() as s:
        tids = {r.get("Ctrib_NamL") or r.get("Payee_NamL"): r.tran_id
                for r in build_snapshot(s, amendment).records if r.tran_id}
    return sid, amendment, tids


def test_an_untouched_amendment_changes_nothing(store: Store, amended) -> None:
    _sid, amendment, _tids = amended
    with store.read() as s:
        changes = changes_since_filed(s, amendment)
    assert changes.nothing and changes.records == () and changes.lines == ()


def test_edits_show_as_changed_added_and_removed_records(store: Store, amended) -> None:
    sid, amendment, tids = amended
    with store.transaction() as s:
        editing.update_transaction(s, _record(store, amendment, tids["Okafor"]),
                                   {"Amount": "750.00"})
        editing.update_transaction(s, _record(store, amendment, tids["Chen"]),
                                   {"Ctrib_NamF": "Rob"})
        editing.delete_transaction(s, _record(store, amendment, tids["Capitol Print"]))
        new = editing.add_transaction(s, amendment, "RCPT", "A", {
            **GRACE, "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae", "Ctrib_ZIP4": "95816",
            "Rcpt_Date": "20260320", "Amount": "400.00"})
    with store.read() as s:
        changes = changes_since_filed(s, amendment)
        new_tid = s.get(Record, new).tran_id
    by_tid = {c.record.tran_id: c for c in changes.records}
    assert changes.amends_id == sid and changes.amends_filing_id == "CA-2281934"
    assert by_tid[tids["Okafor"]].kind == "changed"
    amount = [f for f in by_tid[tids["Okafor"]].fields if f.name == "Amount"]
    assert [(f.number, f.before, f.after) for f in amount] == [(20, "500.00", "750.00")]
    assert [(f.name, f.before, f.after) for f in by_tid[tids["Chen"]].fields] == [
        ("Ctrib_NamF", "Robert", "Rob")]
    assert by_tid[tids["Capitol Print"]].kind == "removed"
    assert by_tid[new_tid].kind == "added"
    assert tids["Ramirez"] not in by_tid  # untouched
    assert (changes.count("added"), changes.count("changed"), changes.count("removed")) \
        == (1, 2, 1)
    lines = {line: (a0, a1) for line, a0, a1, _b0, _b1 in changes.lines}
    assert lines["1"] == (90000, 155000)  # 500 + 250 + 150 -> 750 + 250 + 150 + 400
    assert lines["6"] == (30000, 0)  # the payment is gone
    assert changes.cover == ()  # Report_Num and the reason change by nature: not shown


def test_a_statement_that_amends_nothing_is_refused(store: Store) -> None:
    sid = new_statement(store)
    with store.read() as s, pytest.raises(NotFound, match="not an amendment"):
        changes_since_filed(s, sid)


def test_the_amend_command(store: Store, db_path: Path,
                           capsys: pytest.CaptureFixture[str]) -> None:
    sid = new_statement(store)
    add(store, sid, "500.00")
    store.close()
    args = ["--db", str(db_path)]
    assert main(["amend", str(sid), "--reason", "Corrected an address", *args]) == 1
    assert "still a draft" in capsys.readouterr().err
    filing = Store.open(db_path)
    _file(filing, sid)
    filing.close()
    assert main(["amend", str(sid), "--reason", "Corrected an address", *args]) == 0
    new_id = int(capsys.readouterr().out.strip().splitlines()[-1])
    check = Store.open(db_path)
    with check.read() as s:
        stmt = s.get(Statement, new_id)
        assert (stmt.amends_statement_id, stmt.report_num, stmt.amendment_reason) == (
            sid, 1, "Corrected an address")
    check.close()
    assert main(["changes", str(new_id), *args]) == 0
    assert "Nothing changes" in capsys.readouterr().out


def test_the_changes_command(store: Store, amended, db_path: Path,
                             capsys: pytest.CaptureFixture[str]) -> None:
    sid, amendment, tids = amended
    with store.transaction() as s:
        editing.update_transaction(s, _record(store, amendment, tids["Okafor"]),
                                   {"Amount": "750.00"})
    store.close()
    assert main(["changes", str(amendment), "--db", str(db_path)]) == 0
    text = capsys.readouterr().out
    assert (f"compared with the version it amends (statement {sid}, the original statement, "
            "filing CA-2281934)") in text
    assert "Records: 0 added, 1 changed, 0 removed" in text
    assert (f"changed a contribution from Okafor, Grace on Schedule A ({tids['Okafor']}): "
            "Amount $500.00 -> $750.00") in text
    assert main(["changes", str(amendment), "--json", "--db", str(db_path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["records"][0]["change"] == "changed" and doc["records"][0]["who"] == \
        "Okafor, Grace"
    assert doc["lines"]["1"]["a"] == ["900.00", "1150.00"]
    assert main(["changes", str(sid), "--db", str(db_path)]) == 1
    assert "not an amendment" in capsys.readouterr().err


def test_an_imported_amendment_is_compared_with_the_imported_original(
        store: Store, tmp_path: Path) -> None:
    from calaccess_desktop.cal.writer import write_cal
    from calaccess_desktop.services.importer import import_file
    from tests.support.calfiles import cover, expn, rcpt, valid_f460

    original = tmp_path / "original.cal"
    original.write_bytes(valid_f460())
    amended = tmp_path / "amendment.cal"
    amended.write_bytes(write_cal(cover(Report_Num="001", AmendExp_1="Corrected an amount"),
                                  [rcpt("A1", "175.00"),
                                   rcpt("A2", "250.00", Ctrib_NamL="Chen"), expn("E1")]))
    first = import_file(store, original).statement_id
    other = tmp_path / "other-period.cal"  # another report of the same committee: not linked
    other.write_bytes(write_cal(cover(From_Date="20250701", Thru_Date="20251231",
                                      Report_Num="001"), [rcpt("A1")]))
    unlinked = import_file(store, other).statement_id
    second = import_file(store, amended).statement_id
    with store.read() as s:
        assert s.get(Statement, second).amends_statement_id == first
        assert s.get(Statement, unlinked).amends_statement_id is None
        changes = changes_since_filed(s, second)
    assert [(c.kind, c.record.tran_id) for c in changes.records] == [("changed", "A1")]
    assert [(f.name, f.before, f.after) for f in changes.records[0].fields
            if f.name == "Amount"] == [("Amount", "150.00", "175.00")]


def test_an_item_under_a_new_tran_id_is_flagged_in_the_check(store: Store,
                                                             tmp_path: Path) -> None:
    from calaccess_desktop.cal.writer import write_cal
    from calaccess_desktop.services.importer import import_file
    from calaccess_desktop.services.validation import validate_statement
    from tests.support.calfiles import cover, expn, rcpt, valid_f460

    original = tmp_path / "original.cal"
    original.write_bytes(valid_f460())
    rekeyed = tmp_path / "amendment.cal"  # made by other software that renumbered A1
    rekeyed.write_bytes(write_cal(cover(Report_Num="001", AmendExp_1="Added a payment"),
                                  [rcpt("X-1"), rcpt("A2", "250.00", Ctrib_NamL="Chen"),
                                   expn("E1"), expn("E2", "45.00")]))
    import_file(store, original)
    second = import_file(store, rekeyed).statement_id
    with store.read() as s:
        found = [f for f in validate_statement(s, second) if f.rule_id == "AMD-004"]
        changes = changes_since_filed(s, second)
    assert len(found) == 1 and found[0].location.tran_id == "X-1"
    assert "looks like A1 of the filed report" in found[0].message
    assert "Okafor" in found[0].message and "$150.00" in found[0].message
    assert sorted((c.kind, c.record.tran_id) for c in changes.records) == [
        ("added", "E2"), ("added", "X-1"), ("removed", "A1")]
