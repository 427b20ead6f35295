"""The main window says what is due next for the open committee; the new-statement dialog
starts from the filing calendar and lists every registered form."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms.registry import all_forms
from calaccess_desktop.services.filing_calendar import next_due
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers.statement_dialogs import NewStatementDialog
from calaccess_desktop.ui.models.committee_model import due_next_words

pytestmark = pytest.mark.gui
D = dt.date
SHOTS = Path("/tmp/calshots")


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    assert widget.grab().save(str(SHOTS / name))


def _expected(db_path: Path, cid: int) -> str:
    store = Store.open(db_path)
    try:
        with store.read() as session:
            return due_next_words(next_due(session, cid))[0]
    finally:
        store.close()


def test_the_window_shows_what_is_due_next(qtbot, make_window, demo_ids, db_path) -> None:
    cid, _ids = demo_ids
    window = make_window(restore=False)
    window.committee_chosen(cid)
    label = window.pane.due_label
    qtbot.waitUntil(lambda: label.isVisible() and bool(label.text()))
    assert label.text() == _expected(db_path, cid)
    assert "Next due:" in label.text() or "Late:" in label.text()
    _shot(window, "main-due-next.png")


def test_due_words_name_late_next_and_window(demo_ids, db_path) -> None:
    cid, _ids = demo_ids
    store = Store.open(db_path)
    try:
        with store.read() as session:
            december = next_due(session, cid, D(2026, 12, 1))
            august = next_due(session, cid, D(2026, 8, 20))
    finally:
        store.close()
    text, late = due_next_words(december, D(2026, 12, 1))
    assert late
    assert ("<b>Late:</b> Second pre-election statement (Form 460) for the Nov 3, 2026 "
            "election, Sep 20, 2026 to Oct 17, 2026, was due Thursday, October 22, 2026") in text
    assert "<b>Next due:</b> Semi-annual statement (Form 460), Oct 18, 2026 to Dec 31, " \
           "2026, due Monday, February 1, 2027" in text
    text, late = due_next_words(august, D(2026, 8, 20))
    assert not late and "<b>Now:</b> 24-hour late contribution reports (Form 497)" in text


def _dialog(qtbot, window, cid: int) -> NewStatementDialog:
    dialog = NewStatementDialog(window.ctx, cid, "Maria Lopez for City Council 2026", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.due is not None)
    return dialog


def test_dialog_lists_every_registered_form(qtbot, make_window, demo_ids) -> None:
    cid, _ids = demo_ids
    window = make_window(restore=False)
    dialog = _dialog(qtbot, window, cid)
    codes = [dialog.form.itemData(i) for i in range(dialog.form.count())]
    assert codes == [s.code for s in all_forms()]
    for spec in all_forms():
        dialog.form.setCurrentIndex(codes.index(spec.code))
        has_period = spec.kind in ("periodic", "once")
        assert dialog.start.input.isEnabled() is has_period, spec.code
        assert dialog.kind.input.isEnabled() is (spec.kind == "periodic"), spec.code
        types = [t for t in spec.statement_types if t]
        if spec.kind == "periodic" and types:
            assert dialog.kind.text() in types, spec.code


def test_dialog_starts_from_the_calendar(qtbot, make_window, demo_ids, db_path) -> None:
    cid, ids = demo_ids
    window = make_window(restore=False)
    dialog = _dialog(qtbot, window, cid)
    due = dialog.due
    assert due is not None and due.item is not None
    assert dialog.form.currentData() == due.item.form
    assert dialog.kind.text() == (due.item.statement_type or dialog.kind.text())
    # the period runs from the day after the last statement to the calendar's end
    assert dialog.start.text() == "09/20/2026"
    assert dialog.end.text() == due.item.period_through.strftime("%m/%d/%Y")
    assert "Next on your filing calendar:" in dialog.calendar_note.text()
    _shot(dialog, "new-statement-dialog.png")
    if not due.late:
        assert not dialog.late_button.isVisibleTo(dialog)
        return
    # the second pre-election statement was never started: offered, and created
    assert dialog.late_button.isVisibleTo(dialog)
    assert "Not started and past its deadline" in dialog.calendar_note.text()
    dialog.late_button.click()
    late = due.late[0]
    assert dialog.kind.text() == late.statement_type
    assert dialog.end.text() == late.period_through.strftime("%m/%d/%Y")
    assert dialog.election.text() == (late.election.strftime("%m/%d/%Y") if late.election
                                      else "")
    _shot(dialog, "new-statement-dialog-late.png")
    dialog.create_statement()
    assert dialog.created_id is not None, dialog.message.text()
    store = Store.open(db_path)
    try:
        with store.read() as session:
            made = session.scalars(select(Statement).where(
                Statement.id == dialog.created_id)).one()
            assert (made.form_type, made.stmt_type, made.period_from, made.period_through,
                    made.election_date) == (late.form, late.statement_type, late.period_from,
                                            late.period_through, late.election)
    finally:
        store.close()


def test_a_late_report_takes_the_election_of_the_open_window(qtbot, make_window, demo_ids,
                                                             db_path) -> None:
    cid, _ids = demo_ids
    window = make_window(restore=False)
    dialog = _dialog(qtbot, window, cid)
    store = Store.open(db_path)
    try:
        with store.read() as session:
            dialog.due = next_due(session, cid, D(2026, 8, 20))  # inside the 24-hour window
    finally:
        store.close()
    dialog.election.set_value("")
    dialog.form.setCurrentIndex(dialog.form.findData("F497"))
    assert dialog.election.text() == "11/03/2026"
    assert not dialog.start.input.isEnabled() and "has no period" in dialog.hint.text()


@pytest.mark.parametrize("code", [s.code for s in all_forms()])
def test_every_registered_form_can_be_started_from_the_dialog(qtbot, make_window, demo_ids,
                                                              db_path, code: str) -> None:
    cid, _ids = demo_ids
    window = make_window(restore=False)
    dialog = _dialog(qtbot, window, cid)
    dialog.form.setCurrentIndex(dialog.form.findData(code))
    if not dialog.election.text():
        dialog.election.set_value("20261103")
    dialog.confirm = lambda problem: True  # a period off the schedule: create anyway
    dialog.create_statement()
    if dialog.created_id is None:  # refused by the form's own rule: said in words
        assert dialog.message.text().startswith("Not created: "), code
        return
    store = Store.open(db_path)
    try:
        with store.read() as session:
            made = session.get(Statement, dialog.created_id)
            assert made is not None and made.form_type == code
    finally:
        store.close()


def test_a_committee_without_periodic_statements_starts_on_the_calendar_period(
        qtbot, make_window, db_path) -> None:
    from calaccess_desktop.services.demo_forms import create_all_forms

    store = Store.open(db_path)
    with store.transaction() as session:
        made = create_all_forms(session)
    with store.read() as session:
        pac = next_due(session, made.committees.pac)
        candidate = next_due(session, made.committees.candidate)
    store.close()
    window = make_window(restore=False)
    for cid, due in ((made.committees.pac, pac), (made.committees.candidate, candidate)):
        dialog = _dialog(qtbot, window, cid)
        assert due.item is not None and not due.late
        # the dialog's period is the calendar's next one, not one before it
        assert dialog.form.currentData() == due.item.form
        assert (dialog.start.text(), dialog.end.text()) == (
            due.item.period_from.strftime("%m/%d/%Y"),
            due.item.period_through.strftime("%m/%d/%Y"))
        dialog.close()


def test_the_statement_type_fits_the_form_and_the_half_year(qtbot, make_window,
                                                            db_path) -> None:
    from calaccess_desktop.services.demo_forms import create_all_forms

    store = Store.open(db_path)
    with store.transaction() as session:
        small = create_all_forms(session).committees.small_committee
    store.close()
    window = make_window(restore=False)
    dialog = _dialog(qtbot, window, small)
    dialog.start.set_value("20260701")
    dialog.form.setCurrentIndex(dialog.form.findData("F425"))
    assert (dialog.kind.text(), dialog.end.text()) == ("S2", "12/31/2026")
    assert dialog.period_problem() == ""
    assert "Suggested for a July to December statement: " in dialog.hint.text()
    dialog.form.setCurrentIndex(dialog.form.findData("F460"))
    dialog.start.set_value("20270101")
    dialog.kind.set_value("QT")
    dialog.form.setCurrentIndex(dialog.form.findData("F425"))
    assert (dialog.kind.text(), dialog.end.text()) == ("S1", "06/30/2027")


def test_the_filing_calendar_dialog(qtbot, make_window, demo_ids, monkeypatch) -> None:
    from calaccess_desktop.ui.controllers.calendar_dialog import CalendarDialog

    cid, ids = demo_ids
    window = make_window(restore=False)
    window.committee_chosen(cid)
    qtbot.waitUntil(lambda: window.pane.calendar_button.isEnabled())
    opened: list[CalendarDialog] = []
    monkeypatch.setattr(CalendarDialog, "exec", lambda self: opened.append(self) or 0)
    window.pane.calendar_button.click()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    dialog.year.setValue(2026)
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.shown.year == 2026)
    rows = [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]
    assert rows[0] == ["Semi-annual statement (Form 460)", "Jan 1, 2026 to Jun 30, 2026",
                       "Friday, July 31, 2026", f"statement {ids[0]}"]
    assert rows[1][0] == "First pre-election statement (Form 460) for the Nov 3, 2026 election"
    assert rows[1][3] == f"statement {ids[1]}"
    assert rows[2][:3] == ["24-hour late contribution reports (Form 497) for the Nov 3, 2026 "
                           "election", "Aug 5, 2026 to Nov 3, 2026", "each report within 24 hours"]
    assert rows[3][1:] == ["Sep 20, 2026 to Oct 17, 2026", "Thursday, October 22, 2026" + (
        " (late)" if dt.date.today() > D(2026, 10, 22) else ""), ""]
    assert rows[4][2].startswith("Monday, February 1, 2027")
    assert "Tuesday, November 3, 2026" in dialog.elections.text()
    dialog.show()
    _shot(dialog, "calendar-dialog.png")
    dialog.year.setValue(2027)
    qtbot.waitUntil(lambda: dialog.shown is not None and dialog.shown.year == 2027)
    # 2027: the two semi-annual statements, and the special odd-year reports owed only
    # after $10,000 of contributions to state officers in the quarter
    assert dialog.table.rowCount() == 4
    rows = [[dialog.table.item(r, c).text() for c in range(4)] for r in range(4)]
    assert [r[0] for r in rows] == [
        "Special odd-year statement (Form 460), only if the committee contributes $10,000 or "
        "more in the quarter to elected state officers, their committees or committees "
        "primarily formed for them", "Semi-annual statement (Form 460)",
        "Special odd-year statement (Form 460), only if the committee contributes $10,000 or "
        "more in the quarter to elected state officers, their committees or committees "
        "primarily formed for them", "Semi-annual statement (Form 460)"]
    assert rows[0][1:3] == ["Jan 1, 2027 to Mar 31, 2027", "Friday, April 30, 2027"]
    assert window.act_calendar.shortcut().toString() == "Ctrl+Shift+L"


def test_the_dialog_shows_registrations_in_few_words(qtbot, make_window, db_path) -> None:
    from calaccess_desktop.services.editing import create_committee
    from calaccess_desktop.ui.controllers.calendar_dialog import CalendarDialog

    store = Store.open(db_path)
    try:
        with store.transaction() as s:
            cid = create_committee(s, "Ana Ruiz for Council 2026", committee_type="C",
                                   entity_cd="CTL", profile={"elections": "2026-11-03"})
    finally:
        store.close()
    window = make_window(restore=False)
    dialog = CalendarDialog(window.ctx, cid, "Ana Ruiz for Council 2026", window, year=2026)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.shown is not None)
    rows = {dialog.table.item(r, 0).text().split(":")[0]: dialog.table.item(r, 2).text()
            for r in range(dialog.table.rowCount())}
    assert rows["Candidate intention statement (Form 501) for the Nov 3, 2026 election"] == \
        "before the first contribution"
    assert rows["Statement of organization (Form 410)"] == "10 days after qualifying"
    dialog.resize(1100, 560)
    dialog.show()
    _shot(dialog, "calendar-registrations.png")
