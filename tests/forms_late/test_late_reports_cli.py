"""``late-reports STATEMENT --add TRAN_ID``: a contribution goes on a Form 497, an
independent expenditure on a Form 496 about its candidate (the same services the
window's late-report banner calls)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.cli import main
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from tests.forms_late.helpers import make_committees
from tests.forms_late.test_late_services import IE


def _tran_id(store: Store, record_id: int) -> str:
    with store.read() as s:
        rec = s.get(Record, record_id)
        assert rec is not None and rec.tran_id
        return rec.tran_id


def test_add_lists_an_expenditure_on_a_496_and_a_contribution_on_a_497(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite"
    store = Store.open(db)
    try:
        with store.transaction() as s:
            pac = make_committees(s).pac
            sid = editing.create_statement(
                s, pac, "F460", period_from=dt.date(2026, 9, 20),
                period_through=dt.date(2026, 10, 17), stmt_type="PE",
                election_date=dt.date(2026, 11, 3))
            ie = editing.add_transaction(s, sid, "EXPN", "D", {
                **IE, "Expn_Date": "20261005", "Amount": "3200.00", "Expn_Dscr": "Mailer"})
            gift = editing.add_transaction(s, sid, "RCPT", "A", {
                "Entity_Cd": "IND", "Ctrib_NamL": "Reyes", "Ctrib_NamF": "Ana",
                "Ctrib_Adr1": "1 J Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Sutter Health", "Ctrib_Occ": "Nurse",
                "Rcpt_Date": "20261006", "Amount": "1500.00"})
        ie_tid, gift_tid = _tran_id(store, ie), _tran_id(store, gift)
    finally:
        store.close()
    assert main(["late-reports", str(sid), "--add", ie_tid, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"listed {ie_tid} on a new Form 496" in out
    assert main(["late-reports", str(sid), "--add", gift_tid, "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert f"listed {gift_tid} on a new Form 497" in out
    store = Store.open(db)
    try:
        with store.read() as s:
            forms = {f: [r for r in s.scalars(select(Record.rec_type).join(
                Statement, Statement.id == Record.statement_id).where(
                    Statement.form_type == f, Statement.committee_id == pac))]
                for f in ("F496", "F497")}
    finally:
        store.close()
    assert forms["F496"].count("S496") == 1 and forms["F497"].count("S497") == 1
    assert main(["late-reports", str(sid), "--add", ie_tid, "--db", str(db)]) == 1
    assert "already on" in capsys.readouterr().err
