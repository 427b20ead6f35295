"""A data file that may not be written, and one another program is writing to, through
the real CLI: reading works without creating -wal, -shm or backups; writing says plainly
that nothing was changed; a busy file makes a writer wait visibly, then proceed or stop."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.services.store import WAITING
from tests.trust.data_file_support import (
    assert_refused,
    cli_env,
    fingerprint,
    make_demo,
    passable_tmp,
    read_only,
    run_cli,
)

# Holds a write lock for the given seconds, or until a line arrives on its standard input.
HOLD = textwrap.dedent("""
    import select, sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    select.select([sys.stdin], [], [], float(sys.argv[2]))
    con.execute("ROLLBACK")
    con.close()
""")


@pytest.fixture
def home() -> Iterator[Path]:
    with passable_tmp() as base:  # the CLI may run as another user (read_only)
        folder = base / "home"
        folder.mkdir()
        yield folder


@pytest.fixture
def demo_db(home: Path) -> Path:
    folder = home / "office"
    folder.mkdir()
    db = folder / "data.sqlite"
    make_demo(home, db)
    return db


def _committees(home: Path, db: Path) -> list[str]:
    ran = run_cli(home, "list", "--json", "--db", str(db))
    assert ran.code == 0, ran.err
    return [c["name"] for c in json.loads(ran.out)["committees"]]


@pytest.mark.parametrize("what", ["folder", "file"])
def test_a_read_only_data_file_can_be_read_but_not_changed(home: Path, demo_db: Path,
                                                           what: str) -> None:
    before = fingerprint(demo_db)
    names_before = _committees(home, demo_db)
    with read_only(demo_db.parent if what == "folder" else demo_db):
        listed = run_cli(home, "list", "--db", str(demo_db))
        assert listed.code == 0, listed.err
        assert "Maria Lopez for City Council 2026" in listed.out
        summary = run_cli(home, "summary", "1", "--db", str(demo_db))
        assert summary.code == 0 and "ENDING CASH BALANCE" in summary.out
        assert run_cli(home, "export", "1", "-o", str(home / "out.cal"),
                       "--db", str(demo_db)).code == 0
        for command in (("demo",), ("import", str(home / "out.cal"))):
            ran = run_cli(home, *command, "--db", str(demo_db))
            assert_refused(ran, "read-only", "nothing was changed")
        assert fingerprint(demo_db) == before  # and no -wal/-shm was made for the reads
        assert sorted(p.name for p in demo_db.parent.iterdir()) == ["data.sqlite"]
    assert _committees(home, demo_db) == names_before


def _hold(db: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_a_writer_waits_for_another_program_then_proceeds(home: Path, demo_db: Path) -> None:
    # The other program lets go only once the writer has said it is waiting (a loaded
    # machine's slow start-up must not let the lock go before the writer tries).
    holder = _hold(demo_db, 120)
    writer = subprocess.Popen([sys.executable, "-m", "calaccess_desktop", "demo",
                               "--db", str(demo_db)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=home,
                              env=cli_env(home, CALACCESS_LOCK_WAIT="120"))
    try:
        assert writer.stderr is not None
        said = ""
        while WAITING not in said:  # the writer's own 5 s of waiting, then its words
            line = writer.stderr.readline()
            assert line, f"the writer ended without saying it waits: {said!r}"
            said += line
        start = time.monotonic()
        assert holder.stdin is not None
        holder.stdin.write("go\n")
        holder.stdin.close()
        out, err = writer.communicate(timeout=120)
        proceeded = time.monotonic() - start
    finally:
        writer.kill()
        holder.kill()
        holder.wait(timeout=30)
    assert writer.returncode == 0, said + err
    assert "Traceback" not in said + err
    assert "created demo committee" in out
    assert proceeded < 60  # it went on once the lock was let go, not at its limit
    assert _committees(home, demo_db).count("Maria Lopez for City Council 2026") == 2


def test_a_writer_gives_up_and_says_nothing_was_changed(home: Path, demo_db: Path) -> None:
    names = _committees(home, demo_db)
    holder = _hold(demo_db, 30)
    try:
        ran = run_cli(home, "demo", "--db", str(demo_db), CALACCESS_LOCK_WAIT="6")
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert_refused(ran, WAITING, "another program is using the data file",
                   "nothing was changed")
    assert _committees(home, demo_db) == names


def test_readers_do_not_wait_for_a_writer(home: Path, demo_db: Path) -> None:
    holder = _hold(demo_db, 20)
    try:
        start = time.monotonic()
        ran = run_cli(home, "list", "--db", str(demo_db))
        spent = time.monotonic() - start
    finally:
        holder.kill()
        holder.wait(timeout=30)
    assert ran.code == 0 and WAITING not in ran.err
    assert "Maria Lopez" in ran.out and spent < 15


def test_the_window_shows_it_is_waiting(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from calaccess_desktop.services.store import Store
    from calaccess_desktop.ui.main_window import MainWindow

    db = tmp_path / "window.sqlite"
    make_demo(tmp_path, db)
    store = Store.open(db)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, synchronous=True, settings=settings, restore=False)
    qtbot.addWidget(window)
    holder = _hold(db, 2.5)
    try:
        with store.transaction() as session:  # what every edit in the window does
            session.execute(__import__("sqlalchemy").text(
                "UPDATE committees SET name = name || ' (edited)'"))
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == WAITING, timeout=5000)
    finally:
        holder.wait(timeout=30)
        window.ctx.ops.shutdown()
        store.close()
    assert any(n.endswith("(edited)") for n in _committees(tmp_path, db))


def test_a_read_only_file_that_needs_upgrading_is_refused_unchanged(home: Path,
                                                                   demo_db: Path) -> None:
    import sqlite3

    con = sqlite3.connect(demo_db)
    con.execute("UPDATE alembic_version SET version_num = '0002'")
    con.commit()
    con.close()
    before = fingerprint(demo_db)
    with read_only(demo_db.parent):
        assert_refused(run_cli(home, "list", "--db", str(demo_db)), "needs to be upgraded",
                       "read-only", "nothing was changed")
    assert fingerprint(demo_db) == before
    assert not (demo_db.parent / "backups").exists()
    shutil.rmtree(home / "data", ignore_errors=True)


def test_a_new_data_file_in_a_read_only_folder_is_refused(home: Path) -> None:
    folder = home / "locked"
    folder.mkdir()
    with read_only(folder):
        ran = run_cli(home, "demo", "--db", str(folder / "new.sqlite"))
        assert_refused(ran, "cannot be created there", "nothing was created")
    assert list(folder.iterdir()) == []
