"""Two clients on one real store (Pat's and Sam's), as tests/writers has them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.writers.conftest import Clients


@pytest.fixture
def clients(db_path: Path) -> Iterator[Clients]:
    """Pat and Sam on one data file (or one PostgreSQL database where a module runs on
    both stores), with a draft Form 460 of a controlled committee."""
    c = Clients(db_path)
    yield c
    c.close()
