"""The check's own rules on the entry being typed, shown at its fields.

The statement's facts are read once (``entry_context``) and again only after the
statement changes; each check then runs the validation engine's per-row check on the
typed values alone (``services.entry_check``), so the form says what F5 says.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from calaccess_desktop.domain.snapshot import StatementSnapshot
from calaccess_desktop.services.entry_check import check_entry, entry_context
from calaccess_desktop.services.entry_fields import MEMO_TEXT
from calaccess_desktop.ui.context import Changes
from calaccess_desktop.validation import Finding

if TYPE_CHECKING:
    from calaccess_desktop.ui.controllers.entry_form import EntryForm


class EntryRules(QObject):
    """Runs the record rules on an entry form's values, soon after each change."""

    def __init__(self, form: EntryForm) -> None:
        super().__init__(form)
        self.form = form
        self.context: StatementSnapshot | None = None  # the statement's facts
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.check)
        form.ctx.hub.changed.connect(self._statement_changed)

    def _statement_changed(self, changes: Changes) -> None:
        if changes.everything or changes.statement_id == self.form.statement_id:
            self.context = None  # the period or the committee may have changed

    def load(self, then: Callable[[], object]) -> None:
        """Read the statement's facts, then carry on."""
        sid = self.form.statement_id

        def done(context: StatementSnapshot) -> None:
            self.context = context
            then()
        self.form.ctx.ops.read(lambda s: entry_context(s, sid), done, owner=self.form)

    def findings(self) -> list[Finding]:
        """What the record rules say about the values typed so far (only about fields
        that hold a value: a field not filled in yet is not a mistake yet)."""
        form = self.form
        if self.context is None:
            return []
        values = {}
        for name, editor in form.editors.items():
            if name == MEMO_TEXT or editor.has_format_problem:
                continue
            try:
                values[name] = editor.value()
            except ValueError:
                continue
        return [f for f in check_entry(self.context, form.rec_type, form.form_type, values,
                                       form.record_id)
                if f.location.field in form.editors and values.get(f.location.field)]

    def check(self) -> list[Finding]:
        """Run the rules now and show each finding at its field (errors first)."""
        self.timer.stop()
        if self.form.read_only:
            return []
        if self.context is None:
            self.load(self.check)
            return []
        found = self.findings()
        first: dict[str, Finding] = {}
        for finding in found:
            first.setdefault(finding.location.field, finding)
        for name, editor in self.form.editors.items():
            f = first.get(name)
            editor.show_finding(f"{f.message} {f.fix}".strip() if f else None,
                                error=f is None or f.severity == "error")
        return found
