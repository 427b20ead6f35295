"""At 1280x800 the findings panel shows at least eight findings without scrolling."""

from __future__ import annotations

import pytest

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
