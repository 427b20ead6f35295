"""Shared steps for the entry-form trust tests: the demo in a real window, typing."""

from __future__ import annotations

from typing import Any


def open_demo(window: Any, demo: tuple[int, list[int]], key: str = "A",
              which: int = 0) -> Any:
    """Open a demo statement (0: Jan-Jun 2026, 1: the pre-election one) on a schedule;
    returns its ScheduleTab."""
    cid, sids = demo
    window.committee_chosen(cid)
    window.open_statement(sids[which])
    assert window.editor.select_tab(key)
    tab = window.editor.schedule_tabs[key]
    if tab.model.index_ is None:
        tab.load()
    return tab


def type_into(qtbot: Any, form: Any, name: str, text: str) -> None:
    """Click into a field, clear it and type, like a person."""
    widget = form.editors[name].input
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)
