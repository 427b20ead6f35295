"""E-filing from the window: the filing gate, the outbox list, sending off the GUI thread.

"File with the SOS" checks the statement first (errors block it, warnings must be
acknowledged), then freezes it into the outbox (works offline). Sending runs on
the network pool; every state change is the filing service's own short write.
The window's ``OutboxSender`` (``autosend``) sends by itself when online; a
submission whose password is not saved is listed as needing it, with a button.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.ui import roles
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.ui.controllers.findings_panel import validator
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.models.list_model import Index, ListTableModel
from calaccess_desktop.ui.ops import Task

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


class OutboxModel(ListTableModel[Any]):
    """Submissions, newest first."""

    HEADERS = (QT_TRANSLATE_NOOP("OutboxModel", "Committee"),
               QT_TRANSLATE_NOOP("OutboxModel", "Statement"),
               QT_TRANSLATE_NOOP("OutboxModel", "Kind"),
               QT_TRANSLATE_NOOP("OutboxModel", "State"),
               QT_TRANSLATE_NOOP("OutboxModel", "Tries"),
               QT_TRANSLATE_NOOP("OutboxModel", "Filing ID or problem"))

    def __init__(self) -> None:
        super().__init__()
        self.needs: dict[int, str] = {}  # submission id -> filer, password unknown

    def set_needs(self, needs: dict[int, str]) -> None:
        """Which submissions wait for a password."""
        self.needs = dict(needs)
        if self.rows:
            self.dataChanged.emit(self.index(0, 3), self.index(len(self.rows) - 1, 3))

    def needs_password(self, row: Any) -> bool:
        """Whether a row waits for the user's password."""
        return row.id in self.needs and row.state == "queued"

    def state_text(self, row: Any) -> str:
        """The state in words (with "needs your password" when it does)."""
        from calaccess_desktop.ui.controllers.autosend import NEEDS_PASSWORD

        if self.needs_password(row):
            return self.tr("waiting: {why}").format(why=NEEDS_PASSWORD)
        return str(row.state_label)

    def data(self, index: Index, role: int = roles.DISPLAY) -> Any:
        row, col = self.row_at(index), index.column()
        if row is None:
            return None
        if role in (roles.DISPLAY, roles.ACCESSIBLE, roles.TOOLTIP):
            return (row.committee, f"{row.form_type} {row.period}", row.kind,
                    self.state_text(row),
                    str(row.attempts), row.filing_id or row.last_error)[col]
        if role == roles.USER:
            return row.id
        return None


