"""Counter tests: the system's temporary folder is the test's own, so clearing the
scratch folder never touches another program's (or another test run's) files."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def private_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temporary folder of the test's own for ``scratch``."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder


@pytest.fixture
def ctx(qtbot, store):
    """An app context on the test's real data file, ops run synchronously."""
    from calaccess_desktop.ui.context import AppContext, Hub, StateKeeper
    from calaccess_desktop.ui.ops import OpRunner

    ops = OpRunner(store, synchronous=True)
    context = AppContext(store, ops, Hub(), StateKeeper(store.location))
    context.state.enabled = False
    yield context
    ops.shutdown()
