"""The History window (real widgets offscreen, a real SQLite file): each change of an
entry with its author, and the same report saved as a PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from calaccess_desktop.db.orm import Record  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.controllers.audit_view import AuditView  # noqa: E402
from tests.audit.conftest import PASSWORDS  # noqa: E402
from tests.audit.test_gui import _shot, _users  # noqa: E402
from tests.gui.conftest import demo_ids, make_window, settings  # noqa: E402, F401

pytestmark = pytest.mark.gui


def test_the_history_window_shows_each_change_with_its_author(
        make_window, demo_ids, db_path: Path, qtbot) -> None:  # noqa: F811
    from calaccess_desktop.services.editing import add_transaction, update_transaction
    from calaccess_desktop.services.users import login

    _cid, sids = demo_ids
    _users(db_path)
    store = Store.open(db_path)
    login(store, "Pat", PASSWORDS["Pat"])
    with store.transaction() as s:
        rid = add_transaction(s, sids[0], "RCPT", "A", {
            "Entity_Cd": "IND", "Ctrib_NamL": "Okafor", "Ctrib_NamF": "Grace",
            "Ctrib_City": "Sacramento", "Ctrib_ST": "CA", "Ctrib_ZIP4": "95814",
            "Rcpt_Date": "20260801", "Amount": "50.00"})
    login(store, "Lee", PASSWORDS["Lee"])
    with store.transaction() as s:
        update_transaction(s, rid, {"Amount": "75.00"})
        tran = str(s.get(Record, rid).tran_id)  # type: ignore[union-attr]
    store.close()
    window = make_window()
    view = AuditView(window.ctx, sids[0], tran, window)
    qtbot.addWidget(view)
    view.show()
    window.ctx.ops.wait_idle()
    tops = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    assert all(t is not None for t in tops)
    who = [(t.text(1), t.text(2)) for t in tops]  # type: ignore[union-attr]
    assert who[-2][0] == "Pat (preparer)" and who[-2][1].startswith("Add")
    assert who[-1][0] == "Lee (treasurer)" and who[-1][1].startswith("Edit")
    last = tops[-1].child(0)  # type: ignore[union-attr]
    details = [last.child(i).text(2)  # type: ignore[union-attr]
               for i in range(last.childCount())]  # type: ignore[union-attr]
    assert "Amount: $50.00 -> $75.00" in details, details
    _shot(view, "entry-history.png")
    pdf = db_path.parent / "history.pdf"
    view.write_pdf(str(pdf))
    window.ctx.ops.wait_idle()
    assert pdf.read_bytes().startswith(b"%PDF")
