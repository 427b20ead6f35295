"""Send when online: the outbox sends by itself (timer on the network pool) to a real
practice server on 127.0.0.1; without a saved password it waits and says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.ui.controllers import file_actions
from tests.gui.test_keyboard_access import unnamed_controls

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not file_actions.outbox_available(),
                                                  reason="e-filing not installed")]

FILER, PASSWORD = "1449876", "Tr3asurer-s3cret-pw!"


@pytest.fixture
def online(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """A practice server, settings pointing at it (fast retries, a file keyring allowed
    in tmp), and a 200 ms outbox timer."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.efile.practice_server import PracticeServer
    from calaccess_desktop.ui.controllers import autosend, outbox_panel

    def never_ask(*_args: object) -> None:
        raise AssertionError("the password was asked")

    server = PracticeServer(tmp_path / "server").start()
    before = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    settings_mod.save(settings_mod.Settings(
        endpoint_url=server.url, allow_weak_keyring=True, retry_base_seconds=0.05,
        poll_first_seconds=0.02))
    monkeypatch.setattr(autosend, "INTERVAL_MS", 200)
    monkeypatch.setattr(outbox_panel, "ask_password", never_ask)
    try:
        yield server
    finally:
        keyring.set_keyring(before)
        server.stop()


def queue(store, sid: int, url: str) -> int:
    from calaccess_desktop.services.filing import queue_statement

    with store.transaction() as session:
        return queue_statement(session, sid, server_url=url)


def status_in_list(window, sid: int) -> str:
    model = window.pane.statements
    return str(model.data(model.index(model.row_of(sid), 1)))


def test_a_queued_statement_is_filed_without_pressing_send(qtbot, make_window, demo_ids,
                                                           store, online):
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services import filing
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

    filing.remember_password(FILER, PASSWORD, settings_mod.load())
    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    sender = window.outbox_sender
    assert sender is not None and sender.timer.interval() == 200
    window.show_statement(sids[0])
    qtbot.waitUntil(lambda: window.editor.info is not None, timeout=5000)
    qtbot.waitUntil(lambda: sender.rounds >= 1, timeout=5000)  # the run at start: nothing
    dialog = show_outbox(window)
    qtbot.addWidget(dialog)

    queue(store, sids[0], online.url)  # queued elsewhere; nobody presses Send
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and
                    dialog.model.rows[0].state == "accepted", timeout=20000)
    assert dialog.model.rows[0].filing_id
    qtbot.waitUntil(lambda: status_in_list(window, sids[0]) == "Filed", timeout=5000)
    qtbot.waitUntil(lambda: window.editor.info.status == "filed", timeout=5000)
    assert not window.outbox_button.isVisible()


def test_without_a_saved_password_it_waits_and_says_so(qtbot, make_window, demo_ids, store,
                                                       online, monkeypatch):
    from calaccess_desktop.ui.controllers import outbox_panel
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    sender = window.outbox_sender
    window.show_statement(sids[0])
    qtbot.waitUntil(lambda: sender.rounds >= 1, timeout=5000)
    sub = queue(store, sids[0], online.url)
    qtbot.waitUntil(lambda: sub in sender.needs_password, timeout=10000)
    rounds = sender.rounds
    qtbot.waitUntil(lambda: sender.rounds >= rounds + 2, timeout=10000)  # still waiting
    assert window.outbox_button.isVisible()
    assert "waiting for your password" in window.outbox_button.text()
    window.outbox_button.click()
    dialog = show_outbox(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    model = dialog.model
    assert model.data(model.index(0, 3)) == "waiting: needs your password"
    assert dialog.password_button.isVisible() and "filer 1449876" in \
        dialog.password_note.text()
    assert unnamed_controls(dialog) == []

    asked: list[str] = []
    monkeypatch.setattr(outbox_panel, "ask_password",
                        lambda _w, filer, _why, _save: asked.append(filer) or (PASSWORD, False))
    dialog.password_button.click()
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.rows[0].state == "accepted",
                    timeout=20000)
    assert asked == [FILER]
    qtbot.waitUntil(lambda: not window.outbox_button.isVisible(), timeout=5000)
    assert not dialog.password_button.isVisible()
    assert FILER in sender.typed  # kept for retries in this session, not in the keyring
