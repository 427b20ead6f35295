"""Find in the print preview: a search field, Previous/Next match and "3 of 17".

The search runs on the PDFium thread (``pdf_worker``) a few pages at a time, so
pages keep being drawn in between, and results come back to the GUI thread. A new
search (typing, or the full PDF arriving after page 1) replaces a running one: the
old one is cancelled and whatever it still returns is dropped. While only page 1 is
drawn, only page 1 is searched, and the count says so.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from calaccess_desktop.ui.pdf_find import Match, find_text
from calaccess_desktop.ui.pdf_raster import OpenedPdf, pdf_worker
from calaccess_desktop.ui.widgets.page_view import PageView

CHUNK = 16  # pages searched per PDFium job (about 20 ms), so drawing can go in between
TYPING_PAUSE_MS = 250  # search this long after the last key


@dataclass(eq=False)
class Search:
    """One run of a search over the pages of one opened PDF."""

    text: str
    pdf: OpenedPdf
    move: bool  # go to a match when done (not when only the document changed)
    keep: Match | None = None  # stay on this match if it is found again
    next_page: int = 0
    found: list[Match] = field(default_factory=list)
    cancel: threading.Event = field(default_factory=threading.Event)


class FindBar(QWidget):
    """The find controls of the print preview, driving highlights in a ``PageView``."""

    finished = Signal(str, int)  # the text searched and its number of matches

    def __init__(self, view: PageView, parent: QWidget | None = None, *,
                 synchronous: bool = False) -> None:
        super().__init__(parent)
        self.view = view
        self.synchronous = synchronous
        self.pdf: OpenedPdf | None = None
        self.total = 0  # pages the statement has (the PDF may hold fewer so far)
        self.matches: list[Match] = []
        self.current: int | None = None
        self.searched = ""  # the text the matches are for
        self.search: Search | None = None  # the one running
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in statement"))
        self.field.setAccessibleName(self.tr("Find in statement"))
        self.field.setToolTip(self.tr("Find text in the statement (Ctrl+F); Enter: next match, "
                                      "Shift+Enter: previous"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 12)
        self.field.textChanged.connect(self._typed)
        self.field.installEventFilter(self)
        self.prev_match = QToolButton()
        self.prev_match.setText(self.tr("Previous"))
        self.prev_match.setAccessibleName(self.tr("Previous match"))
        self.prev_match.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.prev_match.clicked.connect(self.previous)
        self.next_match = QToolButton()
        self.next_match.setText(self.tr("Next"))
        self.next_match.setAccessibleName(self.tr("Next match"))
        self.next_match.setToolTip(self.tr("Next match (F3)"))
        self.next_match.clicked.connect(self.next)
        for b in (self.prev_match, self.next_match):
            b.setEnabled(False)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Matches found"))
        self.count.setMinimumWidth(
            self.fontMetrics().horizontalAdvance(self.tr("Searching...")) + 4)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.field, self.prev_match, self.next_match, self.count):
            row.addWidget(w)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self.find_now)
        window = parent if parent is not None else self
        for key, slot in ((QKeySequence.StandardKey.Find, self.focus_field),
                          (QKeySequence.StandardKey.FindNext, self.next),
                          (QKeySequence.StandardKey.FindPrevious, self.previous)):
            for keys in QKeySequence.keyBindings(key):  # F3 and Ctrl+G, ...
                QShortcut(keys, window, slot)

    # ------------------------------------------------------------------ searching

    def set_document(self, pdf: OpenedPdf, total: int) -> None:
        """The preview shows ``pdf`` now (page 1, later the whole file): search it again."""
        self.pdf, self.total = pdf, total
        if self.field.text().strip():
            running = self.search
            current = self.matches[self.current] if self.current is not None else None
            self._start(self.field.text(), move=running.move if running else False,
                        keep=current)

    def find_now(self) -> None:
        """Search for the field's text now (an empty field clears the matches)."""
        self._pause.stop()
        text = self.field.text()
        if not text.strip():
            self.cancel()
            self.matches, self.current, self.searched = [], None, ""
            self._show()
            return
        self._start(text, move=True)

    def cancel(self) -> None:
        """Stop the running search; what it still finds is dropped."""
        if self.search is not None:
            self.search.cancel.set()
            self.search = None

    def _start(self, text: str, *, move: bool, keep: Match | None = None) -> None:
        self.cancel()
        if self.pdf is None:
            return
        self.search = Search(text, self.pdf, move, keep)
        if text != self.searched:  # another text: the old marks go now
            self.matches, self.current, self.searched = [], None, ""
            self._show()
        self.count.setText(self.tr("Searching..."))
        self._step(self.search)

    def _step(self, search: Search) -> None:
        pages = range(search.next_page, min(search.next_page + CHUNK, search.pdf.count))
        search.next_page = pages.stop
        pdf_worker().submit(lambda: find_text(search.pdf, search.text, pages, search.cancel),
                            lambda found: self._found(search, found),
                            lambda exc: self._failed(search, exc),
                            owner=self, wait=self.synchronous)

    def _found(self, search: Search, found: list[Match]) -> None:
        if search is not self.search:
            return  # replaced or cancelled meanwhile
        search.found.extend(found)
        if search.next_page < search.pdf.count:
            self._step(search)
            return
        self.search = None
        self.matches, self.searched = search.found, search.text
        self.current = self._first(search)
        self._show()
        if search.move and self.current is not None:
            self._go()
        self.finished.emit(search.text, len(self.matches))

    def _failed(self, search: Search, exc: BaseException) -> None:
        if search is self.search:
            self.search = None
            self.count.setText(self.tr("Search failed"))
            self.count.setToolTip(str(exc))

    def _first(self, search: Search) -> int | None:
        """The match to be on: the one kept, else the first from the page shown on."""
        if not self.matches:
            return None
        if search.keep is not None and search.keep in self.matches:
            return self.matches.index(search.keep)
        page = self.view.current_page()
        return next((i for i, m in enumerate(self.matches) if m.page >= page), 0)

    # ------------------------------------------------------------------ moving

    def next(self) -> None:
        """Go to the next match (after the last: the first)."""
        self._move(1)

    def previous(self) -> None:
        """Go to the previous match (before the first: the last)."""
        self._move(-1)

    def _move(self, step: int) -> None:
        if self.search is not None:
            self.search.move = True  # still searching: go to a match when it is done
            return
        if self.field.text() != self.searched:
            self.find_now()  # Enter right after typing: search now, then go to the first
            return
        if self.current is None:
            return
        self.current = (self.current + step) % len(self.matches)
        self._show()
        self._go()

    def _go(self) -> None:
        assert self.current is not None
        match = self.matches[self.current]
        self.view.reveal(match.page, match.rects[0])

    def _show(self) -> None:
        """The count, the buttons and the highlights for the matches."""
        n = len(self.matches)
        self.prev_match.setEnabled(n > 0)
        self.next_match.setEnabled(n > 0)
        self.count.setToolTip("")
        if not self.searched:
            self.count.setText("")
        elif self.current is None:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(self.tr("{at} of {n}").format(at=self.current + 1, n=n))
        pdf = self.pdf
        if self.searched and pdf is not None and pdf.count < self.total:
            where = (self.tr("page 1") if pdf.count == 1
                     else self.tr("pages 1-{last}").format(last=pdf.count))
            self.count.setText(self.tr("{count} on {where}").format(
                count=self.count.text(), where=where))
            self.count.setToolTip(self.tr("Only {where} is searched until every page is "
                                          "drawn.").format(where=where))
        self.view.set_highlights(self.matches, self.current)

    # ------------------------------------------------------------------ keys

    def focus_field(self) -> None:
        """Ctrl+F: into the search field, its text selected."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._pause.start()
        else:
            self.find_now()  # cleared: the highlights go at once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter / Shift+Enter in the field: next / previous match; Esc clears it."""
        if watched is self.field and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self._move(-1 if shift else 1)
                return True  # not the dialog's default button
            if key == Qt.Key.Key_Escape and self.field.text():
                self.field.clear()
                return True  # the first Esc clears the search, the next closes
        return super().eventFilter(watched, event)
