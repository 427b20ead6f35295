"""Two people saving the same cover page or committee profile: the second save is
refused with the first person's change (old -> new), nothing is written, and a save
made after seeing it goes through. Real stores: a SQLite file and a PostgreSQL
database."""

from __future__ import annotations

import datetime as dt

import pytest

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.concurrency.conflicts import EditConflict
from calaccess_desktop.services.covers import PeriodSeen, load_period, save_period
from calaccess_desktop.services.profile_fields import (
    ProfileSeen,
    loaded_profile,
    save_profile,
)
from calaccess_desktop.services.undo import undo
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)

JAN, JUN = dt.date(2026, 1, 1), dt.date(2026, 6, 30)


def period(store, seen: PeriodSeen | None, sid: int, *, start: dt.date = JAN,
           end: dt.date = JUN, kind: str = "SA", election: dt.date | None = None) -> None:
    with store.transaction() as s:
        save_period(s, sid, period_from=start, period_through=end, stmt_type=kind,
                    election_date=election, seen=seen)


def seen_period(store, sid: int) -> PeriodSeen:
    with store.read() as s:
        return load_period(s, sid)


def stored(store, sid: int) -> Statement:
    with store.read() as s:
        stmt = s.get(Statement, sid)
        assert stmt is not None
        s.expunge(stmt)
        return stmt


def test_a_second_cover_save_is_refused_and_names_the_change(clients: Clients) -> None:
    sid = clients.statement_id
    period(clients.pat, None, sid, kind="SA")
    pats, sams = seen_period(clients.pat, sid), seen_period(clients.sam, sid)
    period(clients.pat, pats, sid, start=dt.date(2026, 2, 1), kind="PE",
           election=dt.date(2026, 6, 2))
    with pytest.raises(EditConflict) as refused:
        period(clients.sam, sams, sid, end=dt.date(2026, 5, 31))
    words = str(refused.value)
    assert words.startswith("Pat changed this cover page since you opened it"), words
    assert "Period from: 01/01/2026 -> 02/01/2026" in words
    assert "Type of statement: Semi-annual -> Pre-Election" in words
    assert "Date of election: (empty) -> 06/02/2026" in words
    assert "Period through" not in words  # Pat did not change it
    assert "Nothing was saved" in words
    now = stored(clients.pat, sid)
    assert (now.period_from, now.period_through, now.stmt_type) == (
        dt.date(2026, 2, 1), JUN, "PE")  # Pat's change is kept, Sam's is not written
    current = refused.value.current
    assert isinstance(current, PeriodSeen) and current.version == now.version
    assert current.values["From_Date"] == "20260201"
    # Sam has seen Pat's change: saving on top of it goes through.
    period(clients.sam, current, sid, start=dt.date(2026, 2, 1), end=dt.date(2026, 5, 31),
           kind="PE", election=dt.date(2026, 6, 2))
    assert stored(clients.sam, sid).period_through == dt.date(2026, 5, 31)


def test_a_newer_version_with_the_period_as_seen_is_no_conflict(clients: Clients) -> None:
    sid = clients.statement_id
    sams = seen_period(clients.sam, sid)
    with clients.pat.transaction() as s:  # a profile save rebuilds the draft's cover
        editing.update_committee(s, clients.committee_id, name="Two Writers for Mayor")
    assert seen_period(clients.pat, sid).version != sams.version
    period(clients.sam, sams, sid, end=dt.date(2026, 5, 31))
    assert stored(clients.pat, sid).period_through == dt.date(2026, 5, 31)


def test_this_windows_own_undo_is_no_one_elses_change(clients: Clients) -> None:
    sid = clients.statement_id
    seen = seen_period(clients.sam, sid)
    period(clients.sam, seen, sid, end=dt.date(2026, 5, 31))
    with clients.sam.transaction() as s:
        undo(s)  # Sam's own Ctrl+Z: the page still shows what Sam loaded first
    period(clients.sam, seen, sid, end=dt.date(2026, 4, 30))
    assert stored(clients.pat, sid).period_through == dt.date(2026, 4, 30)


def test_without_a_seen_version_the_save_goes_through(clients: Clients) -> None:
    """Callers that load nothing first (scripts, the demo) keep working."""
    sid = clients.statement_id
    period(clients.pat, seen_period(clients.pat, sid), sid, end=dt.date(2026, 3, 31))
    period(clients.sam, None, sid, end=dt.date(2026, 2, 28))
    assert stored(clients.pat, sid).period_through == dt.date(2026, 2, 28)


def profile(store, seen: ProfileSeen | None, cid: int, **changes: str) -> None:
    base = seen.values if seen is not None else {}
    with store.transaction() as s:
        save_profile(s, cid, {**base, **changes}, seen=seen)


def seen_profile(store, cid: int) -> ProfileSeen:
    with store.read() as s:
        return loaded_profile(s, cid)


@pytest.fixture
def profiled(clients: Clients) -> int:
    cid = clients.committee_id
    with clients.pat.transaction() as s:
        save_profile(s, cid, {"name": "Two Writers for Council", "committee_type": "C",
                              "entity_cd": "CTL", "Tres_NamL": "Lee", "Tres_NamF": "Kim",
                              "Filer_City": "Sacramento"})
    return cid


def test_a_second_profile_save_is_refused_and_names_the_change(clients: Clients,
                                                               profiled: int) -> None:
    cid = profiled
    pats, sams = seen_profile(clients.pat, cid), seen_profile(clients.sam, cid)
    profile(clients.pat, pats, cid, Tres_NamL="Nguyen", Filer_City="Davis")
    with pytest.raises(EditConflict) as refused:
        profile(clients.sam, sams, cid, Tres_NamF="Kimberly")
    words = str(refused.value)
    assert words.startswith("Pat changed this committee profile since you opened it"), words
    assert "Treasurer last name: Lee -> Nguyen" in words
    assert "Committee city: Sacramento -> Davis" in words
    assert "Treasurer first name" not in words
    with clients.pat.read() as s:
        committee = s.get(Committee, cid)
        assert committee is not None
        assert committee.profile["Tres_NamF"] == "Kim"  # Sam's typing was not written
        assert committee.profile["Tres_NamL"] == "Nguyen"
    current = refused.value.current
    assert isinstance(current, ProfileSeen) and current.values["Tres_NamL"] == "Nguyen"
    profile(clients.sam, current, cid, Tres_NamF="Kimberly")
    assert seen_profile(clients.pat, cid).values["Tres_NamF"] == "Kimberly"
    assert seen_profile(clients.pat, cid).values["Filer_City"] == "Davis"


def test_a_change_of_the_filing_officers_is_named_too(clients: Clients,
                                                      profiled: int) -> None:
    cid = profiled
    sams = seen_profile(clients.sam, cid)
    with clients.pat.transaction() as s:
        save_profile(s, cid, seen_profile(clients.pat, cid).values, ["SOS", "LA-CITY"])
    with pytest.raises(EditConflict, match=r"Filing officers: .+ -> .+, "):
        profile(clients.sam, sams, cid, Tres_NamF="Kimberly")


def test_a_newer_committee_version_without_changed_fields_is_no_conflict(
        clients: Clients, profiled: int) -> None:
    cid = profiled
    sams = seen_profile(clients.sam, cid)
    with clients.pat.transaction() as s:  # a change the editor does not show
        editing.update_committee(s, cid, profile={**s.get(Committee, cid).profile,
                                                  "not_in_the_editor": "x"})
    profile(clients.sam, sams, cid, Tres_NamF="Kimberly")
    assert seen_profile(clients.pat, cid).values["Tres_NamF"] == "Kimberly"
