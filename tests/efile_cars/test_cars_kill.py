"""CARS keeps the outbox's promise when the sending process is killed: after a kill
between submit and answer, the next run asks CARS by the vendor reference and files
nothing twice."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from calaccess_desktop.efile.cars.server import CarsPracticeServer
from calaccess_desktop.services import filing
from calaccess_desktop.services.store import Store
from tests.efile.helpers import accepted_filings, server_jobs, upload_starts
from tests.efile.test_kill import cli, finish_with_retry, submission_state, wait_for

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")


@pytest.fixture
def fast_settings(tmp_path: Path) -> Path:
    """Settings with quick retries (``tests/efile/test_kill.py``'s)."""
    folder = tmp_path / "config"
    folder.mkdir()
    (folder / "settings.json").write_text(json.dumps({
        "version": 1, "retry_base_seconds": 0.05, "retry_max_seconds": 0.2,
        "poll_first_seconds": 0.05, "read_timeout": 60}))
    return folder


@pytest.fixture
def hanging_cars(tmp_path: Path) -> Iterator[CarsPracticeServer]:
    """A practice CARS that stores the first submission, then holds its answer back."""
    server = CarsPracticeServer(tmp_path / "cars", faults="hang=60").start()
    yield server
    server.stop()


def test_killed_between_submit_and_answer(demo: Store, db_path: Path, fast_settings: Path,
                                          hanging_cars: CarsPracticeServer) -> None:
    proc = cli(db_path, fast_settings, "submit", "1", "--server", hanging_cars.url,
               "--protocol", "cars", "--password-stdin")
    wait_for(lambda: server_jobs(hanging_cars), "CARS to store the submission")
    assert submission_state(db_path) == ("sending", 1)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)

    out = finish_with_retry(db_path, fast_settings)
    assert "Accepted: statement 1 was filed as CA-9000001" in out
    assert len(server_jobs(hanging_cars)) == 1 and len(accepted_filings(hanging_cars)) == 1
    with demo.read() as session:
        [row] = filing.list_submissions(session)
        log = filing.attempt_log(session, row.id)
    assert row.state == "accepted" and upload_starts(log) == 1
    assert "the server already has this submission as job" in log
