"""File > Export for accountant...: the open statement's transactions, or one schedule, as
an Excel workbook or a CSV file (``services/sheet_export``), written in the background."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.schedule_rows import schedule_counts
from calaccess_desktop.services.sheet_export import (
    ALL,
    SheetExport,
    SheetsToWrite,
    read_export,
    write_export,
)
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

Choice = tuple[str, str]  # (schedule key or 'all', words)

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def export_choices(session: Session, statement_id: int) -> list[Choice]:
    """What can be exported: all transactions, then each schedule with its entry count."""
    stmt = session.get(Statement, statement_id)
    if stmt is None:
        return []
    counts = schedule_counts(session, statement_id)
    total = sum(n for (rt, _ft), n in counts.items()
                if rt in ("RCPT", "EXPN", "LOAN", "DEBT", "S496", "S497", "S498", "S401"))
    out = [(ALL, translate("ExportDialog", "All transactions ({total})").format(
        total=f"{total:,}"))]
    for part in spec_for(stmt.form_type).parts:
        n = counts.get((part.rec_type, part.form_type), 0)
        words = (translate("ExportDialog", "{title} ({n} entry)") if n == 1
                 else translate("ExportDialog", "{title} ({n} entries)"))
        out.append((part.key, words.format(title=part.title, n=f"{n:,}")))
    return out


class ExportDialog(QDialog):
    """Choose what (all or one schedule), the kind of file and where; Export writes it."""

    def __init__(self, ctx: AppContext, statement_id: int, parent: QWidget | None = None,
                 *, folder: str | Path = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id = statement_id
        self.result_export: SheetExport | None = None
        self.setWindowTitle(self.tr("Export for accountant"))
        self.setAccessibleName(self.tr("Export for accountant"))
        self.what = QComboBox()
        self.what.setAccessibleName(self.tr("What to export"))
        self.what.currentIndexChanged.connect(lambda _i: self._suggest_name())
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx): all transactions come with "
                                         "each schedule on its own sheet"))
        self.csv = QRadioButton(self.tr("CSV file (.csv): one table, for any spreadsheet "
                                        "program"))
        self.xlsx.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.xlsx)
        kinds.addButton(self.csv)
        kinds.buttonToggled.connect(lambda _b, _on: self._suggest_name())
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to write"))
        choose = QPushButton(self.tr("Choose..."))
        choose.clicked.connect(self.choose_file)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.folder = Path(folder) if folder else Path.home()
        note = QLabel(self.tr("Amounts are numbers in dollars (memo entries and sub-items are "
                              "marked and not counted in totals); dates are dates. A name or "
                              "description that starts like a spreadsheet formula (=, +, -, "
                              "@) is shown with a leading ' so that it never runs."))
        note.setWordWrap(True)
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.said.setAccessibleName(self.tr("Export result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(self.tr("Export"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("What"), self.what)
        form.addRow(self.tr("Kind of file"), self.xlsx)
        form.addRow("", self.csv)
        form.addRow(self.tr("Save as"), where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.said)
        layout.addWidget(buttons)
        self.resize(640, 260)
        sid = statement_id
        self.ctx.ops.read(lambda s: export_choices(s, sid), self._fill, owner=self)

    def _fill(self, choices: list[Choice]) -> None:
        self.what.clear()
        for key, words in choices:
            self.what.addItem(words, key)
        self._suggest_name()

    def schedule(self) -> str:
        """The chosen schedule's key, or 'all'."""
        return str(self.what.currentData() or ALL)

    def suffix(self) -> str:
        """'.xlsx' or '.csv', as chosen."""
        return ".xlsx" if self.xlsx.isChecked() else ".csv"

    def _suggest_name(self) -> None:
        current = self.path.text().strip()
        folder = Path(current).parent if current else self.folder
        what = "all" if self.schedule() == ALL else f"schedule-{self.schedule().lower()}"
        self.path.setText(str(folder / f"statement-{self.statement_id}-{what}{self.suffix()}"))

    def choose_file(self) -> None:
        """Pick where to save (the kind of file follows the name chosen)."""
        excel = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV file (*.csv)")
        wanted = excel if self.xlsx.isChecked() else csv
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("Export for accountant"), self.path.text(),
            f"{excel};;{csv}", wanted)
        if not path:
            return
        if Path(path).suffix.lower() not in (".xlsx", ".csv"):
            path += self.suffix()
        (self.csv if path.lower().endswith(".csv") else self.xlsx).setChecked(True)
        self.path.setText(path)

    def export(self) -> None:
        """Read the sheets on the database thread, write them on the drawing one (the
        window and the database stay free); close when the file is written."""
        path = self.path.text().strip()
        if not path:
            self.said.setText(self.tr("Say where to save the file."))
            return
        if Path(path).suffix.lower() != self.suffix():
            path = str(Path(path).with_suffix(self.suffix()))
            self.path.setText(path)
        store, sid, schedule = self.ctx.store, self.statement_id, self.schedule()
        self.export_button.setEnabled(False)
        self.said.setText(self.tr("Reading the statement..."))
        title = self.tr("Exporting for the accountant")
        reading = self.tr("Reading the statement...")

        def write(found: SheetsToWrite) -> None:  # no store needed: off the database thread
            self.said.setText(self.tr("Writing..."))
            self.ctx.ops.task(title,
                              lambda task: write_export(found, path, progress=task.progress),
                              done, failed, cpu=True, on_cancel=stopped)

        def done(result: SheetExport) -> None:
            self.result_export = result
            self.said.setText(self.tr("Wrote {rows} entries to {path}.").format(
                rows=f"{result.rows:,}", path=result.path))
            self.export_button.setEnabled(True)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.said.setText(self.tr("Not written: {error}").format(error=exc))
            QMessageBox.warning(self, self.tr("Not exported"), str(exc))

        def stopped() -> None:
            self.export_button.setEnabled(True)
            self.said.setText(self.tr("Stopped; nothing was written."))

        def read(task: Task) -> SheetsToWrite:
            task.progress(0, 0, reading)
            with store.read() as session:
                return read_export(session, sid, path, schedule)

        self.ctx.ops.task(title, read, write, failed,
                          on_cancel=stopped)


def export_for_accountant(window: MainWindow) -> Any:
    """The File menu action: the dialog for the open statement."""
    sid = window.editor.statement_id
    if sid is None:
        window.statusBar().showMessage(translate("MainWindow", "Open a statement first."), 4000)
        return None
    dialog = ExportDialog(window.ctx, sid, window)

    def written() -> None:
        if dialog.result_export is not None:
            result = dialog.result_export
            window.statusBar().showMessage(
                translate("MainWindow", "Wrote {rows} entries to {path} for the accountant.")
                .format(rows=f"{result.rows:,}", path=result.path), 12000)

    dialog.accepted.connect(written)
    dialog.open()
    return dialog
