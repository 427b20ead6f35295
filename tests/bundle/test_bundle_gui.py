"""File > Hand off committee and File > Import hand-off bundle in the window: the bundle
written in the background, its import shown first (Import, or Keep mine when the data
file holds newer versions), then done."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from calaccess_desktop.services.bundle import importing
from calaccess_desktop.services.store import Store
from calaccess_desktop.ui.controllers.bundle_dialog import (
    KEEP_MINE,
    ImportBundleDialog,
    hand_off,
    import_hand_off,
)
from calaccess_desktop.ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("CALACCESS_SHOTS", "/tmp/calaccess-shots"))


def test_hand_off_and_import_in_the_window(qtbot, make_window, demo_ids, tmp_path: Path,
                                           settings: QSettings) -> None:
    window = make_window(restore=False)
    bundle = tmp_path / "handoff.zip"
    hand_off(window, str(bundle), committee_id=demo_ids[0])
    qtbot.waitUntil(bundle.exists)
    assert "3 statements" in window.statusBar().currentMessage()
    empty = Store.open(tmp_path / "next.sqlite")
    other = MainWindow(empty, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(other)
    try:
        import_hand_off(other, str(bundle), answer="import")
        assert "Imported the hand-off bundle" in other.statusBar().currentMessage()
        assert [c.name for c in other.pane.committees.items] == [
            "Maria Lopez for City Council 2026"]
        rows = importing.decode(importing.read_bundle(bundle), str(bundle))
        with empty.read() as session:
            plan = importing.plan_import(session, rows, str(bundle))
        plan.newer.append("statement 1: Form 460 2026-01-01 to 2026-06-30, draft, 73 entries: "
                          "changed 2026-12-01 10:00 in your file, 2026-11-30 17:00 in the "
                          "bundle")
        dialog = ImportBundleDialog(plan, other)
        qtbot.addWidget(dialog)
        dialog.show()
        keep = [b for b in dialog.findChildren(QPushButton) if b.text() == KEEP_MINE]
        assert len(keep) == 1 and "already the same" in "\n".join(plan.words())
        SHOTS.mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(SHOTS / "import-bundle-dialog.png"))
        keep[0].click()
        assert dialog.choice == "keep"
    finally:
        other.ctx.ops.shutdown()
        other.close()
        empty.close()
