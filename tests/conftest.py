"""Suite-wide fixtures: Qt offscreen, a real SQLite store in a temp folder, sample data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from calaccess_desktop.services.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CALACCESS_SHARED", REPO.parent / "shared"))
SAMPLE = SHARED / "data" / "calaccess-sample"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A path for a fresh SQLite data file."""
    return tmp_path / "store.sqlite"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    """An opened, migrated store on a real file."""
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def sample_dir() -> Path:
    """The real CAL-ACCESS sample records (skip if the shared folder is absent)."""
    if not SAMPLE.is_dir():
        pytest.skip(f"sample data not found at {SAMPLE}")
    return SAMPLE
