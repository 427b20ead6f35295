"""The Qt application: opens the store and the main window (or renders one screenshot)."""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from calaccess_desktop import APP_NAME
from calaccess_desktop.services.store import Store


def make_app() -> QApplication:
    """The QApplication, with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    assert isinstance(app, QApplication)
    return app


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """An unexpected error: say so plainly (the data is safe: every edit is saved)."""
    traceback.print_exception(kind, exc, tb)
    if QApplication.instance() is not None:
        QMessageBox.critical(None, "Something went wrong",
                             f"{exc}\n\nEverything you saved is safe. If this keeps happening, "
                             "please report it with the text printed in the terminal.")


def run(db: str | None = None, screenshot: str | None = None,
        statement: int | None = None) -> int:
    """Start the GUI (or render one screenshot offscreen and exit)."""
    from calaccess_desktop.ui.main_window import MainWindow

    app = make_app()
    chosen = db is None and not screenshot
    store = open_chosen_data_file(QSettings()) if chosen else Store.open(db)
    if screenshot:
        return screenshot_main(store, screenshot, statement)
    sys.excepthook = _excepthook
    from calaccess_desktop.scratch import sweep
    from calaccess_desktop.ui.controllers.data_file import OPEN_WINDOWS

    sweep()  # print files a crashed run left behind

    window = MainWindow(store)
    OPEN_WINDOWS.append(window)
    window.show()
    code = app.exec()
    for opened in [window, *OPEN_WINDOWS]:  # "Open it now" may have switched files
        opened.ctx.store.close()
    return int(code)


def chosen_data_file(settings: QSettings) -> str | None:
    """The data file chosen in Settings (None: the default one)."""
    from calaccess_desktop.ui.controllers.settings_dialog import DATA_FILE_KEY

    return str(settings.value(DATA_FILE_KEY, "") or "") or None


def open_chosen_data_file(settings: QSettings) -> Store:
    """Open the data file chosen in Settings; if it cannot be opened, say so and open
    the default one (the chosen file is left untouched)."""
    chosen = chosen_data_file(settings)
    if chosen is None:
        return Store.open(None)
    try:
        return Store.open(chosen)
    except Exception as exc:  # noqa: BLE001 - any reason: tell the user, carry on
        QMessageBox.warning(None, "Data file not opened",
                            f"The data file chosen in Settings could not be opened:\n{chosen}"
                            f"\n\n{exc}\n\nThe default data file is open instead; choose "
                            "another file in Settings.")
        return Store.open(None)


def screenshot_main(store: Store, path: str, statement: int | None) -> int:
    """Render the main window with real data to a PNG; nothing is remembered."""
    from PySide6.QtCore import QTemporaryDir

    from calaccess_desktop.ui.main_window import MainWindow

    tmp = QTemporaryDir()
    settings = QSettings(f"{tmp.path()}/settings.ini", QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    window.ctx.state.enabled = False
    if statement is None:
        from calaccess_desktop.ui.controllers.navigation import restore_place

        restore_place(window)
    if statement is not None:
        window.show_statement(statement)
    window.resize(1400, 900)
    window.show()
    window.ctx.ops.wait_idle()
    QApplication.processEvents()
    ok = window.grab_png(path)
    window.ctx.ops.shutdown()
    store.close()
    return 0 if ok else 1
