"""File > Export for accountant...: the dialog lists every schedule with its entries and
writes the chosen one (or all) through the background ops; a refusal is said in words."""

from __future__ import annotations

import csv

import openpyxl
import pytest

from calaccess_desktop.ui.controllers.export_dialog import ExportDialog
from tests.gui.test_keyboard_access import unnamed_controls

pytestmark = pytest.mark.gui


def _open(qtbot, make_window, sid):
    window = make_window(restore=False)
    window.show_statement(sid)
    action = window.act_export_sheet
    assert action in window.menuBar().actions()[0].menu().actions()  # in the File menu
    action.trigger()
    [dialog] = window.findChildren(ExportDialog)
    qtbot.waitUntil(lambda: dialog.what.count() > 1)
    return window, dialog


def test_the_dialog_writes_all_transactions_as_a_workbook(qtbot, make_window, demo_ids,
                                                          tmp_path):
    _cid, sids = demo_ids
    window, dialog = _open(qtbot, make_window, sids[0])
    items = [dialog.what.itemText(i) for i in range(dialog.what.count())]
    assert items[0].startswith("All transactions (")
    assert any(t.startswith("Schedule A - Monetary Contributions Received (") for t in items)
    assert not unnamed_controls(dialog)
    dialog.path.setText(str(tmp_path / "for-accountant.xlsx"))
    assert dialog.grab().save(str(tmp_path / "export-dialog.png"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_export is not None)
    book = openpyxl.load_workbook(tmp_path / "for-accountant.xlsx")
    assert book.sheetnames[0] == "All transactions" and "Schedule E" in book.sheetnames
    assert "for the accountant" in window.statusBar().currentMessage()


def test_one_schedule_as_csv(qtbot, make_window, demo_ids, tmp_path):
    _cid, sids = demo_ids
    _window, dialog = _open(qtbot, make_window, sids[0])
    dialog.what.setCurrentIndex(dialog.what.findData("E"))
    dialog.csv.setChecked(True)
    assert dialog.path.text().endswith("-schedule-e.csv")
    dialog.path.setText(str(tmp_path / "payments.csv"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_export is not None)
    with (tmp_path / "payments.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    label = dialog.what.itemText(dialog.what.findData("E"))
    assert f"({len(rows)} entries)" in label and rows[0]["Payee's last name or organization"]


def test_a_folder_that_does_not_exist_is_said(qtbot, make_window, demo_ids, tmp_path,
                                              monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    _cid, sids = demo_ids
    _window, dialog = _open(qtbot, make_window, sids[0])
    dialog.path.setText(str(tmp_path / "missing" / "x.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(said))
    assert "does not exist; nothing was written" in said[0]
    assert dialog.result_export is None and dialog.isVisible()
    assert not (tmp_path / "missing").exists()


def test_with_real_threads(qtbot, make_window, demo_ids, tmp_path):
    """The window's own background threads: read on the database one, write on the
    drawing one, the dialog closes when the file is there."""
    _cid, sids = demo_ids
    window = make_window(restore=False, synchronous=False)
    window.show_statement(sids[0])
    qtbot.waitUntil(lambda: window.editor.statement_id == sids[0], timeout=20000)
    window.act_export_sheet.trigger()
    [dialog] = window.findChildren(ExportDialog)
    qtbot.waitUntil(lambda: dialog.what.count() > 1, timeout=20000)
    dialog.path.setText(str(tmp_path / "threads.xlsx"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.result_export is not None, timeout=30000)
    assert not dialog.isVisible()
    assert openpyxl.load_workbook(tmp_path / "threads.xlsx").sheetnames[0] == "All transactions"
