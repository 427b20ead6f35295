"""In the window (real widgets offscreen, a real SQLite file): the login dialog when the
file has users, a wrong password said in the dialog, the user's name and role in the
status bar, filing and amending disabled for a preparer with the reason, the History
window of a statement and of one entry; screenshots to look at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QApplication  # noqa: E402

from calaccess_desktop.services.store import Store  # noqa: E402
from calaccess_desktop.services.users import accounts  # noqa: E402
from calaccess_desktop.services.users.actor import store_actor  # noqa: E402
from calaccess_desktop.ui.controllers.login_dialog import UserSession  # noqa: E402
from tests.audit.conftest import PASSWORDS, ROLES  # noqa: E402
from tests.gui.conftest import demo_ids, make_window, settings  # noqa: E402, F401

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ["AUDIT_SHOTS"]) if os.environ.get("AUDIT_SHOTS") else None


def _users(db_path: Path) -> None:
    store = Store.open(db_path)
    with store.transaction() as s:
        for name in ("Admin", "Pat", "Lee"):
            accounts.add_user(s, name, ROLES[name], PASSWORDS[name])
    store.close()


def _session(window: object) -> UserSession:
    """The window's own UserSession (wired in MainWindow)."""
    user = getattr(window, "user", None)
    assert isinstance(user, UserSession)
    return user


def _shot(widget: object, name: str) -> None:
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / name))  # type: ignore[attr-defined]


def test_a_preparer_logs_in_and_may_not_file(make_window, demo_ids, db_path: Path,  # noqa: F811
                                             qtbot) -> None:
    _cid, sids = demo_ids
    _users(db_path)
    window = make_window()
    user = _session(window)
    dialog = user.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.name.setText("Pat")
    dialog.password.setText("not-her-password")
    dialog.check()
    assert dialog.isVisible() and "no user 'Pat' with that password" in dialog.message.text()
    assert dialog.password.text() == ""  # a typed password is never kept
    assert not store_actor(window.ctx.store).logged_in
    _shot(dialog, "login-wrong-password.png")
    dialog.password.setText(PASSWORDS["Pat"])
    dialog.check()
    assert not dialog.isVisible()
    assert user.label.text() == "Pat (preparer)" and user.label.isVisible()
    window.show_statement(sids[0])
    window.ctx.ops.wait_idle()
    user.apply()
    assert window.editor.statement_id == sids[0]
    assert not window.act_file.isEnabled()
    assert "Pat is a preparer: a preparer may not file a statement" in window.act_file.toolTip()
    assert not window.act_mark_filed.isEnabled()
    assert "only a treasurer may" in window.act_mark_filed.statusTip()
    assert window.act_new_entry.isEnabled()  # a preparer enters
    _shot(window, "preparer-window.png")


def test_a_treasurer_may_file_and_a_file_without_users_asks_nothing(
        make_window, demo_ids, db_path: Path, qtbot) -> None:  # noqa: F811
    _cid, sids = demo_ids
    window = make_window()
    user = _session(window)
    assert user.dialog is None and not user.label.isVisible()  # no users: no login
    window.show_statement(sids[0])
    window.ctx.ops.wait_idle()
    user.apply()
    assert window.act_mark_filed.isEnabled()  # a draft; nobody's role stands in the way
    assert "preparer" not in window.act_file.toolTip()
    assert not user.act_switch.isVisible()
    window.close()
    _users(db_path)
    second = make_window()
    user = _session(second)
    assert user.dialog is not None
    user.dialog.name.setText("lee")
    user.dialog.password.setText(PASSWORDS["Lee"])
    user.dialog.check()
    assert user.label.text() == "Lee (treasurer)"
    second.show_statement(sids[0])
    second.ctx.ops.wait_idle()
    user.apply()
    assert "may not" not in second.act_file.toolTip()


def test_cancelling_the_login_closes_the_window(make_window, demo_ids, db_path: Path,  # noqa: F811
                                                qtbot) -> None:
    _users(db_path)
    window = make_window()
    user = _session(window)
    assert user.dialog is not None
    user.dialog.reject()
    QApplication.processEvents()
    assert not window.isVisible()


def test_statement_history_from_the_menu(make_window, demo_ids, db_path: Path,  # noqa: F811
                                         qtbot) -> None:
    from calaccess_desktop.ui.controllers.audit_view import AuditView

    _cid, sids = demo_ids
    window = make_window()
    window.show_statement(sids[0])
    window.ctx.ops.wait_idle()
    window.act_history.trigger()
    window.ctx.ops.wait_idle()
    views = [w for w in window.findChildren(AuditView) if w.isVisible()]
    assert len(views) == 1 and views[0].statement_id == sids[0]
    assert views[0].tree.topLevelItemCount() >= 1  # the demo made the statement
    assert "Audit trail of statement" in views[0].title.text()
    window.act_entry_history.trigger()  # no entry open: said in the status bar
    assert "Open an entry first." in window.statusBar().currentMessage()


def test_another_user_in_the_same_window_cannot_undo_the_first_ones_change(
        make_window, demo_ids, db_path: Path, qtbot) -> None:  # noqa: F811
    from calaccess_desktop.services.editing import add_transaction
    from tests.audit.test_trail import GIFT

    _cid, sids = demo_ids
    _users(db_path)
    window = make_window()
    user = _session(window)
    assert user.dialog is not None
    user.dialog.name.setText("Pat")
    user.dialog.password.setText(PASSWORDS["Pat"])
    user.dialog.check()
    window.ctx.ops.write(lambda s: add_transaction(s, sids[0], "RCPT", "A", GIFT))
    window.ctx.ops.wait_idle()
    window.refresh_undo()
    assert window.act_undo.isEnabled()
    user.act_switch.trigger()
    assert user.dialog is not None and user.dialog.name.text() == "Pat"
    user.dialog.name.setText("Lee")
    user.dialog.password.setText(PASSWORDS["Lee"])
    user.dialog.check()
    assert user.label.text() == "Lee (treasurer)"
    assert not window.act_undo.isEnabled()  # Pat's change is not Lee's to undo
