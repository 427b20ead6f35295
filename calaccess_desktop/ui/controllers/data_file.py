"""Switching to another data file without restarting.

The new file is opened first (off the GUI thread: it may be backed up and upgraded);
only when that worked is a new window shown on it and the old one closed the usual
way (place saved, queued work finished, background sending stopped), then the old
store is closed. If the new file cannot be opened, nothing changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

OPEN_WINDOWS: list[MainWindow] = []  # windows opened here (nothing else holds them)


def switch_data_file(window: MainWindow, target: str, then: Any = None) -> None:
    """Open ``target`` in a new main window and close ``window`` and its store."""
    from calaccess_desktop.services.store import Store

    def work(task: Task) -> Store:
        task.progress(0, 0, f"Opening {Path(target).name}...")
        return Store.open(target)

    def done(store: Store) -> None:
        from calaccess_desktop.ui.main_window import MainWindow

        fresh = MainWindow(store, synchronous=window.ctx.ops.synchronous,
                           settings=window.settings,
                           autosend=window.outbox_sender is not None)
        fresh.show()
        OPEN_WINDOWS.append(fresh)
        old_store = window.ctx.store
        window.close()
        old_store.close()
        if window in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(window)
        fresh.statusBar().showMessage(f"Opened {target}.", 8000)
        if then is not None:
            then(fresh)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, "Data file not opened",
                            f"{target} could not be opened, so the current data file stays "
                            f"open.\n\n{exc}")

    window.ctx.ops.task("Opening the data file", work, done, failed, cpu=True)
