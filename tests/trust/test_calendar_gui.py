"""One due date everywhere: the statement header, the statement list, ``list --json`` and
the check agree for every demo statement; the new-statement dialog suggests the period
for the type and election chosen and asks before a period that does not fit."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.checking import check_snapshot
from calaccess_desktop.services.snapshots import build_snapshot
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers.statement_dialogs import NewStatementDialog
from calaccess_desktop.ui.formatting import long_day
from tests.gui.test_keyboard_access import unnamed_controls

D = dt.date


def _list_json(db: Path) -> dict[int, str | None]:
    out = subprocess.run([sys.executable, "-m", "calaccess_desktop", "--db", str(db), "list",
                          "--json"], capture_output=True, text=True, check=True, timeout=120)
    doc = json.loads(out.stdout)
    return {s["id"]: s["due"] for c in doc["committees"] for s in c["statements"]}


def _late_findings(db: Path, sid: int, today: dt.date) -> list[str]:
    store = Store.open(db)
    try:
        with store.read() as s:
            found = check_snapshot(build_snapshot(s, sid), today=today)
    finally:
        store.close()
    return [f.message for f in found if f.rule_id == "DATE-002"]


def test_header_list_json_and_check_agree_for_every_demo_statement(
        qtbot, make_window, demo_ids, db_path: Path) -> None:
    cid, (first, second, late) = demo_ids
    due = _list_json(db_path)
    assert due[first] == "2026-07-31"  # semi-annual, Jan 1 - Jun 30
    assert due[second] == "2026-09-24"  # pre-election through Sep 19, election Nov 3
    assert due[late] == "2026-08-12"  # Form 497: 24 hours after the Aug 11 contribution
    window = make_window()
    window.committee_chosen(cid)
    model = window.pane.statements
    qtbot.waitUntil(lambda: model.row_of(late) >= 0)
    for sid in (first, second, late):
        day = D.fromisoformat(str(due[sid]))
        cell = model.data(model.index(model.row_of(sid), 2))
        assert cell.startswith(long_day(day)), (sid, cell)
        window.open_statement(sid)
        qtbot.waitUntil(lambda sid=sid: window.editor.info is not None
                        and window.editor.info.id == sid)
        assert f"due {long_day(day)}" in window.editor.status.text()
        assert f"due {long_day(day)}" in window.editor.cover.form_label.text()
        # the check: not late on the day itself, late the day after, with the same date
        assert _late_findings(db_path, sid, day) == []
        late_words = _late_findings(db_path, sid, day + dt.timedelta(days=1))
        assert len(late_words) == 1 and f"was due on {day:%m/%d/%Y}" in late_words[0]


def _dialog(qtbot, window, cid: int) -> NewStatementDialog:
    dialog = NewStatementDialog(window.ctx, cid, "Maria Lopez for City Council 2026", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.end.text()))
    return dialog


def test_dialog_suggests_the_period_for_type_and_election(qtbot, make_window,
                                                          demo_ids) -> None:
    cid, _ids = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    # the demo's last statement ends Sep 19, 2026: semi-annual through Dec 31
    assert (dialog.start.text(), dialog.end.text()) == ("09/20/2026", "12/31/2026")
    assert "due Feb 1, 2027" in dialog.hint.text()  # Jan 31, 2027 is a Sunday
    dialog.kind.set_value("PE")
    assert "date of the election" in dialog.hint.text()
    qtbot.keyClicks(dialog.election.input, "11/03/2026")
    assert dialog.end.text() == "10/17/2026"  # 17 days before the election
    assert "due Oct 22, 2026" in dialog.hint.text()
    dialog.start.set_text("")
    qtbot.keyClicks(dialog.start.input, "07/01/2026")
    assert dialog.end.text() == "09/19/2026"  # 45 days before
    assert "due Sep 24, 2026" in dialog.hint.text()
    dialog.kind.set_value("QT")
    assert dialog.end.text() == "09/30/2026"
    assert dialog.period_problem() == ""
    assert unnamed_controls(dialog) == []


def _answer_when_asked(qtbot, dialog: NewStatementDialog, button: str,
                       seen: list[str]) -> None:
    def answer() -> None:
        box = dialog.confirmation
        if box is None or not box.isVisible():
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        chosen = next(b for b in box.buttons() if b.text() == button)
        chosen.click()
    QTimer.singleShot(0, answer)


def _count(db: Path) -> int:
    store = Store.open(db)
    try:
        with store.read() as s:
            return int(s.scalar(select(func.count(Statement.id))) or 0)
    finally:
        store.close()


def test_dialog_asks_before_a_period_that_does_not_fit(qtbot, make_window, demo_ids,
                                                       db_path: Path) -> None:
    cid, ids = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    dialog.end.set_text("09/30/2026")  # a semi-annual statement ends Dec 31
    seen: list[str] = []
    _answer_when_asked(qtbot, dialog, "Change the period", seen)
    dialog.create_statement()
    assert len(seen) == 1 and "June 30 or December 31" in seen[0]
    assert "September 30, 2026" in seen[0]
    assert dialog.created_id is None and _count(db_path) == len(ids)
    assert "change the period" in dialog.message.text()

    _answer_when_asked(qtbot, dialog, "Create anyway", seen)
    dialog.create_statement()
    assert len(seen) == 2 and dialog.created_id is not None
    store = Store.open(db_path)
    with store.read() as s:
        made = s.get(Statement, dialog.created_id)
        assert made is not None
        assert (made.period_from, made.period_through, made.stmt_type) == (
            D(2026, 9, 20), D(2026, 9, 30), "SA")
    store.close()


def test_a_fitting_period_is_created_without_a_question(qtbot, make_window, demo_ids,
                                                        monkeypatch) -> None:
    cid, _ids = demo_ids
    window = make_window()
    dialog = _dialog(qtbot, window, cid)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (_ for _ in ()).throw(
        AssertionError("asked for a fitting period")))
    dialog.create_statement()
    assert dialog.created_id is not None, dialog.message.text()



def test_cover_page_speaks_plainly_and_notes_a_period_that_does_not_fit(
        qtbot, make_window, demo_ids) -> None:
    cid, (first, _second, late) = demo_ids
    window = make_window()
    window.committee_chosen(cid)
    window.open_statement(late)
    qtbot.waitUntil(lambda: window.editor.info is not None and window.editor.info.id == late)
    assert window.editor.cover.form_label.text().startswith(
        "Form 497 - 24-Hour/10-Day Contribution Report  ·  Draft  ·  due Aug 12, 2026")
    window.open_statement(first)
    qtbot.waitUntil(lambda: window.editor.info is not None and window.editor.info.id == first)
    cover = window.editor.cover
    cover.thru_editor.set_text("09/30/2026")
    cover.save_button.click()
    qtbot.waitUntil(lambda: cover.message.text().startswith("Saved"))
    assert "Note: A semi-annual statement ends on June 30 or December 31" in \
        cover.message.text()
    # every display follows the new period: due Jan 31, 2027 (a Sunday) -> Feb 1
    qtbot.waitUntil(lambda: "due Feb 1, 2027" in window.editor.status.text())
    model = window.pane.statements
    qtbot.waitUntil(lambda: str(model.data(model.index(model.row_of(first), 2)))
                    .startswith("Feb 1, 2027"))
