"""The window's side of the error boundary: a background task that fails, an event handler
that raises and a data file that cannot be opened all reach the user as plain words in a
message box (with a crash report when unexpected), never as a traceback."""

from __future__ import annotations

import errno
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from calaccess_desktop import boundary
from calaccess_desktop.errors import UserError
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui import app as app_module
from calaccess_desktop.ui import ops as ops_module
from calaccess_desktop.ui.ops import OpRunner, Task

pytestmark = pytest.mark.gui


@pytest.fixture
def logs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "logs"
    monkeypatch.setenv("CALACCESS_LOG_DIR", str(folder))
    return folder


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes shown (title, text), instead of blocking on them."""
    shown: list[tuple[str, str]] = []

    def box(_parent: object, title: str, text: str, *args: object) -> None:
        shown.append((title, text))

    for module in (ops_module, app_module):
        monkeypatch.setattr(module.QMessageBox, "warning", box)
        monkeypatch.setattr(module.QMessageBox, "critical", box)
    return shown


def test_a_failed_background_task_is_a_message_and_a_crash_report(
        qtbot, store: Store, logs: Path, boxes: list[tuple[str, str]]) -> None:
    runner = OpRunner(store)

    def work(_task: Task) -> None:
        raise RuntimeError("internal detail nobody should read")

    runner.task("Checking", work, dialog=False)
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    runner.shutdown()
    ((title, text),) = boxes
    assert title == "Could not do that"
    assert text.startswith("Something went wrong that the program did not expect.")
    assert "internal detail" not in text and "Traceback" not in text
    (report,) = logs.iterdir()
    assert str(report) in text
    body = report.read_text()
    assert "Traceback" in body and "RuntimeError: internal detail nobody should read" in body
    assert isinstance(runner.last_error, UserError)
    assert isinstance(runner.last_error.__cause__, RuntimeError)


def test_on_error_handlers_get_plain_words_from_the_worker(qtbot, store: Store,
                                                           logs: Path) -> None:
    runner = OpRunner(store)
    got: list[BaseException] = []

    def full_disk(_session: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/media/usb/x.pdf")

    runner.write(full_disk, on_error=got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    runner.shutdown()
    (exc,) = got
    assert isinstance(exc, UserError)
    assert str(exc) == "/media/usb/x.pdf: The disk is full. Free some space and try again."
    assert not logs.exists()  # a known failure: no crash report


def test_a_cancelled_task_is_not_an_error(qtbot, store: Store,
                                          boxes: list[tuple[str, str]]) -> None:
    runner = OpRunner(store)
    stopped: list[bool] = []

    def work(task: Task) -> None:
        task.cancel.set()
        task.progress(1, 2)

    runner.task("Drawing", work, dialog=False, on_cancel=lambda: stopped.append(True))
    qtbot.waitUntil(lambda: bool(stopped), timeout=5000)
    runner.shutdown()
    assert boxes == []


@pytest.mark.qt_no_exception_capture
def test_an_event_handler_that_raises_shows_a_message_box(
        qtbot, logs: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    app_module.install_excepthooks()

    def handler() -> None:
        raise KeyError("a slot gone wrong")

    QTimer.singleShot(0, handler)
    qtbot.waitUntil(lambda: bool(boxes), timeout=5000)
    ((title, text),) = boxes
    assert title == "Something went wrong" and "A report was saved to" in text
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip() == text
    assert "KeyError: 'a slot gone wrong'" in next(logs.iterdir()).read_text()


def test_a_known_failure_in_an_event_handler_is_its_own_message(
        qtbot, boxes: list[tuple[str, str]], capsys: pytest.CaptureFixture[str]) -> None:
    exc = UserError("statement 4 is filed; amend it to change it")
    app_module._excepthook(UserError, exc, None)
    assert boxes == [("Could not do that", "statement 4 is filed; amend it to change it")]
    assert "Traceback" not in capsys.readouterr().err


def test_a_thread_outside_the_runner_fails_without_a_traceback(
        logs: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(threading, "excepthook", app_module._thread_excepthook)

    def crash() -> None:
        raise ZeroDivisionError("in a helper thread")

    worker = threading.Thread(target=crash)
    worker.start()
    worker.join()
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith(boundary.UNEXPECTED)
    assert "ZeroDivisionError" in next(logs.iterdir()).read_text()


def test_a_data_file_that_cannot_be_opened_is_said_in_the_window(
        qtbot, tmp_path: Path, boxes: list[tuple[str, str]],
        capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(_location: object) -> Store:
        raise PermissionError(errno.EACCES, "Permission denied", "/srv/shared/data.sqlite")

    monkeypatch.setattr(app_module.Store, "open", refuse)
    code = app_module.run(db="/srv/shared/data.sqlite")
    assert code == 1
    (title, text), = boxes
    assert title == "Data file not opened"
    assert text.startswith("/srv/shared/data.sqlite: Permission denied")
    assert capsys.readouterr().err.strip() == text
    assert QApplication.instance() is not None


def test_a_window_that_cannot_be_built_is_said_in_a_message_box(
        qtbot, tmp_path: Path, logs: Path, boxes: list[tuple[str, str]],
        monkeypatch: pytest.MonkeyPatch) -> None:
    import calaccess_desktop.ui.main_window as main_window

    def broken(_store: Store, **_options: object) -> None:
        raise AttributeError("a widget that is not there")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(main_window, "MainWindow", broken)
    assert app_module.run(db=str(tmp_path / "s.sqlite")) == 1
    ((title, text),) = boxes
    assert title == "The window could not open" and text.startswith(boundary.UNEXPECTED)
    assert "AttributeError: a widget that is not there" in next(logs.iterdir()).read_text()


def test_settings_open_on_defaults_when_settings_json_is_broken(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import QSettings

    from calaccess_desktop import settings as settings_mod
    from calaccess_desktop.ui.controllers.settings_dialog import SettingsDialog
    from calaccess_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("CALACCESS_CONFIG_DIR", str(tmp_path / "config"))
    broken = settings_mod.settings_path()
    broken.parent.mkdir()
    broken.write_text('{"version": "two", "vendor_id": "ACME"}')
    store = Store.open(tmp_path / "s.sqlite")
    window = MainWindow(store, synchronous=True, restore=False,
                        settings=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    dialog = SettingsDialog(window.ctx, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.endpoint.text() == settings_mod.PRACTICE_ENDPOINT
    assert dialog.endpoint_error.isVisible()
    words = dialog.endpoint_error.text()
    assert str(broken) in words and "version: must be a whole number" in words
    assert "Save writes these settings over it." in words
    dialog.save()
    assert settings_mod.load() == settings_mod.Settings()  # a usable file again
    window.ctx.ops.shutdown()
    store.close()


def test_a_failed_page_drawing_reaches_its_handler_in_plain_words(qtbot, logs: Path) -> None:
    from calaccess_desktop.ui.pdf_raster import PdfWorker

    worker = PdfWorker()
    got: list[BaseException] = []

    def draw() -> None:
        raise ValueError("pdfium said -7")

    worker.submit(draw, lambda _result: None, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    (exc,) = got
    assert isinstance(exc, UserError) and str(exc).startswith(boundary.UNEXPECTED)
    assert "pdfium said -7" not in str(exc)
    assert "ValueError: pdfium said -7" in next(logs.iterdir()).read_text()
