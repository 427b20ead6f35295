"""Benchmark: counter mode's switch from one visitor's committee to the next.

    .venv/bin/python bench/bench_counter.py [--committees 2000] [--visits 10]

One visit = "Next visitor" (everything of the last visitor put away), the visitor's
finder typed, their committee chosen and its newest statement opened. Floor: what a
counter without the mode would do for a clean start, measured in the same run: close
the window and its store, open the data file and a fresh window, then open the same
committee's statement. Target: the switch well under the floor (ratio < 1).
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FINDS = ("Maria Lopez", "Clean Water", "Midtown Parks", "Sierra Builders", "Whitfield")


def build(path: Path, committees: int) -> None:
    """The office's data file: every demo form's committees and ``committees`` more."""
    from calaccess_desktop.services.demo_forms import create_all_forms
    from calaccess_desktop.services.editing import create_committee
    from calaccess_desktop.services.store import Store

    store = Store.open(path)
    with store.transaction() as session:
        create_all_forms(session)
        for n in range(committees):
            create_committee(session, f"Committee number {n:05}", filer_id=f"15{n:05}")
    store.close()


def window_on(path: Path, folder: Path, *, counter: bool) -> Any:
    """A main window on ``path`` (synchronous: the time is the whole work)."""
    from PySide6.QtCore import QSettings

    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

    settings = QSettings(str(folder / "qt.ini"), QSettings.Format.IniFormat)
    window = MainWindow(Store.open(path), synchronous=True, settings=settings,
                        restore=False, counter=counter)
    window.show()
    return window


def close(window: Any) -> None:
    window.close()
    window.ctx.store.close()


def visit(window: Any, words: str) -> None:
    """The visitor finds their committee; its newest statement opens."""
    finder = window.counter.finder
    finder.box.setText(words)
    finder.box.returnPressed.emit()
    assert window.editor.statement_id is not None, words


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--committees", type=int, default=2000)
    parser.add_argument("--visits", type=int, default=10)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from calaccess_desktop.ui.app import make_app

    app = make_app()
    with tempfile.TemporaryDirectory(prefix="bench-counter-") as tmp:
        folder = Path(tmp)
        tempfile.tempdir = str(folder)  # the scratch folder the switch clears is ours
        os.environ["CALACCESS_CONFIG_DIR"] = str(folder / "config")
        data = folder / "office.sqlite"
        build(data, args.committees)
        window = window_on(data, folder, counter=True)
        switches, restarts = [], []
        for n in range(args.visits):
            words = FINDS[n % len(FINDS)]
            t0 = time.perf_counter()
            window.next_visitor()
            visit(window, words)
            QApplication.processEvents()
            switches.append(time.perf_counter() - t0)
        close(window)
        for n in range(max(3, args.visits // 3)):
            words = FINDS[n % len(FINDS)]
            t0 = time.perf_counter()
            fresh = window_on(data, folder, counter=True)
            visit(fresh, words)
            QApplication.processEvents()
            restarts.append(time.perf_counter() - t0)
            close(fresh)
        app.processEvents()
    ours, floor = statistics.median(switches), statistics.median(restarts)
    print(f"{'floor: reopen the data file and the window':<48} {floor:8.3f} s (median)")
    print(f"{'next visitor + find + open (median)':<48} {ours:8.3f} s")
    print(f"{'next visitor + find + open (slowest)':<48} {max(switches):8.3f} s")
    print(f"ratio to floor: time {ours / max(floor, 1e-6):.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
