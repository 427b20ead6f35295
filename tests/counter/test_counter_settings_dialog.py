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


def _type_in_pin_dialog(*steps):
    """While the PIN dialog is open (modal): each step fills it and presses OK."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.ui.controllers.settings_dialog import PinDialog

    left = list(steps)

    def fill() -> None:
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, PinDialog) and w.isVisible()]
        if not found:
            QTimer.singleShot(10, fill)
            return
        current, new, again = left.pop(0)
        found[0].current.setText(current)
        found[0].new_pin.setText(new)
        found[0].again.setText(again)
        found[0].check()
        if left:
            QTimer.singleShot(10, fill)
    QTimer.singleShot(0, fill)


def test_the_staff_pin_is_set_in_settings_and_its_absence_said(qtbot, ctx, store,
                                                                tmp_path, monkeypatch):
    import os
    from pathlib import Path

    from calaccess_desktop.services.users.counter_pin import unlocking, unlocks

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    dialog = _dialog(qtbot, ctx, tmp_path)
    assert dialog.pin_state.text().startswith("Not set: the lock offers only Next visitor")
    assert dialog.pin_button.text() == "Set the staff PIN..."
    assert not dialog.pin_warning.isVisible()
    dialog.counter_mode.setChecked(True)  # turned on without a PIN: said plainly
    assert dialog.pin_warning.isVisible()
    assert dialog.pin_warning.text().startswith("Counter mode is on and no staff PIN is set")
    if os.environ.get("OFFICE_SHOTS"):
        qtbot.wait(50)
        dialog.grab().save(str(Path(os.environ["OFFICE_SHOTS"]) / "settings-no-pin.png"))

    _type_in_pin_dialog(("", "8642-desk", "8642-dask"),  # a slip: the two differ
                        ("", "8642-desk", "8642-desk"))
    dialog.change_pin()
    qtbot.waitUntil(lambda: dialog.pin_state.text() == "The staff PIN is set.")
    assert not dialog.pin_warning.isVisible()
    assert dialog.pin_button.text() == "Change the staff PIN..."
    with store.read() as s:
        assert unlocking(s).pin_set and unlocks(s, "8642-desk")

    _type_in_pin_dialog(("0000", "1111-new", "1111-new"))  # not the current PIN
    dialog.change_pin()
    qtbot.waitUntil(lambda: "not the current staff PIN" in dialog.pin_state.text())
    with store.read() as s:
        assert unlocks(s, "8642-desk") and not unlocks(s, "1111-new")
