"""Main window: menus, shortcuts and layout only; behaviour lives in the controllers.

Committees and their statements on the left, the open statement on the right,
findings at the bottom. With no statement open the right side is the start page
(``first_run``: the welcome on a first start, else what to do next). Window geometry
is kept in QSettings; where the user was (committee, statement, tab, row, unsaved
typing) in the session file, except in counter mode (``counter_mode``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QWidget,
)

from calaccess_desktop import APP_NAME
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.entries import redo_action, set_ready, undo_action
from calaccess_desktop.services.officers import primary_officer
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.undo import UndoStatus, undo_status
from calaccess_desktop.ui import gc_guard
from calaccess_desktop.ui.context import AppContext, Changes, Hub, StateKeeper
from calaccess_desktop.ui.controllers import bundle_dialog, file_actions
from calaccess_desktop.ui.controllers.about_dialog import (
    announce_newer_version,
    app_icon,
    show_about,
)
from calaccess_desktop.ui.controllers.audit_view import open_history
from calaccess_desktop.ui.controllers.autosend import OutboxSender
from calaccess_desktop.ui.controllers.backups_dialog import backups_window
from calaccess_desktop.ui.controllers.calendar_dialog import CalendarDialog
from calaccess_desktop.ui.controllers.change_watch import ChangeWatcher
from calaccess_desktop.ui.controllers.committee_pane import CommitteePane
from calaccess_desktop.ui.controllers.counter_mode import CounterMode
from calaccess_desktop.ui.controllers.data_file import AutoBackup, watch_waits
from calaccess_desktop.ui.controllers.export_dialog import export_for_accountant
from calaccess_desktop.ui.controllers.findings_panel import FindingsPanel
from calaccess_desktop.ui.controllers.first_run import StartPage, open_demo
from calaccess_desktop.ui.controllers.login_dialog import UserSession
from calaccess_desktop.ui.controllers.mark_filed_dialog import open_mark_filed, save_packet
from calaccess_desktop.ui.controllers.navigation import go_to_finding, restore_place
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog
from calaccess_desktop.ui.controllers.quick_switch import QuickSwitch
from calaccess_desktop.ui.controllers.sheet_import_dialog import import_sheet
from calaccess_desktop.ui.controllers.statement_dialogs import AmendDialog, NewStatementDialog
from calaccess_desktop.ui.controllers.statement_editor import StatementEditor
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.ops import OpRunner


def shortcuts_help() -> str:
    """The F1 table of keyboard shortcuts, in the interface's language."""
    return QCoreApplication.translate("MainWindow", """<table>
<tr><td><b>Ctrl+K</b></td><td>Switch committee</td></tr>
<tr><td><b>Ctrl+F</b></td><td>Find a committee</td></tr>
<tr><td><b>Ctrl+N</b></td><td>New entry on the current schedule</td></tr>
<tr><td><b>Enter</b></td><td>Save the entry (in the form) / edit the row (in a table)</td></tr>
<tr><td><b>Esc</b></td><td>Clear the form or go back to the saved entry</td></tr>
<tr><td><b>Delete</b></td><td>Delete the selected row (Ctrl+Z brings it back)</td></tr>
<tr><td><b>Ctrl+PgDown / Ctrl+PgUp</b></td><td>Next / previous schedule</td></tr>
<tr><td><b>Ctrl+1 ... Ctrl+9</b></td><td>Cover page, Summary, Schedule A ...</td></tr>
<tr><td><b>Ctrl+Z / Ctrl+Shift+Z</b></td><td>Undo / redo</td></tr>
<tr><td><b>F5</b></td><td>Check the statement</td></tr>
<tr><td><b>Ctrl+Shift+N</b></td><td>New statement</td></tr>
<tr><td><b>Ctrl+Shift+L</b></td><td>Filing calendar of the committee</td></tr>
<tr><td><b>Ctrl+P</b></td><td>Print preview; in it, Ctrl+F finds text, F3 / Shift+F3 the next /
previous match</td></tr>
</table>
<p>An amendment's last page, "Changes since filed", lists what re-filing it changes.</p>""")


