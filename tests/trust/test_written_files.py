"""Files the app writes (export -o, print -o, backup -o, the window's Save As) through the
real CLI: a device, FIFO, socket or folder is never replaced by a regular file, a link is
written through to its target, a full disk says so and leaves nothing, a killed backup's
.partial is gone after the next start, and what is written is readable by the user only."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.trust.data_file_support import (
    Ran,
    assert_refused,
    cli_env,
    is_root,
    make_demo,
    run_cli,
    sha,
)

OUTPUTS = {  # command, and what a good output starts with
    "export": (("export", "1", "-o"), b"HDR"),
    "print": (("print", "1", "-o"), b"%PDF"),
    "backup": (("backup", "-o"), b"SQLite format 3\x00"),
}


@pytest.fixture(scope="module")
def demo_source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("demo-home")
    db = home / "demo.sqlite"
    make_demo(home, db)
    return db


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


@pytest.fixture
def db(home: Path, demo_source: Path) -> Path:
    target = home / "data.sqlite"
    target.write_bytes(demo_source.read_bytes())
    return target


def _write(home: Path, db: Path, kind: str, target: Path | str) -> Ran:
    args, _magic = OUTPUTS[kind]
    return run_cli(home, *args, str(target), "--db", str(db))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith((".partial", ".part")))


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_dev_full_says_the_disk_is_full_and_stays_a_device(home: Path, db: Path,
                                                            kind: str) -> None:
    ran = _write(home, db, kind, "/dev/full")
    assert_refused(ran, "the disk is full", "nothing was written")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert _leftovers(home) == []


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_dev_null_is_written_to_not_replaced(home: Path, db: Path, kind: str) -> None:
    ran = _write(home, db, kind, "/dev/null")
    assert ran.code == 0, ran
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@contextlib.contextmanager
def _special(folder: Path, what: str) -> Iterator[Path]:
    path = folder / f"out-{what}"
    if what == "fifo":
        os.mkfifo(path)
        yield path
    elif what == "socket":
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.bind(str(path))
        try:
            yield path
        finally:
            sock.close()
    else:
        path.mkdir()
        yield path


@pytest.mark.parametrize("what", ["fifo", "socket", "folder"])
@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_special_files_are_refused_and_left_as_they_are(home: Path, db: Path, kind: str,
                                                        what: str) -> None:
    with _special(home, what) as path:
        before = os.lstat(path)
        ran = _write(home, db, kind, path)
        words = {"fifo": "is a pipe", "socket": "is a socket", "folder": "is a folder"}[what]
        assert_refused(ran, words, "nothing was written")
        after = os.lstat(path)
        assert stat.S_IFMT(after.st_mode) == stat.S_IFMT(before.st_mode)
        assert after.st_ino == before.st_ino
    assert _leftovers(home) == []


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_a_link_is_written_through_to_its_target(home: Path, db: Path, kind: str) -> None:
    elsewhere = home / "elsewhere"
    elsewhere.mkdir()
    real = elsewhere / "real.out"
    if kind == "backup":  # a backup replaces only an earlier backup of the same file
        assert _write(home, db, kind, real).code == 0
    else:
        real.write_bytes(b"old contents")
    link = home / "link.out"
    link.symlink_to(real)
    ran = _write(home, db, kind, link)
    assert ran.code == 0, ran
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes().startswith(OUTPUTS[kind][1])
    dangling = home / "new-link.out"
    dangling.symlink_to(elsewhere / "not-yet.out")
    assert _write(home, db, kind, dangling).code == 0
    assert dangling.is_symlink()
    assert (elsewhere / "not-yet.out").read_bytes().startswith(OUTPUTS[kind][1])
    assert _leftovers(home) == []


@contextlib.contextmanager
def _small_disk(folder: Path) -> Iterator[Path]:
    """A nearly full file system: a tiny tmpfs (as root), else a link to /dev/full."""
    mount = folder / "small-disk"
    mount.mkdir()
    mounted = is_root() and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mount)],
        capture_output=True).returncode == 0
    try:
        if mounted:
            filler = mount / "filler"
            with contextlib.suppress(OSError), filler.open("wb") as f:
                while True:
                    f.write(b"x" * 4096)
                    f.flush()
            yield mount
        else:
            yield mount
    finally:
        if mounted:
            subprocess.run(["umount", str(mount)], check=True)


@pytest.mark.parametrize("kind", sorted(OUTPUTS))
def test_a_full_disk_leaves_nothing_and_keeps_the_old_file(home: Path, db: Path,
                                                          kind: str) -> None:
    with _small_disk(home) as disk:
        if is_root() and kind == "backup":  # it never replaces a file not its own backup
            target = disk / "out.file"
            old = None
            (disk / "filler").rename(disk / "filler2")
        elif is_root():
            target = disk / "out.file"
            filler = disk / "filler"
            old = filler.read_bytes()[:10]
            filler.write_bytes(old)  # 10 bytes: the old file to keep
            filler.rename(target)
            with contextlib.suppress(OSError), (disk / "filler2").open("wb") as f:
                while True:
                    f.write(b"y" * 1024)
                    f.flush()
        else:
            target = disk / "out.file"
            target.symlink_to("/dev/full")
            old = b""
        ran = _write(home, db, kind, target)
        assert_refused(ran, "the disk is full", "nothing was written")
        if is_root() and old is None:
            assert sorted(p.name for p in disk.iterdir()) == ["filler2"]
        elif is_root():
            assert target.read_bytes() == old
            assert sorted(p.name for p in disk.iterdir()) == ["filler2", "out.file"]


def test_a_killed_backup_leaves_no_partial_after_the_next_start(home: Path,
                                                                tmp_path: Path) -> None:
    from bench.bench_import_export import make_file

    source = tmp_path / "big.cal"
    make_file(source, 40_000)
    db = home / "big.sqlite"
    assert run_cli(home, "import", str(source), "--db", str(db)).code == 0
    out = home / "copies"
    out.mkdir()
    for _attempt in range(5):
        proc = subprocess.Popen(
            [sys.executable, "-m", "calaccess_desktop", "backup", "-o",
             str(out / "copy.sqlite"), "--db", str(db)],
            env=cli_env(home), cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        caught = False
        while proc.poll() is None and time.monotonic() < deadline:
            if _leftovers(out):
                proc.send_signal(signal.SIGKILL)
                caught = True
                break
        proc.wait(timeout=30)
        if caught:
            break
        (out / "copy.sqlite").unlink(missing_ok=True)
    assert caught, "the backup ended before it could be killed"
    assert _leftovers(out) != []  # the kill left one
    assert not (out / "copy.sqlite").exists()
    ran = run_cli(home, "list", "--db", str(db))  # the next start
    assert ran.code == 0, ran.err
    assert _leftovers(out) == []


def test_what_the_app_writes_is_readable_by_the_user_only(home: Path,
                                                          demo_source: Path) -> None:
    db = home / "new-folder" / "inner" / "data.sqlite"
    make_demo(home, db)
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for folder in (db.parent, db.parent.parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for kind in sorted(OUTPUTS):
        target = home / f"out.{kind}"
        assert _write(home, db, kind, target).code == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, kind
    # An older data file is copied to backups/ before it is upgraded.
    import sqlite3

    from alembic import command

    from calaccess_desktop.db.engine import make_engine
    from calaccess_desktop.db.upgrade import alembic_config

    old = home / "old.sqlite"
    engine = make_engine(old)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    assert run_cli(home, "list", "--db", str(old)).code == 0
    backups = home / "backups"
    assert stat.S_IMODE(backups.stat().st_mode) == 0o700
    (copy,) = backups.iterdir()
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    con = sqlite3.connect(copy)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    con.close()


def test_an_existing_output_keeps_its_contents_on_a_refusal(home: Path, db: Path) -> None:
    target = home / "statement.cal"
    assert run_cli(home, "export", "1", "-o", str(target), "--db", str(db)).code == 0
    before = sha(target)
    assert_refused(run_cli(home, "export", "99", "-o", str(target), "--db", str(db)))
    assert sha(target) == before
