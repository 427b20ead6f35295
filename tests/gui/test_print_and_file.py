"""E-filing from the window (off the GUI thread); printing is in test_print_preview.py."""

from __future__ import annotations

import pytest

from calaccess_desktop.ui.controllers import file_actions

pytestmark = pytest.mark.gui


@pytest.mark.skipif(not file_actions.outbox_available(), reason="e-filing not installed")
def test_file_a_statement_through_the_outbox(qtbot, make_window, demo_ids, tmp_path,
                                             monkeypatch):
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.efile.practice_server import PracticeServer
    from calaccess_desktop.ui.controllers import outbox_panel

    server = PracticeServer(tmp_path / "server").start()
    try:
        monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
        settings_mod.save(settings_mod.Settings(
            endpoint_url=server.url, retry_base_seconds=0.05, poll_first_seconds=0.02))
        asked: list[str] = []

        def ask(_parent, filer_id, why, can_save):
            asked.append(filer_id)
            return "Tr3asurer-s3cret-pw!", False
        monkeypatch.setattr(outbox_panel, "ask_password", ask)
        _cid, sids = demo_ids
        window = make_window(restore=False, synchronous=False)
        window.show_statement(sids[0])
        qtbot.waitUntil(lambda: window.editor.info is not None, timeout=5000)
        assert window.act_file.isEnabled()
        # The checks block filing until the candidate signs too (a controlled committee).
        candidate = window.editor.cover.candidate
        assert candidate.isVisibleTo(window.editor.cover)
        assert candidate.editors["Sig_NamL"].text() == "Lopez"
        if candidate.record_id is None:  # not signed in the demo data yet
            candidate.editors["Sig_Date"].set_text("07/29/2026")
            assert candidate.save()
            qtbot.waitUntil(lambda: candidate.record_id is not None, timeout=5000)
        outbox_panel.file_statement(window, confirm=lambda _text: True)
        qtbot.waitUntil(lambda: getattr(window, "outbox_dialog", None) is not None,
                        timeout=10000)
        dialog = window.outbox_dialog
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and
                        dialog.model.rows[0].state == "accepted", timeout=20000)
        assert asked == ["1449876"]
        qtbot.waitUntil(lambda: window.editor.info is not None and
                        window.editor.info.status == "filed", timeout=5000)
        assert not window.editor.info.editable
        assert window.act_amend.isEnabled()
        statements = window.pane.statements
        qtbot.waitUntil(lambda: statements.data(
            statements.index(statements.row_of(sids[0]), 1)) == "Filed", timeout=5000)
    finally:
        server.stop()
