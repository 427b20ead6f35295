"""The late-report services of Forms 496/497: a report's own cover fields, listing an
independent expenditure on a Form 496, and the check that a 497's lines appear again on
the next Form 460 (F497-X-001)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import demo, editing
from calaccess_desktop.services.late_reports import report_late_expenditure, set_cover_fields
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.validation import validate_statement
from tests.forms_late.helpers import make_committees

IE = {"Entity_Cd": "OTH", "Payee_NamL": "Capitol Mail Works", "Payee_Adr1": "2020 Del Paso",
      "Payee_City": "Sacramento", "Payee_ST": "CA", "Payee_ZIP4": "95815",
      "Expn_Code": "IND", "Cand_NamL": "Lopez", "Cand_NamF": "Maria", "Office_Cd": "CCM",
      "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento", "Sup_Opp_Cd": "S"}


def _pac_460(store: Store) -> tuple[int, int]:
    with store.transaction() as s:
        pac = make_committees(s).pac
        sid = editing.create_statement(s, pac, "F460", period_from=dt.date(2026, 9, 20),
                                       period_through=dt.date(2026, 10, 17), stmt_type="PE",
                                       election_date=dt.date(2026, 11, 3))
    return pac, sid


def test_an_expenditure_goes_on_a_496_about_its_candidate(store: Store) -> None:
    _pac, sid = _pac_460(store)
    with store.transaction() as s:
        mailer = editing.add_transaction(s, sid, "EXPN", "D", {
            **IE, "Expn_Date": "20261005", "Amount": "3200.00", "Expn_Dscr": "Mailer"})
        ads = editing.add_transaction(s, sid, "EXPN", "D", {
            **IE, "Expn_Date": "20261008", "Amount": "1850.00", "Expn_Dscr": "Digital ads"})
        other = editing.add_transaction(s, sid, "EXPN", "D", {
            **{k: v for k, v in IE.items() if not k.startswith(("Cand", "Office", "Juris"))},
            "Bal_Name": "River Bond", "Bal_Num": "W", "Bal_Juris": "City of Sacramento",
            "Expn_Date": "20261009", "Amount": "1200.00", "Expn_Dscr": "Door hangers"})
    with store.transaction() as s:
        first = report_late_expenditure(s, mailer)
        second = report_late_expenditure(s, ads)
        third = report_late_expenditure(s, other)
    assert first.created and not second.created and third.created
    assert first.statement_id == second.statement_id != third.statement_id
    with store.read() as s:
        report = s.get(Statement, first.statement_id)
        assert report.form_type == "F496" and report.election_date == dt.date(2026, 11, 3)
        cover = CalRecord(list(report.cover), cvr_form="F496")
        assert [cover.get(n) for n in ("Cand_NamL", "Cand_NamF", "Office_Cd", "Sup_Opp_Cd")] \
            == ["Lopez", "Maria", "CCM", "S"]
        lines = [CalRecord(list(v), cvr_form="F496") for v in s.scalars(
            select(Record.values).where(Record.statement_id == report.id,
                                        Record.rec_type == "S496").order_by(Record.seq))]
        assert [(x.get("Exp_Date"), x.get("Amount"), x.get("Expn_Dscr")) for x in lines] == [
            ("20261005", "3200.00", "Mailer"), ("20261008", "1850.00", "Digital ads")]
        measure = CalRecord(list(s.get(Statement, third.statement_id).cover), cvr_form="F496")
        assert (measure.get("Bal_Num"), measure.get("Cand_NamL")) == ("W", "")
    with store.transaction() as s, pytest.raises(editing.EditError, match="already on"):
        report_late_expenditure(s, mailer)


def test_only_independent_expenditures_go_on_a_496(store: Store) -> None:
    _pac, sid = _pac_460(store)
    with store.transaction() as s:
        paid = editing.add_transaction(s, sid, "EXPN", "E", {
            "Entity_Cd": "OTH", "Payee_NamL": "Print Shop", "Expn_Code": "LIT",
            "Expn_Date": "20261001", "Amount": "300.00"})
        unnamed = editing.add_transaction(s, sid, "EXPN", "D", {
            "Entity_Cd": "OTH", "Payee_NamL": "Print Shop", "Expn_Code": "IND",
            "Expn_Date": "20261001", "Amount": "300.00"})
    with store.transaction() as s, pytest.raises(editing.EditError, match="code IND"):
        report_late_expenditure(s, paid)
    with store.transaction() as s, pytest.raises(editing.EditError, match="candidate or meas"):
        report_late_expenditure(s, unnamed)


def test_cover_fields_are_checked_like_any_entry(store: Store) -> None:
    with store.transaction() as s:
        pac = make_committees(s).pac
        sid = editing.create_statement(s, pac, "F496", election_date=dt.date(2026, 11, 3))
    with store.transaction() as s, pytest.raises(editing.EditError, match="Cand_NamF"):
        set_cover_fields(s, sid, {"Cand_NamF": "M" * 46})
    with store.transaction() as s, pytest.raises(editing.EditError, match="no field"):
        set_cover_fields(s, sid, {"Ctrib_NamL": "x"})
    with store.transaction() as s:
        set_cover_fields(s, sid, {"Bal_Num": "W", "Sup_Opp_Cd": "O"})
    with store.read() as s:
        cover = CalRecord(list(s.get(Statement, sid).cover), cvr_form="F496")
    assert (cover.get("Bal_Num"), cover.get("Sup_Opp_Cd"), cover.get("Filer_ID")) == (
        "W", "O", "1478001")


def test_a_497_line_missing_from_the_next_460_is_named(store: Store) -> None:
    with store.transaction() as s:
        _cid, (_first, second, _late) = demo.create_demo(s)
    with store.read() as s:
        assert [f for f in validate_statement(s, second) if f.rule_id == "F497-X-001"] == []
    with store.transaction() as s:
        patel = s.scalars(select(Record.id).where(
            Record.statement_id == second, Record.rec_type == "RCPT",
            Record.form_type == "A", Record.tran_date == dt.date(2026, 8, 11))).one()
        editing.update_transaction(s, patel, {"Amount": "1000.00"})
    with store.read() as s:
        found = [f for f in validate_statement(s, second) if f.rule_id == "F497-X-001"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "$1,500.00 received from Patel on 08/11/2026" in found[0].message


def test_an_expenditure_on_a_496_is_not_owed_again(store: Store) -> None:
    from calaccess_desktop.services.late_reports import late_reports_owed

    with store.transaction() as s:
        committees = make_committees(s)
        (supplement,) = form("F465").demo(s, committees)  # type: ignore[union-attr,misc]
    with store.read() as s:
        owed = late_reports_owed(s, supplement)
    # Each further $1,000 for the candidate calls for another report.
    assert [f.rule_id for f in owed] == ["F496-TRG-001", "F496-TRG-001"]
    assert "about Lopez reached $3,200.00 on 10/05/2026" in owed[0].message
    assert "by 10/06/2026" in owed[0].message  # 24 hours
    assert "reached $5,050.00 on 10/08/2026" in owed[1].message
    with store.transaction() as s:
        form("F496").demo(s, committees)  # type: ignore[union-attr,misc]
    with store.read() as s:
        assert late_reports_owed(s, supplement) == []
        assert [f for f in validate_statement(s, supplement)
                if f.rule_id.startswith("F496-TRG")] == []


def test_part_3_runs_through_the_expenditure_date(store: Store) -> None:

    with store.transaction() as s:
        (sid,) = form("F496").demo(s, make_committees(s))  # type: ignore[union-attr,misc]
    with store.read() as s:
        assert [f for f in validate_statement(s, sid) if f.rule_id == "F496-P3-001"] == []
    with store.transaction() as s:
        editing.add_transaction(s, sid, "RCPT", "F496P3", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Late", "Ctrib_NamF": "Lee",
            "Ctrib_Adr1": "1 A St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Baker",
            "Rcpt_Date": "20261020", "Amount": "300.00", "Cum_YTD": "200.00"})
    with store.read() as s:
        found = [f.message for f in validate_statement(s, sid) if f.rule_id == "F496-P3-001"]
    assert len(found) == 2
    text = " | ".join(found)
    assert "received 10/20/2026, after the report's last expenditure (10/14/2026)" in text
    assert "($200.00) is less than the contribution itself ($300.00)" in text


def test_a_measure_contribution_of_5000_asks_for_part_1(store: Store) -> None:
    from calaccess_desktop.forms.f497.demo import MADE

    with store.transaction() as s:
        pac = make_committees(s).pac
        sid = editing.create_statement(s, pac, "F497", election_date=dt.date(2026, 11, 3))
        line = editing.add_transaction(s, sid, "S497", "F497P2", {**MADE, "Amount": "4999.99"})
    with store.read() as s:
        assert [f for f in validate_statement(s, sid) if f.rule_id == "F497-HDR-003"] == []
    with store.transaction() as s:
        editing.update_transaction(s, line, {"Amount": "5000.00"})
    with store.read() as s:
        found = [f for f in validate_statement(s, sid) if f.rule_id == "F497-HDR-003"]
    assert len(found) == 1 and "$5,000.00 made for a ballot measure" in found[0].message
    with store.transaction() as s:  # the demo's Part 1 lines: nothing to warn about
        from calaccess_desktop.forms.f497.demo import RECEIVED_IND

        editing.add_transaction(s, sid, "S497", "F497P1", dict(RECEIVED_IND))
    with store.read() as s:
        assert [f for f in validate_statement(s, sid) if f.rule_id == "F497-HDR-003"] == []


def test_part_2_lines_of_a_497_are_looked_for_on_schedules_d_and_e(store: Store) -> None:
    """A 497's lines of both parts (forms/f497/lines.py) reach the next 460's snapshot:
    a contribution made that the 460 lacks is named with the 497's report and line, a
    contribution received too; once entered on Schedule D (made) and A (received),
    nothing is said."""
    from calaccess_desktop.forms.f497.demo import MADE, RECEIVED, RECEIVED_IND

    with store.transaction() as s:
        committees = make_committees(s)
        (late,) = form("F497").demo(s, committees)  # type: ignore[union-attr,misc]
        sid = editing.create_statement(s, committees.pac, "F460",
                                       period_from=dt.date(2026, 7, 1),
                                       period_through=dt.date(2026, 9, 19), stmt_type="PE",
                                       election_date=dt.date(2026, 11, 3))
    with store.read() as s:
        rpt = CalRecord(list(s.get(Statement, late).cover), cvr_form="F497").get("Rpt_ID_Num")
    assert rpt

    def found() -> list[str]:
        with store.read() as s:
            return [f.message for f in validate_statement(s, sid) if f.rule_id == "F497-X-001"]

    messages = found()
    assert len(messages) == 3
    report = f"Form 497 report {rpt} (statement {late})"
    assert (f"{report}, Part 2 line 1 reported a contribution of $2,500.00 made to "
            "Yes On Measure W - Clean Rivers 2026 on 09/15/2026") in " | ".join(messages)
    assert (f"{report}, Part 1 line 2 reported $1,200.00 received from Alvarez on "
            "09/16/2026") in " | ".join(messages)
    with store.transaction() as s:
        editing.add_transaction(s, sid, "EXPN", "D", {
            "Entity_Cd": "RCP", "Payee_NamL": MADE["Enty_NamL"], "Cmte_ID": MADE["Cmte_ID"],
            "Expn_Date": MADE["Ctrib_Date"], "Amount": MADE["Amount"], "Expn_Code": "MON",
            "Bal_Name": MADE["Bal_Name"], "Bal_Num": "W", "Bal_Juris": MADE["Bal_Juris"],
            "Sup_Opp_Cd": "S"})
    messages = found()
    assert len(messages) == 2 and all("received from" in m for m in messages)
    with store.transaction() as s:
        for line in (RECEIVED, RECEIVED_IND):
            editing.add_transaction(s, sid, "RCPT", "A", {
                "Entity_Cd": line["Entity_Cd"], "Ctrib_NamL": line["Enty_NamL"],
                "Ctrib_NamF": line.get("Enty_NamF", ""), "Rcpt_Date": line["Ctrib_Date"],
                "Amount": line["Amount"]})
    assert found() == []


def test_a_contribution_made_goes_on_part_2(store: Store) -> None:
    from calaccess_desktop.services.late_reports import report_late_contribution

    _pac, sid = _pac_460(store)
    with store.transaction() as s:
        gift = editing.add_transaction(s, sid, "EXPN", "D", {
            "Entity_Cd": "RCP", "Payee_NamL": "Lopez for Council 2026", "Cmte_ID": "1449876",
            "Payee_Adr1": "1420 K Street", "Payee_City": "Sacramento", "Payee_ST": "CA",
            "Payee_ZIP4": "95814", "Expn_Date": "20261001", "Amount": "1500.00",
            "Expn_Code": "MON", "Cand_NamL": "Lopez", "Cand_NamF": "Maria",
            "Office_Cd": "CCM", "Juris_Cd": "CIT", "Juris_Dscr": "City of Sacramento",
            "Sup_Opp_Cd": "S"})
    with store.transaction() as s:
        line = report_late_contribution(s, gift)
    assert line.created
    with store.read() as s:
        rec = CalRecord(list(s.get(Record, line.record_id).values), cvr_form="F497")
    assert (rec.rec_type, rec.form_type) == ("S497", "F497P2")
    assert [rec.get(n) for n in ("Enty_NamL", "Cmte_ID", "Enty_City", "Ctrib_Date", "Amount",
                                 "Cand_NamL", "Office_Cd", "Juris_Dscr", "Elec_Date")] == [
        "Lopez for Council 2026", "1449876", "Sacramento", "20261001", "1500.00", "Lopez",
        "CCM", "City of Sacramento", "20261103"]
    with store.transaction() as s, pytest.raises(editing.EditError, match="already on"):
        report_late_contribution(s, gift)


def test_a_465_line_goes_on_a_496_about_the_465s_candidate(store: Store) -> None:

    with store.transaction() as s:
        (supplement,) = form("F465").demo(s, make_committees(s))  # type: ignore[union-attr,misc]
        first = s.scalars(select(Record.id).where(
            Record.statement_id == supplement, Record.rec_type == "EXPN")
            .order_by(Record.seq)).first()
    with store.transaction() as s:
        line = report_late_expenditure(s, first)
    with store.read() as s:
        cover = CalRecord(list(s.get(Statement, line.statement_id).cover), cvr_form="F496")
        listed = CalRecord(list(s.get(Record, line.record_id).values), cvr_form="F496")
    assert [cover.get(n) for n in ("Cand_NamL", "Cand_NamF", "Cand_City", "Sup_Opp_Cd")] == [
        "Lopez", "Maria", "Sacramento", "S"]
    assert (listed.get("Exp_Date"), listed.get("Amount")) == ("20261005", "3200.00")


def test_a_loan_on_a_497_carries_a_memo_saying_so(store: Store) -> None:
    from calaccess_desktop.cal.reader import read_cal
    from calaccess_desktop.services.exporter import export_statement
    from calaccess_desktop.services.late_reports import LOAN_MEMO, report_late_contribution

    _pac, sid = _pac_460(store)
    with store.transaction() as s:
        loan = editing.add_transaction(s, sid, "LOAN", "B1", {
            "Entity_Cd": "IND", "Lndr_NamL": "Osei", "Lndr_NamF": "Kwame",
            "Loan_Adr1": "5 P Street", "Loan_City": "Davis", "Loan_ST": "CA",
            "Loan_ZIP4": "95616", "Loan_EMP": "UC Davis", "Loan_OCC": "Professor",
            "Loan_Date1": "20261001", "Loan_Amt1": "3000.00", "Loan_Amt2": "3000.00"})
    with store.transaction() as s:
        line = report_late_contribution(s, loan)
    cal = read_cal(export_statement(store, line.statement_id), "497.cal")
    assert not cal.problems
    (row,) = [r for r in cal.records if r.rec_type == "S497"]
    (memo,) = [r for r in cal.records if r.rec_type == "TEXT"]
    assert row.get("Memo_RefNo") and memo.get("Ref_No") == row.get("Memo_RefNo")
    assert memo.get("Text4000") == LOAN_MEMO
    assert (row.get("Enty_NamL"), row.get("Amount")) == ("Osei", "3000.00")
