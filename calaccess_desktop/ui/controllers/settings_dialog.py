"""Settings: data folder, SOS endpoint, itemization threshold variant, credentials."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calaccess_desktop.ui.context import AppContext

THRESHOLD_VARIANTS = (("state", "State rules ($100 itemization)"),)


class SettingsDialog(QDialog):
    """Application settings (stored in QSettings until a settings service exists)."""

    def __init__(self, ctx: AppContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setWindowTitle("Settings")
        self.setAccessibleName("Settings")
        self.folder = QLineEdit(str(settings.value("app/data_folder", "")))
        self.folder.setAccessibleName("Data folder")
        browse = QPushButton("Browse...")
        browse.setAccessibleName("Choose data folder")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.endpoint = QLineEdit(str(settings.value("efile/endpoint", "")))
        self.endpoint.setAccessibleName("SOS e-filing address")
        self.variant = QComboBox()
        self.variant.setAccessibleName("Itemization threshold")
        for code, words in THRESHOLD_VARIANTS:
            self.variant.addItem(words, code)
        form = QFormLayout()
        form.addRow("Data folder", row)
        form.addRow("SOS e-filing address", self.endpoint)
        form.addRow("Itemization threshold", self.variant)
        note = QLabel("Credentials for e-filing are asked for when you send a statement.")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Data folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def save(self) -> None:
        """Store the values."""
        self.settings.setValue("app/data_folder", self.folder.text().strip())
        self.settings.setValue("efile/endpoint", self.endpoint.text().strip())
        self.settings.setValue("app/threshold_variant", self.variant.currentData())
        self.accept()
