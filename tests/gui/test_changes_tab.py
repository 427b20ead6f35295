"""The "Changes since filed" page of an amendment: what re-filing it would change,
loaded off the GUI thread, refreshed after edits, and a way back to each record."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.services import editing
from calaccess_desktop.services.entries import update_statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.ui.controllers.changes_tab import NOTHING, ChangesTab
from calaccess_desktop.ui.models.changes_model import ChangesModel, PairModel
from tests.gui.test_keyboard_access import unnamed_controls

pytestmark = pytest.mark.gui

KIM = {"Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae",
       "Ctrib_Adr1": "1 K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
       "Ctrib_ZIP4": "95816", "Ctrib_Emp": "State of California", "Ctrib_Occ": "Analyst",
       "Rcpt_Date": "20260320", "Amount": "300.00"}


def _record(store: Store, sid: int, tran_id: str) -> int:
    with store.read() as s:
        return s.scalars(select(Record.id).where(Record.statement_id == sid,
                                                 Record.tran_id == tran_id)).one()


@pytest.fixture
def amendment(store: Store, demo_ids) -> tuple[int, int]:
    """The first demo statement filed (filing 2501234) and an untouched amendment of it."""
    sid = demo_ids[1][0]
    with store.transaction() as s:
        stmt = s.get(Statement, sid)
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2501234"
    with store.transaction() as s:
        return sid, editing.amend_statement(s, sid, "Corrected a contribution")


@pytest.fixture
def edited(store: Store, amendment) -> dict[str, int]:
    """The amendment with Okafor's $250 now $400, Capitol Print's payment deleted and a
    $300 contribution from Kim added; record ids by name."""
    _sid, am = amendment
    okafor, capitol = _record(store, am, "CD1-1"), _record(store, am, "CD1-14")
    with store.transaction() as s:
        editing.update_transaction(s, okafor, {"Amount": "400.00"})
        editing.delete_transaction(s, capitol)
        kim = editing.add_transaction(s, am, "RCPT", "A", KIM)
    return {"okafor": okafor, "capitol": capitol, "kim": kim}


def _open(make_window, sid: int):
    window = make_window(restore=False)
    window.resize(1440, 900)
    window.show_statement(sid)
    assert window.editor.statement_id == sid
    return window


def _page(window) -> ChangesTab:
    assert window.editor.select_tab("changes")
    tab = window.editor.changes
    assert tab is not None and tab.isVisible()
    return tab


def _cells(model, row: int) -> list[str]:
    return [model.data(model.index(row, c)) for c in range(model.columnCount())]


def _double_click(view, index) -> None:
    """A real double-click on a cell (the press first, as a mouse does)."""
    pos = view.visualRect(index).center()
    click = (Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
    QTest.mouseClick(view.viewport(), *click)
    QTest.mouseDClick(view.viewport(), *click)


def _row_of(tab: ChangesTab, tran_id: str) -> int:
    return next(i for i, r in enumerate(tab.model.rows) if r.tran_id == tran_id)


def test_the_page_lists_exactly_what_the_amendment_changes(qtbot, make_window, amendment,
                                                          edited):
    _sid, am = amendment
    window = _open(make_window, am)
    pages = [window.editor.pages.item(i).text() for i in range(window.editor.pages.count())]
    assert pages[:3] == ["Cover page", "Summary page", "A  Contributions (11)"]
    assert pages[-1] == "Changes since filed"  # last: Ctrl+1 ... 9 keep their pages
    tab = _page(window)
    assert tab.headline.text() == "Compared with the original statement, filing 2501234"
    assert tab.counts.text() == ("Records: 1 added, 1 changed, 1 removed  ·  Cover page: the "
                                 "same as filed  ·  Summary page: 9 lines change in column A")
    rows = [_cells(tab.model, r) for r in range(tab.model.rowCount())]
    assert [r[:4] for r in rows] == [
        ["Changed", "Schedule A", "CD1-1", "Okafor, Grace"],
        ["Added", "Schedule A", rows[1][2], "Kim, Jae"],
        ["Removed", "Schedule E", "CD1-14", "Capitol Print & Mail"],
    ]
    # Plain labels and amounts as people write them, not spec names and CAL amounts.
    assert rows[0][4] == "Amount: $250.00 → $400.00; Year to date: $250.00 → $400.00"
    assert rows[1][4] == "Amount $300.00, Date received 03/20/2026"
    assert rows[2][4] == "Amount $1,850.00, Date paid " + rows[2][4].rsplit(" ", 1)[-1]
    removed = tab.model.index(2, 3)
    assert tab.model.data(removed, Qt.ItemDataRole.FontRole).strikeOut()
    assert not tab.model.data(tab.model.index(0, 3), Qt.ItemDataRole.FontRole)
    assert tab.model.rows[1].record_id == edited["kim"]
    # Summary lines whose column A moves: line, words, as filed, as amended, difference.
    lines = {r[0]: r for r in (_cells(tab.lines_model, i)
                               for i in range(tab.lines_model.rowCount()))}
    assert lines["1"] == ["1", "Monetary contributions", "$4,450.00", "$4,900.00", "+$450.00"]
    assert lines["6"] == ["6", "Payments made", "$6,095.00", "$4,245.00", "-$1,850.00"]
    assert lines["16"][1:4] == ["ENDING CASH BALANCE", "$1,717.40", "$4,017.40"]
    assert set(lines) == {"1", "3", "5", "6", "8", "11", "13", "15", "16"}
    assert tab.cover_model.rowCount() == 0 and not tab.cover_box.isVisibleTo(tab)
    assert tab.lines_box.isVisibleTo(tab) and tab.table.isVisibleTo(tab)
    assert unnamed_controls(window) == []


def test_cover_changes_show_in_plain_words(qtbot, make_window, store, amendment):
    _sid, am = amendment
    with store.transaction() as s:
        stmt = s.get(Statement, am)
        update_statement(s, am, period_from=stmt.period_from,
                         period_through=stmt.period_through - dt.timedelta(days=1),
                         stmt_type=stmt.stmt_type, election_date=stmt.election_date)
        was = stmt.period_through + dt.timedelta(days=1)
    window = _open(make_window, am)
    tab = _page(window)
    rows = [_cells(tab.cover_model, r) for r in range(tab.cover_model.rowCount())]
    assert rows == [["Period through", f"{was:%m/%d/%Y}",
                     f"{was - dt.timedelta(days=1):%m/%d/%Y}"]]
    assert tab.cover_box.isVisibleTo(tab) and not tab.table.isVisibleTo(tab)
    assert tab.no_records.isVisibleTo(tab)
    assert "Cover page: 1 field changes" in tab.counts.text()


def test_an_untouched_amendment_says_nothing_changes(qtbot, make_window, amendment):
    _sid, am = amendment
    window = _open(make_window, am)
    tab = _page(window)
    assert tab.headline.text() == NOTHING
    assert tab.model.rowCount() == 0 and not tab.body.isVisibleTo(tab)


def test_the_page_is_only_there_for_an_amendment(qtbot, make_window, amendment):
    sid, _am = amendment
    window = _open(make_window, sid)  # the filed original
    assert "changes" not in window.editor.keys and window.editor.changes is None
    pages = [window.editor.pages.item(i).text() for i in range(window.editor.pages.count())]
    assert "Changes since filed" not in pages


def test_edits_refresh_the_page_through_the_change_hub(qtbot, make_window, store, amendment):
    _sid, am = amendment
    window = _open(make_window, am)
    tab = _page(window)
    assert tab.headline.text() == NOTHING
    # An edit in the schedule (the Delete button), then back to the page.
    window.editor.show_record("E", _record(store, am, "CD1-14"))
    schedule = window.editor.schedule_tabs["E"]
    assert schedule.form.record_id == _record(store, am, "CD1-14")
    schedule.delete_selected()
    tab = _page(window)
    assert [(r.kind, r.tran_id) for r in tab.model.rows] == [("removed", "CD1-14")]
    # An edit while the page is shown (made in this window's own undo history, so that
    # its Undo takes it back): the hub's announcement recomputes the page at once.
    with window.ctx.store.transaction() as s:
        editing.update_transaction(s, _record(store, am, "CD1-2"), {"Ctrib_NamF": "Bob"})
    window.ctx.hub.changed.emit(Changes(am, schedules=frozenset({("RCPT", "A")})))
    assert [(r.kind, r.tran_id) for r in tab.model.rows] == [("changed", "CD1-2"),
                                                              ("removed", "CD1-14")]
    assert tab.model.rows[0].what == "Contributor's first name: Robert → Bob"
    # Undo (everything changed) brings the payment back.
    window.undo()
    window.undo()
    assert tab.headline.text() == NOTHING


def test_double_click_opens_the_record_and_a_removed_one_says_why_not(qtbot, make_window,
                                                                      amendment, edited):
    _sid, am = amendment
    window = _open(make_window, am)
    tab = _page(window)
    view = tab.table
    _double_click(view, tab.model.index(_row_of(tab, "CD1-1"), 3))
    assert window.editor.current_key() == "A"
    schedule = window.editor.schedule_tabs["A"]
    assert schedule.form.record_id == edited["okafor"]
    assert schedule.model.record_id(schedule.view.currentIndex().row()) == edited["okafor"]

    tab = _page(window)  # by keyboard: Enter on the added record
    view.setFocus()
    view.setCurrentIndex(tab.model.index(_row_of(tab, tab.model.rows[1].tran_id), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.editor.current_key() == "A"
    assert schedule.form.record_id == edited["kim"]

    tab = _page(window)
    _double_click(view, tab.model.index(_row_of(tab, "CD1-14"), 2))
    assert window.editor.current_key() == "changes"  # nowhere to go
    assert window.statusBar().currentMessage() == \
        "Schedule E CD1-14 was removed in this amendment, so it cannot be opened."


def test_the_change_models(qtmodeltester, store, amendment, edited):
    from calaccess_desktop.services.amendments import changes_since_filed
    from calaccess_desktop.ui.models.changes_model import change_row, cover_rows, line_rows

    _sid, am = amendment
    with store.read() as s:
        changes = changes_since_filed(s, am)
    model = ChangesModel()
    model.set_rows([change_row(c) for c in changes.records])
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.data(QModelIndex()) is None
    pairs = PairModel((("Line", "key"), ("Description", "label"), ("As filed", "before"),
                       ("As amended", "after"), ("Difference", "difference")), right=True)
    pairs.set_rows(line_rows(changes))
    qtmodeltester.check(pairs)
    cover = PairModel((("Field", "label"), ("As filed", "before"), ("As amended", "after")))
    cover.set_rows(cover_rows(changes, "F460"))
    qtmodeltester.check(cover)
    assert pairs.data(pairs.index(0, 2)) == "$4,450.00"


def test_the_app_reopens_on_the_changes_page(qtbot, make_window, amendment, edited):
    _sid, am = amendment
    window = _open(make_window, am)
    _page(window)
    window.ctx.state.flush()  # what a quit (or a crash after the debounce) leaves behind
    again = make_window()
    assert again.editor.statement_id == am
    assert again.editor.current_key() == "changes"
    assert again.editor.changes is not None and again.editor.changes.model.rowCount() == 3
