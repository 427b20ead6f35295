"""The window: each registration form opens in the editor, and saving a profile change
offers an amended Form 410 that lists the change (made only when the user agrees)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QDialogButtonBox  # noqa: E402

from calaccess_desktop.db.orm import Statement  # noqa: E402
from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog  # noqa: E402
from calaccess_desktop.ui.main_window import MainWindow  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, db_path: Path, tmp_path: Path, reg_demo: dict):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store = Store.open(db_path)
    win = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.ctx.ops.shutdown()
    store.close()


@pytest.mark.parametrize(("code", "tab"), [("F410", "Officers and candidates"),
                                           ("F470", None), ("F501", None)])
def test_editor_opens(code: str, tab: str | None, window, reg_demo: dict) -> None:
    window.open_statement(reg_demo[code])
    editor = window.editor
    assert editor.statement_id == reg_demo[code]
    assert editor.keys[0] == "cover"
    assert f"Form {code[1:]}" in editor.title.text()
    if tab is not None:
        texts = [editor.tabs.tabText(i) for i in range(editor.tabs.count())]
        assert any(tab in t for t in texts), texts
        editor.select_tab("NAMES")
        schedule = editor.current_schedule()
        assert schedule is not None
        schedule.load()
        assert schedule.model.rowCount() == 2  # assistant treasurer, controlling candidate


def test_profile_change_offers_410_amendment(qtbot, window, reg_demo: dict,
                                             db_path: Path) -> None:
    cid = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
    with window.ctx.store.transaction() as s:
        stmt = s.get(Statement, reg_demo["F410"])
        stmt.status, stmt.locked, stmt.filing_id = "filed", True, "2901001"
    asked: list[str] = []
    for agree in (False, True):
        dialog = ProfileDialog(window.ctx, cid, window)
        qtbot.addWidget(dialog)
        dialog.answer_410 = lambda o, agree=agree: asked.append(o.words()) or agree
        dialog.show()
        dialog.set("Tres_Phon", "916-555-0100" if not agree else "916-555-0111")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                         Qt.MouseButton.LeftButton)
        assert dialog.saved_id == cid, dialog.message.text()
        assert dialog.offered is not None
        assert (dialog.amended_410 is not None) is agree
    assert len(asked) == 2 and "treasurer's phone" in asked[0]
    assert "916-555-0199 -> 916-555-0100" in asked[0]
    with window.ctx.store.read() as s:
        f410 = s.query(Statement).filter(Statement.form_type == "F410",
                                      Statement.committee_id == cid).all()
    assert len(f410) == 2  # declining made nothing; agreeing made the amendment
    assert f410[1].report_num == 1 and "treasurer's phone" in f410[1].amendment_reason


def test_candidate_signs_the_501_in_the_profile_dialog(qtbot, window, reg_demo: dict) -> None:
    from calaccess_desktop.forms.f501 import fields

    cid = reg_demo["committees"].candidate  # type: ignore[attr-defined]
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.inputs["committee_type"].value() == ""  # a candidate with no committee
    dialog.set("f501_sig_Dt", "02/20/2026")
    dialog.set("f501_sig_loc", "Elk Grove, CA")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.saved_id == cid, dialog.message.text()
    with window.ctx.store.read() as s:
        stmt = s.get(Statement, reg_demo["F501"])
        values = fields.read(stmt.cover)
    assert (values["Sig_Date"], values["Sig_Loc"]) == ("20260220", "Elk Grove, CA")
    assert values["Under_2000"] == "Y"  # the statement's own, kept


def test_new_statement_dialog_makes_410_and_501(qtbot, window, reg_demo: dict) -> None:
    from calaccess_desktop.forms.f501 import fields
    from calaccess_desktop.ui.controllers.statement_dialogs import NewStatementDialog

    committees = reg_demo["committees"]
    made = {}
    for code, cid in (("F410", committees.small_committee),  # type: ignore[attr-defined]
                      ("F501", committees.candidate),  # type: ignore[attr-defined]
                      ("F410", committees.candidate_committee)):  # type: ignore[attr-defined]
        dialog = NewStatementDialog(window.ctx, cid, "x", window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.form.setCurrentIndex(dialog.form.findData(code))
        dialog.create_statement()
        made[(code, cid)] = (dialog.created_id, dialog.message.text())
    sid, _ = made[("F410", committees.small_committee)]  # type: ignore[attr-defined]
    assert sid is not None
    with window.ctx.store.read() as s:
        stmt = s.get(Statement, sid)
        assert stmt.cover[:2] == ["CVR", "F410"] and "Friends of Midtown Parks" in stmt.cover
        sid501, _ = made[("F501", committees.candidate)]  # type: ignore[attr-defined]
        assert fields.read(s.get(Statement, sid501).cover)["Cand_NamL"] == "Whitfield"
    refused, words = made[("F410", committees.candidate_committee)]  # type: ignore[attr-defined]
    assert refused is None and "already has a Form 410" in words


def test_terminate_the_committee_from_the_profile_dialog(qtbot, window, reg_demo: dict) -> None:
    cid = reg_demo["committees"].candidate_committee  # type: ignore[attr-defined]
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ask_termination = lambda: "31/12/2026"
    dialog.terminate()
    assert dialog.terminated_410 is None and "not a date" in dialog.message.text()
    dialog.ask_termination = lambda: "12/31/2026"
    dialog.terminate()
    assert dialog.terminated_410 == reg_demo["F410"]  # the draft 410 becomes the termination
    assert "12/31/2026" in dialog.message.text()
    with window.ctx.store.read() as s:
        stmt = s.get(Statement, reg_demo["F410"])
        from calaccess_desktop.cal.model import CalRecord

        assert CalRecord(list(stmt.cover)).get("Term_Date") == "20261231"


def test_470_supplement_date_from_the_profile_dialog(qtbot, window, reg_demo: dict) -> None:
    from calaccess_desktop.cal.model import CalRecord

    cid = reg_demo["committees"].candidate  # type: ignore[attr-defined]
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set("f470_reached_Dt", "06/01/2026")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save),
                     Qt.MouseButton.LeftButton)
    assert dialog.saved_id == cid, dialog.message.text()
    with window.ctx.store.read() as s:
        cover = CalRecord(list(s.get(Statement, reg_demo["F470"]).cover))
    assert cover.get("Date_1000") == "20260601"  # the draft 470 is now the Supplement
    window.open_statement(reg_demo["F470"])
    assert "Form 470" in window.editor.title.text()
