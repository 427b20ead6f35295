"""The committee's trail: each profile change with its author and the fields old -> new,
and the data file's user changes (here the counter's staff PIN), but not the entries."""

from __future__ import annotations

from calaccess_desktop.services.audit.report import committee_trail_of
from calaccess_desktop.services.profile_fields import loaded_profile, save_profile
from calaccess_desktop.services.users.counter_pin import set_pin
from tests.writers.conftest import Clients

BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)


def test_profile_changes_by_two_people_and_user_changes_are_listed(clients: Clients) -> None:
    cid = clients.committee_id
    for store, changes in ((clients.pat, {"Tres_NamL": "Lee", "committee_type": "C"}),
                           (clients.sam, {"Tres_NamL": "Okafor"})):
        with store.read() as s:
            seen = loaded_profile(s, cid)
        with store.transaction() as s:
            save_profile(s, cid, {**seen.values, **changes}, seen=seen)
    clients.add(clients.pat)  # an entry: in the statement's trail, not here
    with clients.sam.transaction() as s:
        set_pin(s, "2468-staff")
    with clients.pat.read() as s:
        heading, lines = committee_trail_of(s, cid)
    assert heading == ("Changes to the profile of Two Writers for Council, and to the "
                       "users of this data file")
    edits = [line for line in lines if line.action.startswith("Edit committee")]
    assert [line.actor for line in edits] == ["Pat", "Sam"]
    sams = [(f.before, f.after) for c in edits[1].changes for f in c.fields]
    assert ("Lee", "Okafor") in sams
    assert all(c.subject.startswith("committee ") for line in edits for c in line.changes)
    pin = [line for line in lines if line.kind == "users"]
    assert [(p.actor, p.action) for p in pin] == [("Sam", "Set the counter's staff PIN")]
    assert not any("receipt" in line.action.lower() or "contribution" in line.action.lower()
                   for line in lines)
    assert "2468-staff" not in repr(lines)
