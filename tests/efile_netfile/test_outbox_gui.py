"""The outbox window shows a held NetFile submission with what to check on the agency's
site and the treasurer's two answers (real widgets, offscreen)."""

from __future__ import annotations

from pathlib import Path

import pytest

from calaccess_desktop.efile.netfile.server import NetFilePracticeServer
from calaccess_desktop.efile.netfile.store import Options
from calaccess_desktop.services import filing
from calaccess_desktop.services.officers import set_officers
from calaccess_desktop.services.store import Store
from tests.efile_netfile.helpers import city_creds, filed, jobs, queue, send

pytestmark = pytest.mark.gui
pytest.importorskip("PySide6")
from tests.gui.conftest import demo_ids, make_window, settings  # noqa: E402,F401


@pytest.fixture
def held_server(tmp_path: Path, db_path: Path, demo_ids: object):  # noqa: F811
    """A NetFile city whose answer to the upload is lost: the submission is held."""
    server = NetFilePracticeServer(tmp_path / "nf", netfile=Options(allow_duplicates=True),
                                   faults="drop").start()
    store = Store.open(db_path)
    with store.transaction() as session:
        set_officers(session, 1, ["PRAC"])
    sub = queue(store, server, 1)
    assert send(store, sub, city_creds()).submission.state == "held"
    store.close()
    yield server, sub
    server.stop()


def open_outbox(qtbot, window):  # type: ignore[no-untyped-def]
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

    dialog = show_outbox(window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=5000)
    dialog.view.selectRow(0)
    qtbot.waitUntil(lambda: dialog.held.isVisible(), timeout=5000)
    return dialog


def test_a_held_submission_says_what_to_check_and_takes_the_answer(
        qtbot, make_window, held_server, tmp_path, monkeypatch) -> None:  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    server, sub = held_server
    window = make_window(restore=False)
    dialog = open_outbox(qtbot, window)
    words = dialog.held.words.text()
    assert "cannot be asked whether it received it" in words
    assert "Sign in to the agency's filing site as filer PRAC-123456" in words
    assert dialog.model.data(dialog.model.index(0, 3)) == \
        "held: check the agency's site, then answer"
    dialog.resize(1100, 520)
    assert dialog.grab().save(str(tmp_path / "held.png"))  # looked at: docs/EFILE.md
    fid = f"PRAC-{filed(server)[0]['filing_number']}"
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: (fid, True))
    dialog.held.received.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and
                    dialog.model.rows[0].state == "accepted", timeout=5000)
    assert dialog.model.rows[0].filing_id == fid and not dialog.held.isVisible()
    assert len(jobs(server)) == 1


def test_not_received_puts_it_back_to_be_sent(qtbot, make_window, held_server) -> None:  # noqa: F811
    server, sub = held_server
    window = make_window(restore=False)
    dialog = open_outbox(qtbot, window)
    dialog.held.not_received.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and
                    dialog.model.rows[0].state == "queued", timeout=5000)
    with window.ctx.store.read() as session:
        log = filing.attempt_log(session, sub)
    assert "it did not receive this filing; it will be sent again" in log


def test_the_window_asks_for_the_agency_filer_id_and_files_there(
        qtbot, make_window, demo_ids, tmp_path, monkeypatch, netfile) -> None:  # noqa: F811
    from PySide6.QtWidgets import QInputDialog

    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.ui.controllers import outbox_panel
    from tests.efile_netfile.helpers import FILER, PASSWORD, SIGNER

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    settings_mod.save(settings_mod.Settings(endpoint_url=netfile.url, retry_base_seconds=0.05,
                                            poll_first_seconds=0.02))
    asked: list[str] = []

    def answer(_parent, _title, label, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(label)
        return (FILER if "filer ID at this agency" in label else SIGNER), True
    monkeypatch.setattr(QInputDialog, "getText", answer)
    monkeypatch.setattr(outbox_panel, "ask_password", lambda *_a: (PASSWORD, False))
    window = make_window(restore=False, synchronous=False)
    with window.ctx.store.transaction() as session:
        set_officers(session, 1, ["PRAC"])
    outbox_panel.queue(window, 1)
    qtbot.waitUntil(lambda: getattr(window, "outbox_dialog", None) is not None, timeout=15000)
    dialog = window.outbox_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and
                    dialog.model.rows[0].state == "accepted", timeout=30000)
    assert len(asked) == 2 and "own filer ID" in asked[0] and "signer" in asked[1]
    [job] = jobs(netfile)
    assert job["filer_id"] == FILER and job["signer_ids"] == [SIGNER]
    assert dialog.model.rows[0].filing_id == f"PRAC-{job['filing_number']}"
