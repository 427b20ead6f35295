"""The committee profile editor: where the committee files (its filing officers), and
every cover-page fact, checked as you type. Saving a change to registration facts offers
an amended Form 410 listing what changed (made only if the user agrees)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.officers.catalog import all_officers, sos
from calaccess_desktop.officers.model import Officer
from calaccess_desktop.services.concurrency.conflicts import EditConflict
from calaccess_desktop.services.officers import officers_of
from calaccess_desktop.services.profile_fields import (
    GROUPS,
    ProfileField,
    ProfileSeen,
    check_profile_value,
    loaded_profile,
    not_required_for,
    save_profile,
)
from calaccess_desktop.services.registration import Offer, amend_410, offer, terminate_410
from calaccess_desktop.ui.context import AppContext, Changes
from calaccess_desktop.ui.controllers.officer_picker import OfficerPicker
from calaccess_desktop.ui.i18n import data_words
from calaccess_desktop.ui.widgets.fields import ERROR_STYLE, add_error_line, show_problem
from calaccess_desktop.ui.widgets.wheel_guard import guard_wheel


class ProfileInput(QWidget):
    """A profile value with its inline check."""

    def __init__(self, spec: ProfileField) -> None:
        super().__init__()
        self.spec = spec
        if spec.choices:
            combo = QComboBox()
            combo.addItem("", "")
            for code, words in spec.choices:
                words = data_words(words)
                combo.addItem(f"{words} ({code})" if len(code) > 1 else words, code)
            combo.currentIndexChanged.connect(lambda _i: self.check())
            guard_wheel(combo)
            self.input: QWidget = combo
        else:
            edit = QLineEdit()  # no maxLength: a long value is refused, never cut
            edit.editingFinished.connect(self.check)
            self.input = edit
        self.input.setAccessibleName(data_words(spec.label))
        self.input.setObjectName(f"profile_{spec.key}")
        self.error = add_error_line(self, self.input)

    def value(self) -> str:
        """The value as typed (codes for lists)."""
        if isinstance(self.input, QComboBox):
            return str(self.input.currentData() or "")
        assert isinstance(self.input, QLineEdit)
        return self.input.text().strip()

    def set_value(self, value: str) -> None:
        """Show a stored value."""
        if isinstance(self.input, QComboBox):
            i = self.input.findData(value) if value else 0
            if i < 0:
                self.input.addItem(value, value)
                i = self.input.count() - 1
            self.input.setCurrentIndex(i)
        elif isinstance(self.input, QLineEdit):
            self.input.setText(value)

    def check(self) -> str | None:
        """Show the problem with the value, if any."""
        problem = check_profile_value(self.spec.key, self.value())
        self.set_error(problem)
        return problem

    def set_error(self, problem: str | None) -> None:
        """Show (or clear) a problem."""
        show_problem(self.input, self.error, problem)


class ProfileDialog(QDialog):
    """Create or edit a committee's profile; saving is one undoable action."""

    def __init__(self, ctx: AppContext, committee_id: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.committee_id = committee_id
        self.saved_id: int | None = None
        self.offered: Offer | None = None  # the Form 410 amendment offered after saving
        self.amended_410: int | None = None  # the amendment made when the user agreed
        # Asks the user about the offer (a message box; tests put an answer here).
        self.answer_410: Callable[[Offer], bool] = self._ask_410
        self.setWindowTitle(self.tr("New committee") if committee_id is None
                            else self.tr("Committee profile"))
        self.setAccessibleName(self.windowTitle())
        self.inputs: dict[str, ProfileInput] = {}
        intro = QLabel(self.tr("This is printed on the cover page of every statement. Fields "
                               "marked * are required. Problems show in red as you leave each "
                               "field."))
        intro.setWordWrap(True)
        grid_host = QWidget()
        host_layout = QVBoxLayout(grid_host)
        self.officers = OfficerPicker()
        host_layout.addWidget(self.officers)
        grid = QGridLayout()
        host_layout.addLayout(grid)
        # left column: committee, mailing address; right: treasurer, assistant,
        # candidate or measure, bank
        places = {0: (0, 0, 3), 1: (3, 0, 1), 2: (0, 1, 1), 3: (1, 1, 1), 4: (2, 1, 2),
                  5: (4, 0, 1)}
        for i, (title, fields) in enumerate(GROUPS):
            row, col, span = places.get(i, (5 + i, 0, 1))
            grid.addWidget(self._group(title, fields), row, col, span, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.message = QLabel()
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Profile problems"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        self.terminated_410: int | None = None  # the Form 410 termination made here
        # Asks the termination date (a small input box; tests put an answer here).
        self.ask_termination: Callable[[], str | None] = self._ask_termination
        if committee_id is not None:
            end = buttons.addButton(self.tr("Terminate the committee (Form 410)..."),
                                    QDialogButtonBox.ButtonRole.ActionRole)
            end.setAccessibleName(self.tr("Terminate the committee with a Form 410"))
            end.clicked.connect(self.terminate)
            history = buttons.addButton(self.tr("History..."),
                                        QDialogButtonBox.ButtonRole.HelpRole)
            history.setAccessibleName(self.tr("History of the profile and the users"))
            history.clicked.connect(self.show_history)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        width = self.fontMetrics().horizontalAdvance("0")
        wide = grid_host.sizeHint().width() + scroll.verticalScrollBar().sizeHint().width() \
            + 2 * layout.contentsMargins().left() + 4  # no sideways scrolling
        self.resize(max(width * 120, wide), self.fontMetrics().height() * 48)
        self.values: dict[str, str] = {}
        # The profile as loaded, with the committee's version: a save is checked against
        # it, so someone else's later change is never overwritten unseen.
        self.seen: ProfileSeen | None = None
        self._officers_shown: list[Officer] | None = None
        if committee_id is not None:
            ctx.ops.read(lambda s: loaded_profile(s, committee_id), self._loaded,
                         owner=self)
            ctx.ops.read(lambda s: (all_officers(), officers_of(s, committee_id)),
                         self._show_officers, owner=self)
        else:
            self.show_values({"entity_cd": "RCP", "Filer_ST": "CA", "Tres_ST": "CA"})
            ctx.ops.read(lambda _s: (all_officers(), [sos()]), self._show_officers,
                         owner=self)

    def show_history(self) -> QDialog:
        """Who changed the profile (and the data file's users) when, from what to what."""
        from calaccess_desktop.ui.controllers.audit_view import AuditView

        view = AuditView(self.ctx, None, parent=self, committee_id=self.committee_id)
        view.show()
        return view

    def _show_officers(self, found: tuple[tuple[Officer, ...], list[Officer]]) -> None:
        known, chosen = found
        self.officers.set_known(known)
        self.officers.set_officers(chosen)
        self._officers_shown = list(chosen)

    def _loaded(self, seen: ProfileSeen) -> None:
        self.seen = seen
        self.show_values(seen.values)

    def _group(self, title: str, fields: tuple[ProfileField, ...]) -> QGroupBox:
        box = QGroupBox(data_words(title))
        form = QFormLayout(box)
        for spec in fields:
            widget = ProfileInput(spec)
            label = QLabel(data_words(spec.label) + (" *" if spec.required else ""))
            label.setBuddy(widget.input)
            label.setWordWrap(True)
            form.addRow(label, widget)
            self.inputs[spec.key] = widget
        return box

    def show_values(self, values: dict[str, str]) -> None:
        """Fill the editor."""
        self.values = dict(values)
        for key, widget in self.inputs.items():
            widget.set_value(str(values.get(key, "")))

    def collected(self) -> dict[str, str]:
        """The values to save (profile keys the editor does not show are kept)."""
        return {key: widget.value() for key, widget in self.inputs.items()}

    def save(self) -> None:
        """Check every field, then save; keep the dialog open on a problem."""
        optional = not_required_for(self.collected())
        bad = [w for w in self.inputs.values()
               if w.check() and not (w.spec.key in optional and not w.value())]
        for w in self.inputs.values():
            if w.spec.key in optional and not w.value():
                w.set_error(None)
        if bad:
            self.message.setText(self.tr("Please fix the fields marked in red."))
            bad[0].input.setFocus()
            return
        values, cid, seen = self.collected(), self.committee_id, self.seen
        officers = self.officers.officers() if self.officers.loaded else None

        def done(new_id: int) -> None:
            self.saved_id = new_id
            self.ctx.hub.changed.emit(Changes(committee_id=new_id, committees=True,
                                              everything=True))
            if cid is None:
                self.accept()
                return
            self.ctx.ops.read(lambda s: offer(s, new_id), self._offer_410,
                              lambda _exc: self.accept())

        def refused(exc: BaseException) -> None:
            if isinstance(exc, EditConflict):
                self._conflict(exc)
                return
            self.message.setText(self.tr("Not saved: {why}").format(why=exc))
            by_label = {w.spec.label: w for w in self.inputs.values()}
            for part in str(exc).split("; "):
                label, _sep, problem = part.partition(": ")
                if label in by_label:
                    by_label[label].set_error(problem)
        self.ctx.ops.write(lambda s: save_profile(s, cid, values, officers, seen=seen),
                           done, refused)

    def _conflict(self, exc: EditConflict) -> None:
        """Someone else saved the profile first: their change is named, fields this
        person left as loaded take their values, what this person typed stays, and the
        stored profile becomes the base of the next save."""
        current = exc.current
        taken = 0
        if isinstance(current, ProfileSeen):
            for key, widget in self.inputs.items():
                loaded, now = self.values.get(key, ""), current.values.get(key, "")
                if widget.value() == loaded.strip() and now != loaded:
                    widget.set_value(now)
                    taken += 1
            untouched = self._officers_shown is not None and \
                self.officers.officers() == self._officers_shown
            if untouched and self.seen is not None and current.officers != self.seen.officers:
                cid = current.committee_id
                self.ctx.ops.read(lambda s: (all_officers(), officers_of(s, cid)),
                                  self._show_officers, owner=self)
                taken += 1
            self.values, self.seen = dict(current.values), current
        more = self.tr(" Their changes to fields you had not touched are filled in.")
        self.message.setText(str(exc) + (more if taken else ""))

    def _offer_410(self, found: Offer | None) -> None:
        """After saving: when the latest Form 410 no longer matches, ask to amend it."""
        self.offered = found
        if found is None or not self.answer_410(found):
            self.accept()
            return
        cid = self.committee_id
        assert cid is not None

        def made(sid: int) -> None:
            self.amended_410 = sid
            self.ctx.hub.changed.emit(Changes(committee_id=cid, committees=True,
                                              everything=True))
            self.accept()

        def refused(exc: BaseException) -> None:
            self.message.setText(self.tr("The profile is saved; the Form 410 was not: "
                                         "{why}").format(why=exc))
        self.ctx.ops.write(lambda s: amend_410(s, cid), made, refused)

    def _ask_410(self, found: Offer) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Form 410"), found.words(),
                          QMessageBox.StandardButton.NoButton, self)
        yes = box.addButton(self.tr("Update the draft") if found.draft
                            else self.tr("Create the amendment"),
                            QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setAccessibleName(self.tr("Form 410 amendment offer"))
        box.exec()
        return box.clickedButton() is yes

    def terminate(self) -> None:
        """File the committee's end: a Form 410 termination (an amendment with the date)."""
        typed = self.ask_termination()
        if typed is None:
            return
        day = _day(typed)
        if day is None:
            self.message.setText(self.tr("Not terminated: {typed} is not a date like "
                                         "12/31/2026.").format(typed=repr(typed)))
            return
        cid = self.committee_id
        assert cid is not None

        def made(sid: int) -> None:
            self.terminated_410 = sid
            self.message.setStyleSheet("")
            self.message.setText(self.tr(
                "Form 410 termination made (statement {n}), ending the committee on {day}. "
                "File every other statement first, with a termination Form 460, then sign "
                "and file the 410.").format(n=sid, day=f"{day:%m/%d/%Y}"))
            self.ctx.hub.changed.emit(Changes(committee_id=cid, committees=True,
                                              everything=True))
        self.ctx.ops.write(lambda s: terminate_410(s, cid, day), made,
                           lambda exc: self.message.setText(
                               self.tr("Not terminated: {why}").format(why=exc)))

    def _ask_termination(self) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Terminate the committee"),
            self.tr("The committee ends on (MM/DD/YYYY). A Form 410 termination is made from "
                    "the profile; file every other statement first."))
        return text.strip() if ok else None

    def focus(self, key: str) -> None:
        """Put the cursor in a field (a finding about the cover page points here)."""
        widget = self.inputs.get(key) or self.inputs.get(key.lower())
        if widget is not None:
            widget.input.setFocus()
            self.message.setText(self.tr("Fix: {field}.").format(
                field=data_words(widget.spec.label)))

    def set(self, key: str, value: Any) -> None:
        """Type a value into a field (used by tests and scripts)."""
        self.inputs[key].set_value(str(value))


def _day(text: str) -> dt.date | None:
    try:
        return dt.datetime.strptime(text.strip(), "%m/%d/%Y").date()
    except ValueError:
        return None
