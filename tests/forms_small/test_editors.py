"""The editor opens each of Forms 450, 425 and 461 in the main window (real widgets,
offscreen) with its own pages; the summary page shows the form's own lines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings  # noqa: E402

from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.main_window import MainWindow  # noqa: E402
from tests.forms_small.support import demo_statements  # noqa: E402

pytestmark = pytest.mark.gui


WindowFor = Callable[[str], MainWindow]


@pytest.fixture
def window_for(qtbot, db_path: Path, tmp_path: Path) -> Iterator[WindowFor]:
    """Open a main window on a data file holding the form's demo statement, showing it."""
    opened: list[tuple[MainWindow, Store]] = []

    def open_form(code: str) -> MainWindow:
        store = Store.open(db_path)
        sid = demo_statements(store, code, committee=0 if code == "F461" else None)[0]
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(store, synchronous=True, settings=settings, restore=False)
        qtbot.addWidget(win)
        opened.append((win, store))
        win.resize(1440, 900)
        win.show()
        win.show_statement(sid)
        assert win.editor.statement_id == sid
        return win

    yield open_form
    for win, store in opened:
        win.ctx.ops.shutdown()
        store.close()


def _pages(win: MainWindow) -> list[str]:
    return [win.editor.pages.item(i).text() for i in range(win.editor.pages.count())]


def _summary_text(win: MainWindow) -> str:
    assert win.editor.select_tab("summary") and win.editor.summary is not None
    model = win.editor.summary.model
    return " ".join(str(model.data(model.index(r, c)) or "") for r in range(model.rowCount())
                    for c in range(model.columnCount()))


def test_form_450_opens_with_its_parts_and_summary(window_for: WindowFor) -> None:
    win = window_for("F450")
    pages = _pages(win)
    assert pages[:2] == ["Cover page", "Summary page"]
    assert set(win.editor.schedule_tabs) == {"A", "C", "I", "P5", "495"}
    assert "(10)" in pages[2]  # ten small contributions, counted but never itemized
    text = _summary_text(win)
    assert "ENDING CASH BALANCE" in text and "116.68" in text
    assert win.editor.select_tab("P5") and win.editor.schedule_tabs["P5"].isVisible()


def test_form_425_opens_with_the_cover_only(window_for: WindowFor) -> None:
    win = window_for("F425")
    assert _pages(win) == ["Cover page"]
    assert win.editor.schedule_tabs == {} and win.editor.summary is None


def test_form_461_opens_with_part_5_and_its_summary(window_for: WindowFor) -> None:
    win = window_for("F461")
    assert set(win.editor.schedule_tabs) == {"P5"}
    assert "(3)" in _pages(win)[-1]  # three entries in Part 5
    text = _summary_text(win)
    assert "calendar year" in text and "11,500.00" in text
