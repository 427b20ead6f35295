"""Form 410 from the profile: a profile change offers an amendment that lists what
changed (created only on request), the termination, and the 470 Supplement."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.f410 import from_profile, profile_diff
from calaccess_desktop.services import registration
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.profile_fields import load_profile, save_profile
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import rule_set
from calaccess_desktop.validation.engine import validate


class _Filer:
    def __init__(self, **profile: str) -> None:
        self.name, self.filer_id, self.committee_type, self.entity_cd = "Cmte", "1", "C", "CTL"
        self.profile = profile


def test_diff_names_each_changed_fact_in_words() -> None:
    before = _Filer(Tres_NamL="Nguyen", Tres_Phon="916-555-0199", Cand_NamL="Lopez")
    after = _Filer(Tres_NamL="Nguyen", Tres_Phon="916-555-0100", Cand_NamL="Lopez",
                   atr_naml="Okafor")
    changes = profile_diff.diff(from_profile.cover_values(before),
                                from_profile.names_records(before),
                                from_profile.cover_values(after),
                                from_profile.names_records(after))
    words = [c.words() for c in changes]
    assert words == ["treasurer's phone: 916-555-0199 -> 916-555-0100",
                     "assistant treasurer Okafor: added listed"]
    assert profile_diff.diff(from_profile.cover_values(before),
                             from_profile.names_records(before),
                             from_profile.cover_values(before),
                             from_profile.names_records(before)) == []


def _file(store: Store, sid: int) -> None:
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2901001"


def test_profile_change_offers_an_amendment_listing_it(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        committee_id = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
        with store.read() as s:
            assert registration.offer(s, committee_id) is None  # the draft matches
        _file(store, reg_demo["F410"])
        with store.transaction() as s:
            values = load_profile(s, committee_id)
            save_profile(s, committee_id, {**values, "Tres_Phon": "916-555-0100",
                                           "County_Act": "Yolo"})
        with store.read() as s:
            offer = registration.offer(s, committee_id)
            assert offer is not None and not offer.draft
            assert offer.statement_id == reg_demo["F410"]
            assert [c.what for c in offer.changes] == ["jurisdiction where active",
                                                        "treasurer's phone"]
            assert "916-555-0100" in offer.words()
            count = s.query(Statement).filter(
                Statement.form_type == "F410", Statement.committee_id == committee_id).count()
        assert count == 1  # nothing is created until the user agrees
        with store.transaction() as s:
            sid = registration.amend_410(s, committee_id)
        with store.read() as s:
            stmt = s.get(Statement, sid)
            assert stmt is not None
            assert stmt.report_num == 1 and stmt.amends_statement_id == reg_demo["F410"]
            assert "treasurer's phone" in stmt.amendment_reason
            assert not s.query(Record).filter(Record.statement_id == sid,
                                              Record.rec_type == "CVR3").count()
            assert registration.offer(s, committee_id) is None
            filed = build_snapshot(s, reg_demo["F410"])
        assert "F410-AMD-001" in {f.rule_id for f in validate(filed, rules=rule_set())}
        cal = read_cal(export_statement(store, sid), "amend.cal")
        assert cal.cover is not None and cal.cover.get("Report_Num") == "001"
        assert cal.cover.get("Tres_Phon") == "916-555-0100"
    finally:
        store.close()


def test_termination_carries_its_date_and_waits_for_other_filings(reg_demo: dict,
                                                                   db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        committee_id = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
        _file(store, reg_demo["F410"])
        with store.transaction() as s:
            sid = registration.terminate_410(s, committee_id, dt.date(2026, 12, 31))
        with store.read() as s:
            snap = build_snapshot(s, sid)
        assert snap.cover.get("Term_Date") == "20261231"
        found = [f for f in validate(snap, rules=rule_set(), today=dt.date(2027, 1, 5))
                 if f.rule_id == "F410-GEN-001"]
        assert found and "not filed" in found[0].message  # the 460s are still drafts
    finally:
        store.close()


def test_470_supplement_gives_the_threshold_date(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        with store.transaction() as s:
            registration.mark_470_supplement(s, reg_demo["F470"], dt.date(2026, 6, 1))
        cal = read_cal(export_statement(store, reg_demo["F470"]), "470s.cal")
        assert cal.cover is not None and cal.cover.get("Date_1000") == "20260601"
        with store.read() as s:
            snap = build_snapshot(s, reg_demo["F470"])
        late = validate(snap, rules=rule_set(), today=dt.date(2026, 6, 10))
        assert "F470-SUP-001" in {f.rule_id for f in late}
    finally:
        store.close()



def test_a_second_initial_410_is_refused_in_words(reg_demo: dict, db_path: Path) -> None:
    import pytest

    from calaccess_desktop.services.editing import EditError, create_statement

    store = Store.open(db_path)
    try:
        committee_id = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
        with pytest.raises(EditError, match="already has a Form 410"), \
                store.transaction() as s:
            sid = create_statement(s, committee_id, "F410")
            registration.finish_new_410(s, sid)  # the spec's after_create hook
        with pytest.raises(EditError, match="already has a Form 410"), \
                store.transaction() as s:
            registration.start_410(s, committee_id)
        with store.read() as s:
            assert s.query(Statement).filter(
                Statement.form_type == "F410", Statement.committee_id == committee_id).count() == 1
    finally:
        store.close()


def test_a_draft_410_is_brought_up_to_date_not_amended(reg_demo: dict, db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        committee_id = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
        with store.transaction() as s:
            values = load_profile(s, committee_id)
            gone = {k: "" for k in values if k.startswith("atr_")}
            save_profile(s, committee_id, {**values, **gone})
        with store.read() as s:
            offer = registration.offer(s, committee_id)
        assert offer is not None and offer.draft and offer.statement_id == reg_demo["F410"]
        assert [c.words() for c in offer.changes] == [
            "assistant treasurer Daniel Okafor: removed (was listed)"]
        with store.transaction() as s:
            assert registration.amend_410(s, committee_id) == reg_demo["F410"]
        with store.read() as s:
            names = registration.names_of(s, reg_demo["F410"])
            assert [v[2] for v in names] == ["F410-CTL"]
            assert registration.offer(s, committee_id) is None
            assert s.query(Statement).filter(
                Statement.form_type == "F410", Statement.committee_id == committee_id).count() == 1
    finally:
        store.close()


def test_a_410_gives_back_the_profile_it_was_made_from() -> None:
    profile = {"Filer_NamL": "Cmte", "Filer_Adr1": "1 K St", "Filer_City": "Sacramento",
               "Tres_NamL": "Nguyen", "Tres_Phon": "916-555-0199", "bank_name": "Golden 1",
               "bank_acct_no": "0001234", "County_Res": "Sacramento", "atr_naml": "Okafor",
               "atr_phon": "916-555-0131", "pof_naml": "Alvarez", "pof_title": "Chair",
               "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Office_Cd": "CCM",
               "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento", "cand_year": "2026",
               "Qualfy_Dt": "20260112"}
    filer = _Filer(**profile)
    cover = from_profile.cover_values(filer)
    back = from_profile.profile_from_410(cover, from_profile.names_records(filer))
    assert back == profile
    assert from_profile.committee_type_of(cover) == "C"
