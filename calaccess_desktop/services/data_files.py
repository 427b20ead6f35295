"""Choosing another data file: can this path be used, and what is it (no Qt, no opening).

The check is cheap and touches nothing: a database URL is accepted as typed (it is
checked when opened); a path must be a SQLite file (or empty, or not there yet)
in a folder that can be written to. Opening (``Store.open``) does the rest: backup,
migration, refusing a file from a newer version.
"""

from __future__ import annotations

import os
from pathlib import Path

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_data_file(target: str) -> str:
    """'' when ``target`` can be used as the data file, else why not (in words)."""
    text = target.strip()
    if not text:
        return "choose a data file"
    if "://" in text:
        return ""
    path = Path(text).expanduser()
    if path.is_dir():
        return f"{path} is a folder; choose or type a file name in it"
    if path.exists():
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            return f"{path} cannot be read ({exc.strerror or exc})"
        if head and head != SQLITE_MAGIC:
            return f"{path} is not a calaccess-desktop data file"
        if not os.access(path, os.W_OK):
            return f"{path} is read-only; choose a file you can change"
        return ""
    folder = path.parent
    if not folder.is_dir():
        return f"the folder {folder} does not exist"
    if not os.access(folder, os.W_OK):
        return f"the folder {folder} cannot be written to"
    return ""


def describe_data_file(target: str) -> str:
    """A short note on what choosing ``target`` means."""
    text = target.strip()
    if "://" in text:
        return "A shared database: it is opened (and upgraded if needed) when you switch."
    path = Path(text).expanduser()
    if path.exists() and path.stat().st_size:
        return ("An existing data file: a backup copy is made before it is upgraded to this "
                "version, if it needs that.")
    return "A new, empty data file will be created there."
