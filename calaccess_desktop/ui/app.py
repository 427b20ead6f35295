"""The Qt application: builds the store and the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from calaccess_desktop import APP_NAME
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.main_window import MainWindow


def run(db: str | None = None, screenshot: str | None = None,
        statement: int | None = None) -> int:
    """Start the GUI (or render one screenshot and exit)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    store = Store.open(db)
    window = MainWindow(store)
    if statement is not None:
        window.show_statement(statement)
    if screenshot:
        window.resize(1280, 800)
        window.show()
        app.processEvents()
        ok = window.grab().save(screenshot)
        store.close()
        return 0 if ok else 1
    window.show()
    code = app.exec()
    store.close()
    return int(code)
