"""Where the backups of each data file were saved (``backup -o`` may put them anywhere).

A small JSON file in the user's data folder maps a data file to its recent backups, so a
damaged file can be offered its latest good copy. Losing this list loses nothing else:
the ``backups/`` folder beside the data file is always looked at too.

The automatic backups live in that folder, named ``STEM-TAG-YYYYMMDD-HHMMSS``, and are
thinned by a rotation (``to_keep``); ``checked_copy`` makes each one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

KEEP = 20  # backups remembered per data file
FILES = 50  # data files remembered


def index_file() -> Path:
    """The index file, in the user's data folder."""
    from platformdirs import user_data_dir

    from calaccess_desktop import APP_NAME

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "backups.json"


def _load() -> dict[str, list[str]]:
    try:
        data = json.loads(index_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): [str(p) for p in v] for k, v in data.items() if isinstance(v, list)}


def backups_of(data_file: Path) -> list[Path]:
    """The backups remembered for ``data_file`` plus those of it in its ``backups/``
    folder (by name: the folder also holds the backups of other data files beside it)."""
    key = str(data_file.resolve())
    return [*(b.path for b in in_folder(data_file)), *(Path(p) for p in _load().get(key, []))]


def remember(data_file: Path, backup: Path) -> None:
    """Add ``backup`` to the list of ``data_file`` (best effort: never fails the backup)."""
    from calaccess_desktop.fileio import make_private_dirs, write_file

    data = _load()
    key = str(data_file.resolve())
    paths = [p for p in data.pop(key, []) if p != str(backup.resolve())]
    data[key] = [*paths, str(backup.resolve())][-KEEP:]
    data = dict(list(data.items())[-FILES:])  # the data files backed up most recently
    try:
        target = index_file()
        make_private_dirs(target.parent)
        write_file(target, json.dumps(data, indent=1).encode())
    except Exception:  # noqa: BLE001 - the list is a convenience; the backup is done
        return


# --------------------------------------------------------------------------- the folder

NAME = re.compile(r"^(?P<stem>.+)-(?P<tag>[0-9A-Za-z]+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?$")
STAMP = "%Y%m%d-%H%M%S"
KEEP_LAST = 10  # the newest backups, whatever their age
KEEP_DAYS = 31  # then the newest of each day for a month
KEEP_MONTHS = 12  # then the newest of each month for a year


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup in a data file's ``backups/`` folder, named ``STEM-TAG-YYYYMMDD-HHMMSS``
    (TAG: why it was taken, or the schema revision it was copied at before an upgrade)."""

    path: Path
    taken: dt.datetime  # local time, from the name
    tag: str


def folder_of(data_file: Path) -> Path:
    """The ``backups/`` folder beside a data file."""
    return data_file.parent / "backups"


def backup_path(data_file: Path, tag: str, now: dt.datetime | None = None) -> Path:
    """A new, unused name for a backup of ``data_file`` in its folder."""
    stamp = (now or dt.datetime.now()).strftime(STAMP)
    base = f"{data_file.stem}-{tag}-{stamp}"
    folder = folder_of(data_file)
    candidate, n = folder / f"{base}{data_file.suffix}", 2
    while candidate.exists():
        candidate, n = folder / f"{base}-{n}{data_file.suffix}", n + 1
    return candidate


def parse(path: Path, stem: str | None = None) -> BackupFile | None:
    """The backup a file name describes (None for any other file)."""
    match = NAME.match(path.stem)
    if match is None or (stem is not None and match["stem"] != stem):
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    return BackupFile(path, taken, match["tag"])


def in_folder(data_file: Path) -> list[BackupFile]:
    """The backups of ``data_file`` in its ``backups/`` folder, newest first."""
    try:
        entries = [p for p in folder_of(data_file).iterdir()
                   if p.suffix == data_file.suffix and p.is_file() and not p.is_symlink()]
    except OSError:
        return []
    found = [b for b in (parse(p, data_file.stem) for p in entries) if b is not None]
    return sorted(found, key=lambda b: (b.taken, b.path.name), reverse=True)


def to_keep(backups: list[BackupFile], now: dt.datetime) -> set[Path]:
    """The rotation: the last ``KEEP_LAST``, the newest of each day of the last
    ``KEEP_DAYS`` days and the newest of each month of the last ``KEEP_MONTHS`` months."""
    newest = sorted(backups, key=lambda b: (b.taken, b.path.name), reverse=True)
    keep = {b.path for b in newest[:KEEP_LAST]}
    days: set[dt.date] = set()
    months: set[tuple[int, int]] = set()
    for b in newest:
        day, month = b.taken.date(), (b.taken.year, b.taken.month)
        if (now.date() - day).days < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(b.path)
        if _months_between(b.taken, now) < KEEP_MONTHS and month not in months:
            months.add(month)
            keep.add(b.path)
    return keep


def _months_between(then: dt.datetime, now: dt.datetime) -> int:
    return (now.year - then.year) * 12 + now.month - then.month


def rotate(data_file: Path, now: dt.datetime | None = None) -> list[Path]:
    """Remove the backups the rotation no longer keeps; returns the removed files."""
    backups = in_folder(data_file)
    keep = to_keep(backups, now or dt.datetime.now())
    removed = []
    for b in backups:
        if b.path not in keep:
            try:
                b.path.unlink()
            except OSError:
                continue
            removed.append(b.path)
    return removed


# --------------------------------------------------------------------------- the copy

class CopyFailed(Exception):
    """The copy could not be made or failed its check (the text says why)."""


def checked_copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy the database behind ``source`` into the new file ``target`` with SQLite's
    online backup in one step (one read transaction: a consistent copy while other
    connections write), then check it: ``integrity_check`` and the app's tables. A copy
    that fails is removed."""
    copy = sqlite3.connect(target)
    try:
        source.backup(copy, pages=-1)
        check = copy.execute("PRAGMA integrity_check").fetchone()[0]
        names = {r[0] for r in copy.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    except sqlite3.Error as exc:
        copy.close()
        target.unlink(missing_ok=True)
        raise CopyFailed(str(exc)) from exc
    copy.close()
    if check != "ok" or not names >= {"alembic_version", "meta"}:
        target.unlink(missing_ok=True)
        raise CopyFailed(f"the copy failed SQLite's check ({check})" if check != "ok"
                         else "the copy is not a whole data file")
