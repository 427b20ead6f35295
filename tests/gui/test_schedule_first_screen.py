"""A schedule table paints its first screen before reading every id.

The first load is two reads on the database thread: the count and the first rows
(``first_screen``), shown and painted at once (``first_shown``), then every id
(``complete``). A real store of 450 contributions (more than the first screen and more
than one page), the real threaded runner and a real tab under pytest-qt offscreen.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from calaccess_desktop.services.editing import create_committee, create_statement
from calaccess_desktop.services.entries import save_entry
from calaccess_desktop.services.schedule_rows import first_screen, load_index
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.context import AppContext, Hub, StateKeeper
from calaccess_desktop.ui.controllers.schedule_tab import ScheduleTab
from calaccess_desktop.ui.models import schedule_model
from calaccess_desktop.ui.models.schedule_model import FIRST, PAGE
from calaccess_desktop.ui.ops import OpRunner

pytestmark = pytest.mark.gui
ROWS = 450


def _fill(store: Store) -> int:
    with store.transaction() as session:
        cid = create_committee(session, "Friends of the First Screen", filer_id="1400001",
                               committee_type="G")
        sid = create_statement(session, cid, "F460", period_from=dt.date(2026, 1, 1),
                               period_through=dt.date(2026, 6, 30), stmt_type="SA")
    with store.transaction() as session:
        for n in range(ROWS):
            save_entry(session, sid, "RCPT", "A", {
                "Entity_Cd": "IND", "Ctrib_NamL": f"Donor{n:04d}", "Ctrib_NamF": "Pat",
                "Ctrib_Adr1": f"{n} K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
                "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Acme", "Ctrib_Occ": "Clerk",
                "Rcpt_Date": "20260301", "Amount": f"{10 + n}.00"})
    return sid


class _Paints(QObject):
    """Counts the viewport's paints and how many rows had an id at each."""

    def __init__(self, tab: ScheduleTab) -> None:
        super().__init__()
        self.tab = tab
        self.known: list[int] = []

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            self.known.append(sum(1 for i in self.tab.model.ids if i))
        return False


def test_first_screen_reads_the_count_and_the_first_rows_only(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "first.sqlite")
    sid = _fill(store)
    with store.read() as session:
        first = first_screen(session, sid, "RCPT", "A", FIRST)
        every = load_index(session, sid, "RCPT", "A")
    assert first is not None
    assert first.count == ROWS == len(every.ids)
    assert first.index.ids == every.ids[:FIRST]
    assert [r.record_id for r in first.rows] == every.ids[:FIRST]
    store.close()


def test_the_tab_paints_its_first_rows_then_reads_every_id(qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    store = Store.open(tmp_path / "tab.sqlite")
    sid = _fill(store)
    ctx = AppContext(store, OpRunner(store), Hub(), StateKeeper(store.location))
    ctx.state.enabled = False
    tab = ScheduleTab(ctx, sid, "RCPT", "A", "F460", "Schedule A")
    qtbot.addWidget(tab)
    tab.resize(1000, 600)
    paints = _Paints(tab)
    tab.view.viewport().installEventFilter(paints)
    seen: list[tuple[int, int, bool]] = []  # at first_shown: rows, ids known, full index
    painted_before: list[list[int]] = []  # the paints done when the read of every id began

    def every_id(*args, **kwargs):
        painted_before.append(list(paints.known))
        return load_index(*args, **kwargs)
    monkeypatch.setattr(schedule_model, "load_index", every_id)
    tab.model.first_shown.connect(lambda: seen.append(
        (tab.model.rowCount(), sum(1 for i in tab.model.ids if i),
         tab.model.index_ is not None)))
    tab.show()
    with qtbot.waitSignal(tab.model.complete, timeout=20000):
        tab.load()
    # The first screen: the whole count, the first rows only, painted before the rest.
    assert seen == [(ROWS, FIRST, False)]
    assert FIRST in painted_before[0], painted_before  # painted before that read began
    assert tab.count_label.text() == f"{ROWS} entries"
    # Then every id, without a second reset: rows past the first page load as usual.
    model = tab.model
    assert model.index_ is not None and len(model.ids) == ROWS and all(model.ids)
    last = ROWS - 1
    assert model.record_id(last) == model.index_.ids[-1]
    model.data(model.index(last, 1))  # asks for its page
    qtbot.waitUntil(lambda: bool(model.data(model.index(last, 1))), timeout=10000)
    assert model.data(model.index(PAGE - 1, 1))  # the first page came whole
    assert model.row_of(model.index_.ids[300]) == 300
    ctx.ops.shutdown()
    store.close()
