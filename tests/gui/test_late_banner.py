"""The "late report owed" banner: a contribution that calls for a Form 497 shows it as
soon as it is saved (due date, a way to the entry), computed on the database thread,
debounced, and never for a statement that is no longer open."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from calaccess_desktop.db.orm import Record
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.ui.controllers import late_banner
from calaccess_desktop.ui.controllers.late_banner import LateBanner
from tests.gui.test_keyboard_access import unnamed_controls
from tests.gui.test_treasurer_flow import type_into

pytestmark = pytest.mark.gui

KIM = {"Entity_Cd": "IND", "Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae",
       "Ctrib_Adr1": "12 K Street", "Ctrib_City": "Sacramento", "Ctrib_ST": "CA",
       "Ctrib_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect"}
KIM_497 = {"Entity_Cd": "IND", "Enty_NamL": "Kim", "Enty_NamF": "Jae",
           "Enty_Adr1": "12 K Street", "Enty_City": "Sacramento", "Enty_ST": "CA",
           "Enty_ZIP4": "95814", "Ctrib_Emp": "Self", "Ctrib_Occ": "Architect",
           "Ctrib_Date": "20260910", "Amount": "1200.00"}
WAIT = 10000  # ms: generous, never asserted


@pytest.fixture
def calls(monkeypatch) -> list[int]:
    """Statement ids the banner computed, in order (the real computation still runs)."""
    seen: list[int] = []
    real = late_banner.late_reports_owed

    def counted(session: Any, statement_id: int, **kw: Any) -> Any:
        seen.append(statement_id)
        return real(session, statement_id, **kw)
    monkeypatch.setattr(late_banner, "late_reports_owed", counted)
    return seen


def _banner(window) -> LateBanner:
    return window.editor.late


def _settle(qtbot, window) -> LateBanner:
    """Wait until the banner has computed for the open statement."""
    banner = _banner(window)
    qtbot.waitUntil(lambda: not banner.pending, timeout=WAIT)
    window.ctx.ops.wait_idle()
    return banner


def _open(qtbot, make_window, sid: int, **kw: Any):
    window = make_window(restore=False, **kw)
    window.resize(1440, 900)
    window.show_statement(sid)
    qtbot.waitUntil(lambda: window.editor.statement_id == sid, timeout=WAIT)
    return window


def _kim_id(store: Store, sid: int) -> int | None:
    """Kim's $1,200 of Sep 10, 2026 in a statement."""
    with store.read() as s:
        return s.scalars(select(Record.id).where(
            Record.statement_id == sid, Record.rec_type == "RCPT",
            Record.amount_cents == 120000, Record.tran_date == dt.date(2026, 9, 10))).first()


def test_demo_statements_owe_nothing(qtbot, make_window, demo_ids, calls):
    _cid, sids = demo_ids
    window = _open(qtbot, make_window, sids[0])
    for sid in sids:
        window.show_statement(sid)
        banner = _settle(qtbot, window)
        assert calls[-1] == sid
        assert banner.findings == [] and not banner.isVisible()
    assert sorted(set(calls)) == sorted(sids)


