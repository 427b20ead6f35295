"""A page whose content is computed on the database worker, only while it is shown.

A big statement's summary or comparison takes a moment, and the one database worker
should not queue it for a page nobody is looking at: ``refresh`` marks the page out
of date and computes at once only if it is visible; otherwise the next show does.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class ComputedPage(QWidget):
    """Subclasses implement ``compute`` (start the work; it should clear ``dirty``)."""

    dirty = True

    def refresh(self) -> None:
        """Recompute now if shown, else when next shown."""
        self.dirty = True
        if self.isVisible():
            self.compute()

    def showEvent(self, event: Any) -> None:  # noqa: N802
        super().showEvent(event)
        if self.dirty:
            self.compute()

    def compute(self) -> None:
        """Start the computation on the database worker."""
        raise NotImplementedError
