"""Scratch folders: private, removed when done or at exit, leftovers of a crash swept."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calaccess_desktop import scratch


@pytest.fixture(autouse=True)
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)
    return tmp_path


def test_folders_are_private_and_discarded(private_tmp: Path) -> None:
    folder = scratch.scratch_dir("print")
    (folder / "statement-1.pdf").write_bytes(b"%PDF-1.4 names and addresses")
    root = scratch.scratch_root()
    assert root.parent == private_tmp and folder.parent == root
    assert stat.S_IMODE(root.stat().st_mode) == 0o700
    scratch.discard(folder)
    assert not folder.exists() and list(root.iterdir()) == []


def test_leftovers_of_a_crash_are_swept_but_fresh_ones_kept(private_tmp: Path) -> None:
    old = scratch.scratch_root() / "print-crashed"
    old.mkdir()
    (old / "statement-9.pdf").write_bytes(b"%PDF")
    day_ago = time.time() - 24 * 3600
    os.utime(old, (day_ago, day_ago))
    fresh = scratch.scratch_dir("print")  # another window's preview, still open
    assert scratch.sweep() == 1
    assert not old.exists() and fresh.exists()
    scratch.discard(fresh)


def test_folders_still_there_go_when_the_program_exits(private_tmp: Path) -> None:
    code = ("from calaccess_desktop import scratch\n"
            "d = scratch.scratch_dir('print')\n"
            "(d / 'x.pdf').write_bytes(b'%PDF')\n"
            "print(d)\n")
    env = {**os.environ, "TMPDIR": str(private_tmp)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout.strip()
    assert Path(out).parent.parent == private_tmp and not Path(out).exists()