def test_a_late_contribution_entered_shows_the_banner_until_a_497_lists_it(
        qtbot, make_window, store, demo_ids, calls):
    _cid, (_first, second, late) = demo_ids
    window = _open(qtbot, make_window, second)
    banner = _settle(qtbot, window)
    assert not banner.isVisible()

    # Kim's $1,200 on Sep 10 typed into Schedule A and saved with Enter, as a user does.
    window.editor.select_tab("A")
    form = window.editor.schedule_tabs["A"].form
    form.new_entry()
    for name, text in {"Ctrib_NamL": "Kim", "Ctrib_NamF": "Jae", "Ctrib_Adr1": "12 K Street",
                       "Ctrib_City": "Sacramento", "Ctrib_ZIP4": "95814",
                       "Ctrib_Occ": "Architect", "Ctrib_Emp": "Self",
                       "Rcpt_Date": "09/10/2026", "Amount": "1200"}.items():
        type_into(qtbot, form, name, text)
    qtbot.keyClick(form.editors["Amount"].input, Qt.Key.Key_Return)
    kim = _kim_id(store, second)
    assert kim is not None, form.banner.text()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert [f.rule_id for f in banner.findings] == ["F497-TRG-001"]
    (text,) = banner.texts()
    assert text.startswith("Form 497 owed: Jae Kim gave $1,200.00 within 90 days of the "
                           "11/03/2026 election")
    assert text.endswith("by 09/11/2026.")
    label, show = banner.rows[0]
    assert "Jae Kim" in label.text() and label.isVisible() and show.isVisible()
    assert not banner.rows[1][0].isVisible() and not banner.more.isVisible()
    assert banner.accessibleName() == "Late reports owed"
    assert unnamed_controls(window) == []

    # "Show" opens the entry on Schedule A.
    window.editor.select_tab("cover")
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert window.editor.current_key() == "A"
    assert window.editor.schedule_tabs["A"].form.record_id == kim

    # Kim goes on the committee's Form 497: back on the statement, nothing is owed.
    window.show_statement(late)
    _settle(qtbot, window)
    assert not banner.isVisible()
    with store.transaction() as s:
        editing.add_transaction(s, late, "S497", "F497P1", KIM_497)
    window.ctx.hub.changed.emit(Changes(late, schedules=frozenset({("S497", "F497P1")})))
    before = len(calls)
    window.show_statement(second)
    _settle(qtbot, window)
    assert calls[before:] == [second]
    assert banner.findings == [] and not banner.isVisible()


