"""Settings dialog, and .CAL export/import from the File menu (off the GUI thread)."""

from __future__ import annotations

import pytest

from calaccess_desktop.cal.reader import read_cal
from calaccess_desktop.ui.controllers import file_actions
from calaccess_desktop.ui.controllers.settings_dialog import DATA_FILE_KEY, SettingsDialog
from tests.gui.test_keyboard_access import unnamed_controls
from tests.support.calfiles import join, lines, valid_f460

pytestmark = pytest.mark.gui


def test_settings_are_checked_and_saved(qtbot, make_window, tmp_path, monkeypatch):
    from calaccess_desktop import settings as settings_mod

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    window = make_window(restore=False)
    dialog = SettingsDialog(window.ctx, window.settings, window, filer_id="1449876")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.endpoint.text() == settings_mod.PRACTICE_ENDPOINT
    assert dialog.keyring_note.text()  # says where the password would be kept
    dialog.endpoint.setText("ftp://example.org")
    dialog.save()
    assert dialog.endpoint_error.isVisible() and dialog.result() == 0
    dialog.endpoint.setText("https://efile.example.org")
    dialog.data_file.setText(str(tmp_path / "other.sqlite"))
    dialog.save()
    assert settings_mod.load().endpoint_url.startswith("https://efile.example.org")
    assert window.settings.value(DATA_FILE_KEY) == str(tmp_path / "other.sqlite")


def test_export_then_import_a_cal_file(qtbot, make_window, demo_ids, tmp_path):
    _cid, sids = demo_ids
    window = make_window(restore=False)
    window.show_statement(sids[0])
    target = tmp_path / "statement.cal"
    file_actions.export_cal(window, str(target))
    data = target.read_bytes()
    assert data.startswith(b"HDR,CAL") and b"RCPT,A," in data
    file_actions.import_cal(window, str(target))
    imported = window.editor.statement_id
    assert imported not in sids
    assert window.editor.info.imported
    window.editor.select_tab("A")
    model = window.editor.current_schedule().model
    assert model.rowCount() == 8  # the 7 itemized, and the unitemized total as filed
    lumps = [r for r in range(8) if model.table_row(r).lump]
    assert len(lumps) == 1
    assert model.data(model.index(lumps[0], 1)) == "Unitemized total (as filed)"
    assert any(i.id == imported for i in window.pane.statements.items)


def _refusal(window, title="Not imported"):
    from PySide6.QtWidgets import QMessageBox

    boxes = [b for b in window.findChildren(QMessageBox) if b.windowTitle() == title]
    assert len(boxes) == 1
    return boxes[0]


def test_a_refused_import_changes_nothing(qtbot, make_window, demo_ids, tmp_path):
    window = make_window(restore=False)
    bad = tmp_path / "bad.cal"
    bad.write_text("HDR,CAL,CA,2.01,x,1\nCVR,F460,,\n")
    before = len(window.pane.committees.items)
    file_actions.import_cal(window, str(bad))
    box = _refusal(window)
    assert "bad.cal was not imported; nothing was changed" in box.text()
    assert "bad.cal:2: record CVR F460" in box.text() and box.detailedText() == ""
    assert len(window.pane.committees.items) == before
    box.close()


def test_a_file_with_hundreds_of_problems_fits_on_the_screen(qtbot, make_window, demo_ids,
                                                             tmp_path):
    window = make_window(restore=False)
    rows = lines(valid_f460())
    rows += [rows[2].replace("20260315", "20261345")] * 300  # bad date, duplicate Tran_ID
    bad = tmp_path / "many.cal"
    bad.write_bytes(join(rows))
    file_actions.import_cal(window, str(bad))
    box = _refusal(window)
    cal = read_cal(bad.read_bytes(), "many.cal")
    count = len(cal.problems) + cal.more_problems
    assert count > 500
    text = box.text()
    assert f"{count} problems found. The first ones:" in text
    assert text.count("many.cal:") == file_actions.FIRST_PROBLEMS
    details = box.detailedText()
    assert details.count("many.cal:") == len(cal.problems) + 1  # + "... and N more"
    assert f"and {cal.more_problems} more problems not shown" in details
    assert box.sizeHint().height() < 700
    box.grab().save(str(tmp_path / "refused.png"))
    box.close()


