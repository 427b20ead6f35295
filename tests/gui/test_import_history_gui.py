"""File > Import earlier statements (folder): the window imports a folder of .CAL files
from other software in date order and says what became of each file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from calaccess_desktop.db.orm import Statement
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers import file_actions
from tests.history.support import history_files

pytestmark = pytest.mark.gui


def _report() -> QMessageBox | None:
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()
             and w.windowTitle() == "Earlier statements imported"]
    return boxes[0] if boxes else None


def test_a_folder_of_earlier_statements_imports_in_date_order(
        qtbot, make_window, db_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "history"
    history_files(folder)
    (folder / "z-broken.cal").write_bytes(b"HDR,CAL,CA,2.01\r\nthis is not a statement\r\n")
    window = make_window()
    file_actions.import_history_folder(window, str(folder))
    qtbot.waitUntil(lambda: _report() is not None, timeout=20000)
    box = _report()
    assert box is not None
    assert "imported 3, skipped (already there) 0, failed 1" in box.text()
    assert "z-broken.cal: failed" in box.text()
    store = Store.open(db_path)
    try:
        with store.read() as session:
            stmts = list(session.scalars(select(Statement).order_by(Statement.id)))
    finally:
        store.close()
    # date order, not name order: the first half-year as first filed, then its
    # amendment, then July to September
    assert [(s.period_from.isoformat(), s.report_num) for s in stmts] == [
        ("2026-01-01", 0), ("2026-01-01", 1), ("2026-07-01", 0)]
    assert stmts[1].amends_statement_id == stmts[0].id
    box.close()
