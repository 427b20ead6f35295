"""Choosing another data file: can this path be used, and what is it (no Qt, no opening).

The check is cheap and touches nothing: a path (or a ``sqlite:///`` address) must be
a SQLite file (or not there yet; an empty file is refused) in a folder that can be
written to; a ``postgresql://`` address must parse (no connection is made here: opening
says whether the server answers). Other kinds of database are refused in words. Opening
(``Store.open``) does the rest: backup, migration, refusing a file from a newer version.
"""

from __future__ import annotations

import os
from pathlib import Path

from calaccess_desktop.db.engine import sqlite_file

SQLITE_MAGIC = b"SQLite format 3\x00"


def check_data_file(target: str) -> str:
    """'' when ``target`` can be used as the data file, else why not (in words)."""
    text = target.strip()
    if not text:
        return "choose a data file"
    path = _data_path(text)
    if isinstance(path, str):
        return "" if path == _SERVER else path
    if path.is_dir():
        return f"{path} is a folder; choose or type a file name in it"
    if path.exists():
        try:
            with path.open("rb") as f:
                head = f.read(len(SQLITE_MAGIC))
        except OSError as exc:
            return f"{path} cannot be read ({exc.strerror or exc})"
        if not head:
            return (f"{path} is empty (0 bytes), not a data file; to start a new data "
                    "file, give a name that does not exist yet")
        if head != SQLITE_MAGIC:
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


def _data_path(text: str) -> Path | str:
    """The file a path or ``sqlite:///`` address names, or why the address cannot be
    used."""
    from calaccess_desktop.db.engine import parse_url
    from calaccess_desktop.db.health import StoreError

    try:
        path = sqlite_file(text)
    except StoreError:
        return f"{text} is not a database address; type a file path instead"
    if path is not None:
        return path
    backend = parse_url(text).get_backend_name()
    if backend == "sqlite":
        return "a data file address needs a file name (sqlite:///path/to/file.sqlite)"
    if backend == "postgresql":
        return _SERVER
    return (f"{backend} databases cannot be used; choose a data file (.sqlite) or a "
            "PostgreSQL database (postgresql://user@host/database)")


_SERVER = ""  # _data_path's answer for a PostgreSQL address that can be tried


def describe_data_file(target: str) -> str:
    """A short note on what choosing ``target`` means."""
    path = _data_path(target.strip())
    if path == _SERVER:
        return _server_words(target.strip())
    if isinstance(path, str):
        return path[0].upper() + path[1:] + "."
    if path.is_file() and not path.stat().st_size:
        return "This file is empty (0 bytes): it cannot be used as a data file."
    if path.exists() and path.stat().st_size:
        return ("An existing data file: a backup copy is made before it is upgraded to this "
                "version, if it needs that.")
    return "A new, empty data file will be created there."


def _server_words(target: str) -> str:
    from calaccess_desktop.db.engine import parse_url

    url = parse_url(target)
    host = url.host or str(url.query.get("host") or "this computer")
    return (f"A PostgreSQL database ({url.database or 'the user name'} on {host}), shared "
            "with the other users of the server: it is upgraded to this version when it is "
            "opened. Backups: pg_dump, or a copy into a data file.")
