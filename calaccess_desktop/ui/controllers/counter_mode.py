"""Counter mode, for a public counter where one visitor after another uses the app.

Each visitor starts on a clean page and finds their committee by typing its name or ID
(the committee list stays hidden: it would show everyone's). "Next visitor" puts the
last one away: open dialogs and previews closed, unsaved typing dropped, nothing of
their committee on screen, in the window title, the menus, the clipboard, Qt's recent
folders, the undo history offered, the e-filing passwords typed for the outbox, the
session file (never written in this mode), the scratch folder or the settings
(``services/counter.py`` does the files). After some minutes without use the window
locks (the lock screen shows nothing of the committee, and Continue needs the staff
PIN or the signed-in user's password: ``services/users/counter_pin.py``); left locked as
long again, it puts the visitor away on its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop import APP_NAME
from calaccess_desktop.services.session_state import SessionState
from calaccess_desktop.services.statement_list import CommitteeItem, list_committee_items
from calaccess_desktop.services.users.counter_pin import Tries, Unlocking, unlocking, unlocks
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.models.committee_model import CommitteeListModel

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

MIN_TYPED = 3  # characters typed before any committee is listed
MAX_SHOWN = 20  # matches listed at most: a finder, not a directory
INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.InputMethod,
})


def matching(items: list[CommitteeItem], typed: str) -> list[CommitteeItem]:
    """The committees a visitor's typing finds: none before ``MIN_TYPED`` characters,
    then at most ``MAX_SHOWN``."""
    if len(typed.strip()) < MIN_TYPED:
        return []
    return items[:MAX_SHOWN]


class CommitteeFinder(QWidget):
    """A visitor's way to their committee: type part of its name or ID, pick it."""

    chosen = Signal(int)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("CommitteeFinder")
        self.box = QLineEdit()
        self.box.setAccessibleName(self.tr("Your committee's name or ID"))
        self.box.setPlaceholderText(self.tr("Type at least 3 letters of your committee's "
                                            "name, or its ID"))
        self.box.setClearButtonEnabled(True)
        self.box.textChanged.connect(self._typed)
        self.box.returnPressed.connect(self._choose_first)
        self.model = CommitteeListModel()
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Committees found"))
        self.list.activated.connect(self._choose)
        self.list.clicked.connect(self._choose)
        self.list.setVisible(False)
        self.list.setMaximumHeight(self.fontMetrics().height() * 2 * 7)  # 7 committees
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.none = QLabel()
        self.none.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.none)
        layout.addWidget(self.list)
        self._asked = ""

    def clear(self) -> None:
        """Empty the box and the matches."""
        self.box.clear()
        self._show([], "")

    def _typed(self, text: str) -> None:
        self._asked = text
        if len(text.strip()) < MIN_TYPED:
            self._show([], text)
            return
        self.ctx.ops.read(lambda s: list_committee_items(s, text),
                          lambda items: self._show(items, text), owner=self)

    def _show(self, items: list[CommitteeItem], text: str) -> None:
        if text != self._asked:  # typing moved on
            return
        found = matching(items, text)
        self.model.set_items(found)
        self.list.setVisible(bool(found))
        typed = len(text.strip()) >= MIN_TYPED
        self.none.setText(self.tr("No committee has that name or ID here. Check the "
                                  "spelling, or create the committee below.")
                          if typed and not found else "")
        self.none.setVisible(typed and not found)

    def _choose_first(self) -> None:
        if self.model.items:
            self._choose(self.model.index(0, 0))

    def _choose(self, index: QModelIndex) -> None:
        if index.isValid() and index.row() < len(self.model.items):
            self.chosen.emit(self.model.items[index.row()].id)


