"""Where the user was: committee, statement, tab, row and an unsaved entry draft.

Saved as a tiny JSON file beside the data file on every change (atomically, so a
crash or power cut leaves either the old or the new state), and read at start so
the app reopens where the user left off.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from platformdirs import user_state_dir

from calaccess_desktop import APP_NAME

VERSION = 1


@dataclass
class SessionState:
    """The user's place in the app."""

    committee_id: int | None = None
    statement_id: int | None = None
    tab: str = ""  # "cover", "summary", a schedule letter ("A", "B1" ...)
    record_id: int | None = None
    # An entry typed but not yet saved: {"statement_id", "tab", "record_id", "fields", ...}
    draft: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def state_path(location: str) -> Path:
    """The state file for a store: beside a SQLite file, or in the user state folder
    for a database URL."""
    if "://" not in location:
        db = Path(location).expanduser()
        return db.with_name(db.name + ".session.json")
    digest = hashlib.sha256(location.encode("utf-8")).hexdigest()[:16]
    return Path(user_state_dir(APP_NAME, appauthor=False)) / f"session-{digest}.json"


def load_state(path: Path) -> SessionState:
    """The saved state (a fresh one when missing, unreadable or from another version)."""
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return SessionState()
    if not isinstance(data, dict) or data.get("version") != VERSION:
        return SessionState()
    known = SessionState.__dataclass_fields__
    values = {k: v for k, v in data.items() if k in known}
    try:
        return SessionState(**values)
    except TypeError:
        return SessionState()


def save_state(path: Path, state: SessionState) -> None:
    """Write the state atomically (temp file, fsync, rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    payload = json.dumps({"version": VERSION, **asdict(state)}, indent=1, default=str)
    with open(tmp, "w", encoding="utf-8") as fh:
        fh.write(payload)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
