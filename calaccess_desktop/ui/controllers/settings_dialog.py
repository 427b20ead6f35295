"""Settings: data file, filing server, itemization variant, language, update check,
counter mode, e-filing password.

Non-secret options are the versioned ``calaccess_desktop.settings`` model (checked
by it: a bad server address is shown at the field); the password goes to the
system keyring through ``services.filing`` (never into a settings file). Which data
file to open is a window preference (QSettings, ``DATA_FILE_KEY``, read by
``ui.app.run``): used from the next start, or at once ("Open it now" reopens the
window on it after the current file's work is finished; ``controllers.data_file``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.services.users.counter_pin import Unlocking, set_pin, unlocking
from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.i18n import QT_TRANSLATE_NOOP
from calaccess_desktop.ui.widgets.fields import BAD_INPUT, ERROR_STYLE

DATA_FILE_KEY = "app/data_file"
VARIANTS = ((None, QT_TRANSLATE_NOOP("SettingsDialog",
                                     "California state rules ($100 itemization)")),)


def _settings_module() -> Any:
    try:
        from calaccess_desktop import settings as module
    except ImportError:  # pragma: no cover - before the e-filing package existed
        return None
    return module


class SettingsDialog(QDialog):
    """The settings window."""

    def __init__(self, ctx: AppContext, qsettings: QSettings, parent: QWidget | None = None,
                 *, filer_id: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.qsettings = qsettings
        self.filer_id = filer_id
        self.module = _settings_module()
        loaded: tuple[Any, str | None] = (self.module.load_or_defaults() if self.module
                                          else (None, None))
        self.values, unusable = loaded
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self.current_file = QLabel(ctx.store.shown)  # a server's password never shown
        self.current_file.setAccessibleName(self.tr("Data file in use"))
        self.current_file.setWordWrap(True)
        self.current_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.data_file = QLineEdit(str(qsettings.value(DATA_FILE_KEY, "") or ctx.store.location))
        self.data_file.setAccessibleName(self.tr("Data file"))
        self.data_file.textChanged.connect(self._data_file_changed)
        browse = QPushButton(self.tr("Choose..."))
        browse.setAccessibleName(self.tr("Choose an existing data file"))
        browse.clicked.connect(self._browse)
        new_file = QPushButton(self.tr("New..."))
        new_file.setAccessibleName(self.tr("Create a new data file"))
        new_file.clicked.connect(self._new_file)
        row = QHBoxLayout()
        row.addWidget(self.data_file, 1)
        row.addWidget(browse)
        row.addWidget(new_file)
        backups = QPushButton(self.tr("Backups..."))  # list, restore with preview (backups_dialog)
        backups.setAccessibleName(self.tr("Backups of the data file"))
        backups.clicked.connect(self._backups)
        row.addWidget(backups)
        self.data_note = QLabel()
        self.data_note.setWordWrap(True)
        self.data_note.setAccessibleName(self.tr("About the data file"))
        self.data_error = QLabel()
        self.data_error.setStyleSheet(ERROR_STYLE)
        self.data_error.setWordWrap(True)
        self.data_error.setVisible(False)
        self.open_now = QCheckBox(self.tr("Open it now (the window reopens on it; otherwise "
                                          "it is used from the next start)"))
        self.open_now.setAccessibleName(self.tr("Open the data file now"))
        self.switch_to: str | None = None
        self.endpoint = QLineEdit(self.values.endpoint_url if self.values else "")
        self.endpoint.setAccessibleName(self.tr("Filing server address"))
        self.endpoint_error = QLabel()
        self.endpoint_error.setStyleSheet(ERROR_STYLE)
        self.endpoint_error.setWordWrap(True)
        self.endpoint_error.setVisible(False)
        if unusable:  # a broken settings.json: say so; Save writes good settings over it
            self.endpoint_error.setText(self.tr("{problem} Save writes these settings over "
                                                "it.").format(problem=unusable))
            self.endpoint_error.setVisible(True)
        self.variant = QComboBox()
        self.variant.setAccessibleName(self.tr("Itemization threshold variant"))
        for code, words in VARIANTS:
            self.variant.addItem(self.tr(words), code)
        self.variant.setToolTip(self.tr("Local ordinances with other thresholds come in a later "
                                        "version."))

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        from calaccess_desktop.ui.i18n import english_note, language_choices

        for code, words in language_choices():
            self.language.addItem(words, code)
        if self.values is not None:
            found = self.language.findData(self.values.language)
            self.language.setCurrentIndex(max(found, 0))
        self.language_note = QLabel(english_note() + " " + self.tr(
            "Used from the next start."))
        self.language_note.setWordWrap(True)
        self.updates = QCheckBox(self.tr(
            "Check for a newer version when online (nothing about you is sent; never in "
            "the last 7 days before a filing is due; nothing is installed)"))
        self.updates.setAccessibleName(self.tr("Check for a newer version"))
        self.updates.setChecked(bool(self.values and self.values.check_for_updates))

        form = QFormLayout()
        form.addRow(self.tr("Data file in use"), self.current_file)
        form.addRow(self.tr("Data file"), row)
        form.addRow("", self.data_note)
        form.addRow("", self.data_error)
        form.addRow("", self.open_now)
        form.addRow(self.tr("Filing server"), self.endpoint)
        form.addRow("", self.endpoint_error)
        form.addRow(self.tr("Itemization threshold"), self.variant)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Updates"), self.updates)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._counter_box())
        layout.addWidget(self._credentials_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._data_file_changed()
        self.resize(self.fontMetrics().horizontalAdvance("0") * 90, self.sizeHint().height())

    def _counter_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Public counter"))
        box.setObjectName("CounterBox")
        self.counter_mode = QCheckBox(self.tr(
            "Counter mode: a clean start for each visitor, nothing of one visitor left "
            "for the next"))
        self.counter_mode.setAccessibleName(self.tr("Counter mode"))
        self.counter_idle = QSpinBox()
        self.counter_idle.setRange(1, 240)
        self.counter_idle.setSuffix(self.tr(" minutes"))
        self.counter_idle.setAccessibleName(self.tr("Lock after minutes without use"))
        inner = self.counter_idle.findChild(QLineEdit)  # what a screen reader lands on
        if inner is not None:
            inner.setAccessibleName(self.counter_idle.accessibleName())
        if self.values is not None:
            self.counter_mode.setChecked(self.values.counter_mode)
            self.counter_idle.setValue(self.values.counter_idle_minutes)
        note = QLabel(self.tr(
            "Visitors find their committee by name or ID (the list of committees is "
            "hidden), File > Next visitor puts the last one away, and the window locks "
            "after the minutes above without use; Continue then needs the staff PIN (or "
            "the password of the user signed in). E-filing passwords are never saved. "
            "Used from the next start (or start with --counter)."))
        note.setWordWrap(True)
        self.pin_state = QLabel()
        self.pin_state.setWordWrap(True)
        self.pin_state.setAccessibleName(self.tr("Staff PIN"))
        self.pin_button = QPushButton(self.tr("Set the staff PIN..."))
        self.pin_button.setAccessibleName(self.tr("Set or change the staff PIN"))
        self.pin_button.clicked.connect(self.change_pin)
        self.pin_button.setEnabled(False)  # until the data file said whether one is set
        self.pin_warning = QLabel()
        self.pin_warning.setWordWrap(True)
        self.pin_warning.setStyleSheet(ERROR_STYLE)
        self.pin_warning.setVisible(False)
        self.unlocking: Unlocking | None = None
        self.counter_mode.toggled.connect(lambda _on: self._show_pin())
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin_state, 1)
        pin_row.addWidget(self.pin_button)
        form = QFormLayout(box)
        form.addRow(self.counter_mode)
        form.addRow(self.tr("Lock after"), self.counter_idle)
        form.addRow(self.tr("Staff PIN"), pin_row)
        form.addRow(self.pin_warning)
        form.addRow(note)
        self.ctx.ops.read(unlocking, self._pin_known, owner=self)
        return box

    def _pin_known(self, state: Unlocking) -> None:
        self.unlocking = state
        self.pin_button.setEnabled(True)
        self.pin_button.setText(self.tr("Change the staff PIN...") if state.pin_set
                                else self.tr("Set the staff PIN..."))
        self._show_pin()

    def _show_pin(self, said: str = "") -> None:
        """Whether a staff PIN is set, and a warning when counter mode is on without
        one (then the lock offers only Next visitor)."""
        state = self.unlocking
        if state is None:
            return
        self.pin_state.setText(said or (
            self.tr("Set: the lock's Continue asks for it (kept only as a hash in the "
                    "data file, shared by every counter using it).") if state.pin_set else
            self.tr("Not set: the lock offers only Next visitor.")))
        self.pin_warning.setText(self.tr(
            "Counter mode is on and no staff PIN is set, so a locked counter cannot "
            "continue a visit: set the PIN here.") + (" " + self.tr(
                "(On this data file the password of the user signed in at the counter "
                "also unlocks it.)") if state.has_users else ""))
        self.pin_warning.setVisible(self.counter_mode.isChecked() and not state.pin_set)

    def change_pin(self) -> None:
        """Ask the new PIN (and the current one, when set), then save its hash."""
        state = self.unlocking
        if state is None:
            return
        dialog = PinDialog(state.pin_set, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        new, current = dialog.new_pin.text(), dialog.current.text() or None
        dialog.clear()

        def known(state: Unlocking) -> None:
            self._pin_known(state)
            self._show_pin(self.tr("The staff PIN is set."))

        def done(_r: object) -> None:
            self.ctx.ops.read(unlocking, known, owner=self)

        def refused(exc: BaseException) -> None:
            self.pin_state.setText(str(self.ctx.ops.plain(exc)))
            self.pin_state.setStyleSheet(ERROR_STYLE)
        self.pin_state.setStyleSheet("")
        self.ctx.ops.write(lambda s: set_pin(s, new, current=current), done, refused,
                           owner=self)

    def _credentials_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("E-filing password"))
        v = QVBoxLayout(box)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName(self.tr("Password storage"))
        self.filer = QLineEdit(self.filer_id)
        self.filer.setAccessibleName(self.tr("Filer ID"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("E-filing password"))
        save = QPushButton(self.tr("Save password"))
        save.clicked.connect(self.save_password)
        forget = QPushButton(self.tr("Forget saved password"))
        forget.clicked.connect(self.forget_password)
        form = QFormLayout()
        form.addRow(self.tr("Filer ID"), self.filer)
        form.addRow(self.tr("Password"), self.password)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(forget)
        row.addStretch(1)
        v.addWidget(self.keyring_note)
        v.addLayout(form)
        v.addLayout(row)
        self._keyring_state()
        if self.values is not None and self.values.counter_mode:  # a public counter
            save.setEnabled(False)
            self.password.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "Counter mode: the e-filing password is never saved on this computer; it "
                "is asked each time you send."))
        return box

    def _keyring_state(self) -> None:
        try:
            from calaccess_desktop import secrets

            allow = bool(self.values and self.values.allow_weak_keyring)
            state = secrets.info(allow_weak=allow)
            text = (self.tr("Passwords are kept in the system keyring ({backend}).").format(
                        backend=state.backend)
                    if state.usable else
                    self.tr("The password cannot be saved here: {why}. It is asked each time "
                            "you send.").format(why=state.why))
        except Exception as exc:  # noqa: BLE001 - shown, never fatal
            text = self.tr("The system keyring cannot be used ({why}); the password is asked "
                           "each time.").format(why=exc)
        self.keyring_note.setText(text)

    def _browse(self) -> None:
        path, _f = QFileDialog.getOpenFileName(
            self, self.tr("Open a data file"), self.data_file.text(),
            self.tr("Data files (*.sqlite);;All files (*)"))
        if path:
            self.data_file.setText(path)

    def _new_file(self) -> None:
        path, _f = QFileDialog.getSaveFileName(
            self, self.tr("New data file"), self.data_file.text(),
            self.tr("Data files (*.sqlite)"))
        if path:
            self.data_file.setText(path)

    def _backups(self) -> None:
        from calaccess_desktop.ui.controllers.backups_dialog import show_backups

        if show_backups(self, self.ctx):  # restored: the window reopens on the file
            self.switch_to = self.ctx.store.location
            self.reject()

    def _data_file_changed(self) -> None:
        from calaccess_desktop.services.data_files import describe_data_file

        text = self.data_file.text().strip()
        other = bool(text) and text != self.ctx.store.location
        self.data_note.setText(describe_data_file(text) if other else
                               self.tr("This is the file in use."))
        self.open_now.setVisible(other)
        self.data_error.setVisible(False)
        self.data_file.setStyleSheet("")

    def _check_data_file(self) -> bool:
        from calaccess_desktop.services.data_files import check_data_file

        problem = check_data_file(self.data_file.text())
        if problem:
            self.data_error.setText(problem[0].upper() + problem[1:] + ".")
            self.data_error.setVisible(True)
            self.data_file.setStyleSheet(BAD_INPUT)
            self.data_file.setFocus()
        return not problem

    def save(self) -> None:
        """Check and store the settings; keep the dialog open on a problem."""
        path = self.data_file.text().strip()
        changed = path != self.ctx.store.location
        if changed and not self._check_data_file():
            return
        if self.module is not None and self.values is not None:
            try:
                values = self.values.model_copy(update={})
                values.endpoint_url = self.endpoint.text().strip()
                values.itemization_variant = self.variant.currentData()
                values.language = self.language.currentData()
                values.check_for_updates = self.updates.isChecked()
                values.counter_mode = self.counter_mode.isChecked()
                values.counter_idle_minutes = self.counter_idle.value()
            except ValueError as exc:
                message = str(exc).splitlines()[-1] if str(exc) else "not a valid address"
                self.endpoint_error.setText(message.split(", input_value")[0])
                self.endpoint_error.setVisible(True)
                self.endpoint.setStyleSheet(BAD_INPUT)
                return
            self.module.save(values)
            self.values = values
        stored = str(self.qsettings.value(DATA_FILE_KEY, "") or "")
        if changed or stored:
            self.qsettings.setValue(DATA_FILE_KEY, path)
            self.qsettings.sync()
        self.switch_to = path if changed and self.open_now.isChecked() else None
        self.accept()

    def save_password(self) -> None:
        """Put the typed password in the keyring."""
        from calaccess_desktop.services import filing

        if self.values is None or not self.filer.text().strip() or not self.password.text():
            self.keyring_note.setText(self.tr("Type the filer ID and the password first."))
            return
        self.keyring_note.setText(filing.remember_password(
            self.filer.text().strip(), self.password.text(), self.values).capitalize() + ".")
        self.password.clear()

    def forget_password(self) -> None:
        """Remove a saved password."""
        from calaccess_desktop.services import filing

        if self.values is None or not self.filer.text().strip():
            return
        gone = filing.forget_password(self.filer.text().strip(), self.values)
        self.keyring_note.setText(self.tr("The saved password was removed.") if gone
                                  else self.tr("No password was saved for this filer."))


class PinDialog(QDialog):
    """The staff PIN, typed twice (and the current one, to change it); never kept."""

    def __init__(self, has_current: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff PIN"))
        self.setAccessibleName(self.tr("Staff PIN"))
        intro = QLabel(self.tr(
            "At a public counter the window locks after some minutes without use; the "
            "staff PIN continues the visit. At least 4 digits or letters."))
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.new_pin = QLineEdit()
        self.again = QLineEdit()
        form = QFormLayout()
        for box, label in ((self.current, self.tr("Current PIN")),
                           (self.new_pin, self.tr("New PIN")),
                           (self.again, self.tr("New PIN again"))):
            box.setEchoMode(QLineEdit.EchoMode.Password)
            box.setAccessibleName(label)
            if box is not self.current or has_current:
                form.addRow(label, box)
        self.current.setVisible(has_current)
        self.problem = QLabel()
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        (self.current if has_current else self.new_pin).setFocus()

    def check(self) -> None:
        """The two new PINs must match (the rest is checked when it is saved)."""
        if self.new_pin.text() != self.again.text():
            self.problem.setText(self.tr("The two new PINs differ."))
            self.again.clear()
            self.again.setFocus()
            return
        self.accept()

    def clear(self) -> None:
        """Forget what was typed."""
        for box in (self.current, self.new_pin, self.again):
            box.clear()
