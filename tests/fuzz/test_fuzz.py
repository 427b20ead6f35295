"""The short fuzz run (CI): every target on a few dozen inputs, and atheris briefly;
the long run is ``python -m tests.fuzz --inputs 100000``."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest

from tests.fuzz.targets import TARGETS, Workspace, run_target


@pytest.fixture(scope="module")
def workspace() -> Iterator[Workspace]:
    ws = Workspace()
    yield ws
    ws.close()


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_target_keeps_its_promises(workspace: Workspace, name: str) -> None:
    tally = run_target(name, workspace, 40)
    assert tally.inputs >= 40
    assert sum(tally.outcomes.values()) == tally.inputs


def test_a_refusal_that_changed_the_data_file_would_be_caught(workspace: Workspace) -> None:
    from tests.fuzz.targets import Tally, _refused, digest

    before = digest(workspace.db)
    with workspace.store.transaction() as session:
        from calaccess_desktop.services.editing import create_committee
        create_committee(session, "Changed Behind Its Back")
    with pytest.raises(AssertionError, match="changed the data file"):
        _refused(Tally(), ValueError(f"{workspace.db}: refused"), str(workspace.db), before,
                 workspace.db)


def test_atheris_runs_the_reader() -> None:
    done = subprocess.run([sys.executable, "-m", "tests.fuzz.atheris_cal", "-runs=300",
                           "-max_len=2048"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Done 300 runs" in done.stderr
