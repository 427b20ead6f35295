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


def need_shared(path: Path) -> Path:
    """A file or folder of ../shared: CI always has it (a missing one fails there); a
    developer checkout without it skips the tests that need it."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run with ../shared beside the clone")
        pytest.skip(f"{path} not found")
    return path


@pytest.fixture
def sample_dir() -> Path:
    """The real CAL-ACCESS sample records."""
    return need_shared(SAMPLE)
