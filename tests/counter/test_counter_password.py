"""At a public counter the filer's password is never offered for the system keyring."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("counter", [False, True])
def test_the_password_box_offers_the_keyring_only_off_the_counter(
        counter, window_on, monkeypatch, tmp_path) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services import filing
    from calaccess_desktop.ui.controllers import outbox_panel

    backend = PlaintextKeyring()  # a keyring that can keep a password (in tmp)
    backend.file_path = str(tmp_path / "keyring.cfg")
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    settings_mod.save(settings_mod.Settings(allow_weak_keyring=True))
    offered: list[bool] = []

    def ask(_parent, _filer_id, _why, can_save):
        offered.append(can_save)
        return None  # the treasurer cancels: nothing is sent

    monkeypatch.setattr(outbox_panel, "ask_password", ask)
    try:
        saved = filing.saved_credentials("1449876", settings_mod.load())
        assert saved.creds is None and saved.can_save
        window = window_on(counter=counter)
        outbox_panel.send_submission(window, 1, "1449876")
    finally:
        keyring.set_keyring(before)
    assert offered == [not counter]
