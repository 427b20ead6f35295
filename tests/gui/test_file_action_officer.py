"""The Statement menu's File action names the committee's own filing officer."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.store import Store

pytestmark = pytest.mark.gui


def test_file_action_names_the_officer(qtbot, make_window, demo_ids, db_path: Path) -> None:
    cid, statements = demo_ids
    window = make_window()
    window.open_statement(statements[1])
    qtbot.waitUntil(lambda: "Secretary of State" in window.act_file.text())
    store = Store.open(db_path)
    try:
        with store.transaction() as session:
            set_officers(session, cid, ["PRAC"])
    finally:
        store.close()
    window.open_statement(statements[0])
    qtbot.waitUntil(lambda: window.act_file.text() == "&File with the Practice City Clerk...")
