"""Where the backups of each data file were saved (``backup -o`` may put them anywhere).

A small JSON file in the user's data folder maps a data file to its recent backups, so a
damaged file can be offered its latest good copy. Losing this list loses nothing else:
the ``backups/`` folder beside the data file is always looked at too.
"""

from __future__ import annotations

import json
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
    """The backups remembered for ``data_file`` plus its ``backups/`` folder."""
    key = str(data_file.resolve())
    return [data_file.parent / "backups", *(Path(p) for p in _load().get(key, []))]


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
