"""The candidate or measure a Form 496 or 465 is about (its Part 1 / Part 2), kept on the
report's own cover: the fields its form lists for ("CVR", form) in
``FormSpec.entry_groups``, saved in one undoable step (``late_reports.set_cover_fields``)
and checked like any entry (a value that does not fit is refused and named)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton

from calaccess_desktop.cal.model import CalRecord
from calaccess_desktop.db.orm import Statement
from calaccess_desktop.errors import UserError
from calaccess_desktop.forms.registry import spec_for
from calaccess_desktop.services.editing import FieldProblems
from calaccess_desktop.services.entry_fields import entry_groups
from calaccess_desktop.services.late_reports import set_cover_fields
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.widgets.fields import FieldEditor


def has_subject(form: str) -> bool:
    """Whether the form keeps cover fields of its own that the user enters here."""
    return ("CVR", form.upper()) in spec_for(form).entry_groups


class SubjectBox(QGroupBox):
    """Edit the report's own cover fields (the candidate or measure)."""

    def __init__(self, ctx: AppContext, statement_id: int, form: str) -> None:
        groups = entry_groups("CVR", form.upper(), form.upper())
        super().__init__(groups[0].title if groups else QCoreApplication.translate(
            "SubjectBox", "Candidate or measure"))
        self.ctx, self.statement_id, self.form = ctx, statement_id, form.upper()
        self.setAccessibleName(self.title())
        layout = QFormLayout(self)
        self.editors: dict[str, FieldEditor] = {}
        for group in groups:
            for info in group.fields:
                editor = FieldEditor(info)
                label = QLabel(info.label)
                label.setBuddy(editor.input)
                layout.addRow(label, editor)
                self.editors[info.name] = editor
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save candidate or measure"))
        self.save_button.setAccessibleName(self.tr("Save the candidate or measure of this report"))
        self.save_button.clicked.connect(self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Candidate or measure message"))
        row.addWidget(self.save_button)
        row.addWidget(self.message, 1)
        layout.addRow(row)
        self.load()

    def load(self) -> None:
        """Show the report's stored values (on the database thread)."""
        sid, form = self.statement_id, self.form

        def work(session: Any) -> dict[str, str]:
            stmt = session.get(Statement, sid)
            if stmt is None or not stmt.cover:  # deleted meanwhile, or no cover yet
                return {}
            cover = CalRecord(list(stmt.cover), cvr_form=form)
            return {name: cover.get(name) for name in self.editors}

        self.ctx.ops.read(work, self.show_values, owner=self)

    def show_values(self, values: dict[str, str]) -> None:
        """Put stored values in the fields."""
        for name, editor in self.editors.items():
            editor.set_value(values.get(name, ""))
            editor.set_error(None)

    def values(self) -> dict[str, str]:
        """What is typed, by CVR field name."""
        return {name: editor.value() for name, editor in self.editors.items()}

    def save(self) -> None:
        """Save the typed values; a refused value is marked on its field."""
        sid, typed = self.statement_id, self.values()

        def work(session: Any) -> None:
            set_cover_fields(session, sid, typed)

        def done(_result: Any) -> None:
            self.message.setText(self.tr("Saved."))
            for editor in self.editors.values():
                editor.set_error(None)
            self.ctx.hub.changed.emit(Changes(sid))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, FieldProblems):
                for name, problem in exc.problems.items():
                    if name in self.editors:
                        self.editors[name].set_error(problem)
            self.message.setText(str(exc) if isinstance(exc, UserError)
                                 else self.tr("The candidate or measure could not be saved."))

        self.ctx.ops.write(work, done, failed, owner=self)
