"""Help > About: the version, what the app is, where its data file is, the licences; and
"Check for a newer version" (services/updates, on the network pool, never installing).

``announce_newer_version(window, ctx)`` is the start-up check: only when Settings turned
it on, never in the last days before a filing is due, and it only says so in the status
bar (with the download page in the About box).
"""

from __future__ import annotations

import datetime as dt
import platform
from importlib import resources
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop import APP_NAME, __version__
from calaccess_desktop.services import updates

if TYPE_CHECKING:
    from calaccess_desktop.ui.context import AppContext
    from calaccess_desktop.ui.ops import Task

ICON_SIZE = 64
STATUS_SECONDS = 30  # how long the start-up notice stays in the status bar


def app_icon() -> QIcon:
    """The application icon (package data: calaccess_desktop/icons/)."""
    return QIcon(str(resources.files("calaccess_desktop") / "icons" / f"{APP_NAME}.svg"))


def _link(url: str) -> str:
    safe = url.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    return f'<a href="{safe}">{safe}</a>'


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class AboutDialog(QDialog):
    """The About box. ``result_label`` shows the last check's words."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About calaccess-desktop"))
        self.setAccessibleName(self.tr("About calaccess-desktop"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        title = QLabel(f"<b style='font-size:15pt'>{APP_NAME}</b><br>"
                       + self.tr("Version {0}").format(__version__))
        title.setObjectName("about_version")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        what = QLabel(self.tr(
            "Prepare California campaign statements offline, check them, print them, and "
            "e-file them when you are online. Statements are written in the Secretary of "
            "State's CAL format 2.01; each .CAL file and printed page names this version."))
        what.setWordWrap(True)
        where = QLabel(self.tr("Data file: {0}").format(_escape(ctx.store.shown)))
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        legal = QLabel(self.tr(
            "Free software under the MIT licence. The printed forms use the DejaVu fonts "
            "(their licence is installed with the app). Python {0}, Qt for Python {1}.")
            .format(platform.python_version(), pyside_version))
        legal.setWordWrap(True)
        self.result_label = QLabel(self.tr(
            "The app never updates itself. Check for a newer version to see whether "
            "one is out; it reads a small file from the project's releases page and sends "
            "nothing about you."))
        self.result_label.setObjectName("about_update")
        self.result_label.setWordWrap(True)
        self.result_label.setOpenExternalLinks(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.check_button = QPushButton(self.tr("Check for a newer version"))
        self.check_button.setObjectName("about_check")
        self.check_button.clicked.connect(self.check_now)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)

        text = QVBoxLayout()
        for w in (title, what, where, legal, self.result_label):
            text.addWidget(w)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def check_now(self) -> None:
        """Read the release feed now (the user asked: the setting and the quiet days
        before a deadline apply to the start-up check only)."""
        self.check_button.setEnabled(False)
        self.result_label.setText(self.tr("Checking..."))
        self.ctx.ops.task(self.tr("Checking for a newer version"),
                          lambda _task: updates.from_feed(), self.show_result,
                          network=True, dialog=False, quiet=True)

    def show_result(self, found: updates.UpdateCheck) -> None:
        """Show what the check found (a newer version with its download page linked)."""
        self.check_button.setEnabled(True)
        words = _escape(found.words)
        if found.newer and found.url:
            words = words.replace(_escape(found.url), _link(found.url))
        self.result_label.setText(words)


def show_about(parent: QWidget | None, ctx: AppContext) -> AboutDialog:
    """Open the About box (modeless: the window stays usable)."""
    dialog = AboutDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def _startup_check(ctx: AppContext, today: dt.date) -> updates.UpdateCheck:
    """On the network pool: the setting, a short read for the quiet days, then the feed
    (no session held during the request)."""
    from calaccess_desktop import settings

    chosen, _problem = settings.load_or_defaults()
    if not chosen.check_for_updates:
        return updates.OFF
    with ctx.store.read() as session:
        hold = updates.quiet(session, today)
    return hold if hold is not None else updates.from_feed()


def announce_newer_version(window: QMainWindow, ctx: AppContext,
                           today: dt.date | None = None) -> Task:
    """The start-up check; a newer version is said in the status bar, nothing else is."""
    day = today or dt.date.today()

    def said(found: updates.UpdateCheck) -> None:
        if found.newer:
            window.statusBar().showMessage(found.words, STATUS_SECONDS * 1000)

    return ctx.ops.task("Checking for a newer version", lambda _task: _startup_check(ctx, day),
                        said, lambda _exc: None, network=True, dialog=False, quiet=True)
