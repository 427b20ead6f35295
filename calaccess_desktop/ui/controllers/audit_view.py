"""The History window: the audit trail of a statement, or of one entry of it, or of a
committee's profile with the changes to the data file's users.

One line per action (when, who, what), and under it each row it changed with every field
before and after. Read on the database thread; "Save as PDF..." writes the same report
as ``calaccess-desktop audit STATEMENT -o FILE.pdf`` (drawn on the drawing pool).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.audit.report import (
    VERBS,
    TrailLine,
    committee_trail_of,
    trail_of,
)
from calaccess_desktop.ui.context import AppContext


def change_text(what: str, field: str, before: str, after: str) -> str:
    """'Amount: 100.00 -> 150.00' for a change; the value alone for a row added or
    deleted."""
    if what == "changed":
        return f"{field}: {before or '(empty)'} -> {after or '(empty)'}"
    return f"{field}: {after if what == 'added' else before}"


class AuditView(QDialog):
    """The trail of ``statement_id`` (or of its entry ``tran_id``), or, with
    ``committee_id``, of that committee's profile and the data file's users."""

    def __init__(self, ctx: AppContext, statement_id: int | None, tran_id: str = "",
                 parent: QWidget | None = None, *, committee_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.statement_id, self.tran_id = statement_id, tran_id
        self.committee_id = committee_id
        self.heading = ""
        self.lines: list[TrailLine] = []
        self.setObjectName("AuditView")
        self.setWindowTitle(
            self.tr("History of the committee profile and users") if committee_id is not None
            else self.tr("History of entry {tran}").format(tran=tran_id) if tran_id
            else self.tr("History of statement {n}").format(n=statement_id))
        self.title = QLabel(self.tr("Loading the history..."))
        self.title.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Changes, newest last"))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What")])
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_pdf = QPushButton(self.tr("Save as &PDF..."))
        self.save_pdf.setEnabled(False)
        self.save_pdf.clicked.connect(self.ask_pdf)
        buttons.addButton(self.save_pdf, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.tree, 1)
        box.addWidget(buttons)
        self.resize(900, 560)
        self.refresh()

    def refresh(self) -> None:
        """Read the trail again (on the database thread)."""
        sid, tran, cid = self.statement_id, self.tran_id or None, self.committee_id
        if cid is not None:
            self.ctx.ops.read(lambda s: committee_trail_of(s, cid), self._show, self._failed,
                              owner=self)
            return
        assert sid is not None
        self.ctx.ops.read(lambda s: trail_of(s, sid, tran), self._show, self._failed,
                          owner=self)

    def _failed(self, exc: BaseException) -> None:
        self.title.setText(str(self.ctx.ops.plain(exc)))

    def _show(self, found: tuple[str, list[TrailLine]]) -> None:
        self.heading, self.lines = found
        self.title.setText(self.heading if self.lines else
                           self.tr("{heading}: nothing recorded yet.").format(
                               heading=self.heading))
        self.tree.clear()
        for line in self.lines:
            when = line.at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            top = QTreeWidgetItem([when, line.who, line.action])
            for change in line.changes:
                row = QTreeWidgetItem(["", "", f"{VERBS[change.what]} {change.subject} "
                                               f"{change.what}"])
                for f in change.fields:
                    row.addChild(QTreeWidgetItem(["", "", change_text(
                        change.what, f.field, f.before, f.after)]))
                top.addChild(row)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.save_pdf.setEnabled(True)

    def ask_pdf(self) -> None:
        """Ask where, then write the PDF in the background."""
        name = (f"history-committee-{self.committee_id}.pdf" if self.committee_id is not None
                else f"history-statement-{self.statement_id}" + (
                    f"-{self.tran_id}" if self.tran_id else "") + ".pdf")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the history as PDF"), name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        """Write the trail shown to ``path`` as a PDF (on the drawing pool)."""
        from calaccess_desktop.fileio import write_file
        from calaccess_desktop.services.audit.printout import trail_pdf

        heading, lines = self.heading, list(self.lines)
        self.ctx.ops.task(self.tr("Saving the history"),
                          lambda _t: write_file(path, trail_pdf(heading, lines)),
                          self._saved, self._failed, cpu=True, dialog=False)

    def _saved(self, written: Any) -> None:
        self.title.setText(self.tr("{heading} (saved to {path})").format(
            heading=self.heading, path=written))


def open_history(window: Any, *, entry: bool = False) -> AuditView | None:
    """The History window of the window's open statement (``entry``: of the entry open
    in the entry form); None, with a word in the status bar, when there is none."""
    editor = window.editor
    sid = editor.statement_id
    if sid is None:
        window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Open a statement first."), 4000)
        return None
    tran = ""
    if entry:
        tab = editor.schedule_tabs.get(getattr(editor, "current_key", ""), None)
        tabs = [tab] if tab is not None else list(editor.schedule_tabs.values())
        tran = next((t.form.tran_id for t in tabs
                     if t.isVisible() and getattr(t.form, "tran_id", "")), "")
        if not tran:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Open an entry first."), 4000)
            return None
    view = AuditView(window.ctx, sid, tran, window)
    view.show()
    return view
