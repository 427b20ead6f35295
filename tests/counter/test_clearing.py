"""Counter mode's clearing on disk (services/counter.py), the settings it adds, and the
scratch sweep it uses: real files in temporary folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calaccess_desktop import scratch
from calaccess_desktop import settings as settings_mod
from calaccess_desktop.services.counter import clear_visitor, traces
from calaccess_desktop.services.session_state import SessionState, save_state, state_path


def test_next_visitor_removes_the_session_file_and_every_scratch_folder(tmp_path,
                                                                       private_temp):
    assert private_temp in scratch.scratch_root().parents  # never the real temp folder
    data = tmp_path / "office.sqlite"
    state = state_path(str(data))
    save_state(state, SessionState(committee_id=7, statement_id=12,
                                   draft={"fields": {"Ctrib_NamL": "Lopez"}}))
    state.with_name(state.name + ".tmp").write_text("half written Lopez", "utf-8")
    preview = scratch.scratch_dir("preview")
    (preview / "statement.pdf").write_bytes(b"%PDF Maria Lopez for City Council")
    leftover = scratch.scratch_root() / "preview-from-a-crash"
    leftover.mkdir(exist_ok=True)
    (leftover / "old.pdf").write_bytes(b"%PDF 1449876")

    cleared = clear_visitor(str(data))

    assert cleared.session_files == 2
    assert cleared.scratch_entries >= 2
    assert not state.exists() and not state.with_name(state.name + ".tmp").exists()
    assert not preview.exists() and not leftover.exists()
    assert list(scratch.scratch_root().iterdir()) == []
    assert scratch.live_folders() == []


def test_clearing_twice_finds_nothing_the_second_time(tmp_path):
    data = str(tmp_path / "office.sqlite")
    save_state(state_path(data), SessionState(committee_id=3))
    assert clear_visitor(data).session_files == 1
    again = clear_visitor(data)
    assert (again.session_files, again.scratch_entries) == (0, 0)


def test_traces_finds_a_committee_in_files_and_folders(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"name": "Maria LOPEZ for City Council"}))
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "b.txt").write_bytes(b"filer 1449876\xff")
    (tmp_path / "c.txt").write_text("nothing here")
    found = traces(["Maria Lopez for City Council", "1449876", " "], [tmp_path])
    assert sorted((p.name, w) for p, w in found) == [
        ("a.json", "maria lopez for city council"), ("b.txt", "1449876")]
    assert traces(["Lopez"], [tmp_path / "c.txt", tmp_path / "missing.txt"]) == []


def test_counter_settings_default_off_and_round_trip(tmp_path):
    path = tmp_path / "settings.json"
    values = settings_mod.load(path)
    assert values.counter_mode is False and values.counter_idle_minutes == 5
    values.counter_mode = True
    values.counter_idle_minutes = 12
    settings_mod.save(values, path)
    again = settings_mod.load(path)
    assert again.counter_mode is True and again.counter_idle_minutes == 12


@pytest.mark.parametrize("minutes", [0, 241, "5", 2.5])
def test_an_idle_time_out_of_range_is_refused_in_words(tmp_path, minutes):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "counter_idle_minutes": minutes}))
    with pytest.raises(settings_mod.SettingsError) as err:
        settings_mod.load(path)
    message = str(err.value)
    assert str(path) in message and "counter_idle_minutes (Lock after" in message


def test_sweep_with_a_negative_age_keeps_only_this_process_folders(tmp_path):
    mine = scratch.scratch_dir("keep")
    other = scratch.scratch_root() / "someone-elses"
    other.mkdir(exist_ok=True)
    assert scratch.sweep(max_age=-1.0) >= 1
    assert mine.exists() and not other.exists()
    scratch.discard(mine)
    assert not Path(mine).exists()
