"""The short run of the crash harness: about 20 SIGKILLs over every scenario (import of a
.CAL file and of a spreadsheet, editing, amendment, backup, restore, submission to the
practice server), each followed by reopening the data file (``tests/crash/harness.py``;
the long run is ``python -m tests.crash.harness --kills 200``)."""

from __future__ import annotations

import os

import pytest

from tests.crash.harness import SCENARIOS, run_harness, summary

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


def test_twenty_kills_lose_nothing_and_damage_nothing() -> None:
    said: list[str] = []
    outcomes = run_harness(20, seed=16, say=said.append)
    report = "\n".join(said) + "\n" + summary(outcomes)
    assert sum(o.killed for o in outcomes) >= 20, report
    assert {o.scenario for o in outcomes if o.killed} == set(SCENARIOS), report
    assert [o for o in outcomes if o.problems] == [], report
    edits = [o for o in outcomes if o.scenario == "edit"]
    assert sum(int(o.state.split()[0]) for o in edits) > 0, report  # saves were checked
