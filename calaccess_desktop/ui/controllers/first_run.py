"""The page shown where a statement would be when none is open: on the first start
(no committee yet) what the app does and how to begin, with where the data file lives
and how it is backed up; with a committee but no statement open, what to do next.

The page never opens the store on the GUI thread: what it says is read through the op
runner, and the work its buttons start (the demo, imports) runs in the background with
the existing progress dialogs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from calaccess_desktop.db import backup_index
from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.ops import Task

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")

if TYPE_CHECKING:
    from calaccess_desktop.ui.main_window import MainWindow

WELCOME, CHOOSE, NEXT_STEP = "welcome", "choose", "next"


@dataclass(frozen=True)
class Place:
    """What the page is about: how many committees there are, and the chosen one."""

    committees: int
    committee_id: int | None = None
    committee_name: str = ""
    statements: int = 0

    @property
    def mode(self) -> str:
        """WELCOME (no committee yet), CHOOSE (none chosen) or NEXT_STEP."""
        if self.committee_id is not None:
            return NEXT_STEP
        return CHOOSE if self.committees else WELCOME


def read_place(session: Session, committee_id: int | None) -> Place:
    """The facts the page shows (one small read)."""
    count = int(session.scalar(select(func.count(Committee.id))) or 0)
    committee = session.get(Committee, committee_id) if committee_id is not None else None
    if committee is None:
        return Place(count)
    statements = int(session.scalar(select(func.count(Statement.id))
                                    .where(Statement.committee_id == committee.id)) or 0)
    return Place(count, committee.id, committee.name, statements)


@dataclass(frozen=True)
class DataFacts:
    """Where the data lives and how it is backed up."""

    location: str  # the file (or the server, password hidden)
    backups: str  # the backups folder ("" for a database server)


def data_facts(location: str) -> DataFacts:
    """The data file and its backups folder (a database URL: the server, no folder)."""
    from calaccess_desktop.services.backups import data_file_of

    path = data_file_of(location)
    if path is None:
        from calaccess_desktop.db.engine import shown_url

        return DataFacts(shown_url(location), "")
    return DataFacts(str(path), str(backup_index.folder_of(path)))


class StartPage(QScrollArea):
    """Welcome (first start), choose a committee, or what to do next with the chosen one."""

    create_committee = Signal()
    open_demo = Signal()
    import_history = Signal()  # File > Import earlier statements (a folder of .CAL files)
    import_cal = Signal()
    import_bundle = Signal()
    new_statement = Signal()
    show_calendar = Signal()
    edit_profile = Signal()
    show_backups = Signal()

    def __init__(self, ctx: AppContext, committee: Callable[[], int | None], *,
                 counter: bool = False, finder: QWidget | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.committee = committee
        self.counter = counter
        self.place = Place(0)
        self.setObjectName("StartPage")
        self.setAccessibleName(self.tr("Start page"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(10)
        self.title = QLabel()
        self.title.setObjectName("StartTitle")
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What this is"))
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        self.finder = finder
        if finder is not None:
            column.addWidget(finder)
        self.buttons: dict[str, QPushButton] = {}
        self.descriptions: dict[str, QLabel] = {}
        choices = QGridLayout()
        choices.setHorizontalSpacing(16)
        choices.setVerticalSpacing(10)
        choices.setColumnStretch(1, 1)
        for row, (key, signal) in enumerate((
                ("committee", self.create_committee), ("demo", self.open_demo),
                ("history", self.import_history), ("bundle", self.import_bundle),
                ("statement", self.new_statement), ("calendar", self.show_calendar),
                ("cal", self.import_cal), ("profile", self.edit_profile))):
            button = QPushButton()
            button.setObjectName(f"Start-{key}")
            button.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 30)
            button.clicked.connect(lambda _c=False, s=signal: s.emit())
            words = QLabel()
            words.setWordWrap(True)
            self.buttons[key], self.descriptions[key] = button, words
            choices.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            choices.addWidget(words, row, 1, Qt.AlignmentFlag.AlignTop)
        column.addLayout(choices)
        bold = self.buttons["committee"].font()
        bold.setBold(True)
        self.buttons["committee"].setFont(bold)  # the usual way in
        self._button_words()
        self.data = QLabel()
        self.data.setObjectName("StartData")
        self.data.setWordWrap(True)
        self.data.setAccessibleName(self.tr("Where your data is kept"))
        self.data.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data.setTextFormat(Qt.TextFormat.RichText)
        self.backups_link = QPushButton(self.tr("See the backups..."))
        self.backups_link.setObjectName("Start-backups")
        self.backups_link.setAccessibleName(self.tr("See the backups"))
        self.backups_link.setToolTip(self.tr("List them, or put one back (File > Backups)"))
        self.backups_link.clicked.connect(lambda _c=False: self.show_backups.emit())
        column.addSpacing(8)
        column.addWidget(self.data)
        column.addWidget(self.backups_link, 0, Qt.AlignmentFlag.AlignLeft)
        column.addStretch(1)
        body.setMaximumWidth(self.fontMetrics().horizontalAdvance("0") * 100)
        body.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QWidget()
        center = QHBoxLayout(outer)
        center.setContentsMargins(0, 0, 0, 0)
        center.addStretch(1)
        center.addWidget(body, 100)
        center.addStretch(1)
        self.setWidget(outer)
        self._show(self.place)

    def _button_words(self) -> None:
        words = {
            "committee": (self.tr("Create your committee"),
                          self.tr("Its name, ID, address and treasurer: printed on every "
                                  "cover page and checked as you type.")),
            "demo": (self.tr("Open the demo"),
                     self.tr("A sample city council campaign with two Form 460s (every "
                             "schedule) and a Form 497, to look around. It is added to this "
                             "data file as a committee of its own.")),
            "history": (self.tr("Import .CAL files"),
                        self.tr("Statements filed with other software: choose their folder; "
                                "they are imported in date order (File > Import earlier "
                                "statements).")),
            "bundle": (self.tr("Import a hand-off bundle"),
                       self.tr("The file the previous treasurer saved with File > Hand off "
                               "committee: everything about the committee.")),
            "statement": (self.tr("Start a statement"),
                          self.tr("Choose the form and period; the filing calendar says "
                                  "which one is due next (Ctrl+Shift+N).")),
            "calendar": (self.tr("See the filing calendar"),
                         self.tr("What this committee files this year, with due dates "
                                 "(Ctrl+Shift+L).")),
            "cal": (self.tr("Import a .CAL file"),
                    self.tr("One statement filed with other software (Ctrl+I).")),
            "profile": (self.tr("Check the committee profile"),
                        self.tr("Name, address, treasurer and filing officer, printed on "
                                "every cover page (Ctrl+Shift+P).")),
        }
        for key, (text, description) in words.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(text)
            self.buttons[key].setAccessibleDescription(description)
            self.descriptions[key].setText(description)

    # ------------------------------------------------------------------ what it shows

    def refresh(self) -> None:
        """Read the committee count and the chosen committee, then show the right page."""
        cid = self.committee()
        self.ctx.ops.read(lambda s: read_place(s, cid), self._show, owner=self)

    def _show(self, place: Place) -> None:
        self.place = place
        mode = place.mode
        shown = {WELCOME: ("committee", "demo", "history", "bundle"),
                 CHOOSE: ("committee", "history", "bundle"),
                 NEXT_STEP: ("statement", "calendar", "cal", "profile")}[mode]
        if self.counter:  # a public counter: no sample committee in the office's file
            shown = tuple(k for k in shown if k != "demo")
        for key, button in self.buttons.items():
            button.setVisible(key in shown)
            self.descriptions[key].setVisible(key in shown)
        if self.finder is not None:
            self.finder.setVisible(mode != NEXT_STEP)
        if mode == WELCOME and not self.counter:
            self.title.setText(self.tr("Welcome to calaccess-desktop"))
            self.intro.setText(self.tr(
                "<p>Prepare California campaign statements on this computer: enter "
                "contributions and payments, check them against the FPPC's rules as you "
                "type, print them, and file them with the Secretary of State or your city "
                "or county clerk. Nothing leaves this computer until you file.</p>"
                "<p><b>How do you want to begin?</b></p>"))
        elif mode in (WELCOME, CHOOSE):
            self.title.setText(self.tr("Welcome") if self.counter
                               else self.tr("Choose a committee"))
            self.intro.setText(self.tr(
                "<p>Find your committee by its name or ID, or begin a new one.</p>")
                if self.counter else self.tr(
                "<p>Choose a committee on the left (type part of its name or ID to find "
                "it; Ctrl+K switches), or begin another one.</p>"))
        else:
            self.title.setText(place.committee_name)
            self.intro.setText(self.tr(
                "<p>This committee has no statement yet. <b>Start one</b>: the filing "
                "calendar says which form and period come next.</p>")
                if not place.statements else self.tr(
                "<p>No statement is open. Choose one of the committee's statements on the "
                "left (double-click, or Enter), or start the next one.</p>"))
        self._data_words(mode)

    def _data_words(self, mode: str) -> None:
        facts = data_facts(self.ctx.store.location)
        show = mode == WELCOME and not self.counter
        self.data.setVisible(show)
        self.backups_link.setVisible(show and bool(facts.backups))
        if not show:
            return
        where = self.tr(
            "<p><b>Your data.</b> Every committee and statement is kept in one file on this "
            "computer:<br><code>{path}</code><br>Settings (Ctrl+,) chooses another file."
            "</p>").format(path=_escape(facts.location))
        if not facts.backups:
            self.data.setText(self.tr(
                "<p><b>Your data</b> is kept on the database server <code>{server}</code>; "
                "it is backed up with the server's own tools (pg_dump), not by this "
                "app.</p>").format(server=_escape(facts.location)))
            return
        self.data.setText(where + self.tr(
            "<p><b>Backups</b> are made on their own: a checked copy goes into "
            "<code>{folder}</code> {after} minutes after your first change (at most once "
            "an hour), and before every import, amendment or restore. The last {last} "
            "are kept, then the newest of each day for {days} days and of each month "
            "for {months} months. That folder is on this computer: to outlast a lost or "
            "broken computer, also save a copy elsewhere now and then (File &gt; Back up "
            "data file, to a USB stick or another disk).</p>").format(
                folder=_escape(facts.backups), after=_minutes_after(),
                last=backup_index.KEEP_LAST, days=backup_index.KEEP_DAYS,
                months=backup_index.KEEP_MONTHS))


def _minutes_after() -> int:
    from calaccess_desktop.services.backups import Schedule

    return int(Schedule().after // 60)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------------- the demo


def open_demo(window: MainWindow) -> None:
    """Add the demo committee to the data file in the background (once: a second time
    opens the one already there), then open its newest statement."""
    from calaccess_desktop.services.demo import DEMO_NAME, create_demo

    store = window.ctx.store

    def work(task: Task) -> int:
        task.progress(0, 0, translate("MainWindow",
                                      "Creating the demo committee and its statements..."))
        with store.transaction() as session:
            found = session.scalar(select(Committee.id).where(Committee.name == DEMO_NAME)
                                   .order_by(Committee.id))
            return int(found) if found is not None else create_demo(session)[0]

    def done(cid: Any) -> None:
        window.ctx.hub.changed.emit(Changes(None, committees=True, everything=True))
        window.committee_chosen(int(cid))
        window.statusBar().showMessage(translate(
            "MainWindow", "The demo committee is open: look around, change anything. It is "
            "a committee of its own in this data file."), 12000)

    window.ctx.ops.task(translate("MainWindow", "Creating the demo"), work, done)
