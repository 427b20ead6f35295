"""What every window part needs, passed explicitly (no global main window)."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from calaccess_desktop.services.session_state import (
    SessionState,
    load_state,
    save_state,
    state_path,
)
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.ops import OpRunner


@dataclass(frozen=True)
class Changes:
    """What an op changed, so each view refreshes only what it shows."""

    statement_id: int | None = None
    committee_id: int | None = None
    schedules: frozenset[tuple[str, str]] = field(default_factory=frozenset)
    record_id: int | None = None
    committees: bool = False  # the committee list (names, statuses) changed
    everything: bool = False  # undo/redo/import: refresh all


class Hub(QObject):
    """The one signal hub: ops announce changes, views listen."""

    changed = Signal(object)  # Changes


class StateKeeper:
    """The user's place, saved (debounced) to the session file on every change."""

    def __init__(self, location: str) -> None:
        self.enabled = True
        self.path: Path = state_path(location)
        self.state: SessionState = load_state(self.path)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.flush)

    def update(self, **values: object) -> None:
        """Change some fields and schedule a save."""
        for key, value in values.items():
            setattr(self.state, key, value)
        self._timer.start()

    def flush(self) -> None:
        """Save now."""
        self._timer.stop()
        if not self.enabled:
            return
        with contextlib.suppress(OSError):  # a read-only folder must not stop the user
            save_state(self.path, self.state)


@dataclass
class AppContext:
    """The store, the op runner, the change hub and the user's place."""

    store: Store
    ops: OpRunner
    hub: Hub
    state: StateKeeper
