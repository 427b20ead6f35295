"""Two windows on one data file saving the same cover page or committee profile: the
second save is refused with the first person's change, the typing stays on screen, the
first person's other changes are taken in, and saving again keeps both."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from calaccess_desktop.db.orm import Committee, Statement
from calaccess_desktop.services.users.actor import Actor, act_as
from calaccess_desktop.ui.controllers.profile_dialog import ProfileDialog

pytestmark = pytest.mark.gui
BOTH_STORES = True  # a SQLite file and a PostgreSQL database (tests/pg/stores.py)
SHOTS = Path(os.environ.get("OFFICE_SHOTS", "")) if os.environ.get("OFFICE_SHOTS") else None


def on_cover(window, statement_id: int):
    window.show_statement(statement_id)
    cover = window.editor.cover
    assert cover is not None and cover.info.id == statement_id and cover.seen is not None
    return cover


def stored(window, statement_id: int) -> Statement:
    with window.ctx.store.read() as s:
        stmt = s.get(Statement, statement_id)
        assert stmt is not None
        s.expunge(stmt)
        return stmt


def test_the_second_cover_save_is_refused_and_keeps_the_typing(qtbot, make_window,
                                                               demo_ids, tmp_path):
    _cid, sids = demo_ids
    sid = sids[1]
    mine, pats = make_window(restore=False), make_window(restore=False)
    act_as(pats.ctx.store, Actor("Pat"))
    my_cover, pat_cover = on_cover(mine, sid), on_cover(pats, sid)
    start = stored(mine, sid).period_from
    assert start is not None

    my_cover.thru_editor.set_text("06/15/2026")  # typed, not saved yet
    pat_cover.from_editor.set_text("02/01/2026")  # Pat saves first
    pat_cover.save_button.click()
    qtbot.waitUntil(lambda: pat_cover.message.text().startswith("Saved"))

    my_cover.save_button.click()
    qtbot.waitUntil(lambda: "Nothing was saved" in my_cover.message.text())
    words = my_cover.message.text()
    assert words.startswith("Pat changed this cover page since you opened it"), words
    assert f"Period from: {start:%m/%d/%Y} -> 02/01/2026" in words
    assert my_cover.thru_editor.text() == "06/15/2026"  # the typing stays
    assert my_cover.from_editor.text() == "02/01/2026"  # Pat's change, taken in
    now = stored(mine, sid)
    assert now.period_from == dt.date(2026, 2, 1) and now.period_through != dt.date(2026, 6, 15)
    qtbot.wait(100)  # the long message laid out
    assert mine.grab_png(tmp_path / "cover-refused.png")
    if SHOTS:
        mine.grab_png(SHOTS / "cover-refused.png")

    my_cover.save_button.click()  # seen it: save again, keeping both
    qtbot.waitUntil(lambda: my_cover.message.text().startswith("Saved"))
    now = stored(mine, sid)
    assert (now.period_from, now.period_through) == (dt.date(2026, 2, 1),
                                                     dt.date(2026, 6, 15))
    act_as(pats.ctx.store, None)


def profile_of(window, committee_id: int) -> dict:
    with window.ctx.store.read() as s:
        committee = s.get(Committee, committee_id)
        assert committee is not None
        return dict(committee.profile)


def test_the_second_profile_save_is_refused_and_keeps_the_typing(qtbot, make_window,
                                                                 demo_ids, tmp_path):
    cid, _sids = demo_ids
    mine, pats = make_window(restore=False), make_window(restore=False)
    act_as(pats.ctx.store, Actor("Pat"))
    before = profile_of(mine, cid)
    my_dialog, pat_dialog = ProfileDialog(mine.ctx, cid, mine), ProfileDialog(pats.ctx, cid,
                                                                            pats)
    for dialog in (my_dialog, pat_dialog):
        qtbot.addWidget(dialog)
        dialog.answer_410 = lambda _offer: False
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: d.seen is not None)

    my_dialog.set("Tres_Phon", "916-555-0199")  # typed, not saved yet
    pat_dialog.set("Tres_NamL", "Okafor")
    pat_dialog.set("Filer_City", "Davis")
    pat_dialog.save()
    qtbot.waitUntil(lambda: pat_dialog.saved_id == cid)

    my_dialog.save()
    qtbot.waitUntil(lambda: "Nothing was saved" in my_dialog.message.text())
    words = my_dialog.message.text()
    assert words.startswith("Pat changed this committee profile since you opened it"), words
    assert f"Treasurer last name: {before['Tres_NamL']} -> Okafor" in words
    assert f"Committee city: {before['Filer_City']} -> Davis" in words
    assert words.endswith("Their changes to fields you had not touched are filled in.")
    assert my_dialog.isVisible() and my_dialog.saved_id is None
    assert my_dialog.inputs["Tres_Phon"].value() == "916-555-0199"  # the typing stays
    assert my_dialog.inputs["Tres_NamL"].value() == "Okafor"  # Pat's, taken in
    assert profile_of(mine, cid).get("Tres_Phon") == before.get("Tres_Phon")
    qtbot.wait(100)  # the long message laid out
    assert my_dialog.grab().save(str(tmp_path / "profile-refused.png"))
    if SHOTS:
        my_dialog.grab().save(str(SHOTS / "profile-refused.png"))

    my_dialog.save()  # seen it: save again, keeping both
    qtbot.waitUntil(lambda: my_dialog.saved_id == cid)
    now = profile_of(mine, cid)
    assert (now["Tres_NamL"], now["Filer_City"], now["Tres_Phon"]) == (
        "Okafor", "Davis", "916-555-0199")
    act_as(pats.ctx.store, None)
