"""The committee profile's History window: who changed the profile when, field by field,
and the data file's user changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from calaccess_desktop.services.profile_fields import loaded_profile, save_profile
from calaccess_desktop.services.store import Store
from calaccess_desktop.services.users.actor import Actor, act_as
from calaccess_desktop.services.users.counter_pin import set_pin
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui


def texts(item) -> list[str]:
    out = [item.text(2)]
    for i in range(item.childCount()):
        out += texts(item.child(i))
    return out


def test_the_profile_history_shows_each_change_and_its_author(qtbot, make_window, demo_ids,
                                                             db_path: Path, tmp_path):
    cid, _sids = demo_ids
    pat = Store.open(db_path)
    act_as(pat, Actor("Pat"))
    with pat.read() as s:
        seen = loaded_profile(s, cid)
    with pat.transaction() as s:
        save_profile(s, cid, {**seen.values, "Tres_NamL": "Okafor"}, seen=seen)
        set_pin(s, "2468-staff")
    act_as(pat, None)
    pat.close()

    window = make_window(restore=False)
    dialog = ProfileDialog(window.ctx, cid, window)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.show_history()
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() > 0)
    assert view.title.text().startswith("Changes to the profile of Maria Lopez")
    tops = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    pats = [t for t in tops if t.text(1) == "Pat"]
    assert [t.text(2) for t in pats][-1] == "Set the counter's staff PIN"
    edit = next(t for t in pats if t.text(2).startswith("Edit committee"))
    assert any(line.endswith("Nguyen -> Okafor") for line in texts(edit))
    assert not any("2468" in line for t in tops for line in texts(t))
    qtbot.wait(50)
    assert view.grab().save(str(tmp_path / "profile-history.png"))
    if os.environ.get("OFFICE_SHOTS"):
        view.grab().save(str(Path(os.environ["OFFICE_SHOTS"]) / "profile-history.png"))
