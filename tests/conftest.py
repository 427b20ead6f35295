"""Suite-wide fixtures: Qt offscreen, a real SQLite store in a temp folder, sample data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from calaccess_desktop.services.store import Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
REFERENCE = REPO / "reference"  # public documents the tests use (reference/README.md)
SAMPLE = REFERENCE / "calaccess-sample"
SPEC_TEXT = REFERENCE / "spec" / "cal_format_201.txt"
SHARED = Path(os.environ.get("CALACCESS_SHARED", REPO.parent / "shared"))  # optional extras


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


def need_reference(path: Path) -> Path:
    """A file or folder of ``reference/``: it is part of the repository, so a missing
    one fails the test (never a skip)."""
    if not path.exists():
        pytest.fail(f"{path} is missing from the repository")
    return path


@pytest.fixture
def sample_dir() -> Path:
    """The real CAL-ACCESS sample records."""
    return need_reference(SAMPLE)
