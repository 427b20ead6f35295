"""Opening a data file in the window: at start, switching without restarting, and the
data file's health (damaged, busy).

Switching: the new file is opened first (off the GUI thread: it may be backed up and
upgraded); only when that worked is a new window shown on it and the old one closed the
usual way (place saved, queued work finished, background sending stopped), then the old
store is closed. If the new file cannot be opened, nothing changes.

A damaged data file is never written to; the window says so and offers its latest good
backup: restore it in the file's place (the damaged file is kept in ``backups/``) or open
the backup itself. While the window is open, ``AutoBackup`` backs the file up on its
own. While another program holds the data file's write lock, the status line says the
window is waiting for it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from calaccess_desktop.db.health import DamagedFile
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

OPEN_BACKUP = QT_TRANSLATE_NOOP("MainWindow", "Open the backup")
translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

OPEN_WINDOWS: list[MainWindow] = []  # windows opened here (nothing else holds them)


def switch_data_file(window: MainWindow, target: str, then: Any = None) -> None:
    """Open ``target`` in a new main window and close ``window`` and its store."""
    from calaccess_desktop.services.store import Store

    opening = translate("MainWindow", "Opening {name}...").format(name=Path(target).name)

    def work(task: Task) -> Store:
        task.progress(0, 0, opening)
        return Store.open(target)

    def done(store: Store) -> None:
        from calaccess_desktop.ui.main_window import MainWindow

        fresh = MainWindow(store, synchronous=window.ctx.ops.synchronous,
                           settings=window.settings,
                           autosend=window.outbox_sender is not None,
                           counter=window.counter is not None)
        fresh.show()
        OPEN_WINDOWS.append(fresh)
        old_store = window.ctx.store
        window.close()
        old_store.close()
        if window in OPEN_WINDOWS:
            OPEN_WINDOWS.remove(window)
        fresh.statusBar().showMessage(
            translate("MainWindow", "Opened {path}.").format(path=target), 8000)
        if then is not None:
            then(fresh)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, DamagedFile):
            choice = offer_backup(window, exc, translate(
                "MainWindow", "The current data file stays open."))
            if choice == "restore":
                damaged = exc

                def restored(_path: str) -> None:
                    switch_data_file(window, str(damaged.path), then)

                window.ctx.ops.task(translate("MainWindow", "Restoring the backup"),
                                    lambda _t: restore_damaged(damaged), restored,
                                    network=True)
            elif choice == "open":
                assert exc.backup is not None
                switch_data_file(window, str(exc.backup), then)
            return
        QMessageBox.warning(window, translate("MainWindow", "Data file not opened"),
                            translate("MainWindow", "{path} could not be opened, so the "
                                      "current data file stays open.").format(path=target)
                            + f"\n\n{exc}")

    window.ctx.ops.task(translate("MainWindow", "Opening the data file"), work, done, failed,
                        cpu=True)


def damaged_box(parent: QWidget | None, exc: DamagedFile, rest: str = "") -> QMessageBox:
    """The message for a damaged data file, with an "Open the backup" button when a good
    backup was found."""
    box = QMessageBox(QMessageBox.Icon.Critical,
                      translate("MainWindow", "The data file is damaged"),
                      f"{exc}\n\n{rest}".strip(), QMessageBox.StandardButton.NoButton, parent)
    if exc.backup is not None:
        box.addButton(translate("MainWindow", OPEN_BACKUP),
                      QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setObjectName("DamagedDataFile")
    return box


def ask_open_backup(parent: QWidget | None, exc: DamagedFile, rest: str = "") -> bool:
    """Say the file is damaged; True when the user chose to open the latest good backup."""
    box = damaged_box(parent, exc, rest)
    box.exec()
    clicked = box.clickedButton()
    return (exc.backup is not None and clicked is not None
            and clicked.text() == translate("MainWindow", OPEN_BACKUP))


def open_at_start(target: str | None, *, ask: bool = True) -> Store:
    """Open the data file the window starts on; a damaged one is said so in the window
    (nothing is written to it) with the offer to open its latest good backup instead."""
    from calaccess_desktop.services.store import Store

    try:
        return Store.open(target)
    except DamagedFile as exc:
        choice = offer_backup(None, exc) if ask else ""
        if choice == "restore":
            return Store.open(restore_damaged(exc))
        if choice == "open":
            assert exc.backup is not None
            return Store.open(str(exc.backup))
        raise


class _WaitNotice(QObject):
    said = Signal(str)


def watch_waits(window: MainWindow) -> None:
    """Show the store's "Waiting for another program..." in the window's status line
    (the store says it from the database thread; the signal brings it here)."""
    notice = _WaitNotice(window)
    notice.said.connect(lambda message: window.statusBar().showMessage(message, 15000))
    window.ctx.store.on_wait = notice.said.emit


class AutoBackup(QObject):
    """Backs the data file up on its own while the window is open: after a while of
    changes and at most once an hour (``services.backups.Schedule``), in the background
    (its own SQLite connection on the network pool: editing never waits for it)."""

    CHECK_MS = 60_000

    def __init__(self, window: MainWindow, schedule: Any = None) -> None:
        import time

        from PySide6.QtCore import QTimer

        from calaccess_desktop.services.backups import Schedule

        super().__init__(window)
        self.window = window
        self.clock = time.monotonic
        self.schedule = schedule or Schedule()
        self.running = False
        self.last: Path | None = None
        window.ctx.hub.changed.connect(lambda _c: self.schedule.changed(self.clock()))
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Take a backup if one is due."""
        from calaccess_desktop.services.backups import take

        now = self.clock()
        if self.running or not self.schedule.due(now):
            return
        self.running = True
        location = self.window.ctx.store.location

        def done(path: Path | None) -> None:
            self.running = False
            self.schedule.done(self.clock(), now)
            self.last = path
            if path is not None:
                self.window.statusBar().showMessage(
                    self.tr("Backed up to {path} (checked).").format(path=path), 6000)

        def failed(exc: BaseException) -> None:
            self.running = False
            self.schedule.done(self.clock(), -1.0)  # try again in an hour, keep the changes
            self.window.statusBar().showMessage(
                self.tr("The automatic backup failed: {error}").format(error=exc), 15000)

        self.window.ctx.ops.task(self.tr("Automatic backup"), lambda _t: take(location, "auto"),
                                 done, failed, network=True, dialog=False, quiet=True)


RESTORE_BACKUP = QT_TRANSLATE_NOOP("MainWindow", "Restore the backup")


def offer_backup(parent: QWidget | None, exc: DamagedFile, rest: str = "") -> str:
    """Say the file is damaged and offer its latest good backup: "restore" (into the data
    file's place, the damaged file kept in backups/), "open" (the backup itself) or ""."""
    box = damaged_box(parent, exc, rest)
    if exc.backup is not None:
        box.addButton(translate("MainWindow", RESTORE_BACKUP),
                      QMessageBox.ButtonRole.AcceptRole)
    box.exec()
    clicked = box.clickedButton()
    if exc.backup is None or clicked is None:
        return ""
    return {translate("MainWindow", OPEN_BACKUP): "open",
            translate("MainWindow", RESTORE_BACKUP): "restore"}.get(clicked.text(), "")


def restore_damaged(exc: DamagedFile) -> str:
    """Restore the damaged file's latest good backup over it; returns the data file."""
    from calaccess_desktop.services.backups.restore import restore

    assert exc.backup is not None
    restore(exc.path, exc.backup, forget_filings=True)  # a damaged file: its best copy
    return str(exc.path)
