""""Save PDF as" in the print preview suggests a name with the committee, form and
period; the saved file is the statement with a real creation date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from calaccess_desktop.ui.controllers import file_actions
from tests.gui.test_print_preview import open_preview

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not file_actions.printing_available(),
                                                  reason="PDF printing not installed")]


def test_save_pdf_as_suggests_committee_form_and_period(qtbot, make_window, demo_ids,
                                                        tmp_path, monkeypatch) -> None:
    _cid, sids = demo_ids
    window = make_window(restore=False)
    dialog = open_preview(qtbot, window, sids[1])
    qtbot.waitUntil(lambda: dialog.data is not None, timeout=20000)
    asked: list[str] = []
    target = tmp_path / "chosen.pdf"

    def fake_dialog(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(target), "PDF files (*.pdf)"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    before = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(seconds=1)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    assert Path(asked[0]).name == (
        "Maria-Lopez-for-City-Council-2026_F460_2026-07-01_to_2026-09-19.pdf")
    assert target.read_bytes() == dialog.data
    created = PdfReader(target).metadata.creation_date
    assert created is not None and created >= before - dt.timedelta(minutes=1)
    dialog.close()


def test_the_preview_fits_on_the_screen(qtbot, qapp, make_window, demo_ids) -> None:
    _cid, sids = demo_ids
    font = qapp.font()
    big = qapp.font()
    big.setPointSize(11)  # a larger desktop font: 52 lines no longer fit in 800 pixels
    qapp.setFont(big)
    try:
        window = make_window(restore=False)
        dialog = open_preview(qtbot, window, sids[1])
        screen = dialog.screen().availableGeometry()
        assert dialog.fontMetrics().height() * 52 > screen.height()
        assert dialog.height() <= screen.height() * 92 // 100
        assert dialog.width() <= 1280
        qtbot.waitUntil(lambda: dialog.data is not None, timeout=20000)
        button = dialog.save_button
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert bottom <= dialog.height()  # Save PDF as... is on the screen
        dialog.close()
    finally:
        qapp.setFont(font)