class IdleWatch(QObject):
    """Emits ``idle`` after ``minutes`` without a key press, click, mouse move or touch
    anywhere in the application."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, int(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()  # restart the count
        return False

    def stop(self) -> None:
        """Stop watching (the window closes)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockScreen(QWidget):
    """Covers the whole window: the app's name, the staff PIN box, Continue and Next
    visitor; nothing of the visitor's committee. Continue emits ``resume`` with what was
    typed (the staff PIN, or the signed-in user's password); the box is emptied."""

    resume = Signal(str)
    next_visitor = Signal()

    def __init__(self, parent: QWidget, minutes: int) -> None:
        super().__init__(parent)
        self.setObjectName("LockScreen")
        self.setAccessibleName(self.tr("Locked"))
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#LockScreen { background: #f4f6f9; }")
        title = QLabel(APP_NAME)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        self.words = QLabel(self.tr(
            "This counter locked after {minutes} minutes without use.\n"
            "To continue this visit, a staff member types the PIN; otherwise start for "
            "the next visitor (what was saved stays in the data file).").format(
                minutes=minutes))
        self.words.setWordWrap(True)
        self.words.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Staff PIN"))
        self.pin.setPlaceholderText(self.tr("Staff PIN"))
        self.pin.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 36)
        self.pin.returnPressed.connect(self._continue)
        self.resume_button = QPushButton(self.tr("Continue"))
        self.resume_button.setAccessibleName(self.tr("Continue where you were"))
        self.resume_button.clicked.connect(self._continue)
        self.next_button = QPushButton(self.tr("Next visitor"))
        self.next_button.setAccessibleName(self.tr("Start for the next visitor"))
        self.next_button.clicked.connect(self.next_visitor)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem.setStyleSheet("color: #a00000;")
        self.problem.setAccessibleName(self.tr("Why the counter stays locked"))
        self.waited = QTimer(self)  # after too many wrong tries: Continue comes back
        self.waited.setSingleShot(True)
        self.waited.setTimerType(Qt.TimerType.PreciseTimer)  # never before the wait ends
        self.waited.timeout.connect(self._waited)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.pin)
        row.addWidget(self.resume_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addWidget(title, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.words)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addStretch(2)
        self.can_continue = False
        self.hide()

    def _continue(self) -> None:
        if not self.can_continue or self.waited.isActive():
            return
        typed = self.pin.text()
        if not typed:
            self.problem.setText(self.tr("Type the staff PIN first."))
            self.pin.setFocus()
            return
        self.pin.clear()  # never kept on the screen
        self.resume.emit(typed)

    def set_unlocking(self, state: Unlocking | None, user: str) -> None:
        """Say what unlocks: the staff PIN, the signed-in user's password, or (neither
        set) nothing, so only Next visitor is offered. None: not known yet."""
        possible = state is not None and (state.pin_set or bool(user and state.has_users))
        self.can_continue = possible
        self.pin.setVisible(possible)
        self.resume_button.setEnabled(possible and not self.waited.isActive())
        self.problem.setText("")
        (self.pin if possible else self.next_button).setFocus()
        if state is None:
            return
        if not possible:
            self.problem.setText(self.tr(
                "No staff PIN is set for this counter, so only Next visitor is offered. "
                "Staff set the PIN in Settings > Public counter."))
            return
        if state.pin_set and user and state.has_users:
            hint = self.tr("Staff PIN, or the password of {name}").format(name=user)
        elif state.pin_set:
            hint = self.tr("Staff PIN")
        else:
            hint = self.tr("Password of {name}").format(name=user)
        self.pin.setPlaceholderText(hint)
        self.pin.setAccessibleName(hint)

    def refused(self, wait: float, *, too_soon: bool = False) -> None:
        """A wrong PIN (or one typed before the wait is over): said plainly; after too
        many, Continue waits ``wait`` seconds."""
        text = "" if too_soon else self.tr(
            "That is not the staff PIN (or the password); the counter stays locked.")
        if wait > 0:
            text += " " + self.tr("Too many wrong tries: try again in {n} seconds.").format(
                n=int(wait + 0.999))
            self.resume_button.setEnabled(False)
            self.waited.start(int(wait * 1000) + 100)
        self.problem.setText(text.strip())
        self.pin.setFocus()

    def _waited(self) -> None:
        self.resume_button.setEnabled(self.can_continue)
        self.problem.setText(self.tr("Type the staff PIN again."))


class CounterMode(QObject):
    """Counter mode in one main window: the visitor finder, Next visitor, the idle lock.
    ``cleared`` is emitted when a visitor was put away (the start page shows again)."""

    cleared = Signal()

    def __init__(self, window: MainWindow, minutes: int) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.locked = False
        self._enabled: dict[QAction, bool] = {}
        self._covered: dict[QWidget, bool] = {}
        window.ctx.state.enabled = False  # where a visitor was is never written
        window.ctx.state.state = SessionState()
        self.finder = CommitteeFinder(window.ctx)
        self.finder.chosen.connect(window.committee_chosen)
        self.lock_screen = LockScreen(window, minutes)
        self.lock_screen.resume.connect(self.try_unlock)
        self.tries = Tries()  # wrong PINs slow down (kept across visitors)
        self._checking = False  # a PIN is being checked (argon2 takes a moment)
        self.lock_screen.next_visitor.connect(self.next_visitor)
        self.watch = IdleWatch(minutes, self)
        self.watch.idle.connect(self._idle)
        window.installEventFilter(self)

    def hide_committee_list(self) -> None:
        """The pane's list of every committee stays hidden: visitors use the finder."""
        top = self.window.pane.splitter.widget(0)
        if top is not None:
            top.setVisible(False)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and event.type() == QEvent.Type.Resize and self.locked:
            self.lock_screen.setGeometry(self.window.rect())
        return False

    # ------------------------------------------------------------------ locking

    def _idle(self) -> None:
        if self.locked:  # left locked as long again: put the visitor away
            self.next_visitor()
        else:
            self.lock()

    def lock(self) -> None:
        """Cover the window; dialogs and previews close (the typing in the entry form
        stays under the cover for Continue)."""
        if self.locked:
            return
        self.locked = True
        close_other_windows(self.window)
        self._enabled = {a: a.isEnabled() for a in self.window.findChildren(QAction)}
        for action in self._enabled:
            action.setEnabled(False)  # no shortcut works under the lock
        self._covered = {w: w.isEnabled() for w in self.window.children()
                         if isinstance(w, QWidget) and w is not self.lock_screen}
        for widget in self._covered:
            widget.setEnabled(False)  # nor Tab into what is under it
        self._title = self.window.windowTitle()
        self.window.setWindowTitle(APP_NAME)
        self.window.statusBar().clearMessage()
        self.lock_screen.setGeometry(self.window.rect())
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.pin.clear()
        self.lock_screen.set_unlocking(None, "")
        user = self.signed_in()
        self.window.ctx.ops.read(unlocking, lambda state: self.lock_screen.set_unlocking(
            state, user), owner=self)
        self.watch.timer.start()

    def signed_in(self) -> str:
        """The user signed in at this counter ("" when the data file has no users)."""
        session = getattr(self.window, "user", None)
        actor = getattr(session, "actor", None)
        return actor.name if actor is not None and actor.logged_in else ""

    def try_unlock(self, typed: str) -> None:
        """Continue: the staff PIN (or the signed-in user's password) is checked on the
        database thread; a wrong one is refused plainly, and many wrong ones slow down."""
        if not self.locked or self._checking:  # one try at a time: no guesses queued
            return
        left = self.tries.wait_left()
        if left > 0:
            self.lock_screen.refused(left, too_soon=True)
            return
        user = self.signed_in()

        def checked(right: bool) -> None:
            self._checking = False
            if not self.locked:
                return
            if right:
                self.tries.succeeded()
                self.unlock()
            else:
                self.lock_screen.refused(self.tries.failed())
        def failed(exc: BaseException) -> None:  # the data file could not be asked
            self._checking = False
            self.lock_screen.problem.setText(str(self.window.ctx.ops.plain(exc)))

        self._checking = True
        self.window.ctx.ops.read(lambda s: unlocks(s, typed, user=user), checked, failed,
                                 owner=self)

    def unlock(self) -> None:
        """Take the cover away (after the right PIN; or Next visitor, which puts the
        visit away first)."""
        if not self.locked:
            return
        self.locked = False
        self.lock_screen.hide()
        for action, enabled in self._enabled.items():
            action.setEnabled(enabled)
        for widget, enabled in self._covered.items():
            widget.setEnabled(enabled)
        self._enabled, self._covered = {}, {}
        self.window.setWindowTitle(self._title)
        self.watch.timer.start()

    # ------------------------------------------------------------------ next visitor

    def next_visitor(self) -> None:
        """Put the visitor away and show the clean start page."""
        if self.locked:
            self.unlock()
        window = self.window
        close_other_windows(window)
        clear_screen(window)
        self.finder.clear()
        window.ctx.state.state = SessionState()
        forget_qt_history()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
        new_undo_history(window)
        forget_typed_passwords(window)
        location = window.ctx.store.location
        from calaccess_desktop.services.counter import clear_visitor

        window.ctx.ops.task(translate("MainWindow", "Putting the last visit away"),
                            lambda _t: clear_visitor(location), dialog=False, quiet=True,
                            cpu=True)
        self.cleared.emit()
        self.finder.box.setFocus()
        self.watch.timer.start()

    def stop(self) -> None:
        """The window closes."""
        self.watch.stop()


def close_other_windows(window: QWidget) -> None:
    """Close every dialog and window of the app but ``window`` and its login dialog (a
    dialog is cancelled: what was typed in it is not saved)."""
    preview: Any = getattr(window, "preview", None)
    if preview is not None:
        preview.close()
    login = getattr(getattr(window, "user", None), "dialog", None)  # who works here
    for widget in QApplication.topLevelWidgets():
        if widget is window or widget is login or not widget.isVisible():
            continue
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()


def clear_screen(window: MainWindow) -> None:
    """Nothing of the last committee in the window: no statement, no findings, no
    committee chosen or searched, the title, status line and menus as at start."""
    window.editor.close_statement()
    window.findings.set_statement(None)
    pane = window.pane
    pane.search.blockSignals(True)
    pane.search.clear()
    pane.search.blockSignals(False)
    pane.committee_id = None
    pane.statement_id = None
    pane.refresh_statements()
    pane.statements_title.setText(translate("CommitteePane", "Statements"))
    window.setWindowTitle(APP_NAME)
    window.statusBar().clearMessage()
    window.act_file.setText(translate("MainWindow", "&File with the filing officer..."))
    for action, text in ((window.act_undo, translate("MainWindow", "&Undo")),
                         (window.act_redo, translate("MainWindow", "&Redo"))):
        action.setText(text)
        action.setEnabled(False)


def new_undo_history(window: MainWindow) -> None:
    """Edit > Undo and Redo offer nothing of the last visitor: a new undo session (their
    actions stay in the data file's history, out of the next visitor's reach)."""
    from calaccess_desktop.services.concurrency.who import new_undo_session

    new_undo_session(window.ctx.store)
    window.refresh_undo()


def forget_typed_passwords(window: MainWindow) -> None:
    """E-filing passwords typed by the last visitor (kept for the outbox's retries until
    the app closes) are forgotten: the next visitor is asked again."""
    sender = window.outbox_sender
    if sender is not None:
        sender.typed.clear()


def forget_qt_history() -> None:
    """Qt's own file dialogs remember the folders last used (in the "QtProject"
    settings): forgotten, so the next visitor's dialog does not open in the last one's."""
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.sync()
