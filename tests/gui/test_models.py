"""qtmodeltester on every table model, with real data."""

from __future__ import annotations

import pytest

from calaccess_desktop.services.statement_list import list_committee_items, list_statement_items
from calaccess_desktop.services.summaries import summarize
from calaccess_desktop.ui.models.committee_model import CommitteeListModel, StatementListModel
from calaccess_desktop.ui.models.findings_model import FindingsModel
from calaccess_desktop.ui.models.schedule_model import ScheduleTableModel
from calaccess_desktop.ui.models.summary_model import SummaryModel, schedule_lines, summary_lines
from calaccess_desktop.ui.ops import OpRunner
from calaccess_desktop.validation.findings import Finding, Location

pytestmark = pytest.mark.gui


def test_committee_and_statement_models(qtmodeltester, store, demo_ids):
    cid, _sids = demo_ids
    with store.read() as session:
        committees = list_committee_items(session)
        statements = list_statement_items(session, cid)
    model = CommitteeListModel()
    model.set_items(committees)
    qtmodeltester.check(model)
    assert "Maria Lopez" in model.data(model.index(0, 0))
    smodel = StatementListModel()
    smodel.set_items(statements)
    qtmodeltester.check(smodel)
    assert smodel.rowCount() == 3
    assert {smodel.data(smodel.index(r, 1)) for r in range(3)} == {"Draft"}


@pytest.mark.parametrize("rec_type,form_type", [("RCPT", "A"), ("EXPN", "E"), ("LOAN", "B1"),
                                                ("DEBT", "F"), ("EXPN", "G"), ("RCPT", "I")])
def test_schedule_model(qtmodeltester, store, demo_ids, rec_type, form_type):
    _cid, sids = demo_ids
    model = ScheduleTableModel(OpRunner(store, synchronous=True), sids[0], rec_type, form_type)
    model.reload()
    assert model.rowCount() > 0
    qtmodeltester.check(model)
    texts = [model.data(model.index(r, c)) for r in range(model.rowCount())
             for c in range(model.columnCount())]
    assert any(t and "$" in t for t in texts)  # money shown as money


def test_schedule_model_sorts_in_sql(qtmodeltester, store, demo_ids):
    from PySide6.QtCore import Qt

    _cid, sids = demo_ids
    model = ScheduleTableModel(OpRunner(store, synchronous=True), sids[0], "RCPT", "A")
    model.reload()
    amount = [c.title for c in model.columns].index("Amount")
    model.sort(amount, Qt.SortOrder.DescendingOrder)
    values = [model.table_row(r).cells[amount] for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True)
    qtmodeltester.check(model)


def test_summary_models(qtmodeltester, store, demo_ids):
    _cid, sids = demo_ids
    with store.read() as session:
        summary = summarize(session, sids[0])[1]
    model = SummaryModel()
    model.set_lines(summary_lines(summary))
    qtmodeltester.check(model)
    assert model.value("5") == summary.a("5")
    sched = SummaryModel(("Line", "Schedule subtotal", "Amount"))
    sched.set_lines(schedule_lines(summary))
    qtmodeltester.check(sched)


def test_findings_model(qtmodeltester):
    model = FindingsModel()
    model.set_findings([
        Finding("W-1", "warning", Location(1, "E", 3, "CD1-3", "Expn_Code"), "odd", "look"),
        Finding("E-1", "error", Location(1, "A", 2, "CD1-2", "Ctrib_Occ"), "missing", "add it"),
    ])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == "Error"  # errors first
    assert "Schedule A" in model.data(model.index(0, 1))
    assert model.counts() == (1, 1)


def test_outbox_model(qtmodeltester):
    from types import SimpleNamespace

    from calaccess_desktop.ui.controllers.outbox_panel import OutboxModel

    model = OutboxModel()
    model.set_rows([SimpleNamespace(id=1, committee="Maria Lopez", form_type="F460",
                                    period="2026-01-01 to 2026-06-30", kind="original",
                                    state_label="accepted", attempts=1, filing_id="CA-1",
                                    last_error="")])
    qtmodeltester.check(model)
    assert model.data(model.index(0, 3)) == "accepted"
