"""Scratch folders for files the app writes only for a moment (print previews).

Statements hold names and addresses; on a shared counter machine nothing may be left
behind for the next person. Every scratch folder lives under one private folder
(mode 0700) in the system's temporary folder, is removed when its work is done, the
ones still there are removed when the program exits, and folders left by a run that
crashed are swept at the next start.
"""

from __future__ import annotations

import atexit
import contextlib
import getpass
import os
import shutil
import stat
import tempfile
import time
from pathlib import Path

STALE_AFTER = 12 * 3600  # seconds: older leftovers belong to no running window
_mine: list[Path] = []
_fallback: Path | None = None  # used when the usual folder is not this user's


def scratch_root() -> Path:
    """The private folder that holds every scratch folder of this user.

    Checked before use: it must be a real folder (not a link) owned by this user; one
    that others may write to is made private again (0700). One that belongs to someone
    else (or is a link or a file) is never used: a fresh private folder is made instead.
    """
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    root = Path(tempfile.gettempdir()) / f"calaccess-desktop-{user}"
    with contextlib.suppress(FileExistsError):
        root.mkdir(mode=0o700)
    if _usable(root):
        return root
    global _fallback
    if _fallback is None or not _usable(_fallback):
        _fallback = Path(tempfile.mkdtemp(prefix=f"calaccess-desktop-{user}-"))
    return _fallback


def _usable(root: Path) -> bool:
    """Whether ``root`` is this user's own private folder (made private if it is ours)."""
    try:
        info = os.lstat(root)
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        return False
    if stat.S_IMODE(info.st_mode) & 0o077:
        try:
            os.chmod(root, 0o700)
        except OSError:
            return False
    return True


def scratch_dir(purpose: str) -> Path:
    """A new empty folder for one piece of work (removed by ``discard`` or at exit)."""
    folder = Path(tempfile.mkdtemp(prefix=f"{purpose}-", dir=scratch_root()))
    _mine.append(folder)
    return folder


def live_folders() -> list[Path]:
    """The scratch folders this process made and has not removed yet."""
    return list(_mine)


def discard(folder: Path) -> None:
    """Remove a scratch folder and what is in it."""
    shutil.rmtree(folder, ignore_errors=True)
    if folder in _mine:
        _mine.remove(folder)


def discard_all() -> None:
    """Remove every scratch folder this process made (runs at exit)."""
    for folder in list(_mine):
        discard(folder)
    if _fallback is not None:
        with contextlib.suppress(OSError):
            _fallback.rmdir()  # only when empty


def sweep(max_age: float = STALE_AFTER) -> int:
    """Remove scratch folders older than ``max_age`` seconds (left by a crash; a negative
    age: every one not in use by this process, as counter mode's "Next visitor" does);
    returns how many were removed."""
    removed = 0
    now = time.time()
    for entry in scratch_root().iterdir():
        try:
            old = now - entry.stat().st_mtime > max_age
        except OSError:
            continue
        if old and entry not in _mine:
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
            else:
                entry.unlink(missing_ok=True)
            removed += 1
    return removed


atexit.register(discard_all)
