"""The Qt application: opens the store and the main window (or renders one screenshot)."""

from __future__ import annotations

import contextlib
import sys
import threading
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from calaccess_desktop import APP_NAME, boundary
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui import i18n
from calaccess_desktop.ui.controllers.data_file import open_at_start

translate = QCoreApplication.translate  # lupdate finds translate("context", "text")


def make_app() -> QApplication:
    """The QApplication, with the names QSettings uses."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    assert isinstance(app, QApplication)
    return app


def language_choice() -> str:
    """The Settings choice of language (``system`` when unset or unreadable)."""
    from calaccess_desktop import settings

    values, _unusable = settings.load_or_defaults()  # Settings says why a file is unusable
    return str(getattr(values, "language", "system"))


def _excepthook(kind: type[BaseException], exc: BaseException,
                tb: TracebackType | None) -> None:
    """A failure in an event handler: the boundary's words in a message box and on
    standard error (an unexpected one leaves a crash report); never a traceback."""
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    outcome = boundary.explain(exc)
    boundary.say(outcome.message)
    app = QApplication.instance()
    if isinstance(exc, KeyboardInterrupt):
        if app is not None:
            app.quit()
        return
    if app is not None and outcome.message:
        known = isinstance(exc, UserError)
        with contextlib.suppress(Exception):  # the message is on standard error already
            QMessageBox.critical(None, translate("app", "Could not do that") if known
                                 else translate("app", "Something went wrong"),
                                 outcome.message)


_thread_excepthook = boundary.thread_excepthook  # a thread outside the op runner


def install_excepthooks() -> None:
    """Route every uncaught exception (GUI thread and other threads) to the boundary."""
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook


def _refused(title: str, exc: BaseException, data_file: str | None, *, box: bool) -> int:
    """Say why the window cannot start, on standard error and in a message box."""
    outcome = boundary.explain(exc, data_file=data_file)
    boundary.say(outcome.message)
    if box:
        with contextlib.suppress(Exception):
            QMessageBox.critical(None, title, outcome.message)
    return outcome.exit_status


def run(db: str | None = None, screenshot: str | None = None,
        statement: int | None = None, counter: bool = False,
        open_file: str | None = None) -> int:
    """Start the GUI (or render one screenshot offscreen and exit); ``counter``: counter
    mode whatever the settings say; ``open_file``: a .CAL file to import and open."""
    from calaccess_desktop.ui.main_window import MainWindow

    app = make_app()
    i18n.install(language_choice(), app)  # before any window is made
    chosen = db is None and not screenshot
    try:
        store = (open_chosen_data_file(QSettings()) if chosen
                 else open_at_start(db, ask=not screenshot))
    except Exception as exc:  # noqa: BLE001 - said in the window as on the terminal
        return _refused(translate("app", "Data file not opened"), exc, db,
                        box=not screenshot)
    if screenshot:
        return screenshot_main(store, screenshot, statement)
    install_excepthooks()
    from calaccess_desktop.scratch import sweep
    from calaccess_desktop.ui.controllers.data_file import OPEN_WINDOWS

    sweep()  # print files a crashed run left behind

    try:
        window = MainWindow(store, counter=counter or None)  # None: as Settings say
    except Exception as exc:  # noqa: BLE001 - said in the window as on the terminal
        store.close()
        return _refused(translate("app", "The window could not open"), exc,
                        store.location, box=True)
    OPEN_WINDOWS.append(window)
    window.show()
    if open_file:
        from calaccess_desktop.ui.controllers.file_actions import import_cal

        import_cal(window, open_file)  # in the background, with progress; problems in words
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
        return open_at_start(None)
    try:
        return open_at_start(chosen)
    except Exception as exc:  # noqa: BLE001 - any reason: tell the user, carry on
        why = boundary.plain_error(exc, data_file=chosen)
        QMessageBox.warning(None, translate("app", "Data file not opened"),
                            translate("app", "The data file chosen in Settings could not be "
                                      "opened:\n{file}\n\n{why}\n\nThe default data file is "
                                      "open instead; choose another file in Settings.").format(
                                          file=chosen, why=why))
        return Store.open(None)


def _raise(exc: BaseException) -> None:
    """A screenshot's failure ends it (said by the boundary): offscreen, a message box
    would wait for a click forever."""
    raise exc


def screenshot_main(store: Store, path: str, statement: int | None) -> int:
    """Render the main window with real data to a PNG; nothing is remembered."""
    from PySide6.QtCore import QTemporaryDir

    from calaccess_desktop.ui.main_window import MainWindow

    tmp = QTemporaryDir()
    settings = QSettings(f"{tmp.path()}/settings.ini", QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False,
                        counter=False)
    window.ctx.state.enabled = False
    window.ctx.ops.show_error = _raise  # type: ignore[method-assign]  # no modal box here
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
