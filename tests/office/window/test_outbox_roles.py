"""The Outbox window for a preparer: the buttons that file are off, and their tooltip
says why (only a treasurer files); a treasurer logging in turns them on."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from calaccess_desktop.services import filing
from calaccess_desktop.services.editing import create_committee, create_statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users import accounts
from calaccess_desktop.services.users.actor import Actor, act_as
from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

pytestmark = pytest.mark.gui


@pytest.fixture
def office_file(db_path: Path) -> Path:
    """A data file with users and one statement waiting in the outbox."""
    store = Store.open(db_path)
    with store.transaction() as s:
        accounts.add_user(s, "Ada", "administrator", "ada-admin-words")
        accounts.add_user(s, "Pat", "preparer", "pat-prepares-it")
        accounts.add_user(s, "Lee", "treasurer", "lee-files-it-now")
    act_as(store, Actor("Lee", "treasurer"))
    with store.transaction() as s:
        cid = create_committee(s, "Cedar Park Friends", filer_id="1455555")
        sid = create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                               period_through=dt.date(2026, 6, 30))
        filing.queue_statement(s, sid, server_url="http://127.0.0.1:9")
    act_as(store, None)
    store.close()
    return db_path


def log_in(window, name: str, password: str) -> None:
    dialog = window.user.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText(name)
    dialog.password.setText(password)
    dialog.check()
    assert window.user.actor.name == name


def test_a_preparer_sees_why_the_filing_buttons_are_off(qtbot, make_window, office_file,
                                                        tmp_path) -> None:
    window = make_window(restore=False)
    log_in(window, "Pat", "pat-prepares-it")
    dialog = show_outbox(window)
    assert [r.committee for r in dialog.model.rows] == ["Cedar Park Friends"]
    send, refresh = dialog.buttons["send"], dialog.buttons["refresh"]
    assert not send.isEnabled() and refresh.isEnabled()
    for button in dialog.filing_buttons():
        assert not button.isEnabled()
        assert "a preparer may not file a statement; only a treasurer may" in \
            button.toolTip()
    assert dialog.role_note.isVisible()
    assert dialog.role_note.text().startswith("Pat is a preparer")
    if os.environ.get("OFFICE_SHOTS"):
        dialog.grab().save(str(Path(os.environ["OFFICE_SHOTS"]) / "outbox-preparer.png"))

    window.user.ask()  # Log in as another user: the treasurer
    log_in(window, "Lee", "lee-files-it-now")
    assert send.isEnabled() and send.toolTip() == ""
    assert all(b.isEnabled() for b in dialog.filing_buttons())
    assert not dialog.role_note.isVisible()