def test_choose_another_data_file_and_open_it_now(qtbot, make_window, demo_ids, tmp_path,
                                                  monkeypatch):
    from calaccess_desktop.ui.app import chosen_data_file
    from calaccess_desktop.ui.controllers.data_file import OPEN_WINDOWS

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    window = make_window(restore=False)
    old_location = window.ctx.store.location
    assert window.pane.committees.items  # the demo committee
    dialog = SettingsDialog(window.ctx, window.settings, window)
    qtbot.addWidget(dialog)
    assert dialog.current_file.text() == old_location and not dialog.open_now.isVisibleTo(dialog)
    assert unnamed_controls(dialog) == []

    notes = tmp_path / "notes.txt"
    notes.write_text("not a data file")
    dialog.data_file.setText(str(notes))
    dialog.save()
    assert dialog.result() == 0 and dialog.data_error.isVisibleTo(dialog)
    assert "not a calaccess-desktop data file" in dialog.data_error.text()
    assert window.settings.value(DATA_FILE_KEY) is None  # nothing stored

    other = tmp_path / "office" / "other.sqlite"
    dialog.data_file.setText(str(other))
    dialog.save()
    assert "does not exist" in dialog.data_error.text()
    other.parent.mkdir()
    dialog.data_file.setText(str(other))
    assert "new, empty data file" in dialog.data_note.text()
    assert dialog.open_now.isVisibleTo(dialog)
    dialog.open_now.setChecked(True)
    dialog.save()
    assert dialog.result() == 1 and dialog.switch_to == str(other)
    assert chosen_data_file(window.settings) == str(other)  # what the next start opens

    file_actions.after_settings(window, dialog)  # "Open it now"
    fresh = OPEN_WINDOWS[-1]
    qtbot.addWidget(fresh)
    try:
        assert fresh is not window and fresh.ctx.store.location == str(other)
        assert fresh.isVisible() and not window.isVisible() and window.ctx.ops.closed
        assert fresh.pane.committees.items == []  # the new file is empty
        assert other.read_bytes()[:15] == b"SQLite format 3"
    finally:
        fresh.ctx.ops.shutdown()
        fresh.ctx.store.close()
        OPEN_WINDOWS.remove(fresh)


def test_a_sqlite_address_opens_now_and_a_server_address_is_kept_for_the_next_start(
        qtbot, make_window, demo_ids, tmp_path, monkeypatch):
    from calaccess_desktop.ui.controllers.data_file import OPEN_WINDOWS

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    window = make_window(restore=False)
    dialog = SettingsDialog(window.ctx, window.settings, window)
    qtbot.addWidget(dialog)

    dialog.data_file.setText("postgresql://clerk@db.example/calaccess")
    assert "PostgreSQL database (calaccess on db.example)" in dialog.data_note.text()
    dialog.save()  # no connection is made: the server is used from the next start
    assert dialog.result() == 1 and dialog.switch_to is None
    assert window.settings.value(DATA_FILE_KEY) == "postgresql://clerk@db.example/calaccess"
    dialog = SettingsDialog(window.ctx, window.settings, window)
    qtbot.addWidget(dialog)

    target = tmp_path / "counter.sqlite"
    url = f"sqlite:///{target}"
    dialog.data_file.setText(url)
    assert "new, empty data file" in dialog.data_note.text()
    dialog.open_now.setChecked(True)
    dialog.save()
    assert dialog.result() == 1 and dialog.switch_to == url
    file_actions.after_settings(window, dialog)
    fresh = OPEN_WINDOWS[-1]
    qtbot.addWidget(fresh)
    try:
        assert fresh is not window and fresh.ctx.store.location == url
        assert fresh.pane.committees.items == []
        assert target.read_bytes()[:15] == b"SQLite format 3"
    finally:
        fresh.ctx.ops.shutdown()
        fresh.ctx.store.close()
        OPEN_WINDOWS.remove(fresh)


def test_an_export_the_format_refuses_names_the_field_and_writes_nothing(
        qtbot, make_window, demo_ids, tmp_path):
    from sqlalchemy import select

    from calaccess_desktop.db.orm import Record

    _cid, sids = demo_ids
    window = make_window(restore=False)
    with window.ctx.store.transaction() as session:  # a value no form lets a user type
        record = session.scalars(select(Record).where(
            Record.statement_id == sids[0], Record.rec_type == "RCPT")
            .order_by(Record.seq)).first()
        values = list(record.values)
        values[19] = "1,000.00"  # field #20 Amount
        record.values = values
    window.show_statement(sids[0])
    target = tmp_path / "statement.cal"
    file_actions.export_cal(window, str(target))
    box = _refusal(window, "Not exported")
    assert "statement.cal was not written: the statement has values" in box.text()
    assert "field #20 Amount" in box.text() and "contains a comma" in box.text()
    assert not target.exists()
    box.close()


def test_back_up_from_the_file_menu(qtbot, make_window, demo_ids, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from calaccess_desktop.services.store import Store

    window = make_window(restore=False)
    target = tmp_path / "backup.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.act_backup in window.menuBar().actions()[0].menu().actions()
    window.act_backup.trigger()
    window.ctx.ops.wait_idle()
    assert "Backed up to" in window.statusBar().currentMessage()
    copy = Store.open(target)
    try:
        from calaccess_desktop.services.queries import list_committees

        with copy.read() as s:
            assert [c.name for c in list_committees(s)] == [
                c.name for c in window.pane.committees.items]
    finally:
        copy.close()
