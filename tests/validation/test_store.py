"""Validation through the real store: the demo committee, a PAC, late contributions, and
re-checking one edited row."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.services import editing
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set, validate_statement
from calaccess_desktop.validation import blocking, validate, validate_records

TODAY = dt.date(2026, 7, 20)


def _sign_as_candidate(session, statement_id: int, day: str) -> None:  # type: ignore[no-untyped-def]
    editing.add_transaction(session, statement_id, "CVR3", "F460", {
        "Entity_Cd": "CAO", "Sig_Date": day, "Sig_Loc": "Sacramento, CA",
        "Sig_NamL": "Lopez", "Sig_NamF": "Maria"})


def test_demo_statements_need_the_candidates_signature(store: Store) -> None:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    with store.transaction() as session:
        _cid, (first, second, late) = create_demo(session)
        signatures = session.scalars(select(Record.id).where(
            Record.statement_id.in_((first, second)), Record.rec_type == "CVR3",
            Record.entity_cd == "CAO")).all()
        for rid in signatures:
            editing.delete_transaction(session, rid)
    with store.read() as session:
        before = {sid: validate(build_snapshot(session, sid), rules=rule_set(), today=TODAY)
                  for sid in (first, second, late)}
    for sid in (first, second):
        errors = {f.rule_id for f in before[sid] if f.severity == "error"}
        assert errors == {"GEN-VER-001"}, [f.render() for f in before[sid]]
    assert not blocking(before[late])
    with store.transaction() as session:
        _sign_as_candidate(session, first, "20260728")
        _sign_as_candidate(session, second, "20260922")
    with store.read() as session:
        for sid in (first, second, late):
            found = validate(build_snapshot(session, sid), rules=rule_set(), today=TODAY)
            assert not blocking(found), [f.render() for f in found if f.severity == "error"]
            assert all(f.location.statement_id == sid for f in found)
            assert all(f.rule_id in rule_set() or f.rule_id.startswith("SPEC-") for f in found)


def test_late_contributions_name_the_contributions_and_the_deadline(store: Store) -> None:
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    with store.transaction() as session:
        _cid, (_first, second, late) = create_demo(session)
    with store.read() as session:  # the demo's Form 497 reports them: nothing is owed
        assert not [f for f in validate_statement(session, second)
                    if f.rule_id == "F497-TRG-001"]
    with store.transaction() as session:
        for rid in session.scalars(select(Record.id).where(
                Record.statement_id == late, Record.rec_type == "S497")).all():
            editing.delete_transaction(session, rid)
    with store.read() as session:
        found = validate_statement(session, second)
    late = {f.message for f in found if f.rule_id == "F497-TRG-001"}
    assert any("Priya Patel gave $1,500.00" in m and "by 08/12/2026" in m
               and "11/03/2026 election" in m for m in late), late
    assert any("Terrell Johnson" in m and "08/20/2026 $1,750.00" in m for m in late), late
    assert all(f.severity == "warning" for f in found if f.rule_id == "F497-TRG-001")


def test_pac_in_the_store_gets_no_candidate_warnings(store: Store) -> None:
    with store.transaction() as session:
        cid = editing.create_committee(
            session, "Sacramento Firefighters PAC", filer_id="1367440", committee_type="G",
            entity_cd="RCP", profile={"Filer_Adr1": "2420 Del Paso Road",
                                      "Filer_City": "Sacramento", "Filer_ST": "CA",
                                      "Filer_ZIP4": "95834", "Tres_NamL": "Nguyen",
                                      "Tres_NamF": "David", "Flag1_YN": "N",
                                      "Flag2_YN": "N", "Flag3_YN": "N"})
        sid = editing.create_statement(session, cid, "F460", period_from=dt.date(2026, 1, 1),
                                       period_through=dt.date(2026, 6, 30), stmt_type="SA")
        editing.add_transaction(session, sid, "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
            "Ctrib_Adr1": "1901 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95811", "Rcpt_Date": "20260310", "Amount": "500.00"})
    with store.read() as session:
        found = validate_statement(session, sid)
    # Only the notice of what the SOS's system will warn about names candidate fields.
    notices = [f for f in found if f.rule_id == "APP-SOS-001" and f.location.schedule == "cover"]
    assert len(notices) == 1 and "still accepts the filing" in notices[0].message
    assert "candidate's name" in notices[0].message
    found = [f for f in found if f.rule_id != "APP-SOS-001"]
    assert not [f for f in found if f.location.field.startswith("Cand_")
                or f.location.field in ("Sup_Opp_Cd", "Office_Cd", "Juris_Cd")]
    assert not [f for f in found if "candidate" in f.message.lower()]
    occupation = [f for f in found if f.location.field == "Ctrib_Occ"]
    assert occupation and occupation[0].rule_id == "F460-A-004"


def test_editing_one_row_rechecks_just_that_row(store: Store) -> None:
    with store.transaction() as session:
        _cid, (first, _second, _late) = create_demo(session)
    with store.read() as session:
        snap = build_snapshot(session, first)
    row = next(r for r in snap.records if r.rec_type == "RCPT" and r.form_type == "A"
               and r.itemized)
    with store.transaction() as session:
        editing.update_transaction(session, row.record_id, {"Ctrib_Occ": "", "Amount": "350"})
    with store.read() as session:
        snap = build_snapshot(session, first)
    quick = validate_records(snap, [row.record_id], rules=rule_set(), today=TODAY)
    assert {(f.rule_id, f.location.field) for f in quick} >= {("F460-A-004", "Ctrib_Occ")}
    assert all(f.location.record_id == row.record_id for f in quick)
    full = validate(snap, rules=rule_set(), today=TODAY)
    record_scope = {f for f in full if f.location.record_id == row.record_id
                    and rule_set().get(f.rule_id) is not None
                    and rule_set()[f.rule_id].scope == "record"}
    assert record_scope <= set(quick)
    cover = validate_records(snap, [0], rules=rule_set(), today=TODAY)
    assert all(f.location.schedule == "cover" and f.location.record_id == 0 for f in cover)


def test_imported_real_filing_has_no_errors(store: Store, sample_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from calaccess_desktop.services.importer import import_file
    from tests.support.samplecal import write_filing

    path = write_filing(sample_dir, "F460", tmp_path / "real.cal", smry=False)
    result = import_file(store, path)
    with store.read() as session:
        found = validate_statement(session, result.statement_id)
    errors = [f.render() for f in found if f.severity == "error"]
    # The sample's negative Schedule A amounts (returned contributions) are refused.
    assert found and all("APP-NEG-001" in e for e in errors), errors
    assert all(f.location.record_id or f.location.schedule in ("cover", "summary")
               for f in found)
