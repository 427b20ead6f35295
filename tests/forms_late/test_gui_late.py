"""Forms 497, 496 and 465 in the window: each editor opens with a tab per part, and an
independent expenditure that calls for a Form 496 shows the banner, whose button lists
it on a Form 496 (started for its candidate)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from calaccess_desktop.db.orm import Record, Statement
from calaccess_desktop.forms.registry import form
from calaccess_desktop.services import editing
from calaccess_desktop.services.store import Store
from tests.forms_late.helpers import make_committees
from tests.forms_late.test_late_services import IE

pytestmark = pytest.mark.gui
WAIT = 10000  # ms: generous, never asserted


def _open(qtbot, make_window, sid: int):
    window = make_window(restore=False)
    window.resize(1440, 900)
    window.show_statement(sid)
    qtbot.waitUntil(lambda: window.editor.statement_id == sid, timeout=WAIT)
    return window


@pytest.mark.parametrize("code", ["F497", "F496", "F465"])
def test_the_editor_opens_with_the_parts(qtbot, make_window, store: Store, code: str,
                                         tmp_path) -> None:
    spec = form(code)
    assert spec is not None and spec.demo is not None
    with store.transaction() as s:
        (sid,) = spec.demo(s, make_committees(s))
    window = _open(qtbot, make_window, sid)
    editor = window.editor
    for part in spec.parts:
        editor.select_tab(part.key)
        assert editor.current_key() == part.key
        with store.read() as s:
            count = len(s.scalars(select(Record.id).where(
                Record.statement_id == sid, Record.rec_type == part.rec_type,
                Record.form_type == part.form_type)).all())
        assert count > 0
        assert editor.schedule_tabs[part.key].model.rowCount() == count
    window.grab().save(str(tmp_path / f"{code}.png"))


def test_an_independent_expenditure_is_listed_on_a_496_from_the_banner(
        qtbot, make_window, store: Store) -> None:
    with store.transaction() as s:
        pac = make_committees(s).pac
        sid = editing.create_statement(s, pac, "F460", period_from=dt.date(2026, 9, 20),
                                       period_through=dt.date(2026, 10, 17), stmt_type="PE",
                                       election_date=dt.date(2026, 11, 3))
        editing.add_transaction(s, sid, "EXPN", "D", {
            **IE, "Expn_Date": "20261005", "Amount": "3200.00", "Expn_Dscr": "Mailer"})
    window = _open(qtbot, make_window, sid)
    banner = window.editor.late
    qtbot.waitUntil(banner.isVisible, timeout=WAIT)
    assert [f.rule_id for f in banner.findings] == ["F496-TRG-001"]
    assert banner.texts()[0].startswith("Form 496 owed: ")
    add = banner.add_buttons[0]
    assert add.isVisible() and add.text() == "Add to Form 496"
    messages: list[str] = []
    banner.reported.connect(messages.append)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(messages), timeout=WAIT)
    assert messages == ["Listed on a new Form 496: file it within the deadline "
                        "(Statement list, Form 496)."]
    with store.read() as s:
        (report,) = s.scalars(select(Statement).where(Statement.form_type == "F496")).all()
        lines = s.scalars(select(Record.amount_cents).where(
            Record.statement_id == report.id, Record.rec_type == "S496")).all()
    assert lines == [320000]


def test_the_465_summary_tab_shows_part_4(qtbot, make_window, store: Store) -> None:
    with store.transaction() as s:
        (sid,) = form("F465").demo(s, make_committees(s))  # type: ignore[union-attr,misc]
    window = _open(qtbot, make_window, sid)
    window.editor.select_tab("summary")
    model = window.editor.summary.model  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT)
    window.ctx.ops.wait_idle()
    cells = [[model.index(r, c).data() for c in range(model.columnCount())]
             for r in range(3)]
    assert [row[0] for row in cells] == ["1", "2", "3"]
    assert "$100 or more" in cells[0][1] and "5,050.00" in " ".join(map(str, cells[2]))


def test_the_subject_box_edits_the_496_candidate(qtbot, make_window, store: Store,
                                                 tmp_path) -> None:
    from calaccess_desktop.cal.model import CalRecord
    from calaccess_desktop.ui.controllers.report_subject import SubjectBox, has_subject

    assert has_subject("F496") and has_subject("F465") and not has_subject("F497")
    with store.transaction() as s:
        pac = make_committees(s).pac
        sid = editing.create_statement(s, pac, "F496", election_date=dt.date(2026, 11, 3))
    ctx = _open(qtbot, make_window, sid).ctx
    box = SubjectBox(ctx, sid, "F496")
    qtbot.addWidget(box)
    ctx.ops.wait_idle()
    box.editors["Bal_Num"].set_value("W")
    box.editors["Bal_Name"].set_value("Sacramento River Cleanup Bond")
    box.editors["Sup_Opp_Cd"].set_value("O")
    box.editors["Cand_NamF"].set_value("M" * 46)  # does not fit: refused, nothing saved
    box.save()
    ctx.ops.wait_idle()
    assert "Cand_NamF" in box.message.text()
    with store.read() as s:
        assert CalRecord(list(s.get(Statement, sid).cover), cvr_form="F496").get("Bal_Num") == ""
    box.editors["Cand_NamF"].set_value("")
    box.save()
    ctx.ops.wait_idle()
    assert box.message.text() == "Saved."
    box.grab().save(str(tmp_path / "subject.png"))
    with store.read() as s:
        cover = CalRecord(list(s.get(Statement, sid).cover), cvr_form="F496")
    assert [cover.get(n) for n in ("Bal_Num", "Bal_Name", "Sup_Opp_Cd")] == [
        "W", "Sacramento River Cleanup Bond", "O"]
