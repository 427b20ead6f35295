"""The import dialog on real widgets (offscreen): choose a file, confirm the columns, see
every row with its problems, fix a cell, skip a row, import as one undoable action."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox  # noqa: E402

from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.context import AppContext, Hub, StateKeeper  # noqa: E402
from calaccess_desktop.ui.controllers.sheet_import_dialog import (  # noqa: E402
    SheetImportDialog,
)
from calaccess_desktop.ui.ops import OpRunner  # noqa: E402
from tests.sheets.conftest import Books  # noqa: E402
from tests.sheets.messy import build, write_csv  # noqa: E402
from tests.sheets.test_import import cli, schedule_a_total  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, books: Books, tmp_path: Path):
    store = Store.open(books.db)
    ctx = AppContext(store, OpRunner(store, synchronous=True), Hub(),
                     StateKeeper(str(books.db)))
    path = write_csv(build(), tmp_path / "gifts.csv")
    dlg = SheetImportDialog(ctx, books.statement, path=str(path))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.read_file()
    yield dlg
    ctx.ops.shutdown()
    store.close()


def test_the_dialog_shows_columns_rows_and_problems(dialog: SheetImportDialog,
                                                     tmp_path: Path) -> None:
    messy = build()
    assert dialog.columns.rowCount() == 8
    box = dialog.columns.cellWidget(7, 2)
    assert isinstance(box, QComboBox) and box.currentText() == "Amount"
    model = dialog.model
    problem_rows = {int(model.data(model.index(r, 0))) for r in range(model.rowCount())
                    if model.data(model.index(r, 1)).startswith("Problem")}
    assert problem_rows == messy.broken
    assert not dialog.import_button.isEnabled()  # problems first
    assert "5 row(s) have problems" in dialog.said.text()
    dialog.resize(1100, 760)
    assert dialog.grab().save(str(tmp_path / "sheet-import.png"))


def test_fix_a_cell_skip_the_rest_and_import(dialog: SheetImportDialog, books: Books,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    messy = build()
    model = dialog.model
    dialog.only_problems.setChecked(True)
    assert model.rowCount() == len(messy.broken)
    amount_col = model.FIXED + 7
    bad = next(r for r in range(model.rowCount())
               if "not an amount" in model.data(model.index(r, 1)))
    assert model.setData(model.index(bad, amount_col), "$12.34", Qt.ItemDataRole.EditRole)
    dialog.only_problems.setChecked(False)
    dialog.skip_problems()
    assert dialog.import_button.isEnabled()
    dialog.run_import()
    result = dialog.imported
    assert result is not None and result.added == messy.good + 1
    assert schedule_a_total(capsys, books) == messy.total + Decimal("12.34")
    code, out, _ = cli(capsys, "import-sheet", dialog.path.text(), "--statement",
                       str(books.statement), "--db", str(books.db), "--preview", "--json")
    assert json.loads(out)["new"] == 0  # every good row is in, the fixed one too


def test_the_file_menu_opens_it_for_the_open_statement(qtbot, books: Books,
                                                      tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from calaccess_desktop.ui.controllers.sheet_import_dialog import import_sheet
    from calaccess_desktop.ui.main_window import MainWindow

    before = books.counts()
    store = Store.open(books.db)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    window.show()
    try:
        file_menu = window.menuBar().actions()[0].menu()
        assert "Import &spreadsheet..." in [a.text() for a in file_menu.actions()]
        assert import_sheet(window) is None  # no statement open: it says so
        window.open_statement(books.statement)
        dialog = import_sheet(window, str(write_csv(build(), tmp_path / "gifts.csv")))
        assert dialog is not None and dialog.model.rowCount() == build().good + 5
        dialog.skip_problems()
        dialog.run_import()
        assert "Imported 25 row(s)" in window.statusBar().currentMessage()
        assert window.act_undo.isEnabled()
        assert books.counts()["records"] == before["records"] + 25
        window.undo()
        assert window.act_redo.isEnabled()
        assert books.counts()["records"] == before["records"]
    finally:
        window.ctx.ops.shutdown()
        store.close()


def test_stop_during_the_import_writes_nothing(dialog: SheetImportDialog, books: Books,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from calaccess_desktop.ui import ops

    class Stopped(ops.Task):
        def __init__(self) -> None:
            super().__init__()
            self.cancel.set()  # the treasurer pressed Stop at once

    dialog.skip_problems()
    before = books.counts()
    monkeypatch.setattr(ops, "Task", Stopped)
    dialog.run_import()
    assert dialog.imported is None
    assert dialog.said.text() == "Stopped: nothing was imported."
    assert dialog.import_button.isEnabled()
    assert books.counts()["records"] == before["records"]


def test_changing_a_column_waits_for_the_rows_to_be_read_again(
        dialog: SheetImportDialog) -> None:
    dialog.skip_problems()
    assert dialog.import_button.isEnabled()
    box = dialog.columns.cellWidget(4, 2)  # Employer
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData(""))  # not imported
    assert not dialog.import_button.isEnabled() and "columns changed" in dialog.said.text()
    dialog.skip_problems()
    assert not dialog.import_button.isEnabled()  # still the old rows
    assert dialog.preview is not None and dialog.preview.mapping.columns[4] == "employer"
    dialog.build_preview()
    assert dialog.preview.mapping.columns[4] == ""
    dialog.skip_problems()
    assert dialog.import_button.isEnabled()


def test_same_person_as_links_a_near_match(qtbot, books: Books, tmp_path: Path) -> None:
    from calaccess_desktop.services import editing
    from calaccess_desktop.ui.controllers.sheet_import_dialog import NEAR

    store = Store.open(books.db)
    with store.transaction() as session:
        editing.add_transaction(session, books.statement, "RCPT", "A", {
            "Ctrib_NamL": "Chen", "Ctrib_NamF": "Ana", "Ctrib_ZIP4": "95616",
            "Rcpt_Date": "20010105", "Amount": "10.00"})
    ctx = AppContext(store, OpRunner(store, synchronous=True), Hub(),
                     StateKeeper(str(books.db)))
    path = tmp_path / "g.csv"
    path.write_text("Name,Zip,Date,Amount\nAna Chen,95618,1/6/2001,20\n")
    dlg = SheetImportDialog(ctx, books.statement, path=str(path))
    qtbot.addWidget(dlg)
    try:
        dlg.read_file()
        model = dlg.model
        assert model.data(model.index(0, 1)).startswith("New; may be Ana Chen, 95616")
        assert model.data(model.index(0, 1), Qt.ItemDataRole.BackgroundRole).color() == NEAR
        dlg.rows.selectRow(0)
        menu = dlg.choose_same_person()
        assert menu is not None
        assert [a.text() for a in menu.actions()] == ["Same person as Ana Chen, 95616",
                                                      "Someone new"]
        menu.actions()[0].trigger()
        assert model.data(model.index(0, 1)) == "New, for a contact entered before"
        menu.close()
        dlg.run_import()
        assert dlg.imported is not None and dlg.imported.contacts_added == 0
    finally:
        ctx.ops.shutdown()
        store.close()
