"""A finding about a signature opens the signer it names: the candidate's verification
for the candidate, the treasurer's for the treasurer (double-click in Findings)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from calaccess_desktop.db.orm import Record
from calaccess_desktop.services.entries import delete_entry, save_entry
from calaccess_desktop.ui.controllers.findings_panel import validator
from calaccess_desktop.ui.models.findings_model import where

pytestmark = pytest.mark.gui


def verifications(store, sid: int) -> dict[str, int]:
    with store.read() as session:
        rows = session.execute(select(Record.entity_cd, Record.id).where(
            Record.statement_id == sid, Record.rec_type == "CVR3")).all()
    return {code: rid for code, rid in rows}


def double_click(qtbot, panel, row: int) -> None:
    index = panel.model.index(row, 2)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rows_of(panel, rule_id: str) -> list[int]:
    return [r for r in range(panel.model.rowCount())
            if panel.model.finding(r).rule_id == rule_id]


def test_missing_signatures_open_the_signer_they_name(qtbot, make_window, demo_ids,
                                                      store) -> None:
    assert validator() is not None
    _cid, sids = demo_ids
    sid = sids[0]
    with store.transaction() as session:  # neither the treasurer nor the candidate signed
        for rid in verifications(store, sid).values():
            delete_entry(session, rid)
    window = make_window(restore=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_statement(sid)
    panel = window.findings
    window.act_check.trigger()
    found = {panel.model.finding(r).location.signer: r for r in rows_of(panel, "GEN-VER-001")}
    assert set(found) == {"TRE", "CAO"}, [f.render() for f in panel.model.findings]
    candidate_finding = panel.model.finding(found["CAO"])
    assert "candidate" in candidate_finding.message
    assert "candidate's verification" in where(candidate_finding)
    cover = window.editor.cover

    for code, form in (("CAO", cover.candidate), ("TRE", cover.verification),
                       ("CAO", cover.candidate)):
        double_click(qtbot, panel, found[code])
        assert window.editor.current_key() == "cover"
        focused = window.focusWidget()
        assert focused is form.editors["Sig_NamL"].input, (code, focused)
        other = cover.verification if form is cover.candidate else cover.candidate
        assert not other.isAncestorOf(focused)


def test_a_finding_on_the_candidates_signature_opens_the_candidate(qtbot, make_window,
                                                                    demo_ids, store) -> None:
    _cid, sids = demo_ids
    sid = sids[0]
    cao = verifications(store, sid)["CAO"]
    with store.transaction() as session:  # the candidate signed before the period ended
        save_entry(session, sid, "CVR3", "F460", {
            "Entity_Cd": "CAO", "Sig_Date": "20260610", "Sig_Loc": "Sacramento, CA",
            "Sig_NamL": "Lopez", "Sig_NamF": "Maria"}, record_id=cao)
    window = make_window(restore=False)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.show_statement(sid)
    panel = window.findings
    window.act_check.trigger()
    rows = [r for r in rows_of(panel, "GEN-VER-002")
            if panel.model.finding(r).location.record_id == cao]
    assert rows, [f.render() for f in panel.model.findings]
    double_click(qtbot, panel, rows[0])
    cover = window.editor.cover
    assert cover.candidate.record_id == cao
    assert window.focusWidget() is cover.candidate.editors["Sig_Date"].input
