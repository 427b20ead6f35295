"""At a public counter the background sender works the whole office's outbox, but the
status bar's "waiting for your password" count is only the visitor's committee's (none
before they chose one); at an ordinary desk it counts every committee's."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.gui


@pytest.fixture
def sending_window(window_on):
    """A main window whose background sender is on (the test starts each round itself)."""
    def factory(*, counter: bool):
        window = window_on(counter=counter, autosend=True)
        assert window.outbox_sender is not None
        window.outbox_sender.stop()
        return window
    return factory


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