def key_sequences(spec: Any) -> list[QKeySequence]:
    """Every key sequence of a shortcut spec (a standard key, a text like "Ctrl+K", or
    a list of them), each once: a standard key brings all its platform bindings, and a
    sequence listed twice would make Qt refuse the key as an "ambiguous shortcut"."""
    out: list[QKeySequence] = []
    seen: set[str] = set()
    for item in spec if isinstance(spec, list) else [spec]:
        if isinstance(item, QKeySequence.StandardKey):
            found = QKeySequence.keyBindings(item)
        else:
            found = [QKeySequence(item)]
        for keys in found:
            name = keys.toString(QKeySequence.SequenceFormat.PortableText)
            if name and name not in seen:
                seen.add(name)
                out.append(keys)
    return out


# Version of the saved dock layout: layouts saved before the findings panel showed eight
# rows (version 0) are not restored, so the panel opens at its new height.
DOCK_LAYOUT = 1


class MainWindow(QMainWindow):
    """The application window."""

    def __init__(self, store: Store, *, synchronous: bool = False,
                 settings: QSettings | None = None, restore: bool = True,
                 autosend: bool | None = None, counter: bool | None = None) -> None:
        super().__init__()
        gc_guard.hold(self)  # the cyclic collector runs on this thread only (ui/gc_guard.py)
        self.settings = settings if settings is not None else QSettings()
        ops = OpRunner(store, synchronous=synchronous, parent_widget=self)
        self.ctx = AppContext(store, ops, Hub(), StateKeeper(store.location))
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.setObjectName("MainWindow")
        self.pane = CommitteePane(self.ctx)
        self.editor = StatementEditor(self.ctx)
        self.findings = FindingsPanel(self.ctx)
        self.counter = self._make_counter(counter)
        self.start_page = self._make_start_page()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.pane)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setObjectName("MainSplitter")
        self.splitter = split
        self.setCentralWidget(split)
        dock = QDockWidget(self.tr("Findings (problems to fix before filing)"), self)
        dock.setObjectName("FindingsDock")
        dock.setWidget(self.findings)
        dock.setAccessibleName(self.tr("Findings"))
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.findings_dock = dock
        self.busy = QLabel()
        self.statusBar().addPermanentWidget(self.busy)
        self.outbox_button = QPushButton()
        self.outbox_button.setFlat(True)
        self.outbox_button.setAccessibleName(self.tr("Outbox waiting for a password"))
        self.outbox_button.clicked.connect(lambda: file_actions.outbox(self))
        self.outbox_button.setVisible(False)
        self.statusBar().addPermanentWidget(self.outbox_button)
        watch_waits(self)  # "Waiting for another program..." while the data file is busy
        self.auto_backup = AutoBackup(self)  # after a while of changes, at most hourly
        self.outbox_sender = self._make_sender(synchronous if autosend is None else not autosend)
        self._make_actions()
        self.user = UserSession(self)  # who is logged in (only when the file has users)
        self._make_menus()
        for action, capability in ((self.act_file, "file"), (self.act_amend, "amend"),
                                   (self.act_mark_filed, "file")):
            self.user.gate(action, capability)
        self._connect()
        self.resize(1280, 800)
        title = dock.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight, None, dock)
        self.resizeDocks([dock], [self.findings.height_for_rows() + title],
                         Qt.Orientation.Vertical)
        split.setSizes([self.fontMetrics().horizontalAdvance("0") * 36, 1000])
        self._restore_window()
        if self.counter is not None:
            self.counter.hide_committee_list()
        self.pane.refresh()
        self.refresh_undo()
        if self.counter is not None:
            self.counter.next_visitor()  # what a run before this one left is put away
        elif restore:
            restore_place(self)
        if self.outbox_sender is not None:
            self.outbox_sender.start(first_after_ms=1000)
        self.change_watch = ChangeWatcher(
            self.ctx, self, say=lambda text: self.statusBar().showMessage(text, 5000),
            open_statement=lambda: self.editor.statement_id)
        if not synchronous:  # others' edits appear without a restart (a poll, or NOTIFY)
            self.change_watch.start()
            announce_newer_version(self, self.ctx)  # only when turned on in Settings
        self.user.start()  # asks for a login only when the data file has users

    def _make_counter(self, counter: bool | None) -> CounterMode | None:
        """Counter mode when asked (``--counter``), else as Settings say."""
        from calaccess_desktop import settings as settings_mod

        values, _why = settings_mod.load_or_defaults()
        on = values.counter_mode if counter is None else counter
        return CounterMode(self, values.counter_idle_minutes) if on else None

    def _make_start_page(self) -> StartPage:
        """The start page takes the place of the editor's "no statement" page."""
        page = StartPage(self.ctx, lambda: self.pane.committee_id,
                         counter=self.counter is not None,
                         finder=self.counter.finder if self.counter is not None else None)
        stack = self.editor.stack
        stack.removeWidget(self.editor.placeholder)
        self.editor.placeholder.hide()
        stack.insertWidget(0, page)
        stack.setCurrentIndex(0)
        page.create_committee.connect(self.new_committee)
        page.open_demo.connect(lambda: open_demo(self))
        page.import_history.connect(lambda: file_actions.import_history_folder(self))
        page.import_cal.connect(lambda: file_actions.import_cal(self))
        page.import_bundle.connect(lambda: bundle_dialog.import_hand_off(self))
        page.new_statement.connect(self.new_statement)
        page.show_calendar.connect(self.filing_calendar)
        page.edit_profile.connect(lambda: self.edit_profile())
        page.show_backups.connect(lambda: backups_window(self))
        if self.counter is not None:
            self.counter.cleared.connect(page.refresh)
        return page

    def _make_sender(self, off: bool) -> OutboxSender | None:
        """The background sender (off in synchronous windows: screenshots, most tests)."""
        if off or not file_actions.outbox_available():
            return None
        sender = OutboxSender(self.ctx, say=lambda text: self.statusBar().showMessage(
            text, 15000))
        sender.needs_password_changed.connect(self._outbox_needs)
        if self.counter is not None:  # a visitor hears only of their own committee
            sender.scope = lambda: self.pane.committee_id
            self.counter.finder.chosen.connect(lambda _cid: self._outbox_needs())
            self.counter.cleared.connect(self._outbox_needs)
        return sender

    def _outbox_needs(self) -> None:
        count = len(self.outbox_sender.waiting()) if self.outbox_sender is not None else 0
        self.outbox_button.setText(
            self.tr("Outbox: {n} waiting for your password").format(n=count))
        self.outbox_button.setVisible(count > 0)

    # ------------------------------------------------------------------ actions & menus

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcuts(key_sequences(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        a = self._action
        std = QKeySequence.StandardKey
        self.act_new_committee = a(self.tr("New &committee..."), self.new_committee,
                                   "Ctrl+Shift+M")
        self.act_new_statement = a(self.tr("New &statement..."), self.new_statement,
                                   "Ctrl+Shift+N")
        self.act_import = a(self.tr("&Import .CAL file..."),
                            lambda: file_actions.import_cal(self), "Ctrl+I")
        self.act_import_history = a(
            self.tr("Import &earlier statements (folder)..."),
            lambda: file_actions.import_history_folder(self),
            tip=self.tr("A folder of .CAL files from other software, imported in date order"))
        self.act_import_sheet = a(self.tr("Import &spreadsheet..."), lambda: import_sheet(self),
                                  tip=self.tr("Contributions, payments, loans or contacts from "
                                              "a CSV or Excel file into the open statement"))
        self.act_export = a(self.tr("&Export .CAL file..."),
                            lambda: file_actions.export_cal(self), "Ctrl+E")
        self.act_export_sheet = a(self.tr("Export for &accountant..."),
                                  lambda: export_for_accountant(self),
                                  tip=self.tr("The statement's transactions, or one schedule, "
                                              "as an Excel workbook or a CSV file"))
        self.act_print = a(self.tr("&Print preview..."),
                           lambda: file_actions.print_preview(self), std.Print)
        self.act_backup = a(self.tr("&Back up data file..."),
                            lambda: file_actions.backup_data_file(self),
                            tip=self.tr("Save a checked copy of all your committees and "
                                        "statements"))
        self.act_backups = a(self.tr("Bac&kups..."), lambda: backups_window(self),
                             tip=self.tr("The automatic backups of the data file; restore one"))
        self.act_hand_off = a(self.tr("&Hand off committee..."),
                              lambda: bundle_dialog.hand_off(self),
                              tip=self.tr("One file with everything about a committee, for "
                                          "the next treasurer"))
        self.act_import_bundle = a(self.tr("Import hand-off &bundle..."),
                                   lambda: bundle_dialog.import_hand_off(self))
        self.act_settings = a(self.tr("Se&ttings..."), lambda: file_actions.settings(self),
                              [std.Preferences, "Ctrl+,"])
        self.act_next_visitor = a(self.tr("Ne&xt visitor"), self.next_visitor, "Ctrl+Shift+X",
                                  self.tr("Put this visit away: nothing of this committee "
                                          "stays on the screen for the next visitor"))
        self.act_quit = a(self.tr("&Quit"), self.close, [std.Quit, "Ctrl+Q"])
        self.act_undo = a(self.tr("&Undo"), self.undo, std.Undo)
        self.act_redo = a(self.tr("&Redo"), self.redo, [std.Redo, "Ctrl+Shift+Z"])
        self.act_new_entry = a(self.tr("&New entry"), self.new_entry, std.New,
                               self.tr("New row on this schedule"))
        self.act_sub_item = a(self.tr("Add &sub-item"), self.add_sub_item, "Ctrl+Shift+U")
        self.act_find = a(self.tr("&Find committee"), self.find_committee, std.Find)
        self.act_switch = a(self.tr("S&witch committee..."), self.switch_committee, "Ctrl+K")
        self.act_calendar = a(self.tr("Filing &calendar..."), self.filing_calendar,
                              "Ctrl+Shift+L",
                              self.tr("What the chosen committee files this year, with due "
                                      "dates"))
        self.act_next = a(self.tr("&Next schedule"), lambda: self.editor.step_tab(1),
                          "Ctrl+PgDown")
        self.act_prev = a(self.tr("&Previous schedule"), lambda: self.editor.step_tab(-1),
                          "Ctrl+PgUp")
        self.act_profile = a(self.tr("Committee &profile..."), self.edit_profile,
                             "Ctrl+Shift+P")
        self.act_check = a(self.tr("&Check statement"), self.check_statement, "F5")
        self.act_ready = a(self.tr("Mark &ready to file"), self.mark_ready, "Ctrl+Shift+R")
        self.act_amend = a(self.tr("&Amend filed statement..."), self.amend)
        self.act_delete_statement = a(self.tr("&Delete statement..."), self.delete_statement,
                                      tip=self.tr("Delete this draft statement and all its "
                                                  "entries (Edit > Undo brings it back)"))
        self.act_file = a(self.tr("&File with the filing officer..."),
                          lambda: file_actions.file_statement(self), "Ctrl+Shift+F",
                          self.tr("Check, freeze and e-file the open statement"))
        self.act_outbox = a(self.tr("&Outbox..."), lambda: file_actions.outbox(self),
                            "Ctrl+Shift+O")
        self.act_packet = a(self.tr("Filing pac&ket..."), lambda: save_packet(self),
                            tip=self.tr("Where and how to deliver this statement on paper or "
                                        "by e-mail, then the statement to sign, as one PDF"))
        self.act_mark_filed = a(self.tr("&Mark filed on paper..."),
                                lambda: open_mark_filed(self),
                                tip=self.tr("Record that this statement was delivered, mailed "
                                            "or e-mailed to its filing officer"))
        self.act_history = a(self.tr("&History..."), lambda: open_history(self), "Ctrl+H",
                             self.tr("Who changed this statement, when, before and after"))
        self.act_entry_history = a(self.tr("&Entry history..."),
                                   lambda: open_history(self, entry=True), "Ctrl+Shift+H")
        self.act_keys = a(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.act_about = a(self.tr("&About calaccess-desktop..."),
                           lambda: show_about(self, self.ctx),
                           tip=self.tr("The version, the data file, the licences; check for a "
                                       "newer version"))
        self.go_actions = [
            a(self.tr("Go to tab {n}").format(n=n), lambda n=n: self._go_tab(n - 1),
              f"Ctrl+{n}") for n in range(1, 10)
        ]

    def _make_menus(self) -> None:
        bar = self.menuBar()
        menus: dict[str, list[QAction | None]] = {
            self.tr("&File"): [
                self.act_new_committee, self.act_new_statement, None, self.act_import,
                self.act_import_history, self.act_import_sheet, self.act_export,
                self.act_export_sheet, self.act_print, None,
                self.act_backup, self.act_backups, self.act_hand_off,
                self.act_import_bundle, None,
                self.act_settings, self.user.act_switch, None,
                *([self.act_next_visitor, None] if self.counter is not None else []),
                self.act_quit],
            self.tr("&Edit"): [self.act_undo, self.act_redo, None, self.act_new_entry,
                               self.act_sub_item],
            self.tr("&Go"): [self.act_switch, self.act_find, self.act_calendar, None,
                             self.act_next, self.act_prev, None,
                             self.findings_dock.toggleViewAction()],
            self.tr("&Statement"): [self.act_profile, None, self.act_check, self.act_ready,
                                    self.act_print, self.act_file, self.act_outbox,
                                    self.act_packet, self.act_mark_filed, None,
                                    self.act_amend, None, self.act_history,
                                    self.act_entry_history, None,
                                    self.act_delete_statement],
            self.tr("&Help"): [self.act_keys, None, self.act_about],
        }
        for title, actions in menus.items():
            menu = bar.addMenu(title)
            for action in actions:
                if action is None:
                    menu.addSeparator()
                else:
                    menu.addAction(action)
        if self.counter is None:
            self.act_next_visitor.setEnabled(False)
        else:
            visitor = QPushButton(self.tr("Next visitor"))
            visitor.setAccessibleName(self.tr("Next visitor"))
            visitor.setToolTip(self.act_next_visitor.toolTip())
            visitor.clicked.connect(self.next_visitor)
            self.statusBar().addPermanentWidget(visitor)
        self.act_print.setEnabled(file_actions.printing_available())
        self.act_outbox.setEnabled(file_actions.outbox_available())
        self.act_file.setEnabled(file_actions.outbox_available())

    def _connect(self) -> None:
        self.pane.committee_chosen.connect(self.committee_chosen)
        self.pane.statement_chosen.connect(self.open_statement)
        self.pane.new_committee.connect(self.new_committee)
        self.pane.new_statement.connect(self.new_statement)
        self.pane.show_calendar.connect(self.filing_calendar)
        self.pane.delete_statement.connect(self.delete_statement)
        self.editor.tab_changed.connect(lambda key: self.ctx.state.update(tab=key,
                                                                          record_id=None))
        self.editor.record_selected.connect(lambda rid: self.ctx.state.update(record_id=rid))
        self.editor.edit_profile.connect(self.edit_profile)
        self.editor.edit_profile_field.connect(self.edit_profile)
        self.editor.info_changed.connect(self._info_changed)
        self.findings.navigate.connect(lambda f: go_to_finding(self, f))
        self.editor.finding_chosen.connect(lambda f: go_to_finding(self, f))
        self.editor.late.reported.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.ctx.hub.changed.connect(self.on_changed)
        self.ctx.ops.busy_changed.connect(
            lambda b: self.busy.setText(self.tr("Working...") if b else ""))

    # ------------------------------------------------------------------ state

    def _restore_window(self) -> None:
        geometry = self.settings.value("ui/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("ui/state")
        if state is not None:
            self.restoreState(state, DOCK_LAYOUT)  # an older layout is not restored
        split = self.settings.value("ui/splitter")
        if split is not None:
            self.splitter.restoreState(split)

    def save_window(self) -> None:
        """Remember size, docks and splitter positions."""
        self.settings.setValue("ui/geometry", self.saveGeometry())
        self.settings.setValue("ui/state", self.saveState(DOCK_LAYOUT))
        self.settings.setValue("ui/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_window()
        self.ctx.state.flush()
        preview = getattr(self, "preview", None)
        if preview is not None:
            preview.close()  # stops drawing, releases the PDF
        if self.outbox_sender is not None:
            self.outbox_sender.stop()
        if self.counter is not None:
            self.counter.stop()
        self.change_watch.stop()
        self.ctx.ops.shutdown()
        super().closeEvent(event)
        gc_guard.release(self)  # after the workers have stopped

    # ------------------------------------------------------------------ navigation

    def committee_chosen(self, committee_id: int) -> None:
        """A committee was picked: open its newest statement."""
        self.ctx.state.update(committee_id=committee_id, statement_id=None, tab="",
                              record_id=None)

        def open_newest() -> None:
            items = self.pane.statements.items
            if items:
                self.pane.select_statement(items[0].id)
                self.open_statement(items[0].id)
            else:
                self.editor.close_statement()
                self.findings.set_statement(None)
                self.start_page.refresh()
        self.pane.select_committee(committee_id, open_newest)

    def open_statement(self, statement_id: int, then: Any = None) -> None:
        """Open a statement on the right."""
        tab = self.editor.current_schedule()
        if tab is not None and not tab.confirm_leave():
            return
        self.ctx.state.update(committee_id=self.pane.committee_id, statement_id=statement_id,
                              tab="cover", record_id=None, draft=None)
        self.findings.set_statement(statement_id)
        self.editor.open(statement_id, then)

    def show_statement(self, statement_id: int, then: Any = None) -> None:
        """Choose the statement's committee on the left and open the statement."""
        def committee_of(session: Any) -> int | None:
            stmt = session.get(Statement, statement_id)
            return stmt.committee_id if stmt else None

        def chosen(cid: int | None) -> None:
            if cid is None:
                self.statusBar().showMessage(
                    self.tr("There is no statement {id}.").format(id=statement_id), 5000)
                return
            self.pane.statement_id = statement_id
            self.pane.select_committee(cid, lambda: self.open_statement(statement_id, then))
        self.ctx.ops.read(committee_of, chosen)

    def _info_changed(self, info: Any) -> None:
        self.setWindowTitle(f"{info.committee_name} - {APP_NAME}")
        self.act_ready.setEnabled(info.editable)
        self.act_file.setEnabled(info.editable and file_actions.outbox_available())
        cid = info.committee_id
        self.ctx.ops.read(lambda s: primary_officer(s, cid).the_name,
                          lambda name: self.act_file.setText(
                              self.tr("&File with {officer}...").format(
                                  officer=data_words(name))),
                          owner=self)
        self.act_amend.setEnabled(not info.editable)
        self.act_delete_statement.setEnabled(info.editable)
        self.act_ready.setText(self.tr("Mark as draft again") if info.status == "ready"
                               else self.tr("Mark &ready to file"))
        self.user.apply()  # what this person's role may not do stays off

    def _go_tab(self, index: int) -> None:
        if 0 <= index < self.editor.tabs.count():
            self.editor.tabs.setCurrentIndex(index)

    def find_committee(self) -> None:
        """Ctrl+F: put the cursor in the committee search box (at a counter, where the
        list is hidden: the visitor's finder, or the quick switcher)."""
        if self.counter is not None:
            if self.counter.finder.isVisible():
                self.counter.finder.box.setFocus()
            else:
                self.switch_committee()
            return
        self.pane.search.setFocus()
        self.pane.search.selectAll()

    def switch_committee(self) -> None:
        """Ctrl+K: the quick switcher."""
        dialog = QuickSwitch(self.ctx, self, counter=self.counter is not None)
        if dialog.exec() and dialog.chosen is not None:
            self.committee_chosen(dialog.chosen)

    # ------------------------------------------------------------------ commands

    def new_committee(self) -> None:
        """Create a committee with the profile editor."""
        dialog = ProfileDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.committee_chosen(dialog.saved_id)

    def edit_profile(self, field: str = "") -> None:
        """Edit the chosen committee's profile (optionally with the cursor in a field)."""
        if self.pane.committee_id is None:
            self.statusBar().showMessage(self.tr("Choose a committee first."), 4000)
            return
        dialog = ProfileDialog(self.ctx, self.pane.committee_id, self)
        if field:
            dialog.focus(field)
        self.profile_dialog = dialog
        dialog.exec()

    def new_statement(self) -> None:
        """Start a statement for the chosen committee."""
        cid = self.pane.committee_id
        if cid is None:
            QMessageBox.information(self, self.tr("New statement"),
                                    self.tr("Choose or create a committee first."))
            return
        row = self.pane.committees.row_of(cid)
        name = self.pane.committees.items[row].name if row >= 0 else ""
        dialog = NewStatementDialog(self.ctx, cid, name, self)
        if dialog.exec() and dialog.created_id is not None:
            sid = dialog.created_id
            self.pane.statement_id = sid
            self.pane.refresh_statements()
            self.open_statement(sid)

    def filing_calendar(self) -> None:
        """The chosen committee's filing calendar for this year."""
        cid = self.pane.committee_id
        if cid is None:
            self.statusBar().showMessage(self.tr("Choose a committee first."), 4000)
            return
        row = self.pane.committees.row_of(cid)
        name = self.pane.committees.items[row].name if row >= 0 else ""
        self.calendar_dialog = CalendarDialog(self.ctx, cid, name, self)
        self.calendar_dialog.exec()

    def amend(self) -> None:
        """Amend the open (filed) statement."""
        info = self.editor.info
        if info is None or info.editable:
            QMessageBox.information(self, self.tr("Amend"),
                                    self.tr("Only a filed statement can be amended; a draft "
                                            "can simply be changed."))
            return
        dialog = AmendDialog(self.ctx, info.id, self.editor.title.text(), self)
        if dialog.exec() and dialog.created_id is not None:
            self.pane.statement_id = dialog.created_id
            self.pane.refresh_statements()
            self.open_statement(dialog.created_id)

    def delete_statement(self, statement_id: int | None = None) -> None:
        """Delete a draft statement (the open one by default) after asking; undo brings
        it back. A filed, sent or amended statement is refused in plain words."""
        from calaccess_desktop.services.statements import deletable
        from calaccess_desktop.services.statements import delete_statement as delete

        sid = statement_id if statement_id is not None else self.editor.statement_id
        if sid is None:
            self.statusBar().showMessage(self.tr("Open the statement to delete first."), 4000)
            return
        title = self.tr("Delete statement")

        def refused(exc: BaseException) -> None:
            QMessageBox.information(self, title, str(exc))

        def deleted(name: Any) -> None:
            self.statusBar().showMessage(
                self.tr("Deleted {what}. Edit > Undo (Ctrl+Z) brings it back.").format(
                    what=name.words), 15000)
            if self.editor.statement_id == sid:
                self._statement_gone()
            self.ctx.hub.changed.emit(Changes(None, committees=True))

        def ask(name: Any) -> None:
            box = QMessageBox(QMessageBox.Icon.Warning, title,
                              self.tr("Delete {what}?").format(what=name.words), parent=self)
            box.setInformativeText(
                self.tr("Its 1 entry is deleted with it. Edit > Undo (Ctrl+Z) brings it back.")
                if name.entries == 1 else
                self.tr("Its {n} entries are deleted with it. Edit > Undo (Ctrl+Z) brings it "
                        "back.").format(n=name.entries))
            yes = box.addButton(self.tr("Delete statement"),
                                QMessageBox.ButtonRole.DestructiveRole)
            box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
            box.exec()
            if box.clickedButton() is not yes:
                return
            tab = self.editor.current_schedule() if self.editor.statement_id == sid else None
            if tab is not None and not tab.confirm_leave():
                return
            self.ctx.ops.write(lambda s: delete(s, sid), deleted, refused)
        self.ctx.ops.read(lambda s: deletable(s, sid), ask, refused)

    def _statement_gone(self) -> None:
        """The open statement was deleted: open the committee's newest one, if any."""
        self.editor.close_statement()
        self.findings.set_statement(None)
        self.pane.statement_id = None
        self.ctx.state.update(statement_id=None, tab="", record_id=None, draft=None)
        cid = self.pane.committee_id
        if cid is not None:
            self.committee_chosen(cid)
        else:
            self.start_page.refresh()

    def check_statement(self) -> None:
        """F5: show the findings panel and check the open statement."""
        self.findings_dock.show()
        self.findings.run()

    def mark_ready(self) -> None:
        """Mark the open draft ready to file (or back to draft)."""
        info = self.editor.info
        if info is None or not info.editable:
            return
        ready = info.status != "ready"
        if ready and self.findings.model.counts()[0]:
            self.statusBar().showMessage(self.tr("Fix the errors in Findings first."), 6000)
            return
        sid = info.id
        self.ctx.ops.write(lambda s: set_ready(s, sid, ready),
                           lambda _r: self.ctx.hub.changed.emit(Changes(sid, committees=True)))

    def new_entry(self) -> None:
        """Ctrl+N: a new row on the current schedule (Schedule A from other tabs)."""
        tab = self.editor.current_schedule()
        if tab is None and self.editor.schedule_tabs:
            self.editor.select_tab(next(iter(self.editor.schedule_tabs)))
            tab = self.editor.current_schedule()
        if tab is not None and tab.editable:
            tab.new_entry()

    def add_sub_item(self) -> None:
        """A memo sub-item under the selected row."""
        tab = self.editor.current_schedule()
        if tab is not None and tab.editable:
            tab.add_sub_item()

    def undo(self) -> None:
        """Undo the latest action (the core owns the history)."""
        self._undo_redo(undo_action, self.tr("Undone: {what}"),
                        self.tr("Nothing to undo."))

    def redo(self) -> None:
        """Redo the next action."""
        self._undo_redo(redo_action, self.tr("Redone: {what}"),
                        self.tr("Nothing to redo."))

    def _undo_redo(self, action: Any, done_words: str, nothing_words: str) -> None:
        open_sid = self.editor.statement_id

        def work(session: Any) -> tuple[str, int | None, bool] | None:
            entry = action(session)
            if entry is None:
                return None
            still_there = open_sid is None or session.get(Statement, open_sid) is not None
            return entry.label, entry.statement_id, still_there

        def done(result: tuple[str, int | None, bool] | None) -> None:
            if result is None:
                self.statusBar().showMessage(nothing_words, 3000)
                return
            label, sid, still_there = result
            self.statusBar().showMessage(done_words.format(what=label), 5000)
            if not still_there:  # redoing a statement's deletion
                self._statement_gone()
            self.ctx.hub.changed.emit(Changes(sid, committees=True, everything=True))
        def refused(exc: BaseException) -> None:  # the menu must not name the refused step
            self.ctx.ops.show_error(exc)
            self.refresh_undo()
        self.ctx.ops.write(work, done, refused)

    def refresh_undo(self) -> None:
        """Mirror the core's undo status in the Edit menu."""
        def done(status: UndoStatus) -> None:
            self.act_undo.setEnabled(status.undo_label is not None)
            self.act_undo.setText(
                self.tr("&Undo {what}").format(what=status.undo_label) if status.undo_label
                else self.tr("&Undo"))
            self.act_redo.setEnabled(status.redo_label is not None)
            self.act_redo.setText(
                self.tr("&Redo {what}").format(what=status.redo_label) if status.redo_label
                else self.tr("&Redo"))
        self.ctx.ops.read(undo_status, done)

    def on_changed(self, changes: Changes) -> None:
        """Something changed in the store: refresh what shows it."""
        self.refresh_undo()
        if changes.committees or changes.everything:
            self.pane.refresh()
        self.editor.on_changed(changes)
        if changes.statement_id == self.editor.statement_id or changes.everything:
            self.findings.changed()
        if self.editor.statement_id is None and (changes.committees or changes.everything):
            self.start_page.refresh()

    def next_visitor(self) -> None:
        """Counter mode: put this visit away and start clean for the next visitor."""
        if self.counter is not None:
            self.counter.next_visitor()

    def show_shortcuts(self) -> None:
        """F1: the keyboard shortcuts."""
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_help())

    def grab_png(self, path: str | Path) -> bool:
        """Render the window to a PNG (screenshots)."""
        return bool(self.grab().save(str(path)))

    def central(self) -> QWidget:
        """The central splitter (for tests)."""
        return self.splitter
