"""Settings asked for by others this session: language (i18n) and the update check
(ship): defaults, refusal of a bad value in words, and the dialog saving them."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings

from calaccess_desktop import settings as settings_mod
from calaccess_desktop.ui.controllers.settings_dialog import SettingsDialog


def test_defaults_follow_the_system_and_never_check_for_updates(tmp_path):
    values = settings_mod.load(tmp_path / "none.json")
    assert values.language == "system" and values.check_for_updates is False


def test_an_unknown_language_is_refused_naming_the_file_and_key(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "language": "fr"}))
    with pytest.raises(settings_mod.SettingsError) as err:
        settings_mod.load(path)
    assert str(path) in str(err.value) and "language (Language)" in str(err.value)


@pytest.mark.gui
def test_the_dialog_saves_language_and_update_check(qtbot, ctx, tmp_path, monkeypatch):
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    qs = QSettings(str(tmp_path / "qt.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(ctx, qs, None)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "system" and not dialog.updates.isChecked()
    assert "stay in English" in dialog.language_note.text()
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.updates.setChecked(True)
    dialog.save()
    saved = settings_mod.load()
    assert saved.language == "es" and saved.check_for_updates is True
    again = SettingsDialog(ctx, qs, None)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es" and again.updates.isChecked()
