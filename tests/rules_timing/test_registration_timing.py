"""F410-TIM-001/002 (when the first Form 410 is due) and F501-TIM-001 (a 501 before the
money), on real data files: each fires when it should and is silent when it should not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.services import editing
from calaccess_desktop.services.registration import set_501_fields, start_501
from calaccess_desktop.services.store import Store
from tests.rules_timing.support import GENERAL, D, committee, contribution, data_file, findings


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with data_file(tmp_path) as opened:
        yield opened


def _first_410(store: Store, qualified: str, kind: str = "P") -> tuple[int, int]:
    """A committee with no ID number yet, qualified that day, and its draft first 410."""
    cid = committee(store, "Yes on Measure K", kind=kind, Qualfy_Dt=qualified)
    with store.transaction() as s:
        return editing.create_statement(s, cid, "F410"), cid


def test_410_due_10_days_after_qualifying(store: Store) -> None:
    sid, _cid = _first_410(store, "03/02/2026")
    late = findings(store, sid, "F410-TIM-001", today=D(2026, 3, 20))
    assert [f.location.field for f in late] == ["Qualfy_Dt"]
    assert late[0].message == ("The committee qualified on 03/02/2026; its Form 410 was "
                               "due by 03/12/2026 (10 days later), and it is filed "
                               "03/20/2026.")
    assert findings(store, sid, "F410-TIM-001", today=D(2026, 3, 12)) == []
    # far from the election: no 24-hour rule
    assert findings(store, sid, "F410-TIM-002", today=D(2026, 3, 5)) == []


def test_410_within_24_hours_in_the_16_days_before_the_election(store: Store) -> None:
    sid, _cid = _first_410(store, "10/20/2026")  # 14 days before Nov 3
    late = findings(store, sid, "F410-TIM-002", today=D(2026, 10, 23))
    assert len(late) == 1 and "due within 24 hours (by 10/21/2026)" in late[0].message
    assert "16 days before an election it files pre-election statements for" in \
        late[0].message
    # within the 10 days: not F410-TIM-001's; on time: neither
    assert findings(store, sid, "F410-TIM-001", today=D(2026, 10, 23)) == []
    assert findings(store, sid, "F410-TIM-002", today=D(2026, 10, 21)) == []


def test_410_within_24_hours_when_making_ies_in_the_90_days(store: Store) -> None:
    sid, cid = _first_410(store, "09/01/2026", kind="G")
    # a general purpose committee files no pre-election statements: 10 days
    assert findings(store, sid, "F410-TIM-002", today=D(2026, 9, 5)) == []
    with store.transaction() as s:  # ... until it reports IEs for the election
        editing.create_statement(s, cid, "F465", period_from=D(2026, 7, 1),
                                 period_through=D(2026, 9, 19), stmt_type="PE",
                                 election_date=GENERAL)
    late = findings(store, sid, "F410-TIM-002", today=D(2026, 9, 5))
    assert len(late) == 1 and "independent expenditures of $1,000 or more" in \
        late[0].message


def test_410_timing_silent_without_a_date_or_once_registered(tmp_path: Path) -> None:
    with data_file(tmp_path) as store:
        early = committee(store, "Not yet qualified")
        with store.transaction() as s:
            sid = editing.create_statement(s, early, "F410")
        assert findings(store, sid, "F410-TIM-001", today=D(2026, 12, 1)) == []
        # a committee with its ID number filed its first 410 already
        known = committee(store, "Registered", filer_id="1400999", Qualfy_Dt="01/05/2026")
        with store.transaction() as s:
            sid = editing.create_statement(s, known, "F410")
        assert findings(store, sid, "F410-TIM-001", today=D(2026, 12, 1)) == []


def test_501_before_the_first_contribution(tmp_path: Path) -> None:
    with data_file(tmp_path) as store:
        cid = committee(store, "Ana Ruiz for Council 2026", kind="C", entity="CTL",
                        filer_id="1400100", elections="2024-11-05, 2026-11-03")
        with store.transaction() as s:
            old = editing.create_statement(s, cid, "F460", period_from=D(2024, 7, 1),
                                           period_through=D(2024, 12, 31), stmt_type="SA")
            first = editing.create_statement(s, cid, "F460", period_from=D(2026, 1, 1),
                                             period_through=D(2026, 6, 30), stmt_type="SA")
            sid = start_501(s, cid, GENERAL)
            set_501_fields(s, sid, {"Sig_Date": "20260801", "Sig_Loc": "Sacramento, CA"})
        contribution(store, old, "20240901", "800.00")  # the last election's money
        assert findings(store, sid, "F501-TIM-001", today=D(2026, 8, 2)) == []
        contribution(store, first, "20260301", "300.00")
        late = findings(store, sid, "F501-TIM-001", today=D(2026, 8, 2))
        assert [f.location.field for f in late] == ["Sig_Date"]
        assert late[0].message == (
            f"Statement {first} (Form 460, 01/01/2026 to 06/30/2026) reports $300.00 of "
            "contributions received before this Form 501 was signed (08/01/2026).")
        with store.transaction() as s:  # signed before that period ended: silent
            set_501_fields(s, sid, {"Sig_Date": "20260105", "Sig_Loc": "Sacramento, CA"})
        assert findings(store, sid, "F501-TIM-001", today=D(2026, 8, 2)) == []
