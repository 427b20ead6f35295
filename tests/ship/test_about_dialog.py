"""Help > About (ui/controllers/about_dialog.py) on a real window and a real loopback
release feed: the version, the data file, the icon; "Check for a newer version"; the
start-up notice only when turned on and not in the days before a deadline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from calaccess_desktop import __version__, settings
from calaccess_desktop.services import updates
from calaccess_desktop.services.demo import create_demo
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers.about_dialog import (
    AboutDialog,
    announce_newer_version,
    app_icon,
)
from calaccess_desktop.ui.main_window import MainWindow
from tests.ship.test_updates import NEWER, _Feed, server  # noqa: F401 (the feed fixture)

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv(settings.ENV_DIR, str(tmp_path / "config"))
    store = Store.open(db_path)
    with store.transaction() as session:
        create_demo(session)
    win = MainWindow(store, synchronous=True, restore=False,
                     settings=QSettings(str(tmp_path / "qt.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.ops.shutdown()
    store.close()


def labels(dialog: AboutDialog) -> str:
    return "\n".join(w.text() for w in dialog.findChildren(QLabel))


def test_the_about_box_names_the_version_the_data_file_and_shows_the_icon(
        qtbot, window: MainWindow, db_path: Path, tmp_path: Path) -> None:
    dialog = AboutDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    text = labels(dialog)
    assert f"Version {__version__}" in text and str(db_path) in text
    assert "never updates itself" in text
    assert not app_icon().isNull() and not app_icon().pixmap(64, 64).isNull()
    shot = tmp_path / "about.png"
    assert dialog.grab().save(str(shot)) and shot.stat().st_size > 5000


def test_check_now_says_a_newer_version_with_its_download_page(
        qtbot, window: MainWindow, server: str, monkeypatch: pytest.MonkeyPatch,  # noqa: F811
        tmp_path: Path) -> None:
    monkeypatch.setenv(updates.FEED_ENV, server + "/newer.json")
    dialog = AboutDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check_button.click()
    words = dialog.result_label.text()
    assert f"calaccess-desktop {NEWER} is available" in words
    assert '<a href="https://example.org/releases/v9">' in words
    assert dialog.check_button.isEnabled() and _Feed.hits == ["/newer.json"]
    assert dialog.grab().save(str(tmp_path / "about-newer.png"))

    monkeypatch.setenv(updates.FEED_ENV, server + "/garbage")
    dialog.check_button.click()
    assert dialog.result_label.text().startswith(
        "Could not check for a newer version: the release feed is not a JSON file")


def test_the_start_up_notice_is_off_by_default_and_then_fetches_nothing(
        window: MainWindow, server: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv(updates.FEED_ENV, server + "/newer.json")
    window.statusBar().clearMessage()
    announce_newer_version(window, window.ctx, today=dt.date(2026, 8, 20))
    assert _Feed.hits == [] and window.statusBar().currentMessage() == ""


def test_the_start_up_notice_when_turned_on_but_not_before_a_deadline(
        window: MainWindow, server: str, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    monkeypatch.setenv(updates.FEED_ENV, server + "/newer.json")
    chosen = settings.Settings()
    chosen.check_for_updates = True
    settings.save(chosen)
    window.statusBar().clearMessage()
    announce_newer_version(window, window.ctx, today=dt.date(2026, 7, 27))  # due July 31
    assert _Feed.hits == [] and window.statusBar().currentMessage() == ""
    announce_newer_version(window, window.ctx, today=dt.date(2026, 8, 20))
    assert _Feed.hits == ["/newer.json"]
    assert window.statusBar().currentMessage().startswith(
        f"calaccess-desktop {NEWER} is available since January 20, 2027")
    monkeypatch.setenv(updates.FEED_ENV, server + "/same.json")
    window.statusBar().clearMessage()
    announce_newer_version(window, window.ctx, today=dt.date(2026, 8, 20))
    assert window.statusBar().currentMessage() == ""  # the newest: nothing said
