"""The findings panel: check a statement off the GUI thread, double-click a finding to
land in its field, fix it, and see it go away."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services.entries import save_entry
from calaccess_desktop.ui.controllers.findings_panel import validator

pytestmark = pytest.mark.gui

if validator() is None:  # pragma: no cover - before the validation engine exists
    pytest.skip("validation engine not installed", allow_module_level=True)


def rule_rows(panel, rule_id: str) -> list[int]:
    return [r for r in range(panel.model.rowCount())
            if panel.model.finding(r).rule_id == rule_id]


def test_fix_a_finding_from_the_panel(qtbot, make_window, demo_ids, store):
    _cid, sids = demo_ids
    with store.transaction() as session:
        record_id = save_entry(session, sids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Baker", "Ctrib_NamF": "Lee",
            "Ctrib_Adr1": "9 Elm St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
            "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "500.00"})
    window = make_window(restore=False)
    window.show_statement(sids[0])
    panel = window.findings
    window.act_check.trigger()  # F5
    rows = [r for r in rule_rows(panel, "F460-A-004")
            if panel.model.finding(r).location.record_id == record_id]
    assert rows, [f.render() for f in panel.model.findings]
    finding = panel.model.finding(rows[0])
    assert finding.location.field in ("Ctrib_Occ", "Ctrib_Emp")
    assert "Double-click" in panel.summary.text()

    index = panel.model.index(rows[0], 2)
    panel.view.scrollTo(index)
    rect = panel.view.visualRect(index)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.editor.current_key() == "A"
    tab = window.editor.current_schedule()
    assert tab.form.record_id == record_id
    assert tab.model.record_id(tab.view.currentIndex().row()) == record_id
    focused = tab.form.editors[finding.location.field].input
    assert window.focusWidget() is focused

    tab.form.editors["Ctrib_Occ"].set_text("Baker")
    tab.form.editors["Ctrib_Emp"].set_text("Sweet Rise Bakery")
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    window.act_check.trigger()
    assert not [r for r in rule_rows(panel, "F460-A-004")
                if panel.model.finding(r).location.record_id == record_id]


def test_a_check_can_be_stopped(qtbot, make_window, demo_ids):
    import threading

    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    window.show_statement(sids[0])
    qtbot.waitUntil(lambda: window.editor.info is not None, timeout=5000)
    panel = window.findings
    gate = threading.Event()
    window.ctx.ops.task("hold", lambda _t: gate.wait(10), dialog=False)  # busy database
    window.act_check.trigger()
    assert panel.running and panel.stop_button.isVisibleTo(panel)
    assert not panel.button.isEnabled()
    panel.stop_button.click()
    gate.set()
    qtbot.waitUntil(lambda: not panel.running, timeout=5000)
    assert "stopped" in panel.summary.text() and panel.model.rowCount() == 0
    assert panel.button.isEnabled() and not panel.stop_button.isVisibleTo(panel)
    window.act_check.trigger()  # a full check still works afterwards
    qtbot.waitUntil(lambda: not panel.running and panel.has_run, timeout=5000)
    assert "stopped" not in panel.summary.text()


def test_the_stepwise_check_finds_the_same_and_stops_between_steps(store, demo_ids):
    import threading

    from calaccess_desktop.services.checking import CheckCancelled, check_statement
    from calaccess_desktop.services.validation import validate_statement

    _cid, sids = demo_ids
    with store.transaction() as session:
        save_entry(session, sids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Baker", "Rcpt_Date": "20260410",
            "Amount": "500.00"})
    with store.read() as session:
        whole = validate_statement(session, sids[0])
        steps: list[tuple[int, int]] = []
        stepwise = check_statement(session, sids[0], progress=lambda d, t: steps.append((d, t)))
        assert len(whole) >= 3 and stepwise == whole
        assert len(steps) > 3 and steps[-1][0] == steps[-1][1]
        stop = threading.Event()

        def stop_at_two(done: int, _total: int) -> None:
            if done == 2:
                stop.set()
        with pytest.raises(CheckCancelled, match="after step 2 of"):
            check_statement(session, sids[0], cancel=stop, progress=stop_at_two)
