"""At a public counter the Outbox window lists only the visitor's committee's filings
(nothing before they chose one), follows the committee they choose while it is open,
and is closed by Next visitor; at an ordinary desk it lists every committee's."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from calaccess_desktop.services import filing
from calaccess_desktop.services.counter import visitor_submissions
from calaccess_desktop.services.editing import create_committee, create_statement
from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("OFFICE_SHOTS")
NAMES = ("Alder Street Neighbors", "Birch Valley Schools Committee")


@pytest.fixture
def two_filed(store) -> dict[str, int]:
    """One statement of each of two committees waiting in the outbox."""
    ids = {}
    with store.transaction() as s:
        for n, name in enumerate(NAMES):
            cid = create_committee(s, name, filer_id=f"14{n}2345", committee_type="P")
            sid = create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                   period_through=dt.date(2026, 6, 30))
            filing.queue_statement(s, sid, server_url="http://127.0.0.1:9")
            ids[name] = cid
    return ids


def listed(dialog) -> list[str]:
    return [row.committee for row in dialog.model.rows]


def choose(window, typed: str) -> None:
    finder = window.counter.finder
    finder.box.setText(typed)
    finder.box.returnPressed.emit()


def test_the_service_lists_one_committee_or_none(store, two_filed) -> None:
    with store.read() as s:
        assert visitor_submissions(s, None) == []
        rows = visitor_submissions(s, two_filed[NAMES[0]])
    assert [r.committee for r in rows] == [NAMES[0]]


def test_at_a_counter_the_outbox_lists_only_the_visitors_committee(
        qtbot, window_on, two_filed, tmp_path: Path) -> None:
    window = window_on(counter=True)
    dialog = show_outbox(window)
    assert listed(dialog) == []  # nobody chosen yet: nobody's filings
    assert "find your committee first" in dialog.scope_note.text()
    assert dialog.scope_note.isVisible()

    choose(window, "Alder")
    qtbot.waitUntil(lambda: listed(dialog) == [NAMES[0]])
    assert "only your committee's statements" in dialog.scope_note.text()
    dialog.view.selectRow(0)
    qtbot.waitUntil(lambda: "Submission" in dialog.detail.text())
    qtbot.wait(50)
    assert dialog.grab().save(str(tmp_path / "outbox-counter.png"))
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "outbox-counter.png"))

    choose(window, "Birch")  # while it is open: it follows
    qtbot.waitUntil(lambda: listed(dialog) == [NAMES[1]])
    assert "Submission" not in dialog.detail.text()  # nothing said of the other one

    window.counter.next_visitor()
    assert not dialog.isVisible()
    again = show_outbox(window)
    assert listed(again) == [] and "find your committee first" in again.scope_note.text()


def test_at_a_desk_the_outbox_lists_every_committee(qtbot, window_on, two_filed) -> None:
    window = window_on(counter=False)
    dialog = show_outbox(window)
    assert sorted(listed(dialog)) == sorted(NAMES)
    assert not dialog.scope_note.isVisible()
