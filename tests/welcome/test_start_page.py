"""The start page on its own (first_run.StartPage): what it says on an empty data file,
with committees, and with one chosen; the demo's committee count."""

from __future__ import annotations

import pytest

from calaccess_desktop.db import backup_index
from calaccess_desktop.services.demo import DEMO_NAME, create_demo
from calaccess_desktop.services.editing import create_committee
from calaccess_desktop.ui.controllers.first_run import (
    CHOOSE,
    NEXT_STEP,
    WELCOME,
    StartPage,
    data_facts,
)

pytestmark = pytest.mark.gui


def _visible(page: StartPage) -> set[str]:
    return {k for k, b in page.buttons.items() if not b.isHidden()}


def _page(qtbot, ctx, chosen=None, **kw) -> StartPage:
    page = StartPage(ctx, lambda: chosen, **kw)
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def test_an_empty_data_file_gets_the_welcome_with_its_four_ways_in(qtbot, ctx, db_path):
    page = _page(qtbot, ctx)
    assert page.place.mode == WELCOME
    assert page.title.text() == "Welcome to calaccess-desktop"
    assert _visible(page) == {"committee", "demo", "history", "bundle"}
    data = page.data.text()
    assert str(db_path) in data  # where the data file lives
    assert str(db_path.parent / "backups") in data  # and where its backups go
    assert f"The last {backup_index.KEEP_LAST} " in data and "once an hour" in data
    assert "No statement open" not in page.title.text() + page.intro.text()
    assert not page.backups_link.isHidden()


def test_with_committees_but_none_chosen_it_says_choose_one(qtbot, ctx, store):
    with store.transaction() as s:
        create_committee(s, "Friends of the Library", filer_id="1400001")
    page = _page(qtbot, ctx)
    assert page.place.mode == CHOOSE
    assert "Choose a committee on the left" in page.intro.text()
    assert _visible(page) == {"committee", "history", "bundle"}
    assert page.data.isHidden()


def test_a_chosen_committee_without_statements_is_told_to_start_one(qtbot, ctx, store):
    with store.transaction() as s:
        cid = create_committee(s, "Friends of the Library", filer_id="1400001")
    page = _page(qtbot, ctx, chosen=cid)
    assert page.place.mode == NEXT_STEP
    assert page.title.text() == "Friends of the Library"
    assert "no statement yet" in page.intro.text()
    assert _visible(page) == {"statement", "calendar", "cal", "profile"}
    fired = []
    page.new_statement.connect(lambda: fired.append("new"))
    page.buttons["statement"].click()
    assert fired == ["new"]


def test_a_committee_with_statements_but_none_open_is_told_to_choose_one(qtbot, ctx, store):
    with store.transaction() as s:
        cid, _sids = create_demo(s)
    page = _page(qtbot, ctx, chosen=cid)
    assert page.title.text() == DEMO_NAME
    assert "Choose one of the committee's statements on the left" in page.intro.text()


def test_counter_mode_offers_no_demo_and_keeps_the_data_file_to_itself(qtbot, ctx):
    page = _page(qtbot, ctx, counter=True)
    assert _visible(page) == {"committee", "history", "bundle"}
    assert page.title.text() == "Welcome"
    assert page.data.isHidden()


def test_a_database_server_is_named_without_its_password():
    facts = data_facts("postgresql://clerk:s3cret@db.example.org/office")
    assert "s3cret" not in facts.location and "db.example.org/office" in facts.location
    assert facts.backups == ""


def test_the_place_counts_committees_and_ignores_a_committee_gone_meanwhile(ctx, store):
    from calaccess_desktop.ui.controllers.first_run import read_place

    with store.transaction() as s:
        create_committee(s, "A", filer_id="1")
        create_committee(s, "B", filer_id="2")
    with store.read() as s:
        assert read_place(s, None).committees == 2
        assert read_place(s, 999) == read_place(s, None)
        assert read_place(s, 999).mode == CHOOSE
