"""Automatic backups: consistent while another program writes, checked, rotated, listed
with what each holds, taken before risky operations; the schedule of the window."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from calaccess_desktop.cli import main
from calaccess_desktop.db import backup_index
from calaccess_desktop.services import backups, demo
from calaccess_desktop.services.backups.restore import restore
from calaccess_desktop.services.store import Store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_store(store: Store) -> Store:
    with store.transaction() as s:
        demo.create_demo(s)
    return store


def _ids(path: Path) -> set[int]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("select id from records")}
    finally:
        con.close()


def test_a_backup_taken_while_another_program_writes(demo_store: Store) -> None:
    """A real second process commits edits in a loop; a backup taken meanwhile passes
    integrity_check, opens as a data file and holds every edit committed before it began."""
    location = demo_store.location
    demo_store.close()
    writer = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("writer.py")), location, "1", "400"],
        stdout=subprocess.PIPE, text=True, cwd=REPO)
    assert writer.stdout is not None
    committed: list[int] = []
    reader = threading.Thread(target=lambda: committed.extend(
        int(line) for line in writer.stdout), daemon=True)  # type: ignore[union-attr]
    reader.start()
    try:
        deadline = time.monotonic() + 60
        while len(committed) < 30 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(committed) >= 30, "the writer did not start"
        before = set(committed)  # committed before the backup began
        made = backups.take(location, "auto")
        during = len(committed)
    finally:
        writer.wait(timeout=120)
        reader.join(timeout=10)
    assert writer.returncode == 0
    assert made is not None and made.parent == Path(location).parent / "backups"
    assert during < 400, "the writer finished before the backup: nothing was tested"
    con = sqlite3.connect(made)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()
    assert before <= _ids(made)
    assert not Path(f"{made}-wal").exists()
    copy = Store.open(made, create=False)  # it opens as a data file
    copy.close()
    assert set(committed) <= _ids(Path(location))  # the writer's edits are all kept
    restore(location, made)  # restoring it gives a whole file with those edits
    con = sqlite3.connect(location)
    assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    con.close()
    assert before <= _ids(Path(location)) == _ids(made)


def _touch(folder: Path, stem: str, tag: str, when: dt.datetime) -> Path:
    path = folder / f"{stem}-{tag}-{when:%Y%m%d-%H%M%S}.sqlite"
    path.write_bytes(b"x")
    return path


def _taken(path: Path) -> dt.datetime:
    found = backup_index.parse(path)
    assert found is not None
    return found.taken


def test_rotation_keeps_ten_then_one_a_day_then_one_a_month(tmp_path: Path) -> None:
    data = tmp_path / "calaccess.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 12, 1, 12, 0)
    made = [_touch(folder, "calaccess", "auto", now - dt.timedelta(hours=6 * i))
            for i in range(4 * 60)]  # every 6 hours for 60 days
    yearly = [_touch(folder, "calaccess", "auto", dt.datetime(2026 - y // 12, 12 - y % 12, 3))
              for y in range(2, 20)]  # one on the 3rd of each month, back 20 months
    other = _touch(folder, "otherfile", "auto", now - dt.timedelta(days=400))
    stranger = folder / "notes.txt"
    stranger.write_text("mine")
    backup_index.rotate(data, now)
    left = {p for p in folder.iterdir()}
    assert set(made[:10]) <= left  # the last ten
    recent = [p for p in made if (now.date() - _taken(p).date()).days < 31]
    days = {_taken(p).date() for p in left if p in recent}
    assert len(days) == 31  # one a day for a month (today and the 30 before)
    assert len([p for p in left if p in recent]) == 10 + 31 - 3  # 3 days within the ten
    assert made[-1] not in left  # 60 days old, not the newest of its month
    months = {(_taken(p).year, _taken(p).month) for p in left if p.name.startswith("calac")}
    assert len(months) == 12
    assert yearly[1] in left and yearly[0] not in left  # Sep 3: its month's newest; Oct 3: not
    assert yearly[-1] not in left  # beyond a year: gone
    assert other in left and stranger in left  # another file's backups, other files: kept


def test_before_risky_backs_up_once_and_skips_an_empty_file(demo_store: Store,
                                                            tmp_path: Path) -> None:
    empty = Store.open(tmp_path / "empty.sqlite")
    try:
        assert backups.before_risky(empty, "import") is None  # nothing to lose yet
    finally:
        empty.close()
    first = backups.before_risky(demo_store, "import")
    assert first is not None and first.name.startswith("store-import-")
    with demo_store.transaction() as session:  # a session works too; a minute later: reused
        assert backups.before_risky(session, "amendment") == first
    assert backups.before_risky(demo_store, "restore") != first  # a restore: always
    listed = backups.list_backups(demo_store.location)
    assert [b.why for b in listed][-1] == "before an import"
    assert listed[0].contents is not None and listed[0].contents.statements == 3


def test_the_backups_and_restore_commands(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    assert main(["backups", "--db", str(db)]) == 0
    assert "No backups" in capsys.readouterr().out
    assert main(["backups", "--now", "--json", "--db", str(db)]) == 0
    (made,) = json.loads(capsys.readouterr().out)["backups"]
    assert (made["committees"], made["statements"], made["why"]) == (1, 3, "made by hand")
    assert main(["delete", "3", "--yes", "--db", str(db)]) == 0
    before = db.read_bytes()
    assert main(["restore", made["path"], "--preview", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "+ statement 3: Form 497, election 2026-11-03 (draft)" in out
    assert "Nothing was changed" in out
    assert db.read_bytes() == before
    assert main(["restore", made["path"], "--db", str(db)]) == 0
    out = capsys.readouterr().out
    kept = Path(out.split("is kept in ")[1].split(".sqlite")[0] + ".sqlite")
    assert 3 not in _statement_ids(kept) and 3 in _statement_ids(db)
    assert main(["restore", str(db), "--db", str(db)]) == 1
    assert "the data file itself" in capsys.readouterr().err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    assert main(["restore", str(junk), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "cannot be restored" in err and "Traceback" not in err


def _statement_ids(path: Path) -> set[int]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("select id from statements")}
    finally:
        con.close()


def test_restore_over_a_damaged_file_keeps_it(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    good = backups.take(db, "manual")
    assert good is not None
    raw = bytearray(db.read_bytes())
    raw[4096 * 3:4096 * 6] = b"\xff" * (4096 * 3)  # pages broken by the disk
    db.write_bytes(bytes(raw))
    capsys.readouterr()
    assert main(["list", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert f"calaccess-desktop restore {good}" in err  # the message says how
    assert main(["restore", str(good), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "cannot be read" in out or "comes back" in out or "goes back" in out
    (kept,) = (tmp_path / "backups").glob("data-damaged-*.sqlite")
    assert kept.read_bytes() == bytes(raw)
    assert main(["list", "--db", str(db)]) == 0
    assert "Maria Lopez" in capsys.readouterr().out


def test_the_window_schedule() -> None:
    plan = backups.Schedule(after=600, every=3600)
    assert not plan.due(0)
    plan.changed(100)
    assert not plan.due(500) and plan.due(700)
    plan.changed(800)  # saved while the backup ran: it is not in it
    plan.done(now=900, started=750)
    assert plan.first_change == 800 and not plan.due(1500)  # at most once an hour
    assert plan.due(900 + 3600)
    plan.done(now=4600, started=4550)
    assert not plan.due(99999)  # nothing new since


def test_a_damaged_file_kept_by_a_restore_is_never_offered(tmp_path: Path) -> None:
    from calaccess_desktop.db.health import latest_good_backup

    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    good = backups.take(db, "manual")
    assert good is not None
    kept = backup_index.backup_path(db, "damaged")
    kept.write_bytes(db.read_bytes())  # whole to SQLite, but kept as the damaged file
    assert latest_good_backup([backup_index.folder_of(db)]) == good.resolve()


def _copy_changed(db: Path, copy: Path, sql: str, params: tuple[object, ...] = ()) -> None:
    """A whole copy of ``db`` (as another program would keep one), then ``sql`` run on it."""
    con = sqlite3.connect(db)
    try:
        con.execute("vacuum into ?", (str(copy),))
    finally:
        con.close()
    con = sqlite3.connect(copy)
    try:
        con.execute(sql, params)
        con.commit()
    finally:
        con.close()


@pytest.mark.parametrize(("sql", "words"), [
    ("update statements set status = 'bogus' where id = 1", "status is 'bogus'"),
    ("update statements set period_from = 'garbage' where id = 1",
     "'garbage', which is not a date"),
    ("""update statements set cover = '{"a": 1}' where id = 1""", "not a list"),
    ("update records set amount_cents = 'lots' where id = (select min(id) from records)",
     "not a whole number"),
    ("alter table statements drop column cover", "lacks part of what a data file"),
])
def test_a_backup_holding_a_value_the_program_cannot_read_is_not_restored(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], sql: str, words: str) -> None:
    """SQLite finds nothing wrong with these, but the program would call the restored file
    damaged: restore refuses them, preview too, and the data file is left as it was."""
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    bad = tmp_path / "elsewhere" / "bad.sqlite"
    bad.parent.mkdir()
    _copy_changed(db, bad, sql)
    before = db.read_bytes()
    capsys.readouterr()
    for preview in (["--preview"], []):
        assert main(["restore", str(bad), *preview, "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert words in err and "Nothing was changed" in err and "Traceback" not in err, err
    assert db.read_bytes() == before
    assert main(["list", "--db", str(db)]) == 0


def test_a_backup_from_before_a_filing_says_so_and_needs_the_users_word(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Restoring a backup taken before a statement was filed would make it look unfiled,
    and filing it again would file it twice: the preview says so, the restore refuses
    until told (--forget-filings), and then says it again."""
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    older = backups.take(db, "manual")
    assert older is not None
    con = sqlite3.connect(db)
    try:  # statement 2 filed (as the outbox records an accepted filing) after the backup
        con.execute("update statements set status = 'filed', filing_id = 'CA-9000005', "
                    "locked = 1 where id = 2")
        con.commit()
    finally:
        con.close()
    capsys.readouterr()
    assert main(["restore", str(older), "--preview", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "statement 2" in out and "was filed as CA-9000005 after this backup" in out, out
    assert "file an amendment" in out
    before = db.read_bytes()
    assert main(["restore", str(older), "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "CA-9000005" in err and "Nothing was changed" in err and "--forget-filings" in err
    assert db.read_bytes() == before
    assert main(["restore", str(older), "--forget-filings", "--db", str(db)]) == 0
    assert "was filed as CA-9000005" in capsys.readouterr().out
    con = sqlite3.connect(db)
    try:
        assert con.execute("select status from statements where id = 2").fetchone() != (
            "filed",)
    finally:
        con.close()


@pytest.mark.parametrize(("version", "words"), [
    ("0099", "newer version"), ("abc", "no version of calaccess-desktop writes")])
def test_a_backup_whose_version_is_unknown_says_which_kind(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str, words: str) -> None:
    """A higher version number is a newer program's; any other unknown one is damage
    (it used to be called newer too)."""
    db = tmp_path / "data.sqlite"
    assert main(["demo", "--db", str(db)]) == 0
    odd = tmp_path / "odd.sqlite"
    _copy_changed(db, odd, "update alembic_version set version_num = ?", (version,))
    capsys.readouterr()
    assert main(["restore", str(odd), "--preview", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert words in err and "Nothing was changed" in err, err
    assert main(["list", "--db", str(odd)]) == 1
    assert words in capsys.readouterr().err