class PasswordDialog(QDialog):
    """Ask for the e-filing password (and whether to keep it in the keyring)."""

    def __init__(self, filer_id: str, why: str, can_save: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("E-filing password"))
        self.setAccessibleName(self.tr("E-filing password"))
        text = QLabel(self.tr("The e-filing password for filer {filer} is needed: {why}.").format(
            filer=filer_id, why=why))
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("E-filing password"))
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"))
        self.remember.setChecked(can_save)
        self.remember.setEnabled(can_save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for w in (text, self.password, self.remember, buttons):
            layout.addWidget(w)


def ask_password(parent: QWidget, filer_id: str, why: str,
                 can_save: bool) -> tuple[str, bool] | None:
    """(password, remember) or None when the user cancels."""
    dialog = PasswordDialog(filer_id, why, can_save, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
        return None
    return dialog.password.text(), dialog.remember.isChecked()


class OutboxDialog(QDialog):
    """The outbox: what is waiting, sent, accepted or rejected; send and retry."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Outbox: statements being e-filed"))
        self.setAccessibleName(self.tr("Outbox"))
        self.model = OutboxModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Submissions"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self._intro = self.tr("Statements you file wait here until they are sent; this "
                              "works offline. Select one to send it or see what the "
                              "server said.")
        self.detail = QLabel(self._intro)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("Submission details"))
        self.server_words = QCheckBox(self.tr("Show the server's own words"))
        self.server_words.setAccessibleName(
            self.tr("Show the server's own words under each message"))
        self.server_words.setToolTip(self.tr("The filing server names fields by record and "
                                             "number; the messages above say the same in the "
                                             "app's words"))
        self.server_words.toggled.connect(lambda _on: self._show_detail())
        self.server_words.setVisible(False)
        self._detail_head = ""
        self._findings: list[Any] = []
        self._listed_for: int | None = None  # at a counter: the committee listed
        self.view.selectionModel().currentRowChanged.connect(self._selected)
        self.password_note = QLabel()
        self.password_note.setWordWrap(True)
        self.password_note.setAccessibleName(self.tr("Waiting for a password"))
        self.password_button = QPushButton(self.tr("Enter password and send..."))
        self.password_button.setAccessibleName(self.tr("Enter the e-filing password and send"))
        self.password_button.clicked.connect(self.enter_password)
        needs_row = QHBoxLayout()
        needs_row.addWidget(self.password_note, 1)
        needs_row.addWidget(self.password_button)
        self.held = HeldBox(self)
        # At a public counter: only the visitor's committee is listed (what says so).
        self.scope_note = QLabel()
        self.scope_note.setWordWrap(True)
        self.scope_note.setAccessibleName(self.tr("Whose statements are listed"))
        self.scope_note.setVisible(False)
        self.role_note = QLabel()  # who may not file, and why (the buttons are off)
        self.role_note.setWordWrap(True)
        self.role_note.setAccessibleName(self.tr("Why you cannot send"))
        self.role_note.setVisible(False)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (("send", self.tr("Send now"), self.send_selected),
                                ("retry", self.tr("Retry"), self.retry_selected),
                                ("withdraw", self.tr("Withdraw"), self.withdraw_selected),
                                ("refresh", self.tr("Refresh"), self.refresh),
                                ("receipt", self.tr("Print receipt..."), self.print_receipt)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scope_note)
        layout.addWidget(self.role_note)
        layout.addLayout(needs_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.held)
        layout.addWidget(self.server_words)
        layout.addLayout(row)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 120,
                    self.fontMetrics().height() * 26)
        sender = getattr(window, "outbox_sender", None)
        if sender is not None:
            sender.finished_round.connect(lambda _r: self.refresh() if self.isVisible()
                                          else None)
            sender.needs_password_changed.connect(self._needs_changed)
        counter = getattr(window, "counter", None)
        if counter is not None:  # the visitor chose (another) committee: list its own
            counter.finder.chosen.connect(lambda _cid: self.refresh() if self.isVisible()
                                          else None)
        user = getattr(window, "user", None)
        if user is not None:
            user.changed.connect(lambda _actor: self.gate())
        self._needs_changed()
        self.refresh()

    def filing_buttons(self) -> list[QPushButton]:
        """The buttons that send, retry, withdraw or answer for a filing."""
        return [self.buttons["send"], self.buttons["retry"], self.buttons["withdraw"],
                self.password_button, self.held.received, self.held.not_received]

    def gate(self) -> None:
        """Only a treasurer files (once the data file has users): the filing buttons are
        off for anyone else, and their tooltip says why."""
        from calaccess_desktop.services.users.roles import FILE

        user = getattr(self.window_, "user", None)
        why = user.why_not(FILE).removesuffix(" Nothing was changed.") if user else ""
        for button in self.filing_buttons():
            button.setEnabled(not why)
            button.setToolTip(why)
        self.role_note.setText(why)
        self.role_note.setVisible(bool(why))

    def visitor(self) -> tuple[bool, int | None]:
        """(at a counter, the visitor's committee): at a public counter the outbox lists
        only the committee the visitor chose, and nothing before they chose one."""
        if getattr(self.window_, "counter", None) is None:
            return False, None
        return True, self.window_.pane.committee_id

    def refresh(self) -> None:
        """Reload the submissions (at a counter, the visitor's committee's alone)."""
        from calaccess_desktop.services.counter import visitor_submissions
        from calaccess_desktop.services.filing import list_submissions

        self.gate()
        at_counter, committee_id = self.visitor()
        self.scope_note.setVisible(at_counter)
        if at_counter and committee_id != self._listed_for:
            self.detail.setText(self._intro)  # nothing said about another committee's
            self.detail.setToolTip("")
            self.held.show_for(None)
            self._listed_for = committee_id
        if at_counter:
            self.scope_note.setText(
                self.tr("Public counter: only your committee's statements are listed.")
                if committee_id is not None else
                self.tr("Public counter: find your committee first; then its statements "
                        "are listed here (no one else's)."))

        def show(rows: list[Any]) -> None:
            self.model.set_rows(rows)
            self._show_needs()
        self.window_.ctx.ops.read(
            (lambda s: visitor_submissions(s, committee_id)) if at_counter
            else (lambda s: list_submissions(s)), show, owner=self)

    def _needs_changed(self) -> None:
        sender = getattr(self.window_, "outbox_sender", None)
        self.model.set_needs(sender.needs_password if sender is not None else {})
        self._show_needs()

    def _show_needs(self) -> None:
        waiting = [r for r in self.model.rows if self.model.needs_password(r)]
        if waiting:
            filers = ", ".join(sorted({r.filer_id for r in waiting}))
            self.password_note.setText((
                self.tr("{n} statement waits for the e-filing password of filer {filers}: it "
                        "is not saved on this computer, so it is sent once you enter it.")
                if len(waiting) == 1 else
                self.tr("{n} statements wait for the e-filing password of filer {filers}: it "
                        "is not saved on this computer, so it is sent once you enter it.")
            ).format(n=len(waiting), filers=filers))
        self.password_note.setVisible(bool(waiting))
        self.password_button.setVisible(bool(waiting))

    def enter_password(self) -> None:
        """Ask for the password of the selected (or first) waiting submission and send."""
        row = self._current()
        if row is None or not self.model.needs_password(row):
            row = next((r for r in self.model.rows if self.model.needs_password(r)), None)
        if row is not None:
            send_submission(self.window_, row.id, row.filer_id, self.refresh)

    def _current(self) -> Any:
        return self.model.row_at(self.view.currentIndex())

    def _selected(self, current: QModelIndex, _prev: QModelIndex) -> None:
        from calaccess_desktop.services.filing import server_findings_detail

        row = self._current()
        self.held.show_for(row)
        if row is None:
            return
        sub_id = row.id

        def show(findings: list[Any]) -> None:
            head = self.tr("Submission {id}: {state}.").format(
                id=sub_id, state=self.model.state_text(row))
            if row.last_error and row.state != "held":  # the held box says it
                head += f" {row.last_error}"
            self._detail_head, self._findings = head, findings
            self._show_detail()
        self.window_.ctx.ops.read(lambda s: server_findings_detail(s, sub_id), show,
                                  owner=self)

    def _show_detail(self) -> None:
        """The selected submission and the server's messages in the app's words (with the
        server's own under each when asked)."""
        lines = [self._detail_head]
        for f in self._findings[:8]:
            lines.append(f.text)
            if self.server_words.isChecked():
                lines.append("    " + self.tr("the server said: {words}").format(
                    words=f.details))
        self.detail.setText("\n".join(lines))
        self.detail.setToolTip("\n".join(self.tr("The server said: {words}").format(
            words=f.details) for f in self._findings[:8]))
        self.server_words.setVisible(bool(self._findings))

    def print_receipt(self) -> None:
        """The receipt (proof of filing) of the selected accepted filing."""
        from calaccess_desktop.ui.controllers.mark_filed_dialog import show_receipt

        show_receipt(self, self.window_.ctx, self._current())

    def send_selected(self) -> None:
        """Send the selected submission now."""
        row = self._current()
        if row is not None:
            send_submission(self.window_, row.id, row.filer_id, self.refresh)

    def retry_selected(self) -> None:
        """Mark a failed submission to be sent again, and send it."""
        from calaccess_desktop.services.filing import retry_now

        row = self._current()
        if row is None:
            return
        sub_id, filer = row.id, row.filer_id
        self.window_.ctx.ops.write(lambda s: retry_now(s, sub_id),
                                   lambda _r: send_submission(self.window_, sub_id, filer,
                                                              self.refresh))

    def withdraw_selected(self) -> None:
        """Take a never-sent submission back; the statement becomes a draft again."""
        from calaccess_desktop.services.filing import withdraw

        row = self._current()
        if row is None:
            return
        sub_id, sid = row.id, row.statement_id

        def done(_r: object) -> None:
            self.refresh()
            self.window_.ctx.hub.changed.emit(Changes(sid, committees=True))
        self.window_.ctx.ops.write(lambda s: withdraw(s, sub_id), done)


class HeldBox(QFrame):
    """A held submission (no clear answer, and the agency cannot be asked): what to check
    on the agency's site, and the treasurer's two answers."""

    def __init__(self, dialog: OutboxDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.row: Any = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Held: check the agency's site"))
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.received = QPushButton(self.tr("It was received..."))
        self.received.setAccessibleName(self.tr("It was received: enter its filing ID"))
        self.received.clicked.connect(self.answer_received)
        self.not_received = QPushButton(self.tr("Not received: send again"))
        self.not_received.setAccessibleName(self.tr("It was not received: send it again"))
        self.not_received.clicked.connect(self.answer_not_received)
        buttons = QHBoxLayout()
        buttons.addWidget(self.received)
        buttons.addWidget(self.not_received)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.words)
        box.addLayout(buttons)
        self.setVisible(False)

    def show_for(self, row: Any) -> None:
        """Show the box for a held row (hide it otherwise)."""
        self.row = row if row is not None and row.state == "held" else None
        if self.row is not None:
            r = self.row
            self.words.setText(self.tr(
                "Submission {id} ({form} {period}, filer ID {filer}) was "
                "sent, but no clear answer came back, and this agency's system cannot be "
                "asked whether it received it. So it is not sent again by itself.\n"
                "Sign in to the agency's filing site as filer {filer} and look for a "
                "{form} for {period_or} received around "
                "{when}. If it is there, choose \"It was received\" and enter "
                "the filing ID it shows; if it is not, choose \"Not received: send again\"."
            ).format(
                    id=r.id, form=r.form_type, period=r.period, filer=r.filer_id,
                    period_or=r.period or self.tr("this period"), when=_when(r.updated_at)))
        self.setVisible(self.row is not None)

    def answer_received(self) -> None:
        """Ask for the filing ID the agency's site shows, then record it."""
        from calaccess_desktop.services.filing import held_received

        if self.row is None:
            return
        fid, ok = QInputDialog.getText(self, self.tr("It was received"), self.tr(
            "The filing ID the agency's site shows for this filing:"))
        if not ok or not fid.strip():
            return
        self._write(lambda s, i=self.row.id: held_received(s, i, fid),
                    self.tr("Recorded as filed: {id}.").format(id=fid.strip()))

    def answer_not_received(self) -> None:
        """Put the submission back in the outbox, to be sent again."""
        from calaccess_desktop.services.filing import held_not_received

        if self.row is not None:
            self._write(lambda s, i=self.row.id: held_not_received(s, i),
                        self.tr("It will be sent again."))

    def _write(self, change: Any, said: str) -> None:
        window, sid = self.dialog.window_, self.row.statement_id

        def done(_r: object) -> None:
            window.statusBar().showMessage(said, 8000)
            window.ctx.hub.changed.emit(Changes(sid, committees=True))
            self.setVisible(False)
            self.dialog.refresh()
            sender = getattr(window, "outbox_sender", None)
            if sender is not None:
                sender.run()
        window.ctx.ops.write(change, done)


def _when(value: Any) -> str:
    return (value.astimezone().strftime("%Y-%m-%d %H:%M") if value
            else translate("HeldBox", "the last attempt"))


def show_outbox(window: MainWindow) -> OutboxDialog:
    """Open (or raise) the outbox window."""
    dialog = getattr(window, "outbox_dialog", None)
    if dialog is None:
        dialog = OutboxDialog(window)
        window.outbox_dialog = dialog  # type: ignore[attr-defined]
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    return dialog


def file_statement(window: MainWindow, *, confirm: Any = None) -> None:
    """Check, then freeze the open statement into the outbox and send it."""
    info = window.editor.info
    if info is None:
        return
    check = validator()
    sid = info.id
    store = window.ctx.store
    ask = confirm or (lambda text: QMessageBox.question(
        window, translate("MainWindow", "File with warnings?"), text)
        == QMessageBox.StandardButton.Yes)

    checking = translate("MainWindow", "Checking the statement before filing...")

    def work(task: Task) -> list[Any]:
        task.progress(0, 0, checking)
        if check is None:
            return []
        with store.read() as session:
            return list(check(session, sid))

    def checked(findings: list[Any]) -> None:
        window.findings.show_findings(findings)
        errors = [f for f in findings if getattr(f, "severity", "") == "error"]
        warnings = len(findings) - len(errors)
        if errors:
            window.findings_dock.show()
            window.statusBar().showMessage(
                translate("MainWindow", "Not filed: {n} error(s) must be fixed first; they are "
                          "listed in Findings (double-click one to go to it).").format(
                              n=len(errors)), 15000)
            return
        if warnings and not ask(translate("MainWindow", "{n} warning(s) were found (see "
                                          "Findings). File the statement anyway?").format(
                                              n=warnings)):
            return
        queue(window, sid)

    window.ctx.ops.task(translate("MainWindow", "Checking"), work, checked)


def queue(window: MainWindow, statement_id: int, account: dict[str, Any] | None = None
          ) -> None:
    """Freeze the statement into the outbox, then send it. A local agency's filer ID or
    signer ID not known yet is asked for (``account``), then it is queued again."""
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.db.orm import Submission
    from calaccess_desktop.services.filing import queue_statement

    server = settings_mod.load().endpoint_url
    given = dict(account or {})

    def work(session: Any) -> tuple[int, str]:
        from calaccess_desktop.services.filing import destination_for

        dest = destination_for(session, statement_id, default_url=server, **given)
        sub_id = queue_statement(session, statement_id, server_url=dest.server_url,
                                 destination=dest)
        sub = session.get(Submission, sub_id)
        return sub_id, sub.filer_id if sub else ""

    def done(result: tuple[int, str]) -> None:
        sub_id, filer = result
        window.ctx.hub.changed.emit(Changes(statement_id, committees=True))
        window.statusBar().showMessage(
            translate("MainWindow", "Frozen for filing: the statement can no longer change. "
                      "Sending..."), 8000)
        dialog = show_outbox(window)
        sender = getattr(window, "outbox_sender", None)
        if sender is not None and has_password(sender, filer):
            sender.run()  # sent in the background, like everything in the outbox
        else:
            send_submission(window, sub_id, filer, dialog.refresh)  # asks for the password

    def failed(exc: BaseException) -> None:
        from calaccess_desktop.services.filing.destination import NeedsAccount

        if not isinstance(exc, NeedsAccount):
            window.ctx.ops.show_error(exc)
            return
        label = (translate("MainWindow", "The committee's filer ID at this agency (like "
                           "ABC-123456):")
                 if exc.what == "filer_id" else
                 translate("MainWindow", "The signer ID of each signer (separate several "
                           "with commas):"))
        text, ok = QInputDialog.getText(
            window, translate("MainWindow", "E-filing with a local agency"),
            f"{exc}.\n\n{label}")
        if ok and text.strip():
            value: Any = text.strip() if exc.what == "filer_id" else [
                s.strip() for s in text.split(",") if s.strip()]
            queue(window, statement_id, {**given, exc.what: value})
    window.ctx.ops.write(work, done, failed)


def has_password(sender: Any, filer_id: str) -> bool:
    """Whether the outbox can send for this filer without asking (keyring or typed)."""
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services import filing

    if filer_id.upper() in sender.typed:
        return True
    return filing.saved_credentials(filer_id, settings_mod.load()).creds is not None


def send_submission(window: MainWindow, submission_id: int, filer_id: str,
                    then: Any = None) -> None:
    """Send one submission on the network pool (asks for the password if needed)."""
    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.services import filing

    settings = settings_mod.load()
    sender = getattr(window, "outbox_sender", None)
    saved = filing.saved_credentials(filer_id, settings)
    creds = saved.creds or (sender.typed.get(filer_id.upper()) if sender is not None else None)
    if creds is None:
        at_counter = getattr(window, "counter", None) is not None  # never kept at a counter
        answer = ask_password(window, filer_id, saved.why, saved.can_save and not at_counter)
        if answer is None:
            return
        password, remember = answer
        creds = filing.credentials(filer_id, password, settings)
        if remember:
            window.statusBar().showMessage(filing.remember_password(filer_id, password,
                                                                    settings), 8000)
        if sender is not None:
            sender.remember_typed(creds)
    store = window.ctx.store

    sending = translate("MainWindow", "Sending...")

    def work(task: Task) -> Any:
        task.progress(0, 0, sending)
        signers = filing.signer_ids(store, submission_id)
        ready = filing.with_signers(creds, signers, lambda sid: filing.saved_signer_pin(
            sid, settings)) if signers else creds
        return filing.send(store, submission_id, ready, policy=filing.policy_from(settings),
                           transport_for=filing.transports_from(settings))

    def done(report: Any) -> None:
        row = report.submission
        if report.auth_refused:
            filing.forget_password(filer_id, settings)
            if sender is not None:
                sender.typed.pop(filer_id.upper(), None)
        text = {"accepted": translate("MainWindow", "Accepted: filed as {id}.").format(
                    id=row.filing_id),
                "rejected": translate("MainWindow", "Rejected by the server; see the outbox "
                                      "for what it said."),
                "failed": translate("MainWindow", "Failed: {why}").format(
                    why=row.last_error)}.get(
                    row.state, translate("MainWindow", "Not filed yet ({state}); it stays in "
                                         "the outbox.").format(state=row.state_label))
        window.statusBar().showMessage(text, 10000)
        window.ctx.hub.changed.emit(Changes(row.statement_id, committees=True))
        if sender is not None:
            sender.run()  # it no longer waits for a password; anything else due goes too
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        from calaccess_desktop.efile.outbox import BusyError

        if not isinstance(exc, BusyError):
            window.ctx.ops.show_error(exc)
            return
        window.statusBar().showMessage(translate("MainWindow", "That statement is being sent "
                                                 "already; the outbox shows how it goes."),
                                       8000)
        if then is not None:
            then()

    window.ctx.ops.task(translate("MainWindow", "Sending"), work, done, failed, network=True)
