"""Helpers for the data-file and written-file tests: the real CLI in a subprocess with a
private home, fingerprints of a file and its -wal/-shm, and making a path read-only.

Read-only as root: root ignores permission bits, so a file or folder is made immutable
with ``chattr +i`` (which binds root too) and restored afterwards; where chattr is missing
or not allowed (a container without CAP_LINUX_IMMUTABLE), the CLI runs as the user
``nobody`` (``setpriv``/``runuser``), for whom the root-owned file is read-only. As any
other user, ``chmod a-w`` does it.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Ran:
    """What a CLI run did."""

    code: int
    out: str
    err: str


def cli_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment whose user folders (data, state, logs) are all under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), CALACCESS_LOG_DIR=str(home / "logs"),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), **extra)
    return env


def run_cli(home: Path, *args: str, timeout: float = 300, **extra: str) -> Ran:
    """``python -m calaccess_desktop ARGS`` with the private home."""
    if _RUN_AS:  # another user runs it: the home must be open to it
        home.chmod(0o777)
    done = subprocess.run([*_RUN_AS, sys.executable, "-m", "calaccess_desktop", *args],
                          capture_output=True, text=True, timeout=timeout,
                          env=cli_env(home, **extra), cwd=home)
    return Ran(done.returncode, done.stdout, done.stderr)


def assert_refused(ran: Ran, *words: str) -> None:
    """Exit status 1, the plain words on standard error, no traceback, no crash report."""
    assert ran.code == 1, (ran.code, ran.out, ran.err)
    assert "Traceback" not in ran.err + ran.out, ran.err
    assert "went wrong" not in ran.err, ran.err  # a known failure, not a crash report
    low = ran.err.lower()
    for word in words:
        assert word.lower() in low, ran.err


def sha(path: Path) -> str:
    """sha256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fingerprint(path: Path) -> tuple[str, bool, bool]:
    """The file's hash and whether a -wal / -shm is beside it."""
    return (sha(path), Path(f"{path}-wal").exists(), Path(f"{path}-shm").exists())


def make_demo(home: Path, db: Path) -> None:
    """The demo committee in ``db`` through the real CLI (closed: no -wal left)."""
    ran = run_cli(home, "demo", "--db", str(db))
    assert ran.code == 0, ran.err


def page_size(db: Path) -> int:
    """The SQLite page size of ``db``."""
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        return int(con.execute("PRAGMA page_size").fetchone()[0])
    finally:
        con.close()


def table_pages(db: Path, table: str) -> list[int]:
    """Page numbers of ``table``'s b-tree (through SQLite's dbstat), in order."""
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    try:
        return [r[0] for r in con.execute(
            "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pageno", (table,))]
    finally:
        con.close()


def damage_page(db: Path, page: int) -> None:
    """Overwrite page ``page`` (1-based) of ``db`` with garbage."""
    size = page_size(db)
    with db.open("r+b") as f:
        f.seek((page - 1) * size)
        f.write(bytes((i * 37 + 11) % 256 for i in range(size)))


def is_root() -> bool:
    """Whether the tests run as root (who ignores permission bits)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


@contextmanager
def passable_tmp() -> Iterator[Path]:
    """A temporary folder another user can pass through (pytest's own is 0700 and is made
    0700 again by any pytest run that starts meanwhile), removed afterwards."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="calaccess-test-"))
    folder.chmod(0o711)
    try:
        yield folder
    finally:
        if is_root() and shutil.which("chattr"):
            subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


_RUN_AS: list[str] = []  # a command prefix while a path is read-only by ownership
FORCE_ENV = "CALACCESS_TEST_READONLY"  # "nobody": use the setpriv way even with chattr


def _chattr(path: Path, flag: str) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None or os.environ.get(FORCE_ENV) == "nobody":
        return False
    return subprocess.run([chattr, flag, str(path)], capture_output=True).returncode == 0


@contextmanager
def _modes(changes: list[tuple[Path, int]]) -> Iterator[None]:
    """Add permission bits to paths for the block, then put the old modes back."""
    old = [(p, p.stat().st_mode) for p, _bits in changes]
    try:
        for path, bits in changes:
            path.chmod(path.stat().st_mode | bits)
        yield
    finally:
        for path, mode in reversed(old):
            path.chmod(mode)


@contextmanager
def _as_nobody(path: Path) -> Iterator[None]:
    """Without chattr, root runs the CLI as the user ``nobody`` (setpriv or runuser): the
    root-owned ``path`` is read-only for it. Its folders are opened for passing through
    (o+x), and for the "file" case its folder becomes writable for everyone."""
    setpriv = shutil.which("setpriv")
    runuser = shutil.which("runuser")
    assert setpriv or runuser, "running as root needs chattr, setpriv or runuser"
    prefix = ([setpriv, "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
              if setpriv else [str(runuser), "-u", "nobody", "--"])
    changes = [(p, 0o001) for p in reversed(path.resolve().parents) if p != Path("/")]
    changes.append((path, 0o005 if path.is_dir() else 0o004))
    if path.is_dir():  # the files in it (created 0600) must be readable by that user
        changes += [(p, 0o004) for p in path.iterdir() if p.is_file()]
    else:
        changes.append((path.parent, 0o007))
    with _modes(changes):
        _RUN_AS[:] = prefix
        try:
            yield
        finally:
            _RUN_AS.clear()


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """Make ``path`` (a file or a folder) read-only for the CLI runs in the block."""
    if is_root():
        if _chattr(path, "+i"):
            try:
                assert not os.access(path, os.W_OK)
                yield
            finally:
                assert _chattr(path, "-i") or os.environ.get(FORCE_ENV) == "nobody"
        else:
            with _as_nobody(path):
                yield
    else:
        mode = path.stat().st_mode
        path.chmod(mode & ~0o222)
        try:
            yield
        finally:
            path.chmod(mode)
