"""At 1280x800 the findings panel shows at least eight findings without scrolling."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from calaccess_desktop.services.entries import save_entry
from calaccess_desktop.ui.controllers.findings_panel import validator

pytestmark = pytest.mark.gui


def test_eight_findings_are_visible_at_1280x800(qtbot, make_window, demo_ids, store) -> None:
    assert validator() is not None
    _cid, sids = demo_ids
    with store.transaction() as session:
        for n in range(6):  # each lacks occupation and employer: several findings apiece
            save_entry(session, sids[0], "RCPT", "A", {
                "Entity_Cd": "IND", "Ctrib_NamL": f"Baker{n}", "Ctrib_NamF": "Lee",
                "Ctrib_Adr1": "9 Elm St", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                "Ctrib_ZIP4": "95818", "Rcpt_Date": "20260410", "Amount": "500.00"})
    window = make_window(restore=False)
    window.resize(1280, 800)
    qtbot.waitExposed(window)
    window.show_statement(sids[0])
    window.act_check.trigger()
    panel = window.findings
    model, view = panel.model, panel.view
    assert model.rowCount() > 8
    qtbot.wait(50)
    viewport = view.viewport().rect()
    visible = [r for r in range(model.rowCount())
               if viewport.contains(view.visualRect(model.index(r, 2)))]
    assert len(visible) >= 8, (len(visible), window.findings_dock.height())
    # a shortened line still has its whole text in the tooltip
    from calaccess_desktop.ui import roles
    tip = model.data(model.index(0, 3), roles.TOOLTIP)
    assert model.finding(0).fix in tip


def test_a_layout_saved_by_an_older_version_does_not_shrink_the_panel(
        qtbot, make_window, demo_ids, settings) -> None:
    window = make_window(restore=False)
    window.resize(1280, 800)
    line = window.fontMetrics().height()
    window.resizeDocks([window.findings_dock], [line * 6], Qt.Orientation.Vertical)
    qtbot.wait(20)
    state, geometry = window.saveState(), window.saveGeometry()  # as the old version did
    small = window.findings_dock.height()
    window.close()  # (saves its own layout: replaced below by the old one)
    settings.setValue("ui/state", state)
    settings.setValue("ui/geometry", geometry)
    settings.sync()
    again = make_window(restore=False)
    again.resize(1280, 800)
    qtbot.wait(20)
    assert again.findings_dock.height() > small
    assert again.findings_dock.height() >= again.findings.height_for_rows()


def test_the_panel_keeps_the_height_the_user_gave_it(qtbot, make_window, demo_ids) -> None:
    window = make_window(restore=False)
    window.resize(1280, 800)
    wanted = window.findings.height_for_rows() + 60
    window.resizeDocks([window.findings_dock], [wanted], Qt.Orientation.Vertical)
    qtbot.wait(20)
    height = window.findings_dock.height()
    assert height > window.findings.height_for_rows()
    window.close()  # saves the layout
    again = make_window(restore=False)
    qtbot.wait(20)
    assert abs(again.findings_dock.height() - height) <= 2
