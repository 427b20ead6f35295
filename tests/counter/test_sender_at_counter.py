"""At a public counter the background sender works the whole office's outbox, but the
status bar's "waiting for your password" count is only the visitor's committee's (none
before they chose one); at an ordinary desk it counts every committee's."""

from __future__ import annotations

import datetime as dt

import pytest

from calaccess_desktop.services import filing
from calaccess_desktop.services.editing import create_committee, create_statement

pytestmark = pytest.mark.gui
NAMES = ("Alder Street Neighbors", "Birch Valley Schools Committee")


@pytest.fixture
def two_queued(store) -> None:
    """One statement of each of two committees queued, with no password known."""
    with store.transaction() as s:
        for n, name in enumerate(NAMES):
            cid = create_committee(s, name, filer_id=f"14{n}2345", committee_type="P")
            sid = create_statement(s, cid, "F460", period_from=dt.date(2026, 1, 1),
                                   period_through=dt.date(2026, 6, 30))
            filing.queue_statement(s, sid, server_url="http://127.0.0.1:9")


@pytest.fixture
def sending_window(qtbot, db_path, tmp_path):
    """A main window whose background sender is on (runs are started by the test)."""
    from PySide6.QtCore import QSettings

    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

    opened = []

    def factory(*, counter: bool):
        store = Store.open(db_path)
        qs = QSettings(str(tmp_path / "qt-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, synchronous=True, settings=qs, autosend=True,
                            counter=counter)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, store))
        assert window.outbox_sender is not None
        window.outbox_sender.stop()  # the test starts each round itself
        return window

    yield factory
    for window, store in opened:
        window.ctx.ops.shutdown()
        store.close()


def one_round(qtbot, window) -> None:
    sender = window.outbox_sender
    done = sender.rounds
    sender.run()
    qtbot.waitUntil(lambda: sender.rounds > done, timeout=20_000)


def choose(window, typed: str) -> None:
    window.counter.finder.box.setText(typed)
    window.counter.finder.box.returnPressed.emit()


def test_at_a_counter_the_password_count_is_the_visitors_alone(
        qtbot, sending_window, two_queued) -> None:
    window = sending_window(counter=True)
    one_round(qtbot, window)
    sender = window.outbox_sender
    assert len(sender.needs_password) == 2  # the whole office's outbox was worked
    assert sender.waiting() == {}  # nobody chosen: nobody's count
    assert not window.outbox_button.isVisibleTo(window)

    choose(window, "Alder")
    qtbot.waitUntil(lambda: window.outbox_button.isVisibleTo(window))
    assert window.outbox_button.text() == "Outbox: 1 waiting for your password"
    assert list(sender.waiting().values()) == ["1402345"]

    window.counter.next_visitor()
    qtbot.waitUntil(lambda: not window.outbox_button.isVisibleTo(window))
    assert sender.waiting() == {}


def test_at_a_desk_the_count_is_every_committees(qtbot, sending_window, two_queued) -> None:
    window = sending_window(counter=False)
    one_round(qtbot, window)
    assert window.outbox_button.text() == "Outbox: 2 waiting for your password"
    assert window.outbox_button.isVisibleTo(window)
