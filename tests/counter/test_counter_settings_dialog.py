"""Settings > Public counter: the counter mode and idle minutes are saved; in counter
mode the e-filing password cannot be saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from calaccess_desktop import settings as settings_mod
from calaccess_desktop.ui.controllers.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def _dialog(qtbot, ctx, tmp_path) -> SettingsDialog:
    qs = QSettings(str(tmp_path / "qt.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(ctx, qs, None, filer_id="1449876")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_counter_mode_and_idle_minutes_are_saved(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    dialog = _dialog(qtbot, ctx, tmp_path)
    assert not dialog.counter_mode.isChecked() and dialog.counter_idle.value() == 5
    assert dialog.password.isEnabled()
    dialog.counter_mode.setChecked(True)
    dialog.counter_idle.setValue(9)
    dialog.save()
    saved = settings_mod.load()
    assert saved.counter_mode is True and saved.counter_idle_minutes == 9
    again = _dialog(qtbot, ctx, tmp_path)
    assert again.counter_mode.isChecked() and again.counter_idle.value() == 9
    assert not again.password.isEnabled()
    assert "never saved on this computer" in again.keyring_note.text()
