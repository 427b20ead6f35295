"""File menu work that runs off the GUI thread: import, export, print, settings, outbox.

Printing and the outbox come from other packages (``pdf``, ``efile``); their menu
items are enabled only when those packages are installed.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from calaccess_desktop.cal.problems import CalFormatError
from calaccess_desktop.fileio import write_file
from calaccess_desktop.services.exporter import export_statement
from calaccess_desktop.services.importer import import_file
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def _has(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def printing_available() -> bool:
    """Whether the PDF printing service is installed."""
    return _has("calaccess_desktop.services.printing")


def outbox_available() -> bool:
    """Whether the e-filing outbox is installed."""
    return _has("calaccess_desktop.services.filing")


def import_cal(window: MainWindow, path: str | None = None) -> None:
    """Import a .CAL file as a new statement (all or nothing), then open it."""
    if path is None:
        path, _f = QFileDialog.getOpenFileName(
            window, translate("MainWindow", "Import a .CAL file"), "",
            translate("MainWindow", "CAL files") + " (*.cal *.CAL);;"
            + translate("MainWindow", "All files") + " (*)")
    if not path:
        return
    store = window.ctx.store

    def work(task: Task) -> Any:
        name = Path(path).name
        task.progress(0, 0, translate("MainWindow", "Reading {name}...").format(name=name))

        def report(phase: str, done: int, total: int) -> None:
            if phase == "Reading":
                task.progress(done, total, translate(
                    "MainWindow", "Reading {name}: line {done} of {total}...").format(
                    name=name, done=f"{done:,}", total=f"{total:,}"))
            else:  # one transaction: no steps to count, and no stopping half way
                task.progress(0, 0, translate(
                    "MainWindow", "Saving {total} records from {name}...").format(
                    total=f"{total:,}", name=name))

        return import_file(store, path, progress=report)

    def done(result: Any) -> None:
        window.statusBar().showMessage(
            translate("MainWindow", "Imported {records} records from {name}.").format(
                records=f"{result.records:,}", name=Path(path).name), 8000)
        window.ctx.hub.changed.emit(Changes(result.statement_id, committees=True,
                                            everything=True))
        window.pane.statement_id = result.statement_id
        window.pane.select_committee(result.committee_id)
        window.open_statement(result.statement_id)

    def failed(exc: BaseException) -> None:
        show_problems(window, translate("MainWindow", "Not imported"),
                      translate("MainWindow", "{name} was not imported; nothing was changed.")
                      .format(name=Path(path).name), exc)

    window.ctx.ops.task(translate("MainWindow", "Importing"), work, done, failed)


def import_history_folder(window: MainWindow, folder: str | None = None) -> None:
    """Import a folder of earlier statements (.CAL files from other software) in date
    order, each file on its own; say what became of each (imported, already there,
    failed and why). Stopping keeps the files imported so far."""
    from calaccess_desktop.services.history_import import import_history, problem_lines

    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            window, translate("MainWindow", "Import earlier statements: choose the folder of "
                              ".CAL files"))
    if not folder:
        return
    store = window.ctx.store
    importing = translate("MainWindow", "Importing {name} ({n} of {total})...")
    imported = translate("MainWindow", "Imported.")

    def work(task: Task) -> Any:
        def report(done: int, total: int, name: str) -> None:
            task.progress(done, total, importing.format(
                name=name, n=f"{done + 1:,}", total=f"{total:,}") if name else imported)
        return import_history(store, [folder], progress=report)

    def done(result: Any) -> None:
        window.ctx.hub.changed.emit(Changes(None, committees=True, everything=True))
        lines = [f"{f.path.name}: {f.outcome}" + (f" ({f.why})" if f.why else "")
                 for f in result.files]
        problems = [p for f in result.files if f.outcome == "failed"
                    for p in problem_lines(f)]
        box = QMessageBox(QMessageBox.Icon.Information if not result.count("failed")
                          else QMessageBox.Icon.Warning,
                          translate("MainWindow", "Earlier statements imported"),
                          f"{Path(folder).name}: {result.summary()}.\n\n"
                          + "\n".join(lines[:FIRST_PROBLEMS])
                          + ("\n..." if len(lines) > FIRST_PROBLEMS else ""),
                          QMessageBox.StandardButton.Ok, window)
        if problems or len(lines) > FIRST_PROBLEMS:
            box.setDetailedText("\n".join(lines + [""] + problems))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        ids = result.statement_ids
        if ids:
            window.open_statement(ids[-1])

    def failed(exc: BaseException) -> None:
        show_problems(window, translate("MainWindow", "Not imported"),
                      translate("MainWindow", "{name}: not imported.").format(
                          name=Path(folder).name), exc)

    window.ctx.ops.task(translate("MainWindow", "Importing earlier statements"), work, done,
                        failed)


FIRST_PROBLEMS = 8  # shown in the message; the rest are behind "Show Details..."


def show_problems(window: MainWindow, title: str, headline: str,
                  exc: BaseException) -> QMessageBox:
    """Say why a file was not read or written: the count, the first problems, every
    problem in the details (there can be hundreds; the box must still fit on the screen)."""
    text = headline
    details = ""
    if isinstance(exc, CalFormatError):
        name = Path(exc.source).name
        count = len(exc.problems) + exc.more
        shown = [p.render(name) for p in exc.problems[:FIRST_PROBLEMS]]
        found = (translate("MainWindow", "{count} problem found") if count == 1
                 else translate("MainWindow", "{count} problems found")).format(count=count)
        first = (translate("MainWindow", ". The first ones:") if count > len(shown)
                 else ":")
        text += f"\n\n{found}{first}\n" + "\n".join(shown)
        if count > len(shown):
            details = str(exc)
    else:
        text += f"\n\n{exc}"
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.Ok, window)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    wide = box.fontMetrics().horizontalAdvance("0") * 80  # one problem per line
    box.setStyleSheet(f"QLabel#qt_msgbox_label {{ min-width: {wide}px; }}")
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def export_cal(window: MainWindow, path: str | None = None) -> None:
    """Write the open statement as a .CAL file."""
    sid = window.editor.statement_id
    if sid is None:
        window.statusBar().showMessage(translate("MainWindow", "Open a statement first."),
                                       4000)
        return
    if path is None:
        path, _f = QFileDialog.getSaveFileName(
            window, translate("MainWindow", "Export as a .CAL file"), f"statement-{sid}.cal",
            translate("MainWindow", "CAL files") + " (*.cal)")
    if not path:
        return
    store = window.ctx.store
    writing = translate("MainWindow", "Writing the .CAL file...")

    def work(task: Task) -> int:
        task.progress(0, 0, writing)
        data = export_statement(store, sid, target=path)
        write_file(path, data)  # links written through, special files refused
        return len(data)

    def failed(exc: BaseException) -> None:
        why = (translate("MainWindow", "{name} was not written: the statement has values the "
                         "CAL format does not allow. Fix them and export again.")
               if isinstance(exc, CalFormatError) else
               translate("MainWindow", "{name} was not written."))
        show_problems(window, translate("MainWindow", "Not exported"),
                      why.format(name=Path(path).name), exc)

    wrote = translate("MainWindow", "Wrote {n} bytes to {path}.")
    window.ctx.ops.task(translate("MainWindow", "Exporting"), work,
                        lambda n: window.statusBar().showMessage(
                            wrote.format(n=f"{n:,}", path=path), 8000), failed)


def backup_data_file(window: MainWindow, path: str | None = None) -> None:
    """Save a checked copy of the data file (open the copy to restore it)."""
    from calaccess_desktop.services.backup import BackupResult, backup_store

    store = window.ctx.store
    if path is None:
        stamp = dt.date.today().strftime("%Y-%m-%d")
        path, _f = QFileDialog.getSaveFileName(
            window, translate("MainWindow", "Back up the data file"),
            f"calaccess-backup-{stamp}.sqlite",
            translate("MainWindow", "Data files") + " (*.sqlite)")
    if not path:
        return
    target = path
    copying = translate("MainWindow", "Copying the data file...")
    copying_page = translate("MainWindow", "Copying the data file: page {done} of {total}...")

    def work(task: Task) -> BackupResult:
        task.progress(0, 0, copying)
        return backup_store(store, target, replace=True,  # the save dialog asked
                            progress=lambda done, total: task.progress(
                                done, total,
                                copying_page.format(done=f"{done:,}", total=f"{total:,}")))

    def done(result: BackupResult) -> None:
        window.statusBar().showMessage(
            translate("MainWindow", "Backed up to {path} ({size} bytes, checked). To restore "
                      "it, open it in Settings > Data file.").format(
                path=result.path, size=f"{result.size:,}"), 12000)

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(window, translate("MainWindow", "Not backed up"), str(exc))

    window.ctx.ops.task(translate("MainWindow", "Backing up"), work, done, failed)


def print_preview(window: MainWindow) -> None:
    """Render the statement to PDF off the GUI thread and show it."""
    if not printing_available() or window.editor.statement_id is None:
        window.statusBar().showMessage(translate("MainWindow", "Open a statement to print it."),
                                       4000)
        return
    from calaccess_desktop.ui.controllers.print_preview import show_print_preview

    show_print_preview(window)


def settings(window: MainWindow) -> None:
    """The settings dialog."""
    from calaccess_desktop.ui.controllers.settings_dialog import SettingsDialog

    info = window.editor.info
    filer = info.filer_id if info is not None else ""
    dialog = SettingsDialog(window.ctx, window.settings, window, filer_id=filer)
    dialog.exec()
    after_settings(window, dialog)


def after_settings(window: MainWindow, dialog: Any) -> None:
    """Reopen on another data file if the user asked for it now."""
    if dialog.switch_to:
        from calaccess_desktop.ui.controllers.data_file import switch_data_file

        switch_data_file(window, dialog.switch_to)


def file_statement(window: MainWindow) -> None:
    """Check, freeze and e-file the open statement."""
    if not outbox_available() or window.editor.statement_id is None:
        window.statusBar().showMessage(translate("MainWindow", "Open a statement to file it."),
                                       4000)
        return
    from calaccess_desktop.ui.controllers.outbox_panel import file_statement as run

    run(window)


def outbox(window: MainWindow) -> None:
    """The e-filing outbox."""
    if not outbox_available():
        window.statusBar().showMessage(
            translate("MainWindow", "E-filing is not available in this version."), 4000)
        return
    from calaccess_desktop.ui.controllers.outbox_panel import show_outbox

    show_outbox(window)
