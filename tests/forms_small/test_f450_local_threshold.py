"""Form 450's eligibility uses the committee's filing officer's own itemization threshold
(the practice city itemizes from $25): a $40 contributor rules the short form out there,
not with the Secretary of State; on a real data file."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.db.orm import Committee
from calaccess_desktop.forms.f450.eligibility import why_not
from calaccess_desktop.forms.f450.new_statement import itemize_limit
from calaccess_desktop.services import editing
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from tests.forms_small.support import small_committee

GIVER = {"Entity_Cd": "IND", "Ctrib_NamL": "Vance", "Ctrib_NamF": "Carla",
         "Ctrib_Adr1": "18 Q Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
         "Ctrib_ZIP4": "95816", "Rcpt_Date": "20260210", "Amount": "40.00"}


def test_a_city_that_itemizes_from_25_rules_out_a_40_contributor(store: Store) -> None:
    day = dt.date(2026, 1, 1)
    cid = small_committee(store)
    with store.transaction() as s:
        sid = editing.create_statement(s, cid, "F450", period_from=day,
                                       period_through=dt.date(2026, 6, 30), stmt_type="SA")
        editing.add_transaction(s, sid, "RCPT", "A", dict(GIVER))
    with store.read() as s:
        assert why_not(build_snapshot(s, sid)) == ()  # the state's $100
        committee = s.get(Committee, cid)
        assert committee is not None
        assert itemize_limit(committee.profile, day) == 10_000
    with store.transaction() as s:
        committee = s.get(Committee, cid)
        assert committee is not None
        editing.update_committee(s, cid, profile={**committee.profile,
                                                  "filing_officers": ["PRAC"]})
    with store.read() as s:
        reasons = why_not(build_snapshot(s, sid))
        committee = s.get(Committee, cid)
        assert committee is not None
        assert itemize_limit(committee.profile, day) == 2_500
    assert [r.condition for r in reasons] == ["contribution"]
    assert "Carla Vance" in reasons[0].words and "$25.00" in reasons[0].words
