"""The window's Statement > Mark filed on paper and the outbox's Print receipt (real
widgets offscreen, a real SQLite file), with screenshots to look at."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from calaccess_desktop.db.orm import Statement  # noqa: E402
from calaccess_desktop.services.officers import set_officers  # noqa: E402
from calaccess_desktop.services.receipts import receipt_pdf  # noqa: E402
from calaccess_desktop.ui.controllers import mark_filed_dialog  # noqa: E402
from calaccess_desktop.ui.controllers.mark_filed_dialog import (  # noqa: E402
    MarkFiledDialog,
    ReceiptDialog,
)
from calaccess_desktop.ui.controllers.outbox_panel import OutboxDialog  # noqa: E402

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("PROOF_SHOTS", "")) if os.environ.get("PROOF_SHOTS") else None


def _shot(widget: object, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_mark_filed_dialog_then_the_receipt_from_the_outbox(qtbot, make_window, demo_ids,
                                                           store, tmp_path, monkeypatch):
    cid, sids = demo_ids
    with store.transaction() as s:
        set_officers(s, cid, ["SOS", "PRAC-EM"])
    window = make_window(restore=False)
    window.show_statement(sids[0])
    assert window.act_mark_filed.isEnabled()
    with store.read() as s:
        from calaccess_desktop.services.officers import officers_of

        officers = officers_of(s, cid)
    dialog = MarkFiledDialog(window.ctx, sids[0], "Form 460", officers, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # the e-mail officer is chosen, and so is e-mail
    assert dialog.officer.currentData() == "PRAC-EM" and dialog.how.currentData() == "email"
    dialog.day.setDate(QDate(2026, 7, 31))
    dialog.filing_id.setText("PT-2026-17")
    _shot(dialog, "mark-filed-dialog.png")
    dialog.save()
    assert dialog.mark is not None and dialog.mark.on == dt.date(2026, 7, 31)
    with store.read() as s:
        stmt = s.get(Statement, sids[0])
        assert (stmt.status, stmt.filing_id) == ("filed", "PT-2026-17")
    # a second mark is refused in words, in the dialog
    again = MarkFiledDialog(window.ctx, sids[0], "Form 460", officers, window)
    qtbot.addWidget(again)
    again.save()
    assert again.mark is None and "already filed" in again.message.text()

    outbox = OutboxDialog(window)
    qtbot.addWidget(outbox)
    outbox.show()
    outbox.view.selectRow(0)
    _shot(outbox, "outbox-receipt.png")
    shown: list[ReceiptDialog] = []
    monkeypatch.setattr(ReceiptDialog, "exec", lambda self: shown.append(self) or 0)
    outbox.print_receipt()
    assert len(shown) == 1
    receipt = shown[0]
    qtbot.addWidget(receipt)
    with store.read() as s:
        expected, pages = receipt_pdf(s, receipt.submission_id)
    assert receipt.data == expected and receipt.pages == pages
    receipt.save_to(str(tmp_path / "receipt.pdf"))
    assert (tmp_path / "receipt.pdf").read_bytes() == expected
    assert "Saved the receipt" in receipt.info.text()
    receipt.show()
    _shot(receipt, "receipt-dialog.png")


def test_receipt_asks_for_an_accepted_filing(qtbot, make_window, demo_ids, monkeypatch):
    window = make_window(restore=False)
    said: list[str] = []
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "information",
                        lambda _p, _t, text: said.append(text))
    mark_filed_dialog.show_receipt(window, window.ctx, None)
    assert said and "accepted filing" in said[0]
    QApplication.processEvents()


def test_statement_menu_saves_the_filing_packet(qtbot, make_window, demo_ids, store, tmp_path):
    cid, sids = demo_ids
    with store.transaction() as s:
        set_officers(s, cid, ["PRAC-CO"])
    window = make_window(restore=False)
    window.show_statement(sids[1])
    target = tmp_path / "packet.pdf"
    mark_filed_dialog.save_packet(window, str(target))
    qtbot.waitUntil(target.exists, timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "Saved the filing packet" in window.statusBar().currentMessage()
    assert window.act_packet in window.menuBar().actions()[3].menu().actions()
