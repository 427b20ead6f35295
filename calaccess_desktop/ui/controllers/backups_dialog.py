"""The Backups window (Settings > Data file > Backups..., File > Backups...): the data
file's backups with what each holds, "Back up now", and restoring one after showing what
it changes. Everything that reads or writes files runs in the background (``ops``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.backups import BackupInfo, list_backups, take
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.services.backups.restore import Restored, RestorePlan
    from calaccess_desktop.ui.context import AppContext
    from calaccess_desktop.ui.main_window import MainWindow

COLUMNS = (QT_TRANSLATE_NOOP("BackupsDialog", "Taken"), QT_TRANSLATE_NOOP("BackupsDialog", "Why"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Committees"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Statements"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Last change"),
           QT_TRANSLATE_NOOP("BackupsDialog", "Size"))


def _cells(info: BackupInfo) -> list[str]:
    c = info.contents
    last = c.last_change.astimezone().strftime("%Y-%m-%d %H:%M") if c and c.last_change else ""
    return [info.taken.strftime("%Y-%m-%d %H:%M:%S"), info.why,
            str(c.committees) if c else "?", str(c.statements) if c else "?",
            last if c else info.problem, f"{info.size / 1e6:,.1f} MB"]


class BackupsDialog(QDialog):
    """List, back up now, preview and restore. ``restored`` is set after a restore: the
    caller reopens the window on the data file."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.restored = False
        self.backups: list[BackupInfo] = []
        self.setWindowTitle(self.tr("Backups of the data file"))
        self.setObjectName("BackupsDialog")
        self.setAccessibleName(self.tr("Backups of the data file"))
        note = QLabel(
            self.tr("Backups of {location}. One is made on its own after a while of changes "
                    "(at most once an hour) and before every import, amendment and restore; "
                    "the last 10 are kept, then one a day for a month and one a month for a "
                    "year. Each is checked when it is made.").format(location=ctx.store.location))
        note.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._chosen)
        self.changes = QPlainTextEdit()
        self.changes.setReadOnly(True)
        self.changes.setAccessibleName(self.tr("What restoring the chosen backup changes"))
        self.changes.setPlaceholderText(
            self.tr("Choose a backup to see what restoring it changes."))
        self.now_button = QPushButton(self.tr("Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore this backup..."))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 3)
        layout.addWidget(QLabel(self.tr("What restoring it changes:")))
        layout.addWidget(self.changes, 2)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.plan: RestorePlan | None = None
        self.resize(self.fontMetrics().horizontalAdvance("0") * 120,
                    self.fontMetrics().height() * 34)
        self.reload()

    # ------------------------------------------------------------------ list

    def reload(self) -> None:
        """Read the list of backups in the background."""
        location = self.ctx.store.location
        self.ctx.ops.task(self.tr("Reading the backups"), lambda _t: list_backups(location),
                          self._show, dialog=False, network=True, quiet=True)

    def _show(self, found: list[BackupInfo]) -> None:
        self.backups = found
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            for col, text in enumerate(_cells(info)):
                item = QTableWidgetItem(text)
                if col in (2, 3, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(str(info.path))
                self.table.setItem(row, col, item)
        for col in (0, 2, 3, 4, 5):
            self.table.resizeColumnToContents(col)
        if not found:
            self.changes.setPlainText(self.tr("No backups yet. Back up now makes one."))

    def chosen(self) -> BackupInfo | None:
        """The selected backup."""
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _chosen(self) -> None:
        from calaccess_desktop.services.backups.restore import plan_restore

        info = self.chosen()
        self.plan = None
        self.restore_button.setEnabled(False)
        if info is None:
            return
        self.changes.setPlainText(self.tr("Comparing the backup with the data file..."))
        location = self.ctx.store.location

        def shown(plan: RestorePlan) -> None:
            if self.chosen() is info:
                self.plan = plan
                self.changes.setPlainText("\n".join(plan.lines()))
                self.restore_button.setEnabled(True)

        self.ctx.ops.task(self.tr("Comparing"), lambda _t: plan_restore(location, info.path), shown,
                          lambda exc: self.changes.setPlainText(str(exc)), dialog=False,
                          network=True, quiet=True)

    # ------------------------------------------------------------------ actions

    def back_up_now(self) -> None:
        """Take a backup now, then list again."""
        location = self.ctx.store.location
        backing_up = self.tr("Backing up the data file...")

        def work(task: Task) -> object:
            task.progress(0, 0, backing_up)
            return take(location, "manual")

        not_backed_up = self.tr("Not backed up")
        self.ctx.ops.task(self.tr("Backing up"), work, lambda _p: self.reload(),
                          lambda exc: _warn(self, not_backed_up, exc))

    def restore_chosen(self) -> None:
        """Confirm with what changes, then restore (the current file is kept first)."""
        from calaccess_desktop.services.backups.restore import restore
        from calaccess_desktop.services.users.roles import RESTORE

        info, plan = self.chosen(), self.plan
        if info is None or plan is None:
            return
        user = getattr(self.parent(), "user", None)  # the window's login (its users)
        why = user.why_not(RESTORE) if user is not None else ""
        if why:
            QMessageBox.warning(self, self.tr("Not restored"), why)
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Restore this backup?"),
                          self.tr("Restore the backup taken {taken}?").format(
                              taken=f"{info.taken:%Y-%m-%d %H:%M}") + "\n\n"
                          + "\n".join(plan.lines()[:20]) + "\n\n"
                          + self.tr("The data file as it is now is kept as a backup first."),
                          QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        box.setObjectName("ConfirmRestore")
        box.exec()
        if box.clickedButton() is not go:
            return
        location = self.ctx.store.location
        restoring = self.tr("Restoring the backup...")

        def work(task: Task) -> Restored:
            task.progress(0, 0, restoring)
            return restore(location, info.path, forget_filings=True)  # its box said so

        def done(result: Restored) -> None:
            self.restored = True
            kept = (" " + self.tr("The file as it was is kept in {path}.").format(
                path=result.kept) if result.kept else "")
            QMessageBox.information(self, self.tr("Backup restored"),
                                    self.tr("The backup was restored; the window reopens on "
                                            "it.") + kept)
            self.accept()

        not_restored = self.tr("Not restored")
        self.ctx.ops.task(self.tr("Restoring"), work, done,
                          lambda exc: _warn(self, not_restored, exc))


def show_backups(window: QWidget, ctx: AppContext) -> bool:
    """Open the Backups window; True when a backup was restored (reopen the window)."""
    dialog = BackupsDialog(ctx, window)
    dialog.exec()
    return dialog.restored


def backups_window(window: MainWindow) -> None:
    """File > Backups...: the window reopens on the data file after a restore."""
    if show_backups(window, window.ctx):
        from calaccess_desktop.ui.controllers.data_file import switch_data_file

        switch_data_file(window, window.ctx.store.location)


def _warn(parent: QWidget, title: str, exc: BaseException) -> None:
    QMessageBox.warning(parent, title, str(exc))
