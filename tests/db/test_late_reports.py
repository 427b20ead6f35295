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
    with store.read() as s:
        ahead = late_reports_owed(s, second, today=dt.date(2026, 9, 10))
    assert "is due within 24 hours, by 09/11/2026" in ahead[0].message
    assert "was due within 24 hours" in owed[0].message  # today is after the deadline
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


def test_listing_the_contribution_on_the_draft_497_settles_it(store: Store) -> None:
    import pytest

    from calaccess_desktop.cal.model import CalRecord
    from calaccess_desktop.db.orm import Record
    from calaccess_desktop.services.late_reports import report_late_contribution

    with store.transaction() as s:
        _cid, (_first, second, late) = demo.create_demo(s)
        kim = editing.add_transaction(s, second, "RCPT", "A",
                                      {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    with store.transaction() as s:
        line = report_late_contribution(s, kim)
    assert line.statement_id == late and not line.created
    with store.read() as s:
        values = s.get(Record, line.record_id).values
        assert late_reports_owed(s, second) == []
    rec = CalRecord(list(values), cvr_form="F497")
    assert (rec.rec_type, rec.form_type) == ("S497", "F497P1")
    assert [rec.get(n) for n in ("Enty_NamL", "Enty_NamF", "Enty_City", "Ctrib_Occ",
                                 "Ctrib_Date", "Amount")] == [
        "Kim", "Jae", "Sacramento", "Architect", "20260910", "1200.00"]
    with store.transaction() as s, pytest.raises(editing.EditError, match="already on"):
        report_late_contribution(s, kim)


def test_a_497_is_started_when_there_is_none(store: Store) -> None:
    import pytest

    from calaccess_desktop.db.orm import Statement
    from calaccess_desktop.services.late_reports import report_late_contribution

    with store.transaction() as s:
        cid = editing.create_committee(s, "Yes on Measure Q", filer_id="1500001",
                                       committee_type="B")
        sid = editing.create_statement(s, cid, "F460", period_from=dt.date(2026, 7, 1),
                                       period_through=dt.date(2026, 9, 19), stmt_type="PE",
                                       election_date=dt.date(2026, 11, 3))
        gift = editing.add_transaction(s, sid, "RCPT", "A",
                                       {**KIM, "Rcpt_Date": "20260915", "Amount": "2500.00"})
        payment = editing.add_transaction(s, sid, "EXPN", "E", {
            "Entity_Cd": "OTH", "Payee_NamL": "Capitol Print", "Amount": "300.00",
            "Expn_Code": "LIT", "Expn_Date": "20260910"})
    with store.transaction() as s:
        line = report_late_contribution(s, gift)
    with store.read() as s:
        report = s.get(Statement, line.statement_id)
        assert line.created and report.form_type == "F497" and report.status == "draft"
        assert report.election_date == dt.date(2026, 11, 3)
        assert report.committee_id == cid
        assert late_reports_owed(s, sid) == []
    with store.transaction() as s, pytest.raises(editing.EditError, match="Schedules A and C"):
        report_late_contribution(s, payment)


def test_the_late_reports_command(store: Store, db_path, capsys) -> None:
    from calaccess_desktop.cli import main
    from calaccess_desktop.db.orm import Record

    with store.transaction() as s:
        _cid, (_first, second, late) = demo.create_demo(s)
        kim = editing.add_transaction(s, second, "RCPT", "A",
                                      {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
        tran_id = s.get(Record, kim).tran_id
    store.close()
    db = ["--db", str(db_path)]
    assert main(["late-reports", str(second), *db]) == 0
    out = capsys.readouterr().out
    assert "F497-TRG-001" in out and "Kim" in out and "09/11/2026" in out
    assert main(["late-reports", str(second), "--add", tran_id, *db]) == 0
    assert f"on the draft Form 497 (statement {late})" in capsys.readouterr().out
    assert main(["late-reports", str(second), *db]) == 0
    assert "No late reports are owed" in capsys.readouterr().out
    assert main(["late-reports", str(second), "--add", tran_id, *db]) == 1
    assert "already on Form 497" in capsys.readouterr().err


def test_the_quick_read_finds_what_the_full_check_finds(store: Store) -> None:
    """late_reports_owed reads only some records; on a statement with every kind of
    trigger (aggregates in the window, a large gift outside it, independent
    expenditures, memo and undated entries) it finds exactly what the full check finds."""
    from calaccess_desktop.services.snapshots import build_snapshot
    from calaccess_desktop.services.validation import rule_set
    from calaccess_desktop.validation import validate_only

    with store.transaction() as s:
        _cid, (_first, second, _late) = demo.create_demo(s)
        for day, amount, extra in (("20260910", "600.00", {}), ("20260912", "500.00", {}),
                                   ("20260705", "6000.00", {"Ctrib_NamL": "Osei"}),
                                   ("20260911", "2000.00", {"Ctrib_NamL": "Memo",
                                                            "Memo_Code": "X"}),
                                   ("20260801", "999.99", {"Ctrib_NamL": "Small"})):
            editing.add_transaction(s, second, "RCPT", "A",
                                    {**KIM, "Rcpt_Date": day, "Amount": amount, **extra})
        editing.add_transaction(s, second, "RCPT", "C", {
            **KIM, "Ctrib_NamL": "Print Co", "Entity_Cd": "OTH", "Rcpt_Date": "20260915",
            "Amount": "1500.00", "Ctrib_Dscr": "Yard signs"})
        for day, amount in (("20260905", "700.00"), ("20260914", "400.00")):
            editing.add_transaction(s, second, "EXPN", "D", {
                "Entity_Cd": "OTH", "Payee_NamL": "KXJZ Radio", "Expn_Date": day,
                "Amount": amount, "Expn_Code": "IND", "Cand_NamL": "Rivera",
                "Cand_NamF": "Luis", "Sup_Opp_Cd": "S"})
    with store.read() as s:
        quick = late_reports_owed(s, second)
        full = validate_only(build_snapshot(s, second), LATE_REPORT_RULES, rules=rule_set())
    assert {f.rule_id for f in full} >= {"F497-TRG-001", "F496-TRG-001"}
    assert quick == full


def test_a_loan_goes_on_the_497_with_the_lender_and_loan_amount(store: Store) -> None:
    from calaccess_desktop.cal.model import CalRecord
    from calaccess_desktop.db.orm import Record
    from calaccess_desktop.services.late_reports import report_late_contribution

    with store.transaction() as s:
        _cid, (_first, second, late) = demo.create_demo(s)
        loan = editing.add_transaction(s, second, "LOAN", "B1", {
            "Entity_Cd": "IND", "Lndr_NamL": "Osei", "Lndr_NamF": "Kwame",
            "Loan_Adr1": "5 P Street", "Loan_City": "Davis", "Loan_ST": "CA",
            "Loan_ZIP4": "95616", "Loan_EMP": "UC Davis", "Loan_OCC": "Professor",
            "Loan_Date1": "20260908", "Loan_Amt1": "3000.00", "Loan_Amt2": "3000.00",
            "Loan_Amt4": "0.00", "Loan_Amt5": "0.00"})
    with store.read() as s:
        assert [f.rule_id for f in late_reports_owed(s, second)] == ["F497-TRG-001"]
    with store.transaction() as s:
        line = report_late_contribution(s, loan)
    with store.read() as s:
        rec = CalRecord(list(s.get(Record, line.record_id).values), cvr_form="F497")
        assert late_reports_owed(s, second) == []
    assert line.statement_id == late
    assert [rec.get(n) for n in ("Enty_NamL", "Enty_NamF", "Enty_City", "Ctrib_Emp",
                                 "Ctrib_Occ", "Ctrib_Date", "Amount")] == [
        "Osei", "Kwame", "Davis", "UC Davis", "Professor", "20260908", "3000.00"]
