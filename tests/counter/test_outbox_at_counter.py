"""At a public counter the Outbox window lists only the visitor's committee's filings
(nothing before they chose one), follows the committee they choose while it is open,
and is closed by Next visitor; at an ordinary desk it lists every committee's."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calaccess_desktop.services.counter import visitor_submissions
from calaccess_desktop.ui.controllers.outbox_panel import show_outbox
from tests.counter.conftest import TWO_COMMITTEES

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("OFFICE_SHOTS")
NAMES = TWO_COMMITTEES


def listed(dialog) -> list[str]:
    return [row.committee for row in dialog.model.rows]


def choose(window, typed: str) -> None:
    finder = window.counter.finder
    finder.box.setText(typed)
    finder.box.returnPressed.emit()


def test_the_service_lists_one_committee_or_none(store, two_queued) -> None:
    with store.read() as s:
        assert visitor_submissions(s, None) == []
        rows = visitor_submissions(s, two_queued[NAMES[0]])
    assert [r.committee for r in rows] == [NAMES[0]]


def test_at_a_counter_the_outbox_lists_only_the_visitors_committee(
        qtbot, window_on, two_queued, tmp_path: Path) -> None:
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


def test_at_a_desk_the_outbox_lists_every_committee(qtbot, window_on, two_queued) -> None:
    window = window_on(counter=False)
    dialog = show_outbox(window)
    assert sorted(listed(dialog)) == sorted(NAMES)
    assert not dialog.scope_note.isVisible()
