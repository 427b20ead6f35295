"""Late reports owed: an entry that triggers a Form 497 shows up at once (not only on a
full check), and stops showing once a 497 lists it."""

from __future__ import annotations

import datetime as dt

from calaccess_desktop.services import demo, editing
from calaccess_desktop.services.late_reports import LATE_REPORT_RULES, late_reports_owed
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement

KIM = {"Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae",
       "Ctrib_Adr1": "12 K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
       "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect"}


def test_a_late_contribution_is_owed_until_a_497_lists_it(store: Store) -> None:
    with store.transaction() as s:
        _cid, (_first, second, late) = demo.create_demo(s)
    with store.read() as s:
        assert late_reports_owed(s, second) == []
    with store.transaction() as s:  # $1,200 on Sep 10: inside 90 days of the Nov 3 election
        editing.add_transaction(s, second, "RCPT", "A",
                                {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    with store.read() as s:
        owed = late_reports_owed(s, second)
        everything = validate_statement(s, second)
    assert [f.rule_id for f in owed] == ["F497-TRG-001"]
    assert "Kim" in owed[0].message and "by 09/11/2026" in owed[0].message
    # The same finding a full check gives, and nothing but late-report findings.
    assert [f for f in everything if f.rule_id in LATE_REPORT_RULES] == owed
    with store.transaction() as s:
        editing.add_transaction(s, late, "S497", "F497P1", {
            "Entity_Cd": "IND", "Enty_NamL": "Kim", "Enty_NamF": "Jae",
            "Enty_Adr1": "12 K Street", "Enty_City": "Sacramento", "Enty_ST": "CA",
            "Enty_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect",
            "Ctrib_Date": "20260910", "Amount": "1200.00"})
    with store.read() as s:
        assert late_reports_owed(s, second, today=dt.date(2026, 9, 12)) == []