def test_deleting_the_contribution_hides_the_banner(qtbot, make_window, store, demo_ids,
                                                   calls):
    _cid, (_first, second, _late) = demo_ids
    with store.transaction() as s:
        kim = editing.add_transaction(s, second, "RCPT", "A",
                                      {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    window = _open(qtbot, make_window, second)
    banner = _settle(qtbot, window)
    assert banner.isVisible() and "Jae Kim" in banner.texts()[0]
    window.editor.show_record("A", kim)
    tab = window.editor.schedule_tabs["A"]
    assert tab.form.record_id == kim
    tab.delete_selected()  # the Delete button
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)
    assert banner.findings == []


def test_several_findings_show_two_and_count_the_rest(qtbot, make_window, store, demo_ids):
    _cid, (_first, second, _late) = demo_ids
    with store.transaction() as s:
        for last, day in (("Kim", "20260910"), ("Lee", "20260911"), ("Moss", "20260912")):
            editing.add_transaction(s, second, "RCPT", "A", {
                **KIM, "Ctrib_NamL": last, "Rcpt_Date": day, "Amount": "1500.00"})
    window = _open(qtbot, make_window, second)
    banner = _settle(qtbot, window)
    assert len(banner.findings) == 3
    lines = banner.texts()
    assert len(lines) == 3 and lines[2].startswith("... and 1 more late report owed")
    assert all(label.isVisible() and button.isVisible() for label, button in banner.rows)
    assert banner.more.isVisible()
    # The second "Show" opens the second entry.
    qtbot.mouseClick(banner.rows[1][1], Qt.MouseButton.LeftButton)
    assert window.editor.current_key() == "A"
    assert window.editor.schedule_tabs["A"].form.record_id == \
        banner.findings[1].location.record_id


def test_a_burst_of_edits_computes_once(qtbot, make_window, store, demo_ids, calls):
    _cid, (_first, second, _late) = demo_ids
    window = _open(qtbot, make_window, second)
    _settle(qtbot, window)
    assert calls == [second]
    hub = window.ctx.hub
    with store.transaction() as s:
        rid = editing.add_transaction(s, second, "RCPT", "A",
                                      {**KIM, "Rcpt_Date": "20260910", "Amount": "400.00"})
    hub.changed.emit(Changes(second, schedules=frozenset({("RCPT", "A")}), record_id=rid))
    for amount in ("600.00", "900.00", "1200.00"):  # three more saves in a row
        with store.transaction() as s:
            editing.update_transaction(s, rid, {"Amount": amount})
        hub.changed.emit(Changes(second, schedules=frozenset({("RCPT", "A")}), record_id=rid))
    banner = _settle(qtbot, window)
    assert calls == [second, second]  # four edits, one computation
    assert banner.isVisible() and "$1,200.00" in banner.texts()[0]
    # Changes to another statement do not recompute this one.
    hub.changed.emit(Changes(_first))
    assert not banner.pending


def _gated(monkeypatch) -> tuple[list[int], Callable[[int], threading.Event]]:
    """A real computation that waits on the database thread until its gate opens."""
    seen: list[int] = []
    gates: dict[int, threading.Event] = {}
    real = late_banner.late_reports_owed

    def gate(sid: int) -> threading.Event:
        return gates.setdefault(sid, threading.Event())

    def slow(session: Any, statement_id: int, **kw: Any) -> Any:
        seen.append(statement_id)
        gate(statement_id).wait(WAIT / 1000)
        return real(session, statement_id, **kw)
    monkeypatch.setattr(late_banner, "late_reports_owed", slow)
    return seen, gate


def test_a_result_for_a_statement_left_meanwhile_is_not_shown(qtbot, make_window, store,
                                                              demo_ids, monkeypatch):
    _cid, (first, second, _late) = demo_ids
    with store.transaction() as s:
        editing.add_transaction(s, second, "RCPT", "A",
                                {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    seen, gate = _gated(monkeypatch)
    window = _open(qtbot, make_window, second, synchronous=False)
    banner = _banner(window)
    qtbot.waitUntil(lambda: seen == [second], timeout=WAIT)  # running, Kim owed
    window.open_statement(first)  # the user moves on before the result arrives
    gate(second).set()
    qtbot.waitUntil(lambda: seen == [second, first], timeout=WAIT)
    # The second statement's result came back while the first was open: not shown.
    assert banner.statement_id == first
    assert banner.findings == [] and not banner.isVisibleTo(window)
    gate(first).set()
    qtbot.waitUntil(lambda: not banner.pending, timeout=WAIT)
    window.ctx.ops.wait_idle()
    assert window.editor.statement_id == first and not banner.isVisibleTo(window)
    # Back on the second statement, its banner shows.
    window.open_statement(second)
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert "Jae Kim" in banner.texts()[0]


def test_edits_while_it_runs_run_it_once_more(qtbot, make_window, store, demo_ids,
                                              monkeypatch):
    _cid, (_first, second, _late) = demo_ids
    seen, gate = _gated(monkeypatch)
    window = _open(qtbot, make_window, second, synchronous=False)
    banner = _banner(window)
    qtbot.waitUntil(lambda: seen == [second], timeout=WAIT)
    # The window's own edit (another client's would also wake its change watcher).
    with window.ctx.store.transaction() as s:
        editing.add_transaction(s, second, "RCPT", "A",
                                {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    for _ in range(3):  # three pauses in typing while the first computation runs
        window.ctx.hub.changed.emit(Changes(second, schedules=frozenset({("RCPT", "A")})))
        qtbot.waitUntil(lambda: not banner.timer.isActive(), timeout=WAIT)
    assert banner.busy and seen == [second]
    gate(second).set()
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    qtbot.waitUntil(lambda: not banner.pending, timeout=WAIT)
    assert window.ctx.ops.wait_idle(WAIT)  # whatever was queued has run
    assert seen == [second, second]  # the edits ran it exactly once more, not three times
    assert "Jae Kim" in banner.texts()[0]


def test_add_to_form_497_lists_it_and_the_banner_goes(qtbot, make_window, store, demo_ids):
    from calaccess_desktop.cal.model import CalRecord

    _cid, (_first, second, late) = demo_ids
    with store.transaction() as s:
        kim = editing.add_transaction(s, second, "RCPT", "A",
                                      {**KIM, "Rcpt_Date": "20260910", "Amount": "1200.00"})
    window = _open(qtbot, make_window, second)
    banner = _settle(qtbot, window)
    assert banner.isVisible() and banner.findings[0].location.record_id == kim
    add = banner.add_buttons[0]
    assert add.isVisible() and not banner.add_buttons[1].isVisible()
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT)
    assert "Listed on the draft Form 497" in window.statusBar().currentMessage()
    with store.read() as s:
        lines = [CalRecord(list(v), cvr_form="F497") for v in s.scalars(
            select(Record.values).where(Record.statement_id == late,
                                        Record.rec_type == "S497"))]
    assert [(r.get("Enty_NamL"), r.get("Ctrib_Date"), r.get("Amount")) for r in lines
            if r.get("Enty_NamL") == "Kim"] == [("Kim", "20260910", "1200.00")]
    assert unnamed_controls(window) == []
