"""The first start in the real main window: an empty data file shows the welcome (never
"No statement open"), the demo is created in the background and opened, and a committee
with no statement open is told what to do next."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from calaccess_desktop.db.orm import Committee
from calaccess_desktop.services.demo import DEMO_NAME
from calaccess_desktop.services.editing import create_committee
from calaccess_desktop.ui.controllers.first_run import NEXT_STEP, WELCOME

pytestmark = pytest.mark.gui


def _shown_labels(window) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel) if w.isVisible()]


def test_the_first_start_shows_the_welcome_where_a_statement_would_be(window_on, db_path):
    window = window_on()
    page = window.start_page
    assert window.editor.stack.currentWidget() is page and page.isVisible()
    assert page.place.mode == WELCOME
    assert page.buttons["committee"].isVisible() and page.buttons["demo"].isVisible()
    assert page.buttons["history"].isVisible() and page.buttons["bundle"].isVisible()
    assert str(db_path) in page.data.text() and page.data.isVisible()
    assert not any("No statement open" in text for text in _shown_labels(window))
    assert window.act_next_visitor not in window.menuBar().actions()[0].menu().actions()


def test_open_the_demo_creates_it_once_and_opens_its_newest_statement(window_on, store):
    window = window_on()
    window.start_page.buttons["demo"].click()
    assert window.editor.statement_id is not None
    assert window.editor.info.committee_name == DEMO_NAME
    assert window.editor.stack.currentWidget() is not window.start_page
    window.editor.close_statement()
    window.pane.committee_id = None
    window.start_page.refresh()
    assert window.start_page.place.mode == "choose"
    window.start_page.open_demo.emit()  # again: the one already there is opened
    with store.read() as s:
        assert s.scalar(select(func.count(Committee.id))) == 1
    assert window.editor.info.committee_name == DEMO_NAME


def test_a_committee_without_statements_gets_the_next_step(window_on, store):
    with store.transaction() as s:
        cid = create_committee(s, "Friends of the Library", filer_id="1400001")
    window = window_on()
    window.committee_chosen(cid)
    page = window.start_page
    assert window.editor.stack.currentWidget() is page
    assert page.place.mode == NEXT_STEP and page.title.text() == "Friends of the Library"
    assert page.buttons["statement"].isVisible() and not page.buttons["demo"].isVisible()
    assert not any("No statement open" in text for text in _shown_labels(window))


def test_a_committee_added_meanwhile_turns_the_welcome_into_choose(window_on, store):
    from calaccess_desktop.ui.context import Changes

    window = window_on()
    assert window.start_page.place.mode == WELCOME
    with store.transaction() as s:
        create_committee(s, "Neighbors for Parks", filer_id="1400002")
    window.ctx.hub.changed.emit(Changes(None, committees=True))  # as an import says
    assert window.start_page.place.mode == "choose"
    assert "Choose a committee on the left" in window.start_page.intro.text()
    assert not window.start_page.buttons["demo"].isVisible()


def test_help_about_opens_the_about_box(qtbot, window_on):
    from calaccess_desktop.ui.controllers.about_dialog import AboutDialog

    window = window_on()
    help_menu = window.menuBar().actions()[-1].menu()
    assert window.act_about in help_menu.actions()
    window.act_about.trigger()
    boxes = [w for w in window.findChildren(AboutDialog) if w.isVisible()]
    assert len(boxes) == 1
    boxes[0].close()


def test_each_way_in_starts_the_existing_action(window_on, monkeypatch):
    from calaccess_desktop.ui.controllers import bundle_dialog, file_actions

    window = window_on()
    called: list[str] = []
    monkeypatch.setattr(file_actions, "import_history_folder",
                        lambda w: called.append("history"))
    monkeypatch.setattr(file_actions, "import_cal", lambda w: called.append("cal"))
    monkeypatch.setattr(bundle_dialog, "import_hand_off", lambda w: called.append("bundle"))
    page = window.start_page
    page.import_history.emit()
    page.import_cal.emit()
    page.import_bundle.emit()
    assert called == ["history", "cal", "bundle"]
