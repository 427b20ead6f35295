"""Every benchmark still runs (on a small statement) and reports a ratio to its floor."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
SMALL = {
    "bench_import_export.py": ["--rows", "300", "--repeat", "1"],
    "bench_edit.py": ["--rows", "300"],
    "bench_amend.py": ["--rows", "300"],
    "bench_gui.py": ["--rows", "300"],
    "bench_pdf.py": ["--rows", "300"],
    "bench_validation.py": ["300"],
    "bench_import_sheet.py": ["--rows", "300", "--repeat", "1"],
    "bench_counter.py": ["--committees", "50", "--visits", "3"],
    "bench_stores.py": ["300"],
}


@pytest.mark.parametrize("script", sorted(SMALL))
def test_benchmark_runs_and_reports_a_ratio(script: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, str(BENCH / script), *SMALL[script]],
                          capture_output=True, text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"ratio[^\n]*? [0-9.]+x", done.stdout), done.stdout


def test_every_benchmark_is_exercised() -> None:
    scripts = {p.name for p in BENCH.glob("bench_*.py")}
    assert scripts == set(SMALL)
