"""Logging in to a data file that has users, and what the logged-in user's role allows.

``UserSession`` is the window's part: at start it asks the store (on the database
thread) whether the file has users; if so the login dialog opens, and the user's name
and role are shown in the status bar. Actions the role may not take (filing, amending)
are disabled, with the reason in their tooltip and status tip. A file without users asks
nothing and shows nothing. The password is checked on the database thread (argon2 takes
a moment) and never kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.users.access import current, refusal
from calaccess_desktop.services.users.accounts import has_users, verify
from calaccess_desktop.services.users.actor import Actor, act_as, store_actor
from calaccess_desktop.ui.context import AppContext


class LoginDialog(QDialog):
    """Name and password; OK checks them (a wrong one is said in the dialog)."""

    logged_in = Signal(object)  # Actor

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Log in"))
        self.setObjectName("LoginDialog")
        intro = QLabel(self.tr("This data file has users. Log in with your name and "
                               "password; what you change is recorded under your name."))
        intro.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("User name"))
        self.name.setMaxLength(64)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a00000;")
        self.message.setAccessibleName(self.tr("Login problem"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        (self.password if name else self.name).setFocus()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)

    def check(self) -> None:
        """Check the name and password on the database thread."""
        name, password = self.name.text(), self.password.text()
        self.password.clear()  # never kept in the dialog
        if not name.strip():
            self.message.setText(self.tr("Type your user name."))
            self.name.setFocus()
            return
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Checking..."))
        self.ctx.ops.write(lambda s: verify(s, name, password), self._accepted, self._refused,
                           owner=self)

    def _accepted(self, actor: Actor) -> None:
        self.buttons.setEnabled(True)
        act_as(self.ctx.store, actor)
        self.logged_in.emit(actor)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(self.ctx.ops.plain(exc)))
        self.password.setFocus()
        self.adjustSize()  # the whole message shows


class UserSession(QObject):
    """Who is logged in to the window, shown in the status bar, and the actions their
    role may not take, disabled with the reason."""

    changed = Signal(object)  # Actor

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ctx: AppContext = window.ctx
        self.actor: Actor = store_actor(self.ctx.store)
        self.has_users = False
        self.label = QLabel()
        self.label.setObjectName("LoggedInUser")
        self.label.setAccessibleName(self.tr("Logged in as"))
        self.label.setVisible(False)
        window.statusBar().addPermanentWidget(self.label)
        self.gated: list[tuple[QAction, str, str]] = []  # action, capability, its own tip
        self.dialog: LoginDialog | None = None
        self.act_switch = QAction(self.tr("Log in as another &user..."), self)
        self.act_switch.triggered.connect(self.ask)
        self.act_switch.setVisible(False)

    def gate(self, action: QAction, capability: str) -> None:
        """Disable ``action`` whenever the user's role may not do ``capability``."""
        self.gated.append((action, capability, action.toolTip()))
        self.apply()

    def may(self, capability: str) -> bool:
        """Whether the logged-in user may do ``capability`` (always, without users)."""
        return not self.has_users or refusal(self.actor, capability) is None

    def why_not(self, capability: str) -> str:
        """The plain reason the user may not do ``capability`` ("" when they may)."""
        if self.may(capability):
            return ""
        if not self.actor.logged_in:
            return self.tr("Log in first: this data file has users.")
        return refusal(self.actor, capability) or ""

    def apply(self) -> None:
        """Disable what the role may not do (call after the window enables actions)."""
        for action, capability, tip in self.gated:
            why = self.why_not(capability)
            if why:
                action.setEnabled(False)
                action.setToolTip(why)
                action.setStatusTip(why)
            else:
                action.setToolTip(tip)
                action.setStatusTip("")

    def start(self, name: str = "") -> None:
        """Ask the store whether it has users; if so, open the login dialog."""
        def found(users: tuple[bool, Actor]) -> None:
            self.has_users, actor = users
            self.act_switch.setVisible(self.has_users)
            if self.has_users and not actor.logged_in:
                self.ask(name)
            else:
                self._set(actor)

        self.ctx.ops.read(lambda s: (has_users(s), current(s)), found, owner=self)

    def ask(self, name: str = "") -> None:
        """Open the login dialog (Cancel without a login closes the window)."""
        dialog = LoginDialog(self.ctx, self.window, name or (
            self.actor.name if self.actor.logged_in else ""))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.logged_in.connect(self._set)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialog.open()

    def _cancelled(self) -> None:
        if self.has_users and not self.actor.logged_in:
            self.window.close()  # nothing can be changed without a login

    def _set(self, actor: Actor) -> None:
        self.actor = actor
        self.label.setText(self.tr("{name} ({role})").format(name=actor.name, role=actor.role)
                           if actor.logged_in else "")
        self.label.setVisible(actor.logged_in)
        self.apply()
        refresh_undo = getattr(self.window, "refresh_undo", None)
        if callable(refresh_undo):
            refresh_undo()  # Undo offers only this person's own actions
        self.changed.emit(actor)
