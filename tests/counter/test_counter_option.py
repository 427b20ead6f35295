"""`calaccess-desktop --counter` starts the window in counter mode (the option reaches
ui.app.run); without it, Settings decide."""

from __future__ import annotations

import pytest

from calaccess_desktop import cli


@pytest.mark.parametrize(("argv", "counter"), [(["--counter"], True), ([], False)])
def test_the_counter_option_reaches_the_window(monkeypatch, tmp_path, argv, counter):
    import calaccess_desktop.ui.app as app

    seen = {}

    def run(**kw):
        seen.update(kw)
        return 0

    monkeypatch.setattr(app, "run", run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert cli.main([*argv, "--db", str(tmp_path / "office.sqlite")]) == 0
    assert seen["counter"] is counter
