"""Amending a filed Form 497 / 496 works like a 460's amendment: the next amendment
number, the original filing's ID, every line with its Tran_ID, the reason on the cover,
and the ORIGINAL report number (Rpt_ID_Num) on every amendment; a 496 keeps its
candidate or measure."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import editing
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.store import Store
from tests.forms_late.helpers import make_committees


def _file(store: Store, sid: int, filing_id: str) -> None:
    """What an accepted e-filing leaves on the statement."""
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, filing_id


def _tran_ids(store: Store, sid: int) -> list[str]:
    with store.read() as s:
        return sorted(r.tran_id or "" for r in s.query(Record).filter_by(statement_id=sid))


@pytest.mark.parametrize("code", ["F497", "F496"])
def test_amending_a_filed_late_report(store: Store, code: str) -> None:
    with store.transaction() as s:
        (sid,) = form(code).demo(s, make_committees(s))  # type: ignore[union-attr,misc]
    original = read_cal(export_statement(store, sid), "o.cal")
    number = original.cover.get("Rpt_ID_Num")  # type: ignore[union-attr]
    assert number
    _file(store, sid, "2291001")
    with store.transaction() as s, pytest.raises(editing.StatementLocked):
        editing.add_transaction(s, sid, "TEXT", "", {"TextDesc": "late"})
    with store.transaction() as s:
        first = editing.amend_statement(s, sid, "Corrected the contributor's address.")
    _file(store, first, "2291002")
    with store.transaction() as s:
        second = editing.amend_statement(s, first, "Corrected an amount.")
    with store.read() as s:
        amendment = s.get(Statement, second)
        assert (amendment.report_num, amendment.original_filing_id) == (2, "2291001")
    assert _tran_ids(store, second) == _tran_ids(store, sid)
    cal = read_cal(export_statement(store, second), "a.cal")
    assert not cal.problems, cal.problems
    cover = cal.cover
    assert cover is not None
    assert (cover.get("Report_Num"), cover.get("Rpt_ID_Num"), cover.get("AmendExp_1")) == (
        "002", number, "Corrected an amount.")
    if code == "F496":  # the candidate or measure is the report's own: kept
        for name in ("Cand_NamL", "Cand_NamF", "Office_Cd", "Sup_Opp_Cd"):
            assert cover.get(name) == original.cover.get(name) != ""  # type: ignore[union-attr]


def test_a_profile_change_keeps_the_496_subject(store: Store) -> None:
    with store.transaction() as s:
        committees = make_committees(s)
        (sid,) = form("F496").demo(s, committees)  # type: ignore[union-attr,misc]
        editing.update_committee(s, committees.pac, profile={
            **s.get(Statement, sid).committee.profile, "Filer_Phon": "916-555-0100"})
    with store.read() as s:
        cover = CalRecord(list(s.get(Statement, sid).cover), cvr_form="F496")
    assert (cover.get("Filer_Phon"), cover.get("Cand_NamL"), cover.get("Sup_Opp_Cd"),
            cover.get("Rpt_ID_Num")) == ("916-555-0100", "Lopez", "S", f"{sid:06d}")


def test_the_printed_amendment_names_the_original_report(store: Store) -> None:
    from calaccess_desktop.services.printing import load_document
    from tests.pdf.conftest import page_texts

    with store.transaction() as s:
        (sid,) = form("F497").demo(s, make_committees(s))  # type: ignore[union-attr,misc]
    _file(store, sid, "2291001")
    with store.transaction() as s:
        amended = editing.amend_statement(s, sid, "Corrected the contributor's address.")
    cover = page_texts(load_document(store, amended).render(), page=1)[0]
    assert f"amends report no. {sid:06d}, Filing ID 2291001" in " ".join(cover.split())
    assert "Corrected the contributor's address." in cover
