"""Settings: data file, filing server, itemization variant, e-filing password.

Non-secret options are the versioned ``calaccess_desktop.settings`` model (checked
by it: a bad server address is shown at the field); the password goes to the
system keyring through ``services.filing`` (never into a settings file). Which data
file to open is a window preference (QSettings), used at the next start.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
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
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.ui.context import AppContext
from calaccess_desktop.ui.widgets.fields import BAD_INPUT, ERROR_STYLE

DATA_FILE_KEY = "app/data_file"
VARIANTS = ((None, "California state rules ($100 itemization)"),)


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
        self.values = self.module.load() if self.module else None
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")

        self.data_file = QLineEdit(str(qsettings.value(DATA_FILE_KEY, "") or ctx.store.location))
        self.data_file.setAccessibleName("Data file")
        browse = QPushButton("Choose...")
        browse.setAccessibleName("Choose the data file")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.data_file, 1)
        row.addWidget(browse)
        self.endpoint = QLineEdit(self.values.endpoint_url if self.values else "")
        self.endpoint.setAccessibleName("Filing server address")
        self.endpoint_error = QLabel()
        self.endpoint_error.setStyleSheet(ERROR_STYLE)
        self.endpoint_error.setWordWrap(True)
        self.endpoint_error.setVisible(False)
        self.variant = QComboBox()
        self.variant.setAccessibleName("Itemization threshold variant")
        for code, words in VARIANTS:
            self.variant.addItem(words, code)
        self.variant.setToolTip("Local ordinances with other thresholds come in a later version.")

        form = QFormLayout()
        form.addRow("Data file (used from the next start)", row)
        form.addRow("Filing server", self.endpoint)
        form.addRow("", self.endpoint_error)
        form.addRow("Itemization threshold", self.variant)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._credentials_box())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("0") * 90, self.sizeHint().height())

    def _credentials_box(self) -> QGroupBox:
        box = QGroupBox("E-filing password")
        v = QVBoxLayout(box)
        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setAccessibleName("Password storage")
        self.filer = QLineEdit(self.filer_id)
        self.filer.setAccessibleName("Filer ID")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName("E-filing password")
        save = QPushButton("Save password")
        save.clicked.connect(self.save_password)
        forget = QPushButton("Forget saved password")
        forget.clicked.connect(self.forget_password)
        form = QFormLayout()
        form.addRow("Filer ID", self.filer)
        form.addRow("Password", self.password)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addWidget(forget)
        row.addStretch(1)
        v.addWidget(self.keyring_note)
        v.addLayout(form)
        v.addLayout(row)
        self._keyring_state()
        return box

    def _keyring_state(self) -> None:
        try:
            from calaccess_desktop import secrets

            allow = bool(self.values and self.values.allow_weak_keyring)
            state = secrets.info(allow_weak=allow)
            text = (f"Passwords are kept in the system keyring ({state.backend})."
                    if state.usable else
                    f"The password cannot be saved here: {state.why}. It is asked each time "
                    "you send.")
        except Exception as exc:  # noqa: BLE001 - shown, never fatal
            text = f"The system keyring cannot be used ({exc}); the password is asked each time."
        self.keyring_note.setText(text)

    def _browse(self) -> None:
        path, _f = QFileDialog.getSaveFileName(self, "Data file", self.data_file.text(),
                                               "Data files (*.sqlite);;All files (*)",
                                               options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.data_file.setText(path)

    def save(self) -> None:
        """Check and store the settings; keep the dialog open on a problem."""
        if self.module is not None and self.values is not None:
            try:
                values = self.values.model_copy(update={})
                values.endpoint_url = self.endpoint.text().strip()
                values.itemization_variant = self.variant.currentData()
            except ValueError as exc:
                message = str(exc).splitlines()[-1] if str(exc) else "not a valid address"
                self.endpoint_error.setText(message.split(", input_value")[0])
                self.endpoint_error.setVisible(True)
                self.endpoint.setStyleSheet(BAD_INPUT)
                return
            self.module.save(values)
            self.values = values
        path = self.data_file.text().strip()
        if path and path != self.ctx.store.location:
            self.qsettings.setValue(DATA_FILE_KEY, path)
        self.accept()

    def save_password(self) -> None:
        """Put the typed password in the keyring."""
        from calaccess_desktop.services import filing

        if self.values is None or not self.filer.text().strip() or not self.password.text():
            self.keyring_note.setText("Type the filer ID and the password first.")
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
        self.keyring_note.setText("The saved password was removed." if gone
                                  else "No password was saved for this filer.")
